"""The widget searching the real API in real Chromium: suggestions, keyboard selection,
postcode distance, filters, paging, API errors and hostile listings — end to end once on
each backend (the embedded index, and Elasticsearch on the real cluster)."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.widget.directory import HOSTILE_NAME
from tests.widget.helpers import (
    COUNCIL,
    GP_SCREEN,
    card_named,
    cards,
    facts,
    is_search,
    is_suggest,
    listbox,
    open_page,
    options,
    results_status,
    search_box,
    shadow_active,
    submit_search,
    type_slowly,
)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module", params=["embedded", "elasticsearch"])
def api_url(request: pytest.FixtureRequest) -> str:
    """The API these tests drive the widget against: served from each backend in turn."""
    if request.param == "embedded":
        return str(request.getfixturevalue("api_url"))
    return str(request.getfixturevalue("elastic_api_url"))


def _query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlparse(url).query)


def test_typing_shows_suggestions_from_the_api(page: Page) -> None:
    open_page(page)
    with page.expect_response(is_suggest) as info:
        type_slowly(page, "deb")
    answer = info.value.json()
    assert answer["suggestions"], "the fixture directory has debt services"
    expect(listbox(page)).to_be_visible()
    expect(options(page)).to_have_count(len(answer["suggestions"]))
    for i, suggestion in enumerate(answer["suggestions"]):
        expect(options(page).nth(i)).to_contain_text(suggestion["text"])
    expect(search_box(page)).to_have_attribute("aria-expanded", "true")


def test_suggestions_are_debounced_and_stale_requests_cancelled(page: Page) -> None:
    open_page(page)
    sent: list[str] = []
    aborted: list[str] = []
    page.on("request", lambda r: sent.append(r.url) if "/api/suggest" in r.url else None)
    page.on(
        "requestfailed",
        lambda r: aborted.append(r.url) if "/api/suggest" in r.url else None,
    )

    # Fast typing: one request for the pause at the end, not one per keystroke.
    type_slowly(page, "employment", delay_ms=20)
    expect(options(page).first).to_be_visible()
    assert 1 <= len(sent) <= 3 and _query(sent[-1])["q"] == ["employment"]

    # On a slow network a newer pause cancels the request still in flight, and the list shows
    # the answer for what is in the box now.
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 700, "downloadThroughput": -1, "uploadThroughput": -1},
    )
    sent.clear()
    search_box(page).fill("")
    with page.expect_request(lambda r: "/api/suggest" in r.url):
        type_slowly(page, "deb", delay_ms=20)
    type_slowly(page, "t", delay_ms=20)  # the "deb" answer is still 700 ms away
    expect(options(page).first).to_be_visible(timeout=5000)
    queries = [_query(u)["q"][0] for u in sent]
    assert queries[-1] == "debt" and len(queries) >= 2, queries
    assert [_query(u)["q"][0] for u in aborted] == queries[:-1], "every stale request cancelled"
    direct = httpx.get(sent[-1]).json()
    expect(options(page)).to_have_count(len(direct["suggestions"]))


def test_arrows_and_enter_select_a_suggestion(page: Page) -> None:
    open_page(page)
    box = search_box(page)
    box.click()
    type_slowly(page, "deb")
    expect(options(page).first).to_be_visible()
    assert options(page).count() >= 2
    first, second = options(page).nth(0), options(page).nth(1)

    page.keyboard.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", first.get_attribute("id") or "")
    expect(first).to_have_attribute("aria-selected", "true")
    expect(second).to_have_attribute("aria-selected", "false")
    page.keyboard.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", second.get_attribute("id") or "")
    expect(first).to_have_attribute("aria-selected", "false")
    expect(second).to_have_attribute("aria-selected", "true")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")  # above the first option: back to the text box
    expect(box).not_to_have_attribute("aria-activedescendant", re.compile(".*"))
    assert (shadow_active(page) or {}).get("role") == "combobox", "focus stays in the text box"

    page.keyboard.press("ArrowDown")
    chosen = (first.locator("span").first.text_content() or "").strip()
    with page.expect_response(is_search) as info:
        page.keyboard.press("Enter")
    assert _query(info.value.url)["q"] == [chosen]
    expect(box).to_have_value(chosen)
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(listbox(page)).to_be_hidden()
    expect(cards(page).first).to_be_visible()
    assert (shadow_active(page) or {}).get("role") == "combobox"


def test_search_with_a_postcode_lists_results_by_distance(page: Page) -> None:
    open_page(page)
    answer = submit_search(page, "debt advice", postcode="HA1 2AA")
    assert answer["origin"]["postcode"] == "HA1 2AA"
    distances = [r["distance_km"] for r in answer["results"]]
    assert len(distances) >= 5 and distances == sorted(distances)

    shown = [
        (cards(page).nth(i).locator(".sp-name").text_content() or "").replace(
            " (opens in a new tab)", ""
        )
        for i in range(cards(page).count())
    ]
    assert shown == [r["name"] for r in answer["results"]]
    miles = [
        float(re.search(r"([\d.]+) miles", t).group(1))  # type: ignore[union-attr]
        for t in cards(page).locator("dd", has_text="miles").all_text_contents()
    ]
    assert miles == sorted(miles) and len(miles) == len(shown)
    expect(results_status(page)).to_contain_text(f"{answer['total']} services found")
    expect(results_status(page)).to_contain_text("near HA1 2AA, nearest first")


def test_a_result_shows_what_a_referrer_needs(page: Page) -> None:
    open_page(page)
    answer = submit_search(page, "Harrow Debt Advice Service", postcode="HA1 2AA")
    hit = next(r for r in answer["results"] if r["name"] == "Harrow Debt Advice Service")
    card = card_named(page, "Harrow Debt Advice Service")
    expect(
        card.get_by_role("link", name=re.compile("^Harrow Debt Advice Service"))
    ).to_have_attribute("href", hit["url"])
    expect(card.locator(".sp-org")).to_have_text(hit["organization"])
    phone = card.get_by_role("link", name="020 8427 1234")
    expect(phone).to_have_attribute("href", "tel:+442084271234")
    details = facts(card)
    assert details["Address"].endswith("HA1 2XY")
    assert details["Opening times"] == " | ".join(hit["opening_times"])
    assert details["Cost"] == hit["cost"]
    assert details["Source"] == "Harrow Care and Support, CarePlace"
    assert re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", details["Last updated"])
    assert re.fullmatch(r"[\d.]+ miles \([\d.]+ km\) away", details["Distance"])
    expect(card.get_by_role("checkbox", name=re.compile("^Add to shortlist"))).not_to_be_checked()


def test_category_and_open_now_filters(page: Page) -> None:
    open_page(page)
    everything = submit_search(page, "", postcode="HA1 2AA")
    select = page.get_by_label("Category")
    debt_value = select.locator("option", has_text="Debt advice").first.get_attribute("value")
    with page.expect_response(is_search) as info:
        select.select_option(debt_value)
    assert _query(info.value.url)["category"] == [debt_value]
    debt = info.value.json()
    assert 0 < debt["total"] < everything["total"]
    expect(cards(page)).to_have_count(len(debt["results"]))
    for i in range(cards(page).count()):
        assert "Debt advice" in facts(cards(page).nth(i))["Categories"]

    with page.expect_response(is_search) as info:
        page.get_by_label("Open now").check()
    params = _query(info.value.url)
    assert params["open_now"] == ["true"] and params["category"] == [debt_value]
    open_now = info.value.json()
    assert {r["id"] for r in open_now["results"]} <= {r["id"] for r in debt["results"]}
    expect(cards(page)).to_have_count(len(open_now["results"]))


def test_show_more_appends_and_moves_focus(page: Page) -> None:
    open_page(page, GP_SCREEN)  # 5 results per page
    first = submit_search(page, "debt")
    assert first["total"] > 5 and len(first["results"]) == 5
    more = page.get_by_role("button", name="Show more results")
    expect(more).to_be_visible()
    with page.expect_response(is_search) as info:
        more.click()
    assert _query(info.value.url)["page"] == ["2"]
    second = info.value.json()
    expect(cards(page)).to_have_count(5 + len(second["results"]))
    active = shadow_active(page) or {}
    assert active.get("tag", "").startswith("h") and second["results"][0]["name"] in active["text"]
    if 5 + len(second["results"]) >= first["total"]:
        expect(more).to_be_hidden()
    expect(results_status(page)).to_contain_text(f"{first['total']} services found")


def test_unknown_postcode_shows_the_api_message(page: Page, api_url: str) -> None:
    open_page(page)
    direct = httpx.get(f"{api_url}/api/search", params={"q": "debt", "postcode": "ZZ99 9ZZ"})
    assert 400 <= direct.status_code < 500
    page.get_by_label("Postcode or area (optional)").fill("ZZ99 9ZZ")
    search_box(page).fill("debt")
    search_box(page).press("Enter")
    alert = page.locator("signpost-search [role=alert]")
    expect(alert).to_have_text(f"Error: {direct.json()['error']}")
    expect(cards(page)).to_have_count(0)


def test_hostile_listing_renders_as_plain_text(page: Page) -> None:
    open_page(page)
    answer = submit_search(page, "debt help", postcode="HA1 1HS")
    hostile = next(r for r in answer["results"] if r["name"] == HOSTILE_NAME)
    card = card_named(page, "window.__pwned=2")
    expect(card.locator(".sp-name")).to_have_text(hostile["name"])
    expect(card.locator(".sp-org")).to_have_text(hostile["organization"])
    if hostile["snippet"]:
        expect(card.locator(".sp-snip")).to_have_text(hostile["snippet"])
    # Nothing it carried became markup, ran, or turned into a link.
    assert card.locator("img, script, b, a[href^='javascript']").count() == 0
    assert card.locator(".sp-name a").count() == 0, "a javascript: website is not linked"
    assert page.evaluate("() => window.__pwned") is None
    page.mouse.move(0, 0)
    card.locator(".sp-org").hover()
    assert page.evaluate("() => window.__pwned") is None


def test_works_from_the_council_example_and_the_root_page(page: Page) -> None:
    response = page.goto("/")
    assert response is not None and response.ok
    expect(search_box(page)).to_be_visible()
    expect(page).to_have_title(re.compile("Find local support"))
    open_page(page, COUNCIL)


def test_categories_attribute_narrows_the_filter_and_the_search(page: Page) -> None:
    """A council page about money advice embeds the widget for two categories only."""
    open_page(page)
    page.evaluate(
        """() => { const w = document.createElement('signpost-search');
            w.id = 'narrow'; w.setAttribute('categories', 'debt-advice,gp-services');
            w.setAttribute('postcode', 'HA1 2AA'); document.querySelector('main').append(w); }"""
    )
    narrow = page.locator("#narrow")
    select = narrow.get_by_label("Category")
    expect(select.locator("option")).to_have_count(3)
    values = select.locator("option").evaluate_all("os => os.map(o => o.value)")
    assert values == ["", "debt-advice", "gp-services"]

    with page.expect_response(is_search) as info:
        narrow.get_by_role("button", name="Search", exact=True).click()
    assert _query(info.value.url)["category"] == ["debt-advice", "gp-services"]
    answer = info.value.json()
    assert answer["total"] > 0
    for hit in answer["results"]:
        assert {"Debt advice", "GP and primary care"} & set(hit["categories"])
    expect(narrow.locator(".sp-card")).to_have_count(len(answer["results"]))
