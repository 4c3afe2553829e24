"""The accessibility criteria of widget/README.md, one test (or more) each, in real Chromium."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from tests.widget.helpers import (
    COUNCIL,
    GP_SCREEN,
    card_named,
    cards,
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


def _suggestions_open(page: Page, text: str = "deb") -> None:
    search_box(page).click()
    type_slowly(page, text)
    expect(options(page).first).to_be_visible()


def _results_and_shortlist(page: Page) -> None:
    submit_search(page, "debt", postcode="HA1 2AA")
    card_named(page, "Harrow Debt Advice Service").get_by_role("checkbox").check()


def test_combobox_semantics(page: Page) -> None:
    open_page(page)
    box = page.get_by_role("combobox", name="What do you need help with?")
    expect(box).to_have_attribute("aria-autocomplete", "list")
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(box).to_have_accessible_description(re.compile("up and down arrows"))
    controls = box.get_attribute("aria-controls")
    _suggestions_open(page)
    expect(listbox(page)).to_have_attribute("id", controls or "")
    suggestions = page.get_by_role("listbox", name="Suggestions")
    expect(suggestions).to_be_visible()
    assert suggestions.get_by_role("option").count() == options(page).count() > 0
    # The GP screen labels it differently: the name always comes from the visible label.
    open_page(page, GP_SCREEN)
    expect(page.get_by_role("combobox", name=re.compile("^Patient's need"))).to_be_visible()


def test_aria_expanded_follows_the_listbox(page: Page) -> None:
    open_page(page)
    box = search_box(page)
    expect(box).to_have_attribute("aria-expanded", "false")
    _suggestions_open(page)
    expect(box).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Escape")
    expect(box).to_have_attribute("aria-expanded", "false")
    type_slowly(page, "t")
    expect(box).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Tab")  # leaving the box closes the list
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(listbox(page)).to_be_hidden()
    box.click()
    type_slowly(page, " a")
    expect(box).to_have_attribute("aria-expanded", "true")
    options(page).first.click()  # choosing closes it
    expect(box).to_have_attribute("aria-expanded", "false")


def test_escape_closes_and_keeps_text(page: Page) -> None:
    open_page(page)
    _suggestions_open(page, "carer")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Escape")
    expect(listbox(page)).to_be_hidden()
    expect(search_box(page)).to_have_value("carer")
    expect(search_box(page)).not_to_have_attribute("aria-activedescendant", re.compile(".*"))
    assert (shadow_active(page) or {}).get("role") == "combobox"
    # Escape also cancels a list still on its way: it must not pop up afterwards.
    page.keyboard.type("s")
    page.keyboard.press("Escape")
    page.wait_for_timeout(800)
    expect(listbox(page)).to_be_hidden()
    expect(search_box(page)).to_have_value("carers")


def test_keyboard_only_journey(page: Page) -> None:
    """From the top of the page to a copied shortlist without touching the mouse."""
    open_page(page)
    context = page.context
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    for _ in range(20):
        page.keyboard.press("Tab")
        if (shadow_active(page) or {}).get("role") == "combobox":
            break
    else:
        pytest.fail("Tab never reached the search box")
    page.keyboard.type("debt", delay=60)
    expect(options(page).first).to_be_visible()
    page.keyboard.press("Escape")

    expected = [
        ("input", "Postcode or area (optional)"),
        ("select", "Category"),
        ("input", "Open now"),
        ("input", "Free"),
        ("button", "Search"),
    ]
    seen = []
    for _ in expected:
        page.keyboard.press("Tab")
        active = shadow_active(page) or {}
        seen.append((active.get("tag"), active.get("label") or active.get("text")))
        if active.get("label") == "Postcode or area (optional)":
            page.keyboard.type("HA1 2AA")
    assert seen == expected
    page.keyboard.press("Enter")
    expect(cards(page).first).to_be_visible()
    expect(results_status(page)).to_contain_text("near HA1 2AA")

    # Onward: Search button, then the first result's link, then its shortlist checkbox.
    for _ in range(6):
        page.keyboard.press("Tab")
        if (shadow_active(page) or {}).get("type") == "checkbox" and "shortlist" in (
            shadow_active(page) or {}
        ).get("label", ""):
            break
    else:
        pytest.fail("Tab never reached a result's shortlist checkbox")
    page.keyboard.press("Space")
    expect(page.locator("signpost-search .sp-sl-item")).to_have_count(1)

    for _ in range(200):
        page.keyboard.press("Tab")
        if (shadow_active(page) or {}).get("text") == "Copy as text":
            break
    else:
        pytest.fail("Tab never reached the shortlist's Copy as text button")
    page.keyboard.press("Enter")
    expect(page.locator("signpost-search .sp-sl-status")).to_have_text(
        "Copied 1 service to the clipboard."
    )
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert (shadow_active(page) or {}).get("text") == "Clear shortlist"
    page.keyboard.press("Enter")
    expect(page.locator("signpost-search .sp-sl-item")).to_have_count(0)
    assert (shadow_active(page) or {}).get("tag") in {"h2", "h3"}, "focus lands on the shortlist"


def test_live_regions_announce_counts(page: Page) -> None:
    open_page(page)
    suggestion_status = page.locator("signpost-search .sp-field-q [role=status]")
    _suggestions_open(page)
    expect(suggestion_status).to_have_text(
        re.compile(rf"^{options(page).count()} suggestions? available\.")
    )
    page.keyboard.press("Escape")
    answer = submit_search(page, "debt", postcode="HA1 2AA")
    expect(results_status(page)).to_have_attribute("role", "status")
    expect(results_status(page)).to_contain_text(
        f"{answer['total']} services found for “debt” near HA1 2AA"
    )
    submit_search(page, "zzzqqqxxv")
    expect(results_status(page)).to_contain_text("No services found")


def _focus_ring(page: Page) -> dict[str, str]:
    return page.evaluate(
        """() => { const a = document.querySelector('signpost-search').shadowRoot.activeElement;
            const s = getComputedStyle(a);
            return {outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor,
                    width: s.outlineWidth, style: s.outlineStyle, color: s.outlineColor,
                    shadow: s.boxShadow, background: s.backgroundColor, tag: a.tagName}; }"""
    )


def test_visible_focus_on_every_control(page: Page) -> None:
    open_page(page)
    _results_and_shortlist(page)
    search_box(page).focus()
    checked = 0
    for _ in range(200):
        active = shadow_active(page)
        if active is None:
            break
        ring = _focus_ring(page)
        thick_outline = (
            ring["style"] != "none"
            and float(ring["width"].removesuffix("px")) >= 3
            and ring["color"] != "rgba(0, 0, 0, 0)"
        )
        yellow_link = ring["tag"] == "A" and ring["background"] == "rgb(255, 221, 0)"
        assert thick_outline or yellow_link, f"no visible focus on {active}: {ring}"
        assert ring["shadow"] != "none", f"no dark outer ring on {active}: {ring}"
        checked += 1
        page.keyboard.press("Tab")
    assert checked >= 15, f"only {checked} controls were reached by Tab"


@pytest.mark.parametrize("width", [640, 320], ids=["200-percent", "400-percent"])
def test_reflow_at_200_and_400_percent_zoom(page: Page, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    open_page(page)
    _results_and_shortlist(page)
    search_box(page).fill("")
    _suggestions_open(page)
    overflow = page.evaluate(
        """() => { const d = document.documentElement;
            const r = document.querySelector('signpost-search').shadowRoot;
            const wide = [...r.querySelectorAll('*')].filter(n => {
              const b = n.getBoundingClientRect();
              return b.width && (b.right > innerWidth + 0.5 || b.left < -0.5) &&
                     !n.classList.contains('sp-vh') && !n.closest('.sp-vh');
            }).map(n => n.tagName + '.' + n.className);
            return {scroll: d.scrollWidth, inner: innerWidth, wide}; }"""
    )
    assert overflow["scroll"] <= overflow["inner"], overflow
    assert overflow["wide"] == [], overflow
    for control in ("Search", "Copy as text", "Print shortlist"):
        box = page.get_by_role("button", name=control).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(cards(page).first).to_be_visible()


def test_active_option_is_not_marked_by_colour_alone(page: Page) -> None:
    open_page(page)
    _suggestions_open(page)
    page.keyboard.press("ArrowDown")
    styles = page.evaluate(
        """() => [...document.querySelector('signpost-search').shadowRoot
                    .querySelectorAll('[role=option]')].slice(0, 2).map(o => {
              const s = getComputedStyle(o);
              return {weight: s.fontWeight, deco: s.textDecorationLine, shadow: s.boxShadow}; })"""
    )
    active, other = styles
    assert int(active["weight"]) >= 700 > int(other["weight"])
    assert active["deco"] == "underline" and other["deco"] == "none"
    assert active["shadow"] != "none" and other["shadow"] == "none"

    page.keyboard.press("Escape")
    submit_search(page, "debt advice")
    marks = page.locator("signpost-search mark")
    assert marks.count() > 0, "the API returned highlights for a matching query"
    assert int(marks.first.evaluate("m => getComputedStyle(m).fontWeight")) >= 700
    page.get_by_label("Postcode or area (optional)").fill("ZZ99 9ZZ")
    search_box(page).press("Enter")
    expect(page.locator("signpost-search [role=alert]")).to_have_text(re.compile("^Error: "))


def test_controls_name_their_service(page: Page) -> None:
    open_page(page)
    _results_and_shortlist(page)
    name = "Harrow Debt Advice Service"
    expect(page.get_by_role("checkbox", name=f"Add to shortlist: {name}")).to_be_checked()
    expect(page.get_by_role("button", name=f"Remove: {name}")).to_be_visible()
    expect(page.get_by_role("link", name=f"{name} (opens in a new tab)")).to_be_visible()
    for i in range(cards(page).count()):
        card = cards(page).nth(i)
        title = (card.locator(".sp-name").text_content() or "").replace(" (opens in a new tab)", "")
        expect(card.get_by_role("checkbox")).to_have_accessible_name(f"Add to shortlist: {title}")
        expect(card.locator("label.sp-pick")).to_have_text("Add to shortlist")


def test_targets_are_at_least_24px(page: Page) -> None:
    open_page(page)
    _results_and_shortlist(page)
    small = page.evaluate(
        """() => [...document.querySelector('signpost-search').shadowRoot
                    .querySelectorAll('button, input, select, textarea')]
              .filter(n => n.offsetParent !== null)
              .map(n => { const b = n.getBoundingClientRect();
                          return {what: n.id || n.textContent.trim(), w: b.width, h: b.height}; })
              .filter(b => b.w < 24 || b.h < 24)"""
    )
    assert small == []


def _axe(page: Page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']]}"
        for v in results.response["violations"]
    ]


@pytest.mark.parametrize("path", [COUNCIL, GP_SCREEN], ids=["council", "gp-screen"])
def test_axe_reports_no_violations(page: Page, path: str) -> None:
    open_page(page, path)
    assert _axe(page) == [], "on load"
    _suggestions_open(page)
    page.keyboard.press("ArrowDown")
    assert _axe(page) == [], "with suggestions open"
    page.keyboard.press("Escape")
    _results_and_shortlist(page)
    page.get_by_role("button", name="Copy share link").click()
    assert _axe(page) == [], "with results and a shortlist"
