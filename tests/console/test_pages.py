"""The console through HTTP, as a browser uses it: sign-in, sessions and CSRF, each page, and
each action's effect on the store (and on the search index, for erasures)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from index.backends.protocol import SearchBackend
from index.erasure import list_erasures, list_suppressions
from index.review import decisions
from index.search.types import SearchQuery
from search_api.main import create_app
from tests.console.conftest import (
    BASE,
    CURATOR,
    TOKEN,
    console_settings,
    csrf_of,
)
from tests.console.directory import CHILDMINDER_EMAIL, ConsoleDirectory

PAGES = [
    "/admin/console/",
    "/admin/console/sources/harrow-dir",
    "/admin/console/quarantine",
    "/admin/console/review",
    "/admin/console/coverage",
    "/admin/console/erasures",
]


def _flash(client: TestClient, response) -> str:  # type: ignore[no-untyped-def]
    """Follow a post/redirect/get and return the one-time message shown there."""
    assert response.status_code == 303, response.text
    page = client.get(response.headers["location"])
    found = re.search(
        r'<div class="flash flash-(ok|error)" role="\w+">(.*?)</div>', page.text, re.S
    )
    assert found, page.text
    return found.group(2)


# -- sign-in, sessions, CSRF --------------------------------------------------------------------


@pytest.mark.parametrize("path", [*PAGES, "/admin/console/coverage/matrix.csv"])
def test_every_page_needs_a_sign_in(client: TestClient, path: str) -> None:
    response = client.get(path, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/admin/console/login?next=/admin/console/")


def test_actions_without_a_session_change_nothing(
    client: TestClient, directory: ConsoleDirectory
) -> None:
    run = directory.quarantined_run
    response = client.post(f"/admin/console/quarantine/{run}/release", follow_redirects=False)
    assert response.status_code == 303 and "/login" in response.headers["location"]
    assert directory.store.get_run(run).status == "quarantined"  # type: ignore[union-attr]


def test_sign_in_sets_a_strict_session_cookie(client: TestClient) -> None:
    response = client.post(
        "/admin/console/login",
        data={"name": CURATOR, "token": TOKEN, "next": "/admin/console/review"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/admin/console/review"
    cookie = response.headers["set-cookie"]
    for attribute in ("HttpOnly", "Secure", "SameSite=strict", "Path=/admin/console"):
        assert attribute in cookie
    page = client.get("/admin/console/review")
    assert page.status_code == 200 and f"Signed in as <strong>{CURATOR}</strong>" in page.text


@pytest.mark.parametrize(
    ("name", "token", "status", "message"),
    [
        (CURATOR, "wrong-token", 401, "not valid"),
        (CURATOR, "", 401, "not valid"),
        ("   ", TOKEN, 422, "Enter your name"),
    ],
)
def test_bad_sign_ins_are_refused(
    client: TestClient, name: str, token: str, status: int, message: str
) -> None:
    response = client.post("/admin/console/login", data={"name": name, "token": token})
    assert response.status_code == status and message in response.text
    assert "set-cookie" not in response.headers
    assert client.get("/admin/console/", follow_redirects=False).status_code == 303


def test_without_an_admin_token_the_console_is_disabled(
    directory: ConsoleDirectory, backend: SearchBackend, gazetteer_path: Path
) -> None:
    settings = console_settings(directory.store.path, gazetteer_path, admin_token=None)
    app = create_app(settings, backend=backend, store=directory.store)
    with TestClient(app, base_url=BASE) as c:
        assert "disabled" in c.get("/admin/console/login").text
        response = c.post("/admin/console/login", data={"name": "A", "token": ""})
        assert response.status_code == 503
        assert c.get("/admin/console/", follow_redirects=False).status_code == 303


def test_a_tampered_session_or_another_token_signs_out(
    signed_in: TestClient, directory: ConsoleDirectory, backend: SearchBackend, gazetteer_path: Path
) -> None:
    value = signed_in.cookies.get("signpost_console")
    assert value
    body, mac = value.split(".")
    signed_in.cookies.set("signpost_console", body + "x." + mac, path="/admin/console")
    assert signed_in.get("/admin/console/", follow_redirects=False).status_code == 303
    # A session signed under one token is worthless once the token changes.
    settings = console_settings(directory.store.path, gazetteer_path, admin_token="rotated-token")
    app = create_app(settings, backend=backend, store=directory.store)
    with TestClient(app, base_url=BASE) as other:
        other.cookies.set("signpost_console", value, path="/admin/console")
        assert other.get("/admin/console/", follow_redirects=False).status_code == 303


@pytest.mark.parametrize(
    "target", ["//evil.example/", "https://evil.example/", "/api/search", "/admin/console\\x"]
)
def test_after_sign_in_only_console_paths_are_followed(client: TestClient, target: str) -> None:
    response = client.post(
        "/admin/console/login",
        data={"name": CURATOR, "token": TOKEN, "next": target},
        follow_redirects=False,
    )
    assert response.headers["location"] == "/admin/console/"


def test_actions_need_the_forms_csrf_token_and_the_consoles_origin(
    signed_in: TestClient, directory: ConsoleDirectory
) -> None:
    run = directory.quarantined_run
    url = f"/admin/console/quarantine/{run}/release"
    assert signed_in.post(url, data={}).status_code == 403
    assert signed_in.post(url, data={"csrf": "0" * 40}).status_code == 403
    token = csrf_of(signed_in)
    foreign = signed_in.post(url, data={"csrf": token}, headers={"Origin": "https://evil.example"})
    assert foreign.status_code == 403 and "another site" in foreign.text
    assert directory.store.get_run(run).status == "quarantined"  # type: ignore[union-attr]


def test_sign_out(signed_in: TestClient) -> None:
    token = csrf_of(signed_in)
    response = signed_in.post("/admin/console/logout", data={"csrf": token}, follow_redirects=False)
    assert response.status_code == 303 and 'signpost_console=""' in response.headers["set-cookie"]
    assert signed_in.get("/admin/console/", follow_redirects=False).status_code == 303


def test_pages_are_private_and_under_a_strict_csp(signed_in: TestClient) -> None:
    for path in PAGES:
        response = signed_in.get(path)
        assert response.status_code == 200, path
        assert response.headers["cache-control"] == "no-store"
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert response.headers["x-frame-options"] == "DENY"
        assert "<script>" not in response.text and " style=" not in response.text
        assert "access-control-allow-origin" not in response.headers


def test_an_unknown_console_address_is_an_html_404(signed_in: TestClient) -> None:
    response = signed_in.get("/admin/console/no/such/page")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "no console page /admin/console/no/such/page" in response.text


def test_console_pages_are_not_in_the_openapi_document(client: TestClient) -> None:
    assert not any(
        p.startswith("/admin/console") for p in client.get("/openapi.json").json()["paths"]
    )


def test_harvested_markup_is_shown_as_text(signed_in: TestClient) -> None:
    page = signed_in.get("/admin/console/erasures", params={"q": "lunch club"})
    assert "&lt;script&gt;alert(" in page.text
    assert "<script>alert" not in page.text


# -- sources --------------------------------------------------------------------------------------


def test_sources_page_shows_each_sources_health(signed_in: TestClient) -> None:
    page = signed_in.get("/admin/console/").text
    for name in ("Harrow Directory", "Brent Directory", "Ealing Open Data", "CarePlace"):
        assert name in page
    assert page.count('role="img"') == 5  # a chart per source
    assert "1 quarantined run" in page
    detail = signed_in.get("/admin/console/sources/ealing-dir").text
    assert 'href="/admin/console/quarantine/' in detail  # the quarantined run, linked
    assert "shrunk by 50%" in detail and "<meter" in detail
    missing = signed_in.get("/admin/console/sources/no-such-source")
    assert missing.status_code == 404 and "no configured source" in missing.text


def test_harvest_now_without_a_trigger_says_so(signed_in: TestClient) -> None:
    token = csrf_of(signed_in)
    response = signed_in.post(
        "/admin/console/sources/harrow-dir/harvest", data={"csrf": token}, follow_redirects=False
    )
    assert "not available" in _flash(signed_in, response)


# -- quarantine -----------------------------------------------------------------------------------


def test_quarantine_page_compares_the_run_with_live_data(
    signed_in: TestClient, directory: ConsoleDirectory
) -> None:
    run = directory.quarantined_run
    listing = signed_in.get("/admin/console/quarantine").text
    assert f"Review run {run}" in listing
    page = signed_in.get(f"/admin/console/quarantine/{run}").text
    found = re.findall(r"<strong>(\d+)</strong> (new|changed|not in this run|unchanged)", page)
    counts = {label: int(n) for n, label in found}
    assert counts == {"new": 0, "changed": 1, "not in this run": 1, "unchanged": 0}
    assert "Ealing Health Walks" in page  # the listing the run lost
    assert "Stop smoking support has moved online." in page  # the changed description


def test_release_from_the_console_publishes_the_run(
    signed_in: TestClient, directory: ConsoleDirectory
) -> None:
    store, run = directory.store, directory.quarantined_run
    token = csrf_of(signed_in, f"/admin/console/quarantine/{run}")
    response = signed_in.post(
        f"/admin/console/quarantine/{run}/release", data={"csrf": token}, follow_redirects=False
    )
    assert f"Run {run} of Ealing Open Data released" in _flash(signed_in, response)
    assert store.get_run(run).status == "published"  # type: ignore[union-attr]
    record = store.get_record(directory.record_id("e-smoke"))
    assert record is not None and record.service.description == (
        "Stop smoking support has moved online."
    )
    again = signed_in.post(f"/admin/console/quarantine/{run}/release", data={"csrf": token})
    assert again.status_code == 409 and "not quarantined" in again.text


def test_discard_from_the_console_keeps_live_data(
    signed_in: TestClient, directory: ConsoleDirectory
) -> None:
    store, run = directory.store, directory.quarantined_run
    before = store.get_record(directory.record_id("e-smoke"))
    token = csrf_of(signed_in)
    response = signed_in.post(
        f"/admin/console/quarantine/{run}/discard", data={"csrf": token}, follow_redirects=False
    )
    assert "discarded" in _flash(signed_in, response)
    assert store.get_run(run).status == "discarded"  # type: ignore[union-attr]
    assert store.get_record(directory.record_id("e-smoke")) == before
    assert signed_in.get(f"/admin/console/quarantine/{run}").status_code == 409


# -- review ---------------------------------------------------------------------------------------


def test_a_review_decision_from_the_console_is_recorded_with_its_curator(
    signed_in: TestClient, directory: ConsoleDirectory
) -> None:
    store = directory.store
    page = signed_in.get("/admin/console/review").text
    a, b = sorted([directory.record_id("h-carers"), directory.record_id("c-carers")])
    assert "Pair 1 of 1" in page and a in page and b in page
    assert 'data-shortcut="s"' in page and "Comparator scores" in page
    token = csrf_of(signed_in, "/admin/console/review")
    response = signed_in.post(
        "/admin/console/review/decide",
        data={"csrf": token, "a": a, "b": b, "decision": "different", "pos": "0", "score": "8.5"},
        follow_redirects=False,
    )
    assert "different services" in _flash(signed_in, response)
    (override,) = store.list_overrides()
    assert (override["a"], override["b"], override["kind"], override["created_by"]) == (
        a,
        b,
        "cannot-link",
        CURATOR,
    )
    (decision,) = decisions(store)
    assert (decision["decision"], decision["decided_by"], decision["score"]) == (
        "different",
        CURATOR,
        8.5,
    )
    after = signed_in.get("/admin/console/review").text
    assert "The queue is empty" in after and CURATOR in after


def test_a_bad_decision_form_changes_nothing(
    signed_in: TestClient, directory: ConsoleDirectory
) -> None:
    token = csrf_of(signed_in)
    a = directory.record_id("h-carers")
    for data in (
        {"a": a, "b": "r-00000000000000000000", "decision": "same"},
        {"a": a, "b": directory.record_id("c-carers"), "decision": "maybe"},
        {"a": "x", "b": a, "decision": "same"},
    ):
        response = signed_in.post("/admin/console/review/decide", data={"csrf": token, **data})
        assert response.status_code in (404, 422)
    assert directory.store.list_overrides() == []


# -- coverage -------------------------------------------------------------------------------------


def test_coverage_page_marks_the_gap_and_exports_csv(signed_in: TestClient) -> None:
    page = signed_in.get("/admin/console/coverage").text
    assert "gap: no Stop smoking in Bexley" in page
    assert "Bexley Debt Advice" in page  # stale: its source last changed it in 2023
    matrix = signed_in.get("/admin/console/coverage/matrix.csv")
    assert matrix.headers["content-type"] == "text/csv; charset=utf-8"
    assert matrix.headers["content-disposition"].startswith(
        'attachment; filename="signpost-coverage-term-'
    )
    rows = list(csv.reader(io.StringIO(matrix.text.lstrip("\ufeff"))))
    assert rows[0][:6] == ["category_id", "category", "Bexley", "Brent", "Ealing", "Harrow"]
    assert ["stop-smoking", "Stop smoking", "0 (gap)", "1", "1", "1", "3", "3"] in rows
    stale = signed_in.get("/admin/console/coverage/stale.csv", params={"months": 12})
    names = [r[1] for r in csv.reader(io.StringIO(stale.text.lstrip("\ufeff")))]
    assert "Bexley Debt Advice" in names
    assert signed_in.get("/admin/console/coverage", params={"months": 0}).status_code == 422


# -- data protection -------------------------------------------------------------------------------


def _search(backend: SearchBackend, text: str) -> dict[str, str | None]:
    """Hit name → the e-mail address the hit shows."""
    return {h.name: h.email for h in backend.search(SearchQuery(text=text)).results}


def test_erasure_from_the_console_cleans_store_api_and_search(
    signed_in: TestClient, directory: ConsoleDirectory, backend: SearchBackend
) -> None:
    store = directory.store
    merged_id = directory.merged_id("h-childminder")
    found = signed_in.get("/admin/console/erasures", params={"q": "sunflower"}).text
    assert merged_id in found and directory.record_id("h-childminder") in found
    before = signed_in.get(f"/api/services/{merged_id}").text
    assert CHILDMINDER_EMAIL in before
    assert _search(backend, "sunflower childminding")["Sunflower Childminding"] == CHILDMINDER_EMAIL

    token = csrf_of(signed_in, "/admin/console/erasures")
    form = {
        "csrf": token,
        "target": merged_id,
        "scope": "personal",
        "reason": "SAR 7",
        "confirm": "yes",
    }
    response = signed_in.post("/admin/console/erasures", data=form, follow_redirects=False)
    assert "its personal data removed" in _flash(signed_in, response)
    assert CHILDMINDER_EMAIL not in signed_in.get(f"/api/services/{merged_id}").text
    assert _search(backend, "sunflower childminding")["Sunflower Childminding"] is None
    (log,) = list_erasures(store)
    assert (log["requested_by"], log["reason"], log["target"]) == (CURATOR, "SAR 7", merged_id)
    assert "SAR 7" in signed_in.get("/admin/console/erasures").text

    response = signed_in.post(
        "/admin/console/erasures", data={**form, "scope": "whole"}, follow_redirects=False
    )
    assert "the whole listing removed" in _flash(signed_in, response)
    assert signed_in.get(f"/api/services/{merged_id}").status_code == 404
    assert "Sunflower Childminding" not in _search(backend, "sunflower childminding")
    assert len(list_suppressions(store)) == 2


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"confirm": ""}, "tick the box"),
        ({"reason": " "}, "reason"),
        ({"target": "r-00000000000000000000"}, "no listing or service"),
        ({"target": "<bad>"}, "enter the id"),
        ({"scope": "everything"}, "choose what to erase"),
    ],
)
def test_incomplete_erasure_forms_erase_nothing(
    signed_in: TestClient, directory: ConsoleDirectory, change: dict[str, str], message: str
) -> None:
    token = csrf_of(signed_in)
    form = {
        "csrf": token,
        "target": directory.record_id("h-childminder"),
        "scope": "whole",
        "reason": "SAR",
        "confirm": "yes",
        **change,
    }
    response = signed_in.post("/admin/console/erasures", data=form)
    assert response.status_code == 422 and message in response.text
    assert list_erasures(directory.store) == []
    assert directory.store.get_record(directory.record_id("h-childminder")) is not None
