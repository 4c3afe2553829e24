"""The SSRF guard: only http(s) to public addresses, decided before any connection.

The end-to-end cases point a real crawl at redirects and links to the cloud metadata
address, the internal network and ``file://``; each must be refused with its reason, and the
traffic log (the last middleware before the network) must show that nothing but the test
server on 127.0.0.1 was ever contacted.
"""

from __future__ import annotations

import pytest

from harvesters.safety import address_problem, url_problem
from index.store import Store
from signpost.config import Settings
from signpost.harvest import harvest
from tests.harvesters.builders import service_page, sitemap
from tests.harvesters.conftest import source
from tests.harvesters.siteserver import Page, SiteServer

ALLOWED = frozenset({"127.0.0.1"})


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("https://careplace.org.uk/Services/1", None),
        ("http://8.8.8.8/", None),
        ("http://127.0.0.1:8765/x", None),  # allow-listed in these tests
        ("file:///etc/passwd", "scheme 'file' is not allowed"),
        ("ftp://example.org/x", "scheme 'ftp' is not allowed"),
        ("gopher://127.0.0.1/", "scheme 'gopher' is not allowed"),
        ("http://169.254.169.254/latest/meta-data/", "not a public address"),
        ("http://10.0.0.1/", "not a public address"),
        ("http://192.168.1.1/", "not a public address"),
        ("http://127.0.0.2/", "not a public address"),
        ("http://[::1]/", "not a public address"),
        ("http://[::ffff:169.254.169.254]/", "not a public address"),
        ("http://100.64.0.1/", "not a public address"),
        ("http:///nohost", "has no host"),
    ],
)
def test_url_decisions(url: str, problem: str | None) -> None:
    found = url_problem(url, ALLOWED)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found


def test_resolved_addresses_are_judged_too() -> None:
    assert address_problem("intranet.example", "10.1.2.3", ALLOWED) is not None
    assert address_problem("metadata.example", "169.254.169.254", ALLOWED) is not None
    assert address_problem("www.gov.uk", "151.101.0.144", ALLOWED) is None
    assert address_problem("localhost", "127.0.0.1", frozenset({"localhost"})) is None
    # Allow-listing 127.0.0.1 does not allow every name that resolves there (DNS rebinding).
    assert address_problem("rebind.example", "127.0.0.1", ALLOWED) is not None


def _contacted(summary: dict[str, object]) -> set[str]:
    hosts = summary["hosts_contacted"]
    assert isinstance(hosts, dict)
    return {h.rsplit(":", 1)[0] for h in hosts}


def test_redirects_and_links_to_private_addresses_are_refused_without_traffic(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    targets = {
        "/dir/services/meta": "http://169.254.169.254/latest/meta-data/iam/",
        "/dir/services/internal": "http://10.0.0.1/admin",
        "/dir/services/file": "file:///etc/passwd",
    }
    for path, location in targets.items():
        site.routes[path] = Page("", status=302, headers={"Location": location}, etag=False)
    site.routes["/dir/services/1"] = Page(service_page(1))
    site.routes["/dir/services/2"] = Page(service_page(2))
    listed = ["/dir/services/1", "/dir/services/2", *targets]
    urls = [site.url + p for p in listed] + ["file:///etc/shadow", "http://169.254.169.254/x"]
    site.routes["/dir/sitemap.xml"] = Page(sitemap(urls), content_type="application/xml")

    (outcome,) = harvest(settings, store, [source("ssrf", "sitemap", f"{site.url}/dir")])

    assert outcome.status == "published"
    assert store.count_records("ssrf") == 2
    summary = store.get_run(outcome.run_id).summary  # type: ignore[union-attr]
    assert _contacted(summary) == {"127.0.0.1"}
    assert summary["refused"] == 4  # the file:// redirect is not even attempted by Scrapy
    reasons = {e["url"]: e["reason"] for e in summary["skipped_examples"]}
    assert "169.254.169.254 is not a public address" in reasons[site.url + "/dir/services/meta"]
    assert "10.0.0.1 is not a public address" in reasons[site.url + "/dir/services/internal"]
    assert (
        "redirect to file:///etc/passwd refused: scheme 'file' is not allowed"
        in (reasons[site.url + "/dir/services/file"])
    )
    assert "scheme 'file' is not allowed" in reasons["file:///etc/shadow"]
    assert summary["skipped_by_reason"] == {"refused (SSRF guard)": 4, "refused redirect": 1}


def test_a_source_pointing_at_a_private_address_fails_without_traffic(
    settings: Settings, store: Store
) -> None:
    sources = [
        source("meta", "oruk", "http://169.254.169.254/latest"),
        source("local-file", "csv", "file:///etc/passwd"),
    ]
    outcomes = {o.source_id: o for o in harvest(settings, store, sources)}
    for sid, needle in (("meta", "not a public address"), ("local-file", "scheme 'file'")):
        assert outcomes[sid].status == "failed"
        assert needle in (outcomes[sid].reason or "")
        summary = store.get_run(outcomes[sid].run_id).summary  # type: ignore[union-attr]
        assert summary["hosts_contacted"] == {}


def test_private_hosts_need_allow_listing(site: SiteServer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    strict = Settings(db=tmp_path / "strict.db", var_dir=tmp_path / "v", allowed_private_hosts=[])
    with Store(strict.db) as db:
        (outcome,) = harvest(strict, db, [source("local", "sitemap", f"{site.url}/dir")])
    assert outcome.status == "failed"
    assert "127.0.0.1 is not a public address" in (outcome.reason or "")
    assert site.paths() == []


def test_a_name_resolving_to_a_private_address_is_refused_by_the_resolver(
    site: SiteServer, settings: Settings, store: Store
) -> None:
    """Only 127.0.0.1 is allow-listed: ``localhost`` resolves there but is refused after DNS
    resolution, before any connection."""
    local_name = site.url.replace("127.0.0.1", "localhost")
    (outcome,) = harvest(settings, store, [source("by-name", "sitemap", f"{local_name}/dir")])
    assert outcome.status == "failed"
    assert "localhost (127.0.0.1) is not a public address" in (outcome.reason or "")
    summary = store.get_run(outcome.run_id).summary  # type: ignore[union-attr]
    assert summary["hosts_contacted"] == {}
    assert site.paths() == []
