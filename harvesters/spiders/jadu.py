"""Jadu CMS directories (Bromley, Hounslow, Rotherham … one CMS, a directory per service
area, each directory with fields of its own).

Config (``kind = "jadu"``): ``base_url`` is the site root. ``params``:

* ``directory_id``: the directory's number (``/directory/{n}/…``)
* ``letters`` (optional): the A–Z pages to read; by default the letters the directory's home
  page links (a letter without records is not linked, and answers 404 if asked for)

The walk: ``directory/{n}`` (home) → ``directory/{n}/a-to-z/{letter}`` → each record,
``directory-record/{id}/{slug}`` (or the older ``directory_record/{id}``). The A–Z lists
every record once whatever its categories. A record's fields are read by label from either
layout tenants use — ``<li><strong>Label</strong>: value</li>`` or ``dt``/``dd`` pairs —
and a record with neither is a page the spider does not understand (ParseError).

Each record request carries what its A–Z page showed (the name, and the summary beside it
where the tenant prints one): when the record fails (404, 5xx, timeout, unreadable) that is
kept as a partial record (``harvesters.partial``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urljoin

from parsel import Selector
from scrapy.http import Request, Response

from harvesters.expect import ParseError, one
from harvesters.html import dl_pairs, inner_html, label_key, text
from harvesters.items import Listing
from harvesters.normalise import (
    clean_text,
    normalise_email,
    normalise_url,
    parse_age_range,
    parse_cost,
    parse_opening_times,
    phones_from,
    postcode_from,
    split_address,
)
from harvesters.partial import card as partial_card
from harvesters.spiders.base import SourceSpider
from index.model import Location, Organization, Service

_RECORD = re.compile(r"/directory[-_]record/(\d+)(?:/[^/?#]*)?")


def labelled_items(response: Response) -> dict[str, Selector]:
    """``<li><strong>Label</strong>: value</li>`` → {label: li}. The value is the item's text
    after its label (:func:`after_strong`)."""
    pairs: dict[str, Selector] = {}
    for li in response.css("main li"):
        strong = li.xpath("./*[1][self::strong or self::b]")
        if strong:
            pairs.setdefault(label_key(text(strong[0])), li)
    return pairs


def after_strong(node: Selector) -> str | None:
    label = text(node.xpath("./strong[1]|./b[1]")) or ""
    whole = text(node) or ""
    if whole.startswith(label):
        whole = whole[len(label) :]
    return clean_text(whole.lstrip(" :"))


class JaduSpider(SourceSpider):
    kind = "jadu"
    parser_version = 2

    @property
    def directory(self) -> str:
        return str(self.source.params.get("directory_id") or "").strip()

    def url(self, path: str) -> str:
        return urljoin(self.source.base_url.rstrip("/") + "/", path)

    def first_requests(self) -> Iterable[Request]:
        if not self.directory:
            self.result.status = "failed"
            self.result.reason = "params.directory_id is not set: which Jadu directory to read"
            return
        letters = list(self.source.params.get("letters") or [])
        if letters:
            for letter in letters:
                yield self.page(
                    self.url(f"directory/{self.directory}/a-to-z/{letter}"),
                    "parse_letter",
                    nav=True,
                )
        else:
            yield self.page(self.url(f"directory/{self.directory}"), "parse_home", nav=True)

    def parse_home(self, response: Response) -> Iterator[Any]:
        marker = f"/directory/{self.directory}/a-to-z/"
        links = [response.urljoin(h) for h in response.css("a::attr(href)").getall() if marker in h]
        if not links:
            raise ParseError(
                self.page_url(response), "A to Z", f"no links to {marker}… on the directory home"
            )
        for link in dict.fromkeys(links):
            yield self.page(link, "parse_letter", nav=True)

    def parse_letter(self, response: Response) -> Iterator[Any]:
        url = self.page_url(response)
        found = 0
        for anchor in response.css("main a"):
            href = anchor.attrib.get("href") or ""
            match = _RECORD.search(href)
            if not match:
                continue
            found += 1
            key, name = match.group(1), text(anchor)
            card = {"name": name}
            item = anchor.xpath("./ancestor::li[1]")
            summary = text(item[0].css("p")) if item else None
            yield self.page(
                response.urljoin(href),
                "parse_record",
                {"key": key, "card": card},
                fallback=partial_card(key=key, name=name, listed_on=url, summary=summary),
            )
        if not found:
            raise ParseError(url, "records", "no links to directory records")

    def parse_record(self, response: Response, key: str, card: dict[str, Any]) -> Iterator[Any]:
        url = self.page_url(response)
        name = one([text(h) for h in response.css("main h1")], "name", url)
        fields: dict[str, str | None] = {}
        nodes: dict[str, Selector] = {}
        for label, li in labelled_items(response).items():
            nodes.setdefault(label, li)
            fields.setdefault(label, after_strong(li))
        for dl in response.css("main dl"):
            for label, dd in dl_pairs(dl).items():
                nodes.setdefault(label, dd)
                fields.setdefault(label, text(dd))
        if not fields:
            raise ParseError(url, "record fields", "no labelled fields (li > strong, or dt/dd)")

        def get(*labels: str) -> str | None:
            return next((fields[x] for x in labels if fields.get(x)), None)

        def href(label: str) -> str | None:
            node = nodes.get(label)
            return node.css("a::attr(href)").get() if node is not None else None

        street = get("address", "street")
        town = get("town", "area")
        postcode = postcode_from(get("postcode"), street)
        parts = split_address([*(street or "").split(","), town or ""])
        location = None
        if street or postcode:
            location = Location(
                name=parts["name"],
                address_1=parts["address_1"],
                address_2=parts["address_2"],
                city=town or parts["city"],
                postal_code=postcode,
            )
        cost = get("cost", "costs", "fees")
        is_free, costs = parse_cost(cost)
        min_age, max_age = parse_age_range(get("age range", "ages", "age group"))
        org = get("organisation", "organisation name", "provider")
        described = response.css("div.record-description, div.editor")
        service = Service(
            id="pending",
            name=name,
            description=inner_html(described[0]) if described else None,
            url=normalise_url(href("website") or get("website"), url),
            email=normalise_email(href("email") or get("email")),
            fees_description=cost,
            is_free=is_free,
            cost_options=costs,
            eligibility_description=get("who is it for", "eligibility", "suitable for"),
            minimum_age=min_age,
            maximum_age=max_age,
            organization=Organization(name=org) if org else None,
            locations=[location] if location else [],
            phones=phones_from([get("telephone", "phone", "telephone number")]),
            schedules=parse_opening_times(get("open hours", "opening hours", "opening times")),
        )
        raw = {"name": name, "fields": fields, "card": card}
        yield Listing(listing_key=key, source_url=url, service=service, raw=raw)
