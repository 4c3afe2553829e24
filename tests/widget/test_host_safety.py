"""The widget on a strict-CSP host: it works with no inline script or style allowed, never
trips the policy, talks only to the API's origin, and leaves no cookies or storage behind."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page, expect

from tests.widget.helpers import GP_SCREEN, card_named, cards, open_page, submit_search

pytestmark = pytest.mark.browser

STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'"
VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline'));
}, true);
"""


def test_strict_csp_host_page_works(page: Page, api_url: str) -> None:
    page.add_init_script(VIOLATIONS)
    console: list[str] = []
    page.on("console", lambda m: console.append(m.text))
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))

    response = page.goto(GP_SCREEN)
    assert response is not None and response.ok
    meta = page.locator("meta[http-equiv='Content-Security-Policy']").get_attribute("content")
    assert meta == STRICT
    open_page(page, GP_SCREEN)
    expect(page.get_by_label("Postcode or area (optional)")).to_have_value("HA1 2AA")

    # The shadow stylesheet applied under style-src 'self', themed by the host's properties.
    accent = page.locator("signpost-search button[type=submit]").evaluate(
        "b => getComputedStyle(b).backgroundColor"
    )
    assert accent == "rgb(31, 58, 95)"

    submit_search(page, "debt")
    expect(cards(page).first).to_be_visible()
    card_named(page, "Harrow Debt Advice Service").get_by_role("checkbox").check()
    page.get_by_role("button", name="Copy as text").click()
    expect(page.locator("signpost-search .sp-sl-status")).not_to_be_empty()

    assert page.evaluate("() => window.__cspViolations") == []
    assert not [m for m in console if "Content Security Policy" in m], console
    origin = urlparse(api_url).netloc
    assert requests and {urlparse(u).netloc for u in requests} == {origin}


def test_no_cookies_or_storage(page: Page) -> None:
    open_page(page)
    submit_search(page, "debt", postcode="HA1 2AA")
    card_named(page, "Harrow Debt Advice Service").get_by_role("checkbox").check()
    assert page.context.cookies() == []
    stored = page.evaluate("() => [document.cookie, localStorage.length, sessionStorage.length]")
    assert stored == ["", 0, 0]


def test_api_requests_carry_no_credentials_or_referrer(page: Page) -> None:
    open_page(page)
    with page.expect_request(lambda r: "/api/search?" in r.url) as info:
        submit_search(page, "debt")
    headers = info.value.all_headers()
    assert "cookie" not in headers and "referer" not in headers
