"""Normalisation of the values directories print: phones, postcodes, e-mails, links, ages,
costs and rich text.

Every function takes text exactly as scraped and returns either the normal form or ``None``;
none of them raises on bad input, because one odd listing must never stop a run. Opening
times live in :mod:`harvesters.opening_times` (a parser of their own); this module re-exports
``parse_opening_times`` so spiders import one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from urllib.parse import urljoin, urlsplit

import nh3
import phonenumbers
from w3lib.html import remove_tags, replace_entities

from harvesters.opening_times import parse_opening_times
from index.geo import find_postcodes, normalise_postcode
from index.model import CostOption, Phone

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
    "postcode_from",
    "sanitise_html",
    "sanitise_raw",
    "split_address",
    "strip_postcode",
]

# -- text ------------------------------------------------------------------------------------

_WS = re.compile(r"\s+")


def clean_text(text: str | None) -> str | None:
    """Collapse runs of whitespace (including non-breaking spaces) and trim; empty → None."""
    if text is None:
        return None
    cleaned = _WS.sub(" ", text.replace("\xa0", " ")).strip()
    return cleaned or None


_BLOCK_END = re.compile(r"(?i)</(p|div|li|h[1-6]|tr|dd|dt)>|<br\s*/?>")


def html_to_text(html: str | None) -> str | None:
    """Plain text of an HTML fragment, keeping a space where block elements ended."""
    if not html:
        return None
    spaced = _BLOCK_END.sub(lambda m: m.group(0) + " ", html)
    no_scripts = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", spaced)
    return clean_text(replace_entities(remove_tags(no_scripts)))


# -- rich text --------------------------------------------------------------------------------

ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "code",
        "dd",
        "dl",
        "dt",
        "em",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "i",
        "li",
        "ol",
        "p",
        "strong",
        "sub",
        "sup",
        "u",
        "ul",
    }
)
"""Structure and emphasis only: no images, media, forms, frames, tables of layout or styling."""

ALLOWED_ATTRIBUTES = {"a": {"href"}}
"""Only ``href`` on links; every other attribute (``on*`` handlers, ``style``, ``class``,
``id``, ``src``) is dropped."""

ALLOWED_URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

_CLEAN_CONTENT = {"script", "style", "template", "noscript", "iframe", "object", "svg", "math"}


def _href_filter(base_url: str | None) -> Callable[[str, str, str], str | None]:
    def keep(tag: str, attr: str, value: str) -> str | None:
        if tag != "a" or attr != "href":
            return value
        href = value.strip()
        if base_url and not urlsplit(href).scheme:
            href = urljoin(base_url, href)
        scheme = urlsplit(href).scheme.lower()
        return href if scheme in ALLOWED_URL_SCHEMES else None

    return keep


def sanitise_html(html: str | None, base_url: str | None = None) -> str | None:
    """Rich text made safe to show: the explicit allowlist above, relative links resolved
    against the page they came from, comments and script/style contents removed."""
    if not html or not html.strip():
        return None
    cleaned = nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(_CLEAN_CONTENT),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        attribute_filter=_href_filter(base_url),
        url_schemes=set(ALLOWED_URL_SCHEMES),
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    ).strip()
    return cleaned if html_to_text(cleaned) else None


def sanitise_raw(value: object, base_url: str | None = None) -> object:
    """The raw fields kept as evidence, sanitised the same way: every string goes through
    the allowlist (plain text passes unchanged apart from HTML escaping), containers recurse."""
    if isinstance(value, str):
        if "<" not in value and "&" not in value:
            return value
        return nh3.clean(
            value,
            tags=set(ALLOWED_TAGS),
            clean_content_tags=set(_CLEAN_CONTENT),
            attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
            attribute_filter=_href_filter(base_url),
            url_schemes=set(ALLOWED_URL_SCHEMES),
            link_rel="noopener noreferrer nofollow",
        )
    if isinstance(value, dict):
        return {str(k): sanitise_raw(v, base_url) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [sanitise_raw(v, base_url) for v in value]
    return value


# -- contact details ---------------------------------------------------------------------------


def normalise_phone(text: str | None, region: str = "GB") -> str | None:
    """A UK (or international) number in E.164 (``+442084271234``), or None if it is not a
    plausible number."""
    if not text:
        return None
    candidate = re.sub(r"(?i)^\s*(tel|phone|telephone|mobile|call)\s*[:.]?\s*", "", text.strip())
    candidate = candidate.removeprefix("tel:")
    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return None
    if not _plausible(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _plausible(number: phonenumbers.PhoneNumber) -> bool:
    """Valid by libphonenumber's metadata, or shaped like a full UK number (ten digits after
    the 0, in a geographic, non-geographic, mobile or freephone range): Ofcom's drama ranges
    and newly opened blocks are real-looking numbers the validity metadata does not list."""
    if phonenumbers.is_valid_number(number):
        return True
    national = str(number.national_number)
    return number.country_code == 44 and len(national) == 10 and national[0] in "123578"


def extract_phones(text: str | None, description: str | None = None) -> list[Phone]:
    """Every valid phone number in free text, E.164, in order, without repeats."""
    phones: list[Phone] = []
    if not text:
        return phones
    seen: set[str] = set()
    for match in phonenumbers.PhoneNumberMatcher(
        text, "GB", leniency=phonenumbers.Leniency.POSSIBLE
    ):
        if not _plausible(match.number):
            continue
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        if e164 not in seen:
            seen.add(e164)
            phones.append(Phone(number=e164, description=description))
    return phones


def phones_from(values: Iterable[str | None], description: str | None = None) -> list[Phone]:
    """Phones from several fields; a field that holds no parsable number is kept as found so
    that nothing a source printed is lost."""
    phones: list[Phone] = []
    seen: set[str] = set()
    for value in values:
        text = clean_text(value)
        if not text:
            continue
        found = extract_phones(text, description)
        if not found:
            single = normalise_phone(text)
            found = [Phone(number=single or text, description=description)]
        for phone in found:
            if phone.number not in seen:
                seen.add(phone.number)
                phones.append(phone)
    return phones


_EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def normalise_email(text: str | None) -> str | None:
    """The first e-mail address in the text (``mailto:`` links included), lower-cased domain."""
    if not text:
        return None
    m = _EMAIL.search(text.replace("mailto:", " "))
    if not m:
        return None
    local, _, domain = m.group(0).partition("@")
    return f"{local}@{domain.lower().rstrip('.')}"


def normalise_url(text: str | None, base_url: str | None = None) -> str | None:
    """An absolute http(s) URL, or None (javascript:, mailto: and the like are not websites)."""
    value = clean_text(text)
    if not value:
        return None
    if value.lower().startswith("www."):
        value = "https://" + value
    if base_url:
        value = urljoin(base_url, value)
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return value


# -- postcodes ---------------------------------------------------------------------------------


def postcode_from(field: str | None, *texts: str | None) -> str | None:
    """The validated, upper-cased postcode: from its own field when the source has one,
    otherwise the last postcode found in the address texts (addresses end with it)."""
    pc = normalise_postcode(field) if field else None
    if pc:
        return pc
    if field:
        found = find_postcodes(field)
        if found:
            return found[-1]
    for text in texts:
        found = find_postcodes(text)
        if found:
            return found[-1]
    return None


def strip_postcode(address: str | None, postcode: str | None) -> str | None:
    """An address line without the postcode it ends with (it is stored in its own field)."""
    text = clean_text(address)
    if not text or not postcode:
        return text
    compact = postcode.replace(" ", r"\s*")
    return clean_text(re.sub(rf"(?i),?\s*{compact}\s*$", "", text)) or None


_MAP_NOTE = re.compile(r"\(?\s*directions displayed on map\s*\)?", re.IGNORECASE)


def split_address(parts: list[str] | str | None) -> dict[str, str | None]:
    """Address lines as directories print them → ``name`` (a venue), ``address_1``,
    ``address_2``, ``city``, ``postal_code``. One line is split at commas. A first line
    without a house number, followed by at least two more, is the venue's name."""
    if isinstance(parts, str):
        parts = [parts]
    raw = [clean_text(_MAP_NOTE.sub("", p)) for p in parts or []]
    found = [p for p in raw if p]
    if len(found) == 1:
        found = [clean_text(p) or "" for p in found[0].split(",")]
        found = [p for p in found if p]
    postcode = postcode_from(None, *reversed(found))
    lines_left: list[str] = []
    for line in found:
        rest = strip_postcode(line, postcode) if postcode else line
        if rest and normalise_postcode(rest) != postcode:
            lines_left.append(rest)
    venue = None
    if len(lines_left) >= 3 and not re.search(r"\d", lines_left[0]):
        venue = lines_left.pop(0)
    address_1 = lines_left[0] if lines_left else None
    city = lines_left[-1] if len(lines_left) > 1 else None
    middle = lines_left[1:-1]
    return {
        "name": venue,
        "address_1": address_1,
        "address_2": ", ".join(middle) or None,
        "city": city,
        "postal_code": postcode,
    }


_BAND = re.compile(r"(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})|(\d{1,3})\s*\+")


def age_bands(bands: list[str]) -> tuple[int | None, int | None]:
    """A list of age bands ("18-24 years", "65+ years") → the range they cover together."""
    lows: list[int] = []
    highs: list[int | None] = []
    for band in bands:
        m = _BAND.search(band)
        if not m:
            continue
        if m.group(3):
            lows.append(int(m.group(3)))
            highs.append(None)
        else:
            lows.append(int(m.group(1)))
            highs.append(int(m.group(2)))
    if not lows:
        return None, None
    high = None if any(h is None for h in highs) else max(h for h in highs if h is not None)
    return min(lows), high


# -- ages ------------------------------------------------------------------------------------

_NUM = r"(\d{1,3})"
_UNIT = r"(?:\s*(years?|yrs?|months?|mths?))?"


def _years(value: str, unit: str | None) -> int:
    n = int(value)
    if unit and unit.lower().startswith("m"):
        return n // 12
    return n


def parse_age_range(text: str | None) -> tuple[int | None, int | None]:
    """``"0-5 years"`` → (0, 5); ``"18+"`` → (18, None); ``"Under 18"`` → (None, 17);
    ``"Over 65"`` → (66, None); ``"All ages"`` → (None, None). ORUK's -1 means "none"."""
    value = clean_text(text)
    if not value:
        return None, None
    low = value.lower()
    if re.search(r"\ball ages\b|\bany age\b|\bno age (limit|restriction)", low):
        return None, None
    m = re.search(rf"{_NUM}{_UNIT}\s*(?:-|–|—|to)\s*{_NUM}{_UNIT}", low)
    if m:
        unit = m.group(2) or m.group(4)
        return _years(m.group(1), m.group(2) or unit), _years(m.group(3), m.group(4) or unit)
    m = re.search(rf"(?:under|below|less than|younger than)\s*{_NUM}{_UNIT}", low)
    if m:
        return None, max(_years(m.group(1), m.group(2)) - 1, 0)
    m = re.search(rf"(?:up to|upto|maximum|max\.?)\s*(?:age\s*)?{_NUM}{_UNIT}", low)
    if m:
        return None, _years(m.group(1), m.group(2))
    m = re.search(rf"(?:over|above|older than)\s*{_NUM}{_UNIT}", low)
    if m:
        return _years(m.group(1), m.group(2)) + 1, None
    m = re.search(rf"{_NUM}{_UNIT}\s*(?:\+|plus|and over|and above|or over|or older)", low)
    if m:
        return _years(m.group(1), m.group(2)), None
    m = re.search(rf"(?:from|aged|age|minimum|min\.?)\s*{_NUM}{_UNIT}", low)
    if m:
        return _years(m.group(1), m.group(2)), None
    if re.search(r"\badults?\b", low) and not re.search(r"\b(child|young)", low):
        return 18, None
    return None, None


def age_or_none(value: object) -> int | None:
    """An age from a structured field; ORUK feeds use -1 (and sometimes blanks) for "none"."""
    try:
        age = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return age if 0 <= age <= 130 else None


# -- costs -----------------------------------------------------------------------------------

_FREE = re.compile(r"\b(free|no charge|free of charge|no cost|£\s?0(?:\.00)?\b)", re.IGNORECASE)
_AMOUNT = re.compile(
    r"£\s?(\d{1,5}(?:,\d{3})*(?:\.\d{1,2})?)\s*((?:per|a|an|each|/)\s*[a-z][a-z ]{0,30})?",
    re.IGNORECASE,
)


def parse_cost(text: str | None) -> tuple[bool | None, list[CostOption]]:
    """``"Free"`` → (True, []); ``"£3 per session"`` → (False, [CostOption(amount=3.0,
    amount_description="per session")]); text with both ("Free for under 5s, £3 otherwise")
    → (None, [the prices]): free for some only. Unknown → (None, [])."""
    value = clean_text(text)
    if not value:
        return None, []
    options: list[CostOption] = []
    for m in _AMOUNT.finditer(value):
        amount = float(m.group(1).replace(",", ""))
        if amount == 0:
            continue
        per = clean_text(m.group(2))
        if per:
            per = re.split(r"\b(?:and|or|for|but|with)\b|[,;.(]", per)[0].strip() or None
            per = per.replace("/", "per ").strip() if per else None
        options.append(CostOption(amount=amount, amount_description=per))
    if options:
        # "Free for residents on benefits, £45 per term": free for some, paid for others —
        # neither claim holds for everyone, so it stays undecided; the text and prices show.
        return (None if _FREE.search(value) else False), options
    if _FREE.search(value):
        return True, []
    if re.search(r"\b(charges?|fees?|costs?|paid|pay|payment)\b", value, re.IGNORECASE):
        return False, []
    return None, []
