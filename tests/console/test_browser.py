"""The console in real headless Chromium against a real ``signpost serve`` process: sign-in is
required, a curator settles a review pair with one key, releases a quarantined run and exports
a CSV; every page has no axe-core violations and breaks no rule of the strict CSP."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from index.review import decisions
from index.store import Store
from tests.console.conftest import CURATOR, TOKEN
from tests.console.directory import ConsoleDirectory
from tests.serving import signpost_serve

pytestmark = pytest.mark.browser


@dataclass
class Served:
    url: str
    db: Path
    quarantined_run: int
    pair: tuple[str, str]


@pytest.fixture
def served(directory: ConsoleDirectory, gazetteer_path: Path) -> Iterator[Served]:
    """A console of its own (tests change data) served by the real ``signpost serve``."""
    db = directory.store.path
    pair = tuple(sorted([directory.record_id("h-carers"), directory.record_id("c-carers")]))
    run = directory.quarantined_run
    directory.store.close()  # the server opens its own
    with signpost_serve(
        db,
        gazetteer_path,
        db.parent / "serve.log",
        SIGNPOST_ADMIN_TOKEN=TOKEN,
        SIGNPOST_BACKEND="embedded",
    ) as url:
        yield Served(url, db, run, pair)  # type: ignore[arg-type]


@pytest.fixture
def page(browser: Browser, served: Served) -> Iterator[Page]:
    """A page that fails the test on any script error or Content-Security-Policy violation
    (an inline style or script the console should never have)."""
    context = browser.new_context(
        base_url=served.url, viewport={"width": 1280, "height": 900}, locale="en-GB"
    )
    context.set_default_timeout(10_000)
    pg = context.new_page()
    problems: list[str] = []
    pg.on("pageerror", lambda exc: problems.append(str(exc)))
    pg.on(
        "console",
        lambda msg: problems.append(msg.text) if "Content Security Policy" in msg.text else None,
    )
    yield pg
    context.close()
    assert not problems, f"errors in the page: {problems}"


def _sign_in(page: Page, token: str = TOKEN) -> None:
    page.get_by_label("Your name").fill(CURATOR)
    page.get_by_label("Operator token").fill(token)
    page.get_by_role("button", name="Sign in").click()


def _axe(page: Page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']]}"
        for v in results.response["violations"]
    ]


def test_sign_in_is_required_and_sets_a_strict_cookie(page: Page) -> None:
    page.goto("/admin/console/review")
    assert page.url.endswith("/admin/console/login?next=/admin/console/review")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in to the operator console")
    _sign_in(page, "not-the-token")
    expect(page.get_by_role("alert")).to_contain_text("not valid")
    _sign_in(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Dedup review queue")
    assert page.url.endswith("/admin/console/review")
    (cookie,) = [c for c in page.context.cookies() if c["name"] == "signpost_console"]
    assert (cookie["httpOnly"], cookie["secure"], cookie["sameSite"], cookie["path"]) == (
        True,
        True,
        "Strict",
        "/admin/console",
    )
    assert page.evaluate("document.cookie") == ""  # invisible to scripts
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in to the operator console")


def test_a_curator_settles_a_review_pair_with_one_key(page: Page, served: Served) -> None:
    page.goto("/admin/console/review")
    _sign_in(page)
    expect(page.get_by_role("heading", name="Pair 1 of 1")).to_be_visible()
    table = page.get_by_role("table", name="The two listings side by side")
    expect(table).to_contain_text("Harrow Carers Drop-in")
    expect(page.get_by_role("button", name="Different services")).to_have_attribute(
        "aria-keyshortcuts", "d"
    )
    page.keyboard.press("d")
    expect(page.get_by_role("status")).to_contain_text("are different services")
    expect(page.get_by_text("The queue is empty")).to_be_visible()
    with Store(served.db) as store:
        (override,) = store.list_overrides()
        assert (override["a"], override["b"], override["kind"], override["created_by"]) == (
            *served.pair,
            "cannot-link",
            CURATOR,
        )
        assert decisions(store)[0]["decided_by"] == CURATOR


def test_a_curator_releases_a_quarantined_run(page: Page, served: Served) -> None:
    page.goto("/admin/console/quarantine")
    _sign_in(page)
    page.get_by_role("link", name=f"Review run {served.quarantined_run}").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(
        f"Run {served.quarantined_run} of Ealing Open Data"
    )
    changed = page.get_by_role("table", name="Ealing Quit Smoking Support")
    expect(changed).to_contain_text("Stop smoking support has moved online.")
    page.get_by_role("button", name="Release: publish this run").click()
    expect(page.get_by_role("status")).to_contain_text("released and published")
    expect(page.get_by_text("Nothing is in quarantine.")).to_be_visible()
    with Store(served.db) as store:
        assert store.get_run(served.quarantined_run).status == "published"  # type: ignore[union-attr]


def test_a_curator_exports_the_coverage_csv(page: Page, tmp_path: Path) -> None:
    page.goto("/admin/console/coverage")
    _sign_in(page)
    expect(page.get_by_role("cell", name="gap: no Stop smoking in Bexley")).to_be_visible()
    with page.expect_download() as info:
        page.get_by_role("link", name="Download the matrix (CSV)").click()
    download = info.value
    assert download.suggested_filename.startswith("signpost-coverage-term-")
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    text = target.read_text(encoding="utf-8-sig")
    assert text.startswith("category_id,category,Bexley,Brent,Ealing,Harrow,")
    assert "stop-smoking,Stop smoking,0 (gap),1,1,1,3,3" in text


def test_every_page_passes_axe(page: Page, served: Served) -> None:
    page.goto("/admin/console/login")
    assert _axe(page) == [], "sign-in page"
    _sign_in(page)
    for path in (
        "/admin/console/",
        "/admin/console/sources/ealing-dir",
        "/admin/console/quarantine",
        f"/admin/console/quarantine/{served.quarantined_run}",
        "/admin/console/review",
        "/admin/console/coverage",
        "/admin/console/coverage?level=top",
        "/admin/console/erasures?q=childminding",
        "/admin/console/sources/no-such-source",
    ):
        page.goto(path)
        expect(page.locator("main h1")).to_be_visible()
        assert _axe(page) == [], path
