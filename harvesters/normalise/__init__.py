"""Normalisation of the values directories print: phones, postcodes, e-mails, links, ages,
costs and rich text.

Every function takes text exactly as scraped and returns either the normal form or ``None``;
none of them raises on bad input, because one odd listing must never stop a run. Opening
times live in :mod:`harvesters.opening_times` (a parser of their own); this module re-exports
``parse_opening_times`` so spiders import one place. One module per kind of value: ``text``,
``contact``, ``address``, ``ages``, ``costs``.
"""

from __future__ import annotations

from harvesters.normalise.address import postcode_from, split_address, strip_postcode
from harvesters.normalise.ages import age_bands, age_or_none, parse_age_range
from harvesters.normalise.contact import (
    extract_phones,
    normalise_email,
    normalise_phone,
    normalise_url,
    phones_from,
    placeholder_email,
    placeholder_url,
    placeholders_in,
)
from harvesters.normalise.costs import parse_cost
from harvesters.normalise.text import clean_text, html_to_text, sanitise_html, sanitise_raw
from harvesters.opening_times import parse_opening_times

__all__ = [
    "age_bands",
    "age_or_none",
    "clean_text",
    "extract_phones",
    "html_to_text",
    "normalise_email",
    "normalise_phone",
    "normalise_url",
    "parse_age_range",
    "parse_cost",
    "parse_opening_times",
    "phones_from",
    "placeholder_email",
    "placeholder_url",
    "placeholders_in",
    "postcode_from",
    "sanitise_html",
    "sanitise_raw",
    "split_address",
    "strip_postcode",
]
