"""Places in the widget, in real Chromium against a real ``signpost serve``: an unknown postcode
is measured from its sector and the widget shows (and announces) the API's sentence saying so;
a place name works in the postcode box and inside the search text."""

from __future__ import annotations

import httpx
from playwright.sync_api import Page, expect

from tests.widget.helpers import cards, open_page, results_status, submit_search


def test_unknown_postcode_falls_back_and_the_sentence_is_shown(page: Page, api_url: str) -> None:
    direct = httpx.get(f"{api_url}/api/search", params={"q": "advice", "postcode": "HA1 2ZZ"})
    note = direct.json()["origin"]["note"]
    assert note == "HA1 2ZZ is not a current postcode; distances are from HA1 2"
    open_page(page)
    answer = submit_search(page, "advice", postcode="ha12zz")
    assert answer["origin"]["note"] == note
    status = results_status(page)
    expect(status).to_contain_text("near HA1 2 (area centre), nearest first")
    expect(status.locator(".sp-note")).to_have_text(note)
    expect(status.locator(".sp-note")).to_be_visible()
    expect(cards(page).first).to_contain_text("Distance")
    expect(page.locator("signpost-search [role=alert]")).to_be_hidden()


def test_place_name_in_the_postcode_box(page: Page) -> None:
    open_page(page)
    answer = submit_search(page, "advice", postcode="Pinner")
    origin = answer["origin"]
    assert (origin["place"], origin["precision"]) == ("Pinner", "place")
    status = results_status(page)
    expect(status).to_contain_text("near Pinner (area centre), nearest first")
    expect(status.locator(".sp-note")).to_have_text(
        "Distances are from the centre of Pinner (Harrow)."
    )
    distances = [r["distance_km"] for r in answer["results"] if r["distance_km"] is not None]
    assert distances == sorted(distances) and distances


def test_place_name_inside_the_search_text(page: Page) -> None:
    open_page(page)
    answer = submit_search(page, "advice near Harrow on the Hill")
    assert answer["origin"]["place"] == "Harrow on the Hill"
    status = results_status(page)
    expect(status).to_contain_text("near Harrow on the Hill (area centre).")
    expect(status).not_to_contain_text("nearest first")  # sorted by relevance, as asked
    expect(status.locator(".sp-note")).to_contain_text("Harrow on the Hill")


def test_ordinary_words_stay_a_search(page: Page) -> None:
    open_page(page)
    answer = submit_search(page, "food bank")
    assert answer["origin"] is None
    expect(results_status(page).locator(".sp-note")).to_have_count(0)


def test_a_place_typed_with_its_postcode_and_a_filter_in_words(page: Page) -> None:
    """ "advice Harlesden NW10 for 30 year olds": the place comes out of the text with its
    postcode, the age is read as the filter, and the summary says which filter was read."""
    open_page(page)
    answer = submit_search(page, "advice Harlesden NW10 for 30 year olds")
    assert answer["origin"]["place"] == "Harlesden"
    assert answer["understood"] == {"age": 30}
    status = results_status(page)
    expect(status).to_contain_text("near Harlesden (area centre).")
    expect(status).to_contain_text("Only services for age 30, as typed.")
    location = submit_search(page, "advice", postcode="Brixton, SW2")
    assert location["origin"]["place"] == "Brixton" and location["understood"] is None
    expect(results_status(page)).not_to_contain_text("as typed")
