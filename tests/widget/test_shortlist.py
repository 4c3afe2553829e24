"""Shortlist for referral: tick services, then print them, copy them as text for a clinical
record, or share a link that reopens the same list."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.widget.helpers import COUNCIL, GP_SCREEN, card_named, open_page, submit_search

pytestmark = pytest.mark.browser

PICKS = ("Harrow Debt Advice Service", "Debt Management Clinic")


def _shortlist(page: Page, picks: tuple[str, ...] = PICKS) -> dict[str, Any]:
    answer = submit_search(page, "debt", postcode="HA1 2AA")
    for name in picks:
        card_named(page, name).get_by_role("checkbox", name=re.compile("^Add to shortlist")).check()
    expect(page.locator("signpost-search .sp-sl-item")).to_have_count(len(picks))
    return {r["name"]: r for r in answer["results"]}


def _uk(number: str) -> str:
    national = "0" + number.removeprefix("+44")
    if national.startswith("02"):
        return f"{national[:3]} {national[3:7]} {national[7:]}"
    if national[:2] in ("03", "08", "09"):
        return f"{national[:4]} {national[4:7]} {national[7:]}"
    return f"{national[:5]} {national[5:]}"


def _expected_block(hit: dict[str, Any]) -> str:
    lines = [hit["name"], f"Organisation: {hit['organization']}"]
    lines.append("Phone: " + ", ".join(_uk(p) for p in hit["phones"]))
    if hit["email"]:
        lines.append(f"Email: {hit['email']}")
    lines.append(f"Address: {hit['address']}")
    lines.append("Opening times: " + "; ".join(hit["opening_times"]))
    if hit["url"]:
        lines.append(f"Website: {hit['url']}")
    return "\n".join(lines)


@pytest.fixture
def clipboard_context(context: BrowserContext, api_url: str) -> BrowserContext:
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=api_url)
    return context


def test_ticking_builds_the_shortlist_and_unticking_removes(page: Page) -> None:
    open_page(page)
    _shortlist(page)
    heading = page.locator("signpost-search .sp-sl-h")
    expect(heading).to_have_text("Shortlist (2)")
    items = page.locator("signpost-search .sp-sl-item")
    expect(items.nth(0)).to_contain_text("Phone: 020 8427 1234")
    expect(items.nth(0)).to_contain_text("Opening times:")

    card_named(page, PICKS[1]).get_by_role("checkbox").uncheck()
    expect(heading).to_have_text("Shortlist (1)")
    page.get_by_role("button", name=f"Remove: {PICKS[0]}").click()
    expect(heading).to_have_text("Shortlist (0)")
    expect(card_named(page, PICKS[0]).get_by_role("checkbox")).not_to_be_checked()
    expect(page.get_by_role("button", name="Print shortlist")).to_be_hidden()


def test_print_shows_only_the_shortlist(page: Page) -> None:
    page.add_init_script("window.__printed = 0; window.print = () => { window.__printed += 1; };")
    open_page(page, GP_SCREEN)
    hits = _shortlist(page)
    page.get_by_role("button", name="Print shortlist").click()
    assert page.evaluate("() => window.__printed") == 1

    page.emulate_media(media="print")
    for hidden in (
        "signpost-search form",
        "signpost-search .sp-results",
        "signpost-search .sp-actions",
        ".bar",  # the host page's own print stylesheet hides its chrome
    ):
        expect(page.locator(hidden)).to_be_hidden()
    expect(page.locator("signpost-search .sp-print-only")).to_contain_text(
        "Services suggested for you"
    )
    items = page.locator("signpost-search .sp-sl-item")
    for i, name in enumerate(PICKS):
        expect(items.nth(i)).to_be_visible()
        expect(items.nth(i)).to_contain_text(name)
        expect(items.nth(i)).to_contain_text(hits[name]["address"])
    expect(page.locator("signpost-search .sp-remove").first).to_be_hidden()
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")


def test_copy_as_text_gives_what_a_gp_pastes(clipboard_context: BrowserContext) -> None:
    page = clipboard_context.new_page()
    open_page(page)
    hits = _shortlist(page)
    page.get_by_role("button", name="Copy as text").click()
    status = page.locator("signpost-search .sp-sl-status")
    expect(status).to_have_text("Copied 2 services to the clipboard.")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied == "\n\n".join(_expected_block(hits[name]) for name in PICKS)
    assert "Phone: 020 8427 1234" in copied
    expect(page.get_by_label("Shortlist text")).to_have_value(copied)


def test_share_link_reopens_the_shortlist(clipboard_context: BrowserContext) -> None:
    page = clipboard_context.new_page()
    open_page(page)
    hits = _shortlist(page)
    page.get_by_role("button", name="Copy share link").click()
    expect(page.locator("signpost-search .sp-sl-status")).to_have_text(
        "Copied the share link to the clipboard."
    )
    link = page.evaluate("() => navigator.clipboard.readText()")
    ids = ",".join(hits[name]["id"] for name in PICKS)
    assert link.endswith(f"{COUNCIL}#signpost-shortlist={ids}")
    assert page.url.endswith(COUNCIL), "the widget never rewrites the host page's URL"

    other = clipboard_context.new_page()
    other.goto(link)
    items = other.locator("signpost-search .sp-sl-item")
    expect(items).to_have_count(2)
    for i, name in enumerate(PICKS):
        expect(items.nth(i)).to_contain_text(name)
        expect(items.nth(i)).to_contain_text(_uk(hits[name]["phones"][0]))
    expect(other.locator("signpost-search .sp-sl-status")).to_have_text(
        "Opened a shared shortlist of 2 services."
    )
    copy = other.get_by_role("button", name="Copy as text")
    copy.click()
    restored = other.evaluate("() => navigator.clipboard.readText()")
    assert restored == "\n\n".join(_expected_block(hits[name]) for name in PICKS)


def test_share_link_with_unknown_ids_says_so(page: Page) -> None:
    page.goto(f"{COUNCIL}#signpost-shortlist=s-doesnotexist,%E0%A4%A")
    expect(page.locator("signpost-search .sp-sl-status")).to_have_text(
        "1 service in the shared link could not be found: it may have closed or moved."
    )
    expect(page.locator("signpost-search .sp-sl-item")).to_have_count(0)
