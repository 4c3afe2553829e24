"""What the browser tests do to the widget, as a user would: find it by role, type, press keys."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import Locator, Page, Response, expect

COUNCIL = "/examples/council.html"
GP_SCREEN = "/examples/gp-screen.html"


def open_page(page: Page, path: str = COUNCIL) -> Page:
    page.goto(path)
    expect(search_box(page)).to_be_visible()
    # The stylesheet is a <link> in the shadow root: wait until it applies.
    page.wait_for_function(
        "() => { const r = document.querySelector('signpost-search').shadowRoot;"
        " const l = r && r.querySelector('link[rel=stylesheet]'); return !!(l && l.sheet); }"
    )
    return page


def search_box(page: Page) -> Locator:
    """The widget's text box (its select is a combobox too, so narrow to the input)."""
    return page.locator("signpost-search input[role=combobox]")


def listbox(page: Page) -> Locator:
    return page.locator("signpost-search [role=listbox]")


def options(page: Page) -> Locator:
    return page.locator("signpost-search [role=option]")


def cards(page: Page) -> Locator:
    return page.locator("signpost-search .sp-card")


def results_status(page: Page) -> Locator:
    return page.locator("signpost-search .sp-res [role=status]")


def type_slowly(page: Page, text: str, delay_ms: float = 60) -> None:
    search_box(page).press_sequentially(text, delay=delay_ms)


def submit_search(page: Page, text: str, postcode: str | None = None) -> dict[str, Any]:
    """Type a query (and postcode), press Search, and return the API's JSON answer."""
    if postcode is not None:
        page.get_by_label("Postcode or area (optional)").fill(postcode)
    search_box(page).fill(text)
    search_box(page).press("Escape")  # dismiss suggestions covering the button, as a user would
    with page.expect_response(is_search) as info:
        page.locator("signpost-search button[type=submit]").click()
    response = info.value
    expect(results_status(page)).not_to_have_text(re.compile("^(|Searching…)$"))
    return response.json()


def is_search(response: Response) -> bool:
    return "/api/search?" in response.url


def is_suggest(response: Response) -> bool:
    return "/api/suggest?" in response.url


def shadow_active(page: Page) -> dict[str, Any] | None:
    """Which element inside the widget has focus (None when focus is elsewhere)."""
    return page.evaluate(
        """() => {
            const host = document.querySelector('signpost-search');
            if (document.activeElement !== host) return null;
            const a = host.shadowRoot.activeElement;
            return a && {tag: a.tagName.toLowerCase(), id: a.id, role: a.getAttribute('role'),
                         type: a.getAttribute('type'), text: (a.textContent || '').trim(),
                         label: a.labels && a.labels[0] ? a.labels[0].textContent.trim() : null};
        }"""
    )


def card_named(page: Page, name: str) -> Locator:
    return cards(page).filter(has=page.locator(".sp-name", has_text=name))


def facts(card: Locator) -> dict[str, str]:
    """A result card's details as label → text (several values joined by " | ")."""
    pairs = card.evaluate(
        """(c) => { const out = {}; let key = null;
            for (const n of c.querySelectorAll('dl > *')) {
              if (n.tagName === 'DT') { key = n.textContent; out[key] = []; }
              else if (key) out[key].push(n.textContent);
            } return out; }"""
    )
    return {k: " | ".join(v) for k, v in pairs.items()}
