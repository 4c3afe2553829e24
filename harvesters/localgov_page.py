"""Reading a LocalGov Drupal directory page, whatever the council's theme prints it in.

Two families of markup are seen (docs/harvesters.md has the details):

* **Drupal's field markup** (localgov_base and its sub-themes): each field a
  ``.field--name-{field}`` with a ``.field__label`` and ``.field__item``\\ s — in ``div``\\ s,
  or as ``dt``/``dd`` rows of one ``dl`` (Croydon's sub-theme).
* **Royal Greenwich's theme**: ``article.rbg-service-details``, ``.rbg-field-key-value``
  pairs, ``.rbg-service-details__item`` blocks headed by an ``h2`` ("Suitable for", "Date and
  time", "Cost", "How to book", "Address"), ``meta[itemprop=openingHours]``.

Both give a :class:`Facts`; the spider turns it into a Service. Values shared by both (the
address module's ``p.address`` spans, the Leaflet position in ``drupalSettings``) are read
once.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from parsel import Selector, SelectorList
from scrapy.http import Response

from harvesters.html import inner_html, label_key, text
from harvesters.normalise import age_or_none, clean_text, parse_age_range, parse_opening_times
from harvesters.weekly import DAYS, clock, merge_weekly, weekday
from index.model import Schedule

_OPENING = re.compile(
    r"(?P<days>[A-Za-z]{2}(?:\s*[-,]\s*[A-Za-z]{2})*)\s+(?P<opens>\d{1,2}:\d{2})\s*-\s*(?P<closes>\d{1,2}:\d{2})"
)


@dataclass
class Facts:
    """What a directory page says, in the spider's terms."""

    description: str | None = None
    organisation: str | None = None
    phones: list[str] = field(default_factory=list)
    email_href: str | None = None
    email_text: str | None = None
    website: str | None = None
    cost: str | None = None
    free: bool = False
    ages: tuple[int | None, int | None] = (None, None)
    schedules: list[Schedule] = field(default_factory=list)
    opening_text: str | None = None
    referral: str | None = None
    accessibility: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)


def address_parts(response: Response) -> dict[str, str | None]:
    """The address module's spans (``organization``, ``address-line1`` …) of the page's first
    ``p.address``; empty values when there is none."""
    node = response.css("p.address")
    keys = ("organization", "address-line1", "address-line2", "locality", "postal-code")
    parts = {key: text(node[0].css(f"span.{key}")) if node else None for key in keys}
    parts["text"] = text(node[0]) if node else None
    return parts


def drupal_position(response: Response) -> tuple[float | None, float | None]:
    """The first map feature's (lat, lon) in ``drupalSettings``."""
    script = response.css('script[data-drupal-selector="drupal-settings-json"]::text').get()
    if not script:
        return None, None
    try:
        stack: list[Any] = [json.loads(script)]
    except json.JSONDecodeError:
        return None, None
    while stack:
        value = stack.pop(0)
        if isinstance(value, dict):
            lat, lon = value.get("lat"), value.get("lon", value.get("lng"))
            if isinstance(lat, int | float) and isinstance(lon, int | float):
                return float(lat), float(lon)
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return None, None


def opening_hours(values: list[str]) -> list[Schedule]:
    """schema.org ``openingHours`` values ("Fr 13:30-14:45", "Mo-Fr 09:00-17:00",
    "Mo,We 10:00-12:00") → weekly schedules."""
    rows: list[tuple[str, str | None, str | None]] = []
    for value in values:
        for m in _OPENING.finditer(value):
            days: list[str] = []
            for part in re.split(r"\s*,\s*", m.group("days")):
                start, _, end = part.partition("-")
                first, last = weekday(start.strip()), weekday(end.strip()) if end else None
                if first and last:
                    days += DAYS[DAYS.index(first) : DAYS.index(last) + 1]
                elif first:
                    days.append(first)
            rows += [(d, clock(m.group("opens")), clock(m.group("closes"))) for d in days]
    return merge_weekly(rows)


# -- Drupal field markup -------------------------------------------------------------------------


def _items(response: Response, name: str) -> list[Selector]:
    """A field's ``.field__item``\\ s (the field itself when the theme puts the item class on
    it, as for a hidden label)."""
    found: list[Selector] = []
    for node in response.css(f".field--name-{name}"):
        if "field__item" in (node.attrib.get("class") or "").split():
            found.append(node)
        else:
            found.extend(node.css(".field__item"))
    return found


def _first_text(response: Response, *names: str) -> str | None:
    for name in names:
        for item in _items(response, name):
            if value := text(item):
                return value
    return None


def _first_href(response: Response, kind: str, *names: str) -> str | None:
    """The first link of the fields: ``mailto:`` ones for ``kind="mailto"``, web links else."""
    for name in names:
        for item in _items(response, name):
            for href in item.css("a::attr(href)").getall():
                is_mail = href.startswith("mailto:")
                if (kind == "mailto") == is_mail and not href.startswith("tel:"):
                    return href
    return None


def read_fields(response: Response) -> Facts:
    body = _items(response, "body")
    office = []
    for row in response.css(".field--name-localgov-outpost-regular-sched .office-hours__item"):
        day = weekday((text(row.css(".office-hours__item-label")) or "").rstrip(": "))
        for slot in (text(row.css(".office-hours__item-slots")) or "").split(","):
            opens, _, closes = slot.partition("-")
            if day and clock(opens) and clock(closes):
                office.append((day, clock(opens), clock(closes)))
    return Facts(
        description=inner_html(body[0]) if body else None,
        organisation=_first_text(response, "localgov-outpost-org-name"),
        phones=[
            t
            for name in ("localgov-directory-phone", "localgov-contact-phone")
            for t in (text(i) for i in _items(response, name))
            if t
        ],
        email_href=_first_href(
            response, "mailto", "localgov-directory-email", "localgov-contact-email"
        ),
        email_text=_first_text(response, "localgov-directory-email", "localgov-contact-email"),
        website=_first_href(
            response, "web", "localgov-directory-website", "localgov-outpost-links"
        ),
        cost=_first_text(response, "localgov-outpost-cost"),
        free=bool(response.css(".field--name-localgov-outpost-cost-free")),
        ages=(
            age_or_none(_first_text(response, "localgov-outpost-age-min")),
            age_or_none(_first_text(response, "localgov-outpost-age-max")),
        ),
        schedules=merge_weekly(office),
        opening_text=_first_text(response, "localgov-directory-opening-times"),
        categories=[
            t for t in (text(i) for i in _items(response, "localgov-outpost-taxonomy")) if t
        ],
        raw={
            (node.attrib.get("class") or "").split("field--name-", 1)[1].split()[0]: inner_html(
                node
            )
            for node in response.css('[class*="field--name-"]')
        },
    )


# -- Royal Greenwich's theme --------------------------------------------------------------------


def _after_strong(node: Selector) -> str | None:
    label = text(node.css("strong")) or ""
    whole = text(node) or ""
    return clean_text(whole[len(label) :] if whole.startswith(label) else whole)


def _sections(article: SelectorList[Selector]) -> dict[str, Selector]:
    found: dict[str, Selector] = {}
    for item in article.css(".rbg-service-details__item"):
        heading = item.css(".rbg-service-details__item-heading, h2")
        if heading:
            found.setdefault(label_key(text(heading[0])), item)
    return found


def _section_text(section: Selector | None) -> str | None:
    if section is None:
        return None
    heading = text(section.css(".rbg-service-details__item-heading, h2")) or ""
    whole = text(section) or ""
    return clean_text(whole[len(heading) :] if whole.startswith(heading) else whole)


_WEEKLY_EVENT = re.compile(
    r"(?i)^\s*(?:every|each|weekly on)\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)
_TIME_RANGE = re.compile(
    r"(?i)\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s*(?:to|-|–)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?"
)


def event_groups(section: Selector) -> list[Schedule]:
    """Dated sessions (``div.event-group`` or ``ul.rbg-list--event > li``): a recurrence in
    ``strong`` ("Every Monday starting 3 November 2025:", "Every three weeks on Friday …")
    and a time range. A weekly one becomes a weekly row; any other keeps its words."""
    rows: list[Schedule] = []
    for group in section.css(".event-group, ul.rbg-list--event > li"):
        recurrence = (text(group.css("strong")) or "").rstrip(": ")
        found = _TIME_RANGE.search(text(group) or "")
        if not recurrence or not found:
            continue
        weekly = _WEEKLY_EVENT.match(recurrence)
        if weekly:
            rows += parse_opening_times(f"{weekly.group(1)} {found.group(0)}")
        else:
            rows.append(Schedule(freq=None, description=f"{recurrence}: {found.group(0)}"))
    return rows


def read_rbg(response: Response) -> Facts:
    article = response.css("article.rbg-service-details") or response.css("body")
    pairs = {
        label_key(text(node.css("strong")) or ""): node
        for node in article.css(".rbg-field-key-value")
    }
    sections = _sections(article)
    when = sections.get("date and time")
    schedules = opening_hours(
        when.css('meta[itemprop="openingHours"]::attr(content)').getall() if when else []
    )
    if not schedules and when is not None:
        rows = []
        for dt in when.css("dl.rbg-regular-schedules dt"):
            slots = dt.xpath("following-sibling::dd[1]")
            opens, _, closes = ((text(slots[0]) if slots else None) or "").partition("-")
            if (day := weekday(text(dt))) and clock(opens) and clock(closes):
                rows.append((day, clock(opens), clock(closes)))
        schedules = merge_weekly(rows)
    if not schedules and when is not None:
        schedules = event_groups(when)
    phone = pairs.get("phone") or pairs.get("telephone")
    email = pairs.get("email")
    website = pairs.get("website")
    cost = _section_text(sections.get("cost"))
    description = article.css(".rbg-service-details__description .rbg-rich-text")
    return Facts(
        description=inner_html(description[0]) if description else None,
        organisation=_after_strong(pairs["organisation"]) if "organisation" in pairs else None,
        phones=[t for t in [_after_strong(phone)] if t] if phone is not None else [],
        email_href=email.css('a[href^="mailto:"]::attr(href)').get() if email is not None else None,
        email_text=_after_strong(email) if email is not None else None,
        website=website.css("a::attr(href)").get() if website is not None else None,
        cost=cost,
        free=bool(cost and cost.strip().lower() == "free"),
        ages=parse_age_range(_section_text(sections.get("suitable for"))),
        schedules=schedules,
        opening_text=None if schedules else _section_text(when),
        referral=_section_text(sections.get("how to book")),
        accessibility=[t for t in (text(li) for li in article.css(".rbg-access-needs li")) if t],
        categories=[t for t in (text(li) for li in article.css(".rbg-tags li")) if t],
        raw={
            "pairs": {k: inner_html(v) for k, v in pairs.items()},
            "sections": {k: inner_html(v) for k, v in sections.items()},
        },
    )
