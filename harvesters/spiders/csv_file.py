"""CSV open-data exports: one file, one listing per row.

Config (``kind = "csv"``): ``base_url`` is the file's URL. ``params``:

* ``columns``: our field → the file's header, for files whose headers the defaults below do
  not recognise (matching is case- and punctuation-insensitive)
* ``key_column``: the column holding the publisher's id for the row (default: the ``id``
  column if there is one); without any id the key is the row's name and postcode, which
  stays stable as long as those do
* ``delimiter`` (default: sniffed), ``encoding`` (default: UTF-8, then Windows-1252)
* ``list_separator`` for multi-valued cells such as categories (default ``;``, also ``|``)

The file is fetched like any page (robots, limits, SSRF guard, conditional request: an
unchanged file is a 304 and every row's previous record stands).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from scrapy.http import Request, Response

from harvesters.expect import ParseError
from harvesters.items import Listing
from harvesters.job import Skip
from harvesters.normalise import (
    age_or_none,
    clean_text,
    normalise_email,
    normalise_url,
    parse_age_range,
    parse_cost,
    parse_opening_times,
    phones_from,
    postcode_from,
    strip_postcode,
)
from harvesters.spiders.base import SourceSpider
from harvesters.values import position
from index.model import Location, Organization, Service, stable_id

DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("id", "serviceid", "ref", "reference", "recordid", "uid"),
    "name": ("name", "servicename", "title", "service"),
    "description": ("description", "servicedescription", "summary", "about"),
    "url": ("url", "website", "web", "webaddress"),
    "email": ("email", "emailaddress", "e-mail"),
    "phone": ("phone", "telephone", "tel", "phonenumber", "contactnumber"),
    "address_1": ("address", "address1", "addressline1", "street", "streetaddress"),
    "address_2": ("address2", "addressline2"),
    "city": ("town", "city", "locality"),
    "postcode": ("postcode", "postalcode", "zip"),
    "latitude": ("latitude", "lat"),
    "longitude": ("longitude", "lon", "lng", "long"),
    "opening_times": ("openingtimes", "openinghours", "hours", "times"),
    "cost": ("cost", "fees", "feesdescription", "price", "charges"),
    "ages": ("agerange", "ages", "age"),
    "minimum_age": ("minimumage", "minage", "agefrom"),
    "maximum_age": ("maximumage", "maxage", "ageto"),
    "categories": ("categories", "category", "type", "servicetype", "tags"),
    "organization": ("organisation", "organization", "provider", "orgname"),
    "eligibility": ("eligibility", "whoisitfor", "eligibilitydescription"),
    "referral": ("referral", "howtoaccess", "access"),
    "borough": ("borough", "localauthority", "council"),
    "status": ("status", "open", "active"),
    "last_updated": ("lastupdated", "updated", "lastmodified", "dateupdated"),
}

_CLOSED = {"closed", "inactive", "no", "false", "ceased", "defunct"}


def _squash(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", header.lower())


def column_map(headers: list[str], overrides: dict[str, str] | None = None) -> dict[str, str]:
    """Our field → the header in this file, from the overrides, then the defaults."""
    squashed = {_squash(h): h for h in headers if h}
    found: dict[str, str] = {}
    for field, header in (overrides or {}).items():
        if header in headers:
            found[field] = header
        elif _squash(header) in squashed:
            found[field] = squashed[_squash(header)]
    for field, names in DEFAULT_COLUMNS.items():
        if field in found:
            continue
        for name in names:
            if _squash(name) in squashed:
                found[field] = squashed[_squash(name)]
                break
    return found


def decode(body: bytes, encoding: str | None = None) -> str:
    if encoding:
        return body.decode(encoding, errors="replace")
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")


def _updated(value: str | None) -> datetime | None:
    """``dd/mm/yyyy`` (how UK exports write it) or ISO 8601."""
    if not value:
        return None
    for parse in (
        lambda v: datetime.strptime(v, "%d/%m/%Y"),
        lambda v: datetime.fromisoformat(v.replace("Z", "+00:00")),
    ):
        try:
            parsed = parse(value)
        except ValueError:
            continue
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return None


class CsvSpider(SourceSpider):
    kind = "csv"
    parser_version = 2

    def first_requests(self) -> Iterable[Request]:
        yield self.page(self.source.base_url, "parse_file", nav=True)

    def parse_file(self, response: Response) -> Iterator[Any]:
        params = self.source.params
        text = decode(response.body, params.get("encoding"))
        if text.lstrip()[:1] == "<":
            raise ParseError(response.url, "file", "not CSV (an HTML page)")
        delimiter = params.get("delimiter")
        if not delimiter:
            try:
                delimiter = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|").delimiter
            except csv.Error:
                delimiter = ","
        reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
        headers = list(reader.fieldnames or [])
        columns = column_map(headers, params.get("columns"))
        if "name" not in columns:
            raise ParseError(response.url, "name column", f"not found among {headers[:12]}")
        key_column = params.get("key_column")
        if key_column not in headers:
            if key_column:
                # The export renamed it ("ID" → "Service ID"): the id column by its synonyms.
                self.missing(self.page_url(response), f"key column {key_column!r}")
            key_column = columns.get("id")
        seen: set[str] = set()
        for number, row in enumerate(reader, start=2):  # line 1 is the header
            where = f"{response.url}#row={number}"
            try:
                listing = self.row_listing(row, columns, key_column, where)
            except ParseError as exc:
                yield Skip(where, str(exc), f"unreadable {exc.field}", True)
                continue
            if listing.listing_key in seen:
                yield Skip(where, f"duplicate id {listing.listing_key}", "duplicate id", False)
                continue
            seen.add(listing.listing_key)
            listing.source_url = self.page_url(response)
            yield listing

    def row_listing(
        self, row: dict[str, Any], columns: dict[str, str], key_column: str | None, where: str
    ) -> Listing:
        def get(field: str) -> str | None:
            header = columns.get(field)
            value = row.get(header) if header else None
            return clean_text(value) if isinstance(value, str) else None

        name = get("name")
        if not name:
            raise ParseError(where, "name", "not found")
        separator = str(self.source.params.get("list_separator", ";"))
        postcode = postcode_from(get("postcode"), get("address_1"), get("address_2"))
        key = clean_text(row.get(key_column)) if key_column else None
        if not key:
            key = "row-" + stable_id(name.lower(), postcode or "")
        address_1 = strip_postcode(get("address_1"), postcode)
        latitude, longitude = position(get("latitude"), get("longitude"))
        location = None
        if address_1 or postcode or latitude is not None:
            location = Location(
                address_1=address_1,
                address_2=get("address_2"),
                city=get("city"),
                postal_code=postcode,
                latitude=latitude,
                longitude=longitude,
                borough=get("borough"),
            )
        is_free, costs = parse_cost(get("cost"))
        min_age, max_age = parse_age_range(get("ages"))
        if get("minimum_age") is not None:
            min_age = age_or_none(get("minimum_age"))
        if get("maximum_age") is not None:
            max_age = age_or_none(get("maximum_age"))
        categories = [
            c
            for c in (
                clean_text(x)
                for x in re.split(rf"[{re.escape(separator)}|]", get("categories") or "")
            )
            if c
        ]
        org = get("organization")
        status = "inactive" if (get("status") or "").lower() in _CLOSED else "active"
        service = Service(
            id="pending",
            name=name,
            description=get("description"),
            url=normalise_url(get("url")),
            email=normalise_email(get("email")),
            fees_description=get("cost"),
            is_free=is_free,
            cost_options=costs,
            eligibility_description=get("eligibility"),
            minimum_age=min_age,
            maximum_age=max_age,
            referral=get("referral"),
            organization=Organization(name=org) if org else None,
            locations=[location] if location else [],
            phones=phones_from([get("phone")]),
            schedules=parse_opening_times(get("opening_times")),
            categories=categories,
            status=status,
            last_modified=_updated(get("last_updated")),
        )
        raw = {k: v for k, v in row.items() if k is not None and v not in (None, "")}
        return Listing(listing_key=key, source_url=where, service=service, raw=raw)
