"""Text normalisers for matching: names, addresses, phones, web domains.

Everything here turns the many ways a directory writes the same fact into one comparable form,
so the comparators can be simple. The forms are for comparison only and never shown to users.

Why hand-written tables rather than a library: the variation that matters in London's care
directories is small and specific (``CAB``, ``St``/``Saint``, ``Assoc``, ``&``/``and``, US
spellings in national feeds, ``020 8427 1234`` vs ``+44 20 8427 1234``) and every rule is a
reviewed line here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# -- names ---------------------------------------------------------------------------------------

NAME_PHRASES: tuple[tuple[str, str], ...] = (
    # Longest first: the phrase forms are replaced before single tokens are expanded.
    ("citizens advice bureau", "citizens advice"),
    ("citizen advice bureau", "citizens advice"),
    ("citizens advice bureaux", "citizens advice"),
    ("c a b", "citizens advice"),
    ("national health service", "nhs"),
    ("general practitioner", "gp"),
)
"""Multi-word forms with one canonical spelling."""

NAME_ABBREVIATIONS: dict[str, str] = {
    # UK voluntary-sector and public-service abbreviations seen in directory listings.
    "cab": "citizens advice",
    "st": "saint",
    "sts": "saints",
    "assoc": "association",
    "assocn": "association",
    "assn": "association",
    "soc": "society",
    "ctr": "centre",
    "ctre": "centre",
    "cntr": "centre",
    "center": "centre",
    "comm": "community",
    "cmty": "community",
    "vol": "voluntary",
    "org": "organisation",
    "orgn": "organisation",
    "organization": "organisation",
    "svc": "service",
    "svcs": "services",
    "serv": "service",
    "dept": "department",
    "govt": "government",
    "intl": "international",
    "natl": "national",
    "univ": "university",
    "hosp": "hospital",
    "fdn": "foundation",
    "fndn": "foundation",
    "info": "information",
    "mgmt": "management",
    "educ": "education",
    "grp": "group",
    "cttee": "committee",
    "bros": "brothers",
    "mt": "mount",
    "yth": "youth",
    "sch": "school",
    "hse": "house",
    "hlth": "health",
    "dr": "doctor",
    "drs": "doctors",
    "mh": "mental health",
    "ldn": "london",
    "rd": "road",
    "ave": "avenue",
    "sq": "square",
    "pk": "park",
    "gdns": "gardens",
    # US spellings (national feeds, US-made platforms) → UK.
    "counseling": "counselling",
    "program": "programme",
    "programs": "programmes",
    "neighbor": "neighbour",
    "neighborhood": "neighbourhood",
    "behavior": "behaviour",
    "centers": "centres",
}
"""Single-token abbreviations → their full form (applied to names)."""

NAME_STOPWORDS: frozenset[str] = frozenset(
    {
        # Connectives that directories add or drop at will.
        "the",
        "a",
        "an",
        "and",
        "of",
        "for",
        "in",
        "at",
        "on",
        "to",
        "by",
        "with",
        # Legal-form and grouping words that say nothing about which service it is.
        "ltd",
        "limited",
        "group",
        "llp",
        "plc",
        "cic",
        "cio",
        "inc",
        "incorporated",
        "co",
        "company",
    }
)
"""Removed from name keys: their presence or absence never distinguishes two services."""

_APOSTROPHE_S = re.compile(r"['’`]s\b")
_APOSTROPHE = re.compile(r"['’`]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case ASCII with accents removed: ``Café`` → ``cafe``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.encode("ascii", "ignore").decode("ascii").lower()


def _singular(token: str) -> str:
    """Plural-insensitive form (``carers`` → ``carer``). Not English morphology: both sides get
    the same treatment, which is all matching needs."""
    if len(token) > 4 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


def _basic_tokens(text: str) -> list[str]:
    text = fold(text).replace("&", " and ").replace("+", " and ")
    text = _APOSTROPHE_S.sub("", text)
    text = _APOSTROPHE.sub("", text)
    return _NON_ALNUM.sub(" ", text).split()


@lru_cache(maxsize=262_144)
def name_tokens(name: str) -> tuple[str, ...]:
    """The distinguishing tokens of a service or organisation name, in order: abbreviations
    expanded, stop words removed, plurals folded. ``"St Mary's Assoc. & CAB Ltd"`` →
    ``("saint", "mary", "association", "citizen", "advice")``."""
    joined = " ".join(_basic_tokens(name))
    for phrase, replacement in NAME_PHRASES:
        if phrase in joined:
            joined = re.sub(rf"\b{phrase}\b", replacement, joined)
    out: list[str] = []
    for token in joined.split():
        expanded = NAME_ABBREVIATIONS.get(token, token)
        for part in expanded.split():
            if part in NAME_STOPWORDS:
                continue
            out.append(_singular(part))
    return tuple(out)


COUNCIL_MARKERS: frozenset[str] = frozenset({"council", "borough", "lb", "rb", "lbc"})
COUNCIL_WORDS: frozenset[str] = COUNCIL_MARKERS | {"london", "royal", "metropolitan", "city"}


@lru_cache(maxsize=65_536)
def organisation_tokens(name: str) -> tuple[str, ...]:
    """Name tokens of an organisation, with the ways of naming a council folded into one:
    ``London Borough of Hounslow``, ``LB Hounslow`` and ``Hounslow Council`` all become
    ``("council", "hounslow")`` — a council, never a charity that has the borough in its
    name (``Hope Network Hounslow``)."""
    tokens = name_tokens(name)
    if not any(t in COUNCIL_MARKERS for t in tokens):
        return tokens
    place = tuple(t for t in tokens if t not in COUNCIL_WORDS)
    return ("council", *place) if place else tokens


@lru_cache(maxsize=262_144)
def place_tokens(*texts: str | None) -> frozenset[str]:
    """Tokens of a record's own organisation and place names: in a service name they say who
    and where, not which, and other comparators judge those. Cached, so the many records with
    the same organisation and places share one set."""
    found: set[str] = set()
    for text in texts:
        if text:
            found.update(name_tokens(text))
    return frozenset(found)


# -- addresses -----------------------------------------------------------------------------------

ADDRESS_ABBREVIATIONS: dict[str, str] = {
    "rd": "road",
    "ave": "avenue",
    "av": "avenue",
    "blvd": "boulevard",
    "blv": "boulevard",
    "ln": "lane",
    "la": "lane",
    "pl": "place",
    "sq": "square",
    "ct": "court",
    "crt": "court",
    "cres": "crescent",
    "dr": "drive",
    "gdns": "gardens",
    "gro": "grove",
    "hwy": "highway",
    "pkwy": "parkway",
    "pk": "park",
    "terr": "terrace",
    "ter": "terrace",
    "cl": "close",
    "wlk": "walk",
    "hse": "house",
    "bldg": "building",
    "ctr": "centre",
    "ctre": "centre",
    "center": "centre",
    "est": "estate",
    "ind": "industrial",
    "mt": "mount",
    "n": "north",
    "s": "south",
    "e": "east",
    "w": "west",
    "flr": "floor",
    "fl": "floor",
}
"""Street-type and direction abbreviations → full form (applied to addresses)."""

ORDINALS: dict[str, str] = {
    "first": "1st",
    "second": "2nd",
    "third": "3rd",
    "fourth": "4th",
    "fifth": "5th",
    "sixth": "6th",
    "seventh": "7th",
    "eighth": "8th",
    "ninth": "9th",
    "tenth": "10th",
}

ADDRESS_NOISE: frozenset[str] = frozenset({"the", "and", "of", "uk", "united", "kingdom"})

_STREET_FOLLOWERS: frozenset[str] = frozenset(
    {"north", "south", "east", "west", "n", "s", "e", "w", "ne", "nw", "se", "sw"}
)


@lru_cache(maxsize=262_144)
def address_tokens(address: str) -> tuple[str, ...]:
    """Comparable tokens of a street address. ``st`` is ``street`` at the end of a street name
    and ``saint`` before one (``12 St Ann's Rd`` vs ``21 W. 52nd St.``); ``12-14`` and ``12a``
    stay house numbers."""
    raw = _basic_tokens(address.replace("-", " "))
    out: list[str] = []
    for i, token in enumerate(raw):
        if token == "st":
            nxt = raw[i + 1] if i + 1 < len(raw) else None
            token = (
                "street" if nxt is None or nxt in _STREET_FOLLOWERS or nxt.isdigit() else "saint"
            )
        else:
            token = ADDRESS_ABBREVIATIONS.get(token, token)
        token = ORDINALS.get(token, token)
        if token not in ADDRESS_NOISE:
            out.append(token)
    return tuple(out)


def _is_house_number(token: str) -> bool:
    return token.isdigit() or (len(token) > 1 and token[:-1].isdigit() and token[-1].isalpha())


def house_numbers(tokens: tuple[str, ...]) -> frozenset[str]:
    """Numbers that identify a building (``12``, ``12a``); ordinal street names like ``52nd``
    are not house numbers."""
    return frozenset(t for t in tokens if _is_house_number(t))


# -- phones --------------------------------------------------------------------------------------

_PHONE_RUN = re.compile(r"\+?\(?\d[\d\s\-/().]{6,}\d")
_EXTENSION = re.compile(r"\b(?:ext|extn|extension|x)\.?\s*\d+\s*$", re.IGNORECASE)


def _phone_key(digits: str) -> str | None:
    """National significant number: ``+44 20 8427 1234``, ``0044 20…`` and ``020 8427 1234``
    all become ``2084271234``. Numbers of other countries keep their digits."""
    if digits.startswith("0044"):
        digits = digits[4:]
    elif digits.startswith("44") and len(digits) == 12:
        digits = digits[2:]
    if digits.startswith("0") and len(digits) in (10, 11):
        digits = digits[1:]
    if len(digits) < 9 or len(digits) > 11:
        return None
    return digits


@lru_cache(maxsize=262_144)
def phone_keys(text: str) -> tuple[str, ...]:
    """Every telephone number in a phone field (``020 8427 1234 or 07700 900123``), as keys
    that compare equal whatever the formatting."""
    keys: list[str] = []
    # "+44 (0)20 …": the bracketed trunk zero is dropped when dialling from abroad.
    cleaned = _EXTENSION.sub("", text).replace("(0)", " ")
    for match in _PHONE_RUN.finditer(cleaned):
        digits = re.sub(r"\D", "", match.group(0))
        key = _phone_key(digits)
        if key is None and len(digits) >= 18:
            # Two numbers glued by a separator the pattern let through ("…1234/020…").
            for part in re.split(r"\s*/\s*|\s{2,}", match.group(0)):
                part_key = _phone_key(re.sub(r"\D", "", part))
                if part_key and part_key not in keys:
                    keys.append(part_key)
            continue
        if key and key not in keys:
            keys.append(key)
    return tuple(keys)


# -- web and e-mail ------------------------------------------------------------------------------

GENERIC_DOMAINS: frozenset[str] = frozenset(
    {
        # Webmail: an e-mail at these says nothing about which organisation it is.
        "gmail.com",
        "googlemail.com",
        "hotmail.com",
        "hotmail.co.uk",
        "outlook.com",
        "live.com",
        "live.co.uk",
        "yahoo.com",
        "yahoo.co.uk",
        "aol.com",
        "btinternet.com",
        "icloud.com",
        "me.com",
        "mail.com",
        "sky.com",
        "talktalk.net",
        "virginmedia.com",
        "ntlworld.com",
        "protonmail.com",
        "nhs.net",
        # Platforms that host many organisations' pages: the host is not the organisation.
        "facebook.com",
        "instagram.com",
        "twitter.com",
        "x.com",
        "linkedin.com",
        "youtube.com",
        "eventbrite.co.uk",
        "eventbrite.com",
        "meetup.com",
        "wixsite.com",
        "wordpress.com",
        "blogspot.com",
        "google.com",
        "sites.google.com",
        "bit.ly",
        "linktr.ee",
    }
)

_MULTI_PART_SUFFIXES: frozenset[str] = frozenset(
    {
        "co.uk",
        "org.uk",
        "gov.uk",
        "nhs.uk",
        "ac.uk",
        "sch.uk",
        "ltd.uk",
        "plc.uk",
        "me.uk",
        "net.uk",
        "police.uk",
        "com.au",
        "co.nz",
    }
)


@lru_cache(maxsize=262_144)
def registrable_domain(url_or_host: str) -> str | None:
    """``https://www.harrow.gov.uk/adult-care`` → ``harrow.gov.uk``; ``None`` for hosts that
    many organisations share (webmail, social media) or for text that is not a host."""
    text = fold(url_or_host.strip())
    if "@" in text:
        text = text.rsplit("@", 1)[1]
    text = re.sub(r"^[a-z][a-z0-9+.\-]*://", "", text)
    host = re.split(r"[/?#:\s]", text, maxsplit=1)[0].strip(".")
    if not host or "." not in host or not re.fullmatch(r"[a-z0-9.\-]+", host):
        return None
    labels = host.split(".")
    suffix2 = ".".join(labels[-2:])
    keep = 3 if suffix2 in _MULTI_PART_SUFFIXES and len(labels) >= 3 else 2
    domain = ".".join(labels[-keep:])
    if domain in GENERIC_DOMAINS or host in GENERIC_DOMAINS:
        return None
    return domain


@lru_cache(maxsize=262_144)
def email_key(email: str) -> str | None:
    text = fold(email.strip()).removeprefix("mailto:")
    return text if re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", text) else None


def registration_number(text: str | None) -> str | None:
    """Charity or company number as digits and letters only (``SC 012345`` → ``SC012345``)."""
    if not text:
        return None
    compact = re.sub(r"[^A-Z0-9]", "", text.upper())
    return compact or None
