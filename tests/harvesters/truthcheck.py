"""Compare a harvested record with the sample data's ground truth for its listing.

The sample sites render every listing from a known record (``samples.truth``), so a
harvested field can be checked against what the page was made from: the name, the postcode
and position, the phone in E.164, the e-mail, the website, the ages, free or not, open or
closed. Only what the platform shows is compared (CarePlace has no cost or ages; a hidden
contact has no phone).
"""

from __future__ import annotations

from harvesters.normalise import normalise_phone
from index.geo import normalise_postcode
from index.model import SourceRecord
from samples.childminders import address_is_private
from samples.sites import theme_of
from samples.sites.oruk3 import area_only
from samples.truth import load_truth

# What each platform shows of a listing, beyond name and address.
SHOWS: dict[str, set[str]] = {
    "marketplace": {"phone", "email", "website", "cost", "geo", "status"},
    "kb5": {"phone", "email", "website", "cost", "ages", "geo", "status"},
    "careplace": {"phone", "email", "website", "geo", "status"},
    "fid": {"phone", "email", "website", "cost", "ages", "status"},
    "oruk": {"phone", "email", "website", "cost", "geo", "status"},
    "sitemap": {"phone", "email", "geo", "ages"},  # the page does not say when it closed
    "csv": {"phone", "email", "website", "cost", "ages", "geo", "status"},
    "connect_to_support": {"phone", "email", "website", "geo"},
    # A tenant without the record API: the result list has a position but no address.
    "connect_to_support_list": {"phone", "email", "website", "geo", "no postcode"},
    "afc": {"phone", "email", "website", "cost", "ages", "geo", "town"},
    "jadu": {"phone", "email", "website", "cost", "ages", "town"},
    "connected_places": {"phone", "email", "website", "cost", "ages", "geo", "status"},
    "outpost": {"phone", "email", "website", "cost", "ages", "geo", "status"},
    "localgov_directory": {"phone", "email", "website", "cost", "ages", "geo"},
    # Partial records: what each platform's list shows when the listing's own page failed.
    "connect_to_support_partial": {"phone", "email", "website", "no postcode"},
    "afc_partial": {"geo", "no postcode"},
    "jadu_partial": {"no postcode"},
    "connected_places_partial": {
        "phone",
        "email",
        "website",
        "cost",
        "ages",
        "status",
        "no postcode",
    },
}


def _site(url: str | None) -> str | None:
    if not url:
        return None
    bare = url.lower().split("://", 1)[-1].removeprefix("www.")
    return bare.rstrip("/")


def mismatches(
    source_id: str, platform: str, record: SourceRecord, theme: str | None = None
) -> list[str]:
    """Every field of ``record`` that disagrees with the truth of its listing, as the site
    renders it in ``theme`` (default: the publisher's own)."""
    theme = theme or theme_of(source_id)
    truth = load_truth()
    listing = truth.listing(source_id, record.source_url) or truth.listing(
        source_id, record.listing_key
    )
    if listing is None:
        return [f"{record.source_url}: not a listing of {source_id}"]
    s = record.service
    problems: list[str] = []

    def check(field: str, got: object, want: object) -> None:
        if got != want:
            problems.append(f"{record.listing_key} {field}: harvested {got!r}, truth {want!r}")

    check("name", " ".join(s.name.split()), " ".join(listing.name.split()))
    shows = SHOWS[platform]
    place = listing.address
    loc = s.locations[0] if s.locations else None
    if address_is_private(listing):  # a home address flagged private is never kept
        kept = [(x.address_1, x.postal_code, x.latitude) for x in s.locations]
        check("withheld address", kept, [(None, None, None)])
        place = None
    if theme == "placecube":
        # Placecube publishes the borough as a service area, and no location for services
        # delivered across it; every area's placeholder uri is dropped.
        check(
            "service areas", [(a.name, a.uri) for a in s.service_areas], [(listing.borough, None)]
        )
        if area_only(listing):
            check("locations of an area-only service", s.locations, [])
            place = None
    if place and place.postcode and "no postcode" not in shows:
        check("postcode", loc.postal_code if loc else None, normalise_postcode(place.postcode))
    if "town" in shows and place and place.town:
        # A labelled field of its own ("Town", or "City" in AfC's labelled theme).
        check("town", loc.city if loc else None, place.town)
    if "geo" in shows and place and place.latitude is not None and loc:
        check("latitude", round(loc.latitude or 0, 5), round(place.latitude, 5))
        check("longitude", round(loc.longitude or 0, 5), round(place.longitude or 0, 5))
    if "phone" in shows and not listing.hidden_contact:
        want = normalise_phone(listing.phone) if listing.phone else None
        # Every phone, not just the first: a fax line printed beside it is not a phone.
        check("phones", [p.number for p in s.phones], [want] if want else [])
    if "email" in shows and not listing.hidden_contact and listing.email:
        check("email", (s.email or "").lower(), listing.email.lower())
    if not listing.email:
        check("email (none, or a placeholder dropped)", s.email, None)
    if "website" in shows and not listing.hidden_contact and listing.website:
        check("website", _site(s.url), _site(listing.website))
    if "ages" in shows and listing.min_age is not None:
        check("minimum_age", s.minimum_age, listing.min_age)
    if "cost" in shows and listing.cost and listing.is_free is not None:
        mixed = "free" in listing.cost.lower() and "£" in listing.cost
        if not (mixed and s.is_free is None):  # "Free for some, £45 otherwise": undecided
            check("is_free", s.is_free, listing.is_free)
    if listing.hidden_contact:
        check("hidden contact", (s.phones, s.email, s.url), ([], None, None))
    if "status" in shows:
        check("open", s.status == "active", listing.status == "active")
    return problems
