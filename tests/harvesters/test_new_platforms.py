"""The platforms of issue 19 — Connect to Support, Achieving for Children, Jadu, Connected
Places, Outpost's API and LocalGov Drupal — against saved pages of their sample sites
(``tests/fixtures/sites/<source>/``, both themes of each), configured from
``sources/demo.toml`` as in production. Every record is also checked field by field against
the ground truth of the listing it came from."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from scrapy.http import HtmlResponse, Request, TextResponse, XmlResponse

from harvesters.conditional import UNCONDITIONAL
from harvesters.expect import ParseError
from harvesters.items import Listing
from harvesters.outpost_map import service_from_outpost
from harvesters.pipeline import build_record
from harvesters.registry import spider_for
from harvesters.spiders.base import SourceSpider
from index.model import SourceRecord
from index.sources import load_sources
from samples.truth import load_truth
from tests.harvesters.truthcheck import mismatches

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "sites"
SAMPLE_SITES = "http://127.0.0.1:8765"
DEMO = {
    s.id: s for s in load_sources(REPO / "sources" / "demo.toml", {"SAMPLE_SITES": SAMPLE_SITES})
}
CHECKED_AS = {"shop4support": "connect_to_support_list"}
"""truthcheck's name for what a source shows, where it is not the kind's."""


def spider(source_id: str) -> SourceSpider:
    source = DEMO[source_id]
    return spider_for(source.kind)(source=source)


def saved(source_id: str, name: str) -> tuple[str, bytes]:
    folder = FIXTURES / source_id
    url = json.loads((folder / "pages.json").read_text())[name]
    return url, (folder / name).read_bytes()


def run(
    source_id: str,
    name: str,
    callback: str,
    body: bytes | None = None,
    fallback: dict[str, Any] | None = None,
    **data: Any,
) -> list:
    """One callback of the source's spider on a saved page (or on ``body`` at its URL), for
    a request carrying the list's card ``fallback``."""
    url, content = saved(source_id, name)
    s = spider(source_id)
    request: Request = s.page(url, callback, data or None, fallback=fallback)
    cls = {".json": TextResponse, ".xml": XmlResponse}.get(Path(name).suffix, HtmlResponse)
    response = cls(
        url=url, body=body if body is not None else content, encoding="utf-8", request=request
    )
    return list(getattr(s, callback)(response, **data))


def requests(outputs: list[Any], callback: str | None = None) -> list[Request]:
    return [
        r
        for r in outputs
        if isinstance(r, Request) and (callback is None or r.meta["signpost"]["cb"] == callback)
    ]


def records(source_id: str, outputs: list[Any], shown: str | None = None) -> list[SourceRecord]:
    """The listings as SourceRecords, each without a disagreement with the ground truth
    (of what the platform shows, or truthcheck's ``shown``: a partial record's fields)."""
    found = [o for o in outputs if isinstance(o, Listing)]
    assert found
    platform = shown or CHECKED_AS.get(source_id, DEMO[source_id].kind)
    out = []
    for listing in found:
        rec = build_record(source_id, listing, DEMO[source_id].borough)
        assert mismatches(source_id, platform, rec) == [], listing.listing_key
        out.append(rec)
    return out


def truth_count(source_id: str) -> int:
    return len(load_truth().listings(source_id))


# -- Connect to Support / Shop4Support ----------------------------------------------------------


def test_connect_to_support_result_list_leads_to_every_record() -> None:
    out = run("hillingdon-connect", "get-list-p1.json", "parse_list", term="", page=1)
    details = requests(out, "parse_event")
    assert len(details) == truth_count("hillingdon-connect")  # one page of 100 holds them all
    assert not requests(out, "parse_list")
    first = details[0]
    data, fallback = first.meta["signpost"]["data"], first.meta["signpost"]["fallback"]
    assert first.url.endswith(f"/get-event/{data['key']}")
    assert fallback["item"]["name"] and "phone" in fallback["item"]  # the list's result
    assert fallback["listed_on"] == saved("hillingdon-connect", "get-list-p1.json")[0]


def test_connect_to_support_record_completed_by_its_result() -> None:
    url, _ = saved("hillingdon-connect", "get-event.json")
    key = url.rsplit("/", 1)[-1]
    listing = run("hillingdon-connect", "get-list-p1.json", "parse_list", term="", page=1)
    listed = next(r.meta["signpost"]["fallback"] for r in requests(listing) if r.url == url)
    (rec,) = records(
        "hillingdon-connect",
        run("hillingdon-connect", "get-event.json", "parse_event", fallback=listed, key=key),
    )
    (loc,) = rec.service.locations
    assert loc.postal_code and loc.latitude and loc.address_1
    assert rec.listing_key == key and rec.raw["item"]["name"]


def test_connect_to_support_result_is_the_partial_record_of_a_failed_event() -> None:
    out = run("hillingdon-connect", "get-list-p1.json", "parse_list", term="", page=1)
    request = requests(out, "parse_event")[0]
    s = spider("hillingdon-connect")
    partial = s.partial_from(request.meta["signpost"]["fallback"], request.url, "page failed")
    assert partial is not None and partial.source_url == request.url
    assert partial.listing_key == request.meta["signpost"]["data"]["key"]
    assert partial.raw["partial"]["reason"] == "page failed"
    (rec,) = records("hillingdon-connect", [partial], "connect_to_support_partial")
    assert rec.service.phones and rec.service.description and not rec.service.locations
    nameless = {"listed_on": request.url, "item": {"id": 7, "name": " "}}
    assert s.partial_from(nameless, request.url, "page failed") is None


def test_shop4support_wrapped_results_are_the_listings() -> None:
    out = run("shop4support", "get-list-p1.json", "parse_list", term="", page=1)
    assert not requests(out)  # no record API on this tenant: nothing more to fetch
    recs = records("shop4support", out)
    assert len(recs) == truth_count("shop4support")
    located = [r for r in recs if r.service.locations]
    assert located and all(r.service.locations[0].postal_code is None for r in located)
    assert all(r.service.locations[0].latitude for r in located)


def test_connect_to_support_refusal_and_other_answers_are_errors() -> None:
    refused = json.dumps({"success": False, "value": None, "message": "Search unavailable"})
    with pytest.raises(ParseError, match="the API says it failed"):
        run(
            "shop4support", "get-list-p1.json", "parse_list", body=refused.encode(), term="", page=1
        )
    with pytest.raises(ParseError, match="pageItems"):
        run(
            "hillingdon-connect",
            "get-list-p1.json",
            "parse_list",
            body=b'{"items": []}',
            term="",
            page=1,
        )


# -- Achieving for Children ------------------------------------------------------------------


def test_afc_markers_carry_positions_to_the_list() -> None:
    out = run("kingston-afc", "markers.json", "parse_markers", category=None)
    (lst,) = requests(out, "parse_list")
    positions = lst.meta["signpost"]["data"]["positions"]
    truth = load_truth()
    located = [
        k
        for k in truth.listings("kingston-afc")
        if (i := truth.listing("kingston-afc", k)) and i.address and i.address.latitude
    ]
    assert sorted(positions) == sorted(located)  # /main_site/ links included, canonicalised
    assert b"/main_site/" in saved("kingston-afc", "markers.json")[1]


def test_afc_unreadable_markers_still_lead_to_the_list() -> None:
    out = run(
        "kingston-afc",
        "markers.json",
        "parse_markers",
        body=b"<html>maintenance</html>",
        category=None,
    )
    (lst,) = requests(out, "parse_list")
    assert lst.meta["signpost"]["data"]["positions"] == {}


def test_afc_list_pages_and_rel_next() -> None:
    first = run("kingston-afc", "list-p1.html", "parse_list", category=None, page=1, positions={})
    assert len(requests(first, "parse_record")) == 50
    (nxt,) = requests(first, "parse_list")
    assert nxt.url.endswith("page=2&per_page=50")
    last = run("kingston-afc", "list-p2.html", "parse_list", category=None, page=2, positions={})
    assert len(requests(last, "parse_record")) == truth_count("kingston-afc") - 50
    assert not requests(last, "parse_list")


def test_afc_record_requests_carry_what_the_list_showed() -> None:
    markers = run("kingston-afc", "markers.json", "parse_markers", category=None)
    positions = requests(markers, "parse_list")[0].meta["signpost"]["data"]["positions"]
    out = run(
        "kingston-afc", "list-p1.html", "parse_list", category=None, page=1, positions=positions
    )
    truth = load_truth()
    for request in requests(out, "parse_record"):
        card = request.meta["signpost"]["fallback"]
        item = truth.listing("kingston-afc", card["key"])
        assert item and card["name"] == item.name and card["summary"]
        assert card["listed_on"] == saved("kingston-afc", "list-p1.html")[0]
        located = item.address and item.address.latitude is not None
        assert (card.get("latitude"), card.get("longitude")) == (
            (item.address.latitude, item.address.longitude) if located else (None, None)
        )


def test_afc_record_dt_dd_pairs() -> None:
    url, _ = saved("kingston-afc", "record.html")
    key = url.rsplit("/", 1)[-1].split("-", 1)[0]
    item = load_truth().listing("kingston-afc", key)
    assert item and item.address
    card = {"summary": None, "position": [item.address.latitude, item.address.longitude]}
    (rec,) = records(
        "kingston-afc", run("kingston-afc", "record.html", "parse_record", key=key, card=card)
    )
    s = rec.service
    assert s.phones and s.email and s.url and s.schedules and s.fees_description
    assert s.locations[0].borough == item.address.borough


def _labelled_record() -> tuple[str, str, Any]:
    url, _ = saved("kingston-afc", "record-labelled.html")
    key = url.rsplit("/", 1)[-1].split("-", 1)[0]
    item = load_truth().listing("kingston-afc", key)
    assert item and item.address and item.address.town
    return url, key, item


def test_afc_record_labelled_paragraphs() -> None:
    """The labelled theme: each field a paragraph with a bold label, the town as "City"."""
    _, key, item = _labelled_record()
    card = {"summary": None, "position": [item.address.latitude, item.address.longitude]}
    out = run("kingston-afc", "record-labelled.html", "parse_record", key=key, card=card)
    (rec,) = records("kingston-afc", out)
    s = rec.service
    assert s.phones and s.email and s.url and s.schedules and s.fees_description
    (loc,) = s.locations
    assert loc.city == item.address.town and loc.borough == item.address.borough
    assert rec.raw["fields"]["city"].startswith("<strong>City:</strong>")


def test_afc_labelled_fields_of_the_description_are_not_the_records() -> None:
    """Bold text inside the description is the provider's prose, not a field."""
    _, key, item = _labelled_record()
    _, body = saved("kingston-afc", "record-labelled.html")
    marker = b'<div class="provider-description">'
    assert marker in body
    planted = body.replace(marker, marker + b"<p><strong>Postcode:</strong> SW1A 1AA</p>", 1)
    card = {"summary": None, "position": None}
    out = run(
        "kingston-afc", "record-labelled.html", "parse_record", body=planted, key=key, card=card
    )
    (listing,) = [o for o in out if isinstance(o, Listing)]
    assert listing.service.locations[0].postal_code == item.address.postcode


def test_afc_record_without_fields_is_an_error() -> None:
    """Neither form — including the layout_changed fault's unlabelled ``p.field`` spans — is a
    page the spider does not understand."""
    changed = (
        b"<html><body><main><h1>Messy Play</h1><section><h2>Contact Details</h2>"
        b'<p class="field"><span>Telephone</span> 020 7946 0926</p></section></main></body></html>'
    )
    card = {"summary": None, "position": None}
    with pytest.raises(ParseError, match="no dt/dd pairs and no paragraphs with a bold label"):
        run("kingston-afc", "record.html", "parse_record", body=changed, key="1", card=card)


# -- Jadu ---------------------------------------------------------------------------------------


def test_jadu_home_links_only_letters_with_records() -> None:
    out = run("hounslow-directory", "home.html", "parse_home")
    letters = {r.url.rsplit("/", 1)[-1] for r in requests(out, "parse_letter")}
    truth = load_truth()
    names = [
        truth.listing("hounslow-directory", k).name for k in truth.listings("hounslow-directory")
    ]  # type: ignore[union-attr]
    expected = {n.strip()[0].lower() if n.strip()[0].isalpha() else "0-9" for n in names}
    assert letters == expected


def test_jadu_letter_page_leads_to_records() -> None:
    out = run("hounslow-directory", "a-to-z.html", "parse_letter")
    found = requests(out, "parse_record")
    assert found and all("/directory-record/" in r.url for r in found)
    with pytest.raises(ParseError, match="no links to directory records"):
        run(
            "hounslow-directory", "a-to-z.html", "parse_letter", body=b"<main><p>Nothing</p></main>"
        )


def test_jadu_record_requests_carry_the_name_and_summary_listed() -> None:
    out = run("hounslow-directory", "a-to-z.html", "parse_letter")
    truth = load_truth()
    for request in requests(out, "parse_record"):
        card = request.meta["signpost"]["fallback"]
        item = truth.listing("hounslow-directory", card["key"])
        assert item and card["name"] == item.name and card["summary"]
        assert " ".join(item.description.split()).startswith(card["summary"].rstrip("…. "))


@pytest.mark.parametrize("source_id", ["hounslow-directory", "enfield-directory"])
def test_jadu_record_in_either_layout(source_id: str) -> None:
    url, _ = saved(source_id, "record.html")
    key = url.split("record/", 1)[1].split("/", 1)[0]
    (rec,) = records(source_id, run(source_id, "record.html", "parse_record", key=key, card={}))
    s = rec.service
    assert s.phones and s.url and s.fees_description and s.schedules
    assert s.locations and s.locations[0].postal_code


def test_jadu_record_without_fields_is_an_error() -> None:
    body = b"<html><body><main><h1>Lunch club</h1><p>Ring us.</p></main></body></html>"
    with pytest.raises(ParseError, match="no labelled fields"):
        run("enfield-directory", "record.html", "parse_record", body=body, key="1", card={})


# -- Connected Places --------------------------------------------------------------------------


@pytest.mark.parametrize("source_id", ["kingston-connected", "hounslow-connect"])
def test_connected_places_services_lead_to_their_locations(source_id: str) -> None:
    out = run(source_id, "services-p1.json", "parse_services", page=1)
    located = requests(out, "parse_locations")
    assert len(located) == truth_count(source_id)
    assert all(r.meta.get(UNCONDITIONAL) for r in located)
    assert all("filter%5Bservice_id%5D=" in r.url and "include=location" in r.url for r in located)
    assert not requests(out, "parse_services")  # fewer than 100: one page


@pytest.mark.parametrize("source_id", ["kingston-connected", "hounslow-connect"])
def test_connected_places_service_with_its_locations(source_id: str) -> None:
    url, _ = saved(source_id, "service-locations.json")
    key = url.split("service_id%5D=", 1)[1].split("&", 1)[0]
    list_url, body = saved(source_id, "services-p1.json")
    item = next(s for s in json.loads(body)["data"] if s["id"] == key)
    listed = {"listed_on": list_url, "item": item}
    out = run(source_id, "service-locations.json", "parse_locations", fallback=listed, key=key)
    (rec,) = records(source_id, out)
    s = rec.service
    assert s.description and s.description.startswith("<p>")  # Markdown rendered
    assert s.schedules and s.schedules[0].byday and s.locations[0].latitude
    assert s.organization and s.categories
    item = load_truth().listing(source_id, key)
    assert item and (s.minimum_age, s.maximum_age) == (item.min_age, item.max_age)


@pytest.mark.parametrize("source_id", ["kingston-connected", "hounslow-connect"])
def test_connected_places_service_is_the_partial_record_when_its_locations_fail(
    source_id: str,
) -> None:
    out = run(source_id, "services-p1.json", "parse_services", page=1)
    request = requests(out, "parse_locations")[0]
    partial = spider(source_id).partial_from(
        request.meta["signpost"]["fallback"], request.url, "page failed: HTTP 500"
    )
    assert partial is not None and partial.raw["partial"]["listed_on"].endswith("page=1")
    (rec,) = records(source_id, [partial], "connected_places_partial")
    s = rec.service
    assert s.description and s.organization and not s.locations
    assert partial.raw["listing"]["id"] == request.meta["signpost"]["data"]["key"]


def test_connected_places_locations_without_their_service_are_an_error() -> None:
    with pytest.raises(ParseError, match="no service from a list page"):
        run("kingston-connected", "service-locations.json", "parse_locations", key="x")


# -- Outpost -----------------------------------------------------------------------------------


@pytest.mark.parametrize("source_id", ["greenwich-outpost", "rbkc-outpost"])
def test_outpost_list_pages_are_the_records(source_id: str) -> None:
    total = truth_count(source_id)
    out = run(source_id, "services-p1.json", "parse_list", page=1, first_ids=None)
    recs = records(source_id, out)
    assert len(recs) == min(total, 50)
    assert len(requests(out, "parse_list")) == (total - 1) // 50
    timed = [r for r in recs if r.service.schedules]
    assert timed and all(s.byday and s.opens_at for r in timed for s in r.service.schedules)


def test_outpost_masked_address_is_not_placed_exactly() -> None:
    url, body = saved("greenwich-outpost", "services-p1.json")
    data = next(r for r in json.loads(body)["content"] if r["locations"])
    location = data["locations"][0]
    outcode = location["postal_code"].split()[0]
    masked = dict(
        location,
        address_1=None,
        postal_code=outcode,
        mask_exact_address=True,
        geometry={
            "type": "Point",
            "coordinates": [round(c, 2) for c in location["geometry"]["coordinates"]],
        },
    )
    (loc,) = service_from_outpost(dict(data, locations=[masked]), url).locations
    assert (loc.address_1, loc.postal_code, loc.latitude, loc.longitude) == (None, None, None, None)
    assert outcode in (loc.description or "") and loc.city == location["city"]


# -- LocalGov Drupal ---------------------------------------------------------------------------


def test_localgov_sitemap_leads_to_service_pages_only() -> None:
    _, body = saved("greenwich-community", "sitemap.xml")
    assert b"/news/" in body and b"<lastmod>" in body  # pages that are not services, too
    pages = requests(run("greenwich-community", "sitemap.xml", "parse_sitemap"))
    assert len(pages) == truth_count("greenwich-community")
    assert all(r.meta["signpost"]["cb"] == "parse_page" and "/services/" in r.url for r in pages)


@pytest.mark.parametrize("source_id", ["greenwich-community", "harrow-localgov", "ealing-localgov"])
def test_localgov_service_page_in_each_theme(source_id: str) -> None:
    """Royal Greenwich's rbg theme, a dt/dd sub-theme, and localgov_base's field divs."""
    (rec,) = records(source_id, run(source_id, "service.html", "parse_page"))
    s = rec.service
    assert rec.listing_key.startswith(f"/{source_id}/services/")
    assert s.phones and s.email and s.url and s.categories and s.organization
    assert s.locations[0].latitude and s.locations[0].postal_code
    assert s.fees_description and s.is_free is not None


def test_localgov_page_without_fields_is_an_error() -> None:
    body = (
        b'<html><body><main><h1 class="lgd-page-title-block__title">News</h1></main></body></html>'
    )
    with pytest.raises(ParseError, match=r"no Drupal fields .* and no rbg-service-details"):
        run("greenwich-community", "service.html", "parse_page", body=body)


GREENWICH_DATED = b"""<html><head><meta name="description" content="Songs for babies."></head>
<body><main><article class="rbg-service-details">
<h1 class="rbg-heading rbg-heading--h1"><span>Rhyme Time at Ferndale Hall</span></h1>
<div class="rbg-service-details__description"><div class="rbg-rich-text">
<p>Songs and rhymes for babies and toddlers with their grown-ups.</p></div></div>
<div class="rbg-field-key-value"><strong>Organisation:</strong> Ferndale Libraries</div>
<div class="rbg-service-details__item"><h2 class="rbg-service-details__item-heading">Suitable
for</h2><ul><li>Ages 1 to 5</li></ul></div>
<div class="rbg-service-details__item"><h2 class="rbg-service-details__item-heading">Date and
time</h2><ul class="rbg-list rbg-list--event">
<li><strong>Every Friday starting 24 July 2026:</strong> 10:30am to 11:00am
<details><summary>Upcoming dates</summary><ul><li>Friday 31 July 2026</li></ul></details></li>
<li><strong>Every three weeks on Tuesday starting 4 August 2026:</strong> 2pm to 3pm</li>
</ul></div>
<div class="rbg-service-details__item"><h2 class="rbg-service-details__item-heading">Cost</h2>
<p>Free</p></div>
<div class="rbg-service-details__item"><h2 class="rbg-service-details__item-heading">How to
book</h2><p>No booking required</p></div>
<div class="rbg-service-details__item"><h2 class="rbg-service-details__item-heading">Address
</h2><p class="address" translate="no"><span class="organization">Ferndale Hall</span><br>
<span class="address-line1">12 Ferndale Road</span><br><span class="locality">Plumstead</span>
<br><span class="postal-code">SE18 2QQ</span></p></div>
<div class="rbg-access-needs"><h2>Access needs</h2><ul><li>Baby changing</li></ul></div>
</article></main></body></html>"""


def test_localgov_greenwich_dated_sessions_without_opening_hours_meta() -> None:
    """Royal Greenwich's page as a public survey of the live site describes it, where the
    times are only in the dated-session list: a weekly session becomes a weekly row, one
    every three weeks keeps its words."""
    out = run("greenwich-community", "service.html", "parse_page", body=GREENWICH_DATED)
    (listing,) = [o for o in out if isinstance(o, Listing)]
    s = listing.service
    assert s.name == "Rhyme Time at Ferndale Hall"
    assert s.organization and s.organization.name == "Ferndale Libraries"
    assert (s.minimum_age, s.maximum_age, s.is_free) == (1, 5, True)
    weekly = [(x.byday, x.opens_at, x.closes_at) for x in s.schedules if x.byday]
    assert weekly == [("FR", "10:30", "11:00")]
    assert [x.description for x in s.schedules if not x.byday] == [
        "Every three weeks on Tuesday starting 4 August 2026: 2pm to 3pm"
    ]
    assert s.referral == "No booking required" and s.accessibility == ["Baby changing"]
    (loc,) = s.locations
    assert (loc.name, loc.address_1, loc.city, loc.postal_code) == (
        "Ferndale Hall",
        "12 Ferndale Road",
        "Plumstead",
        "SE18 2QQ",
    )
