"""Phones, e-mail addresses and links as directories print them, in one normal form each
(E.164 phones, lower-case-domain e-mails, absolute http(s) links)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urljoin, urlsplit

import phonenumbers

from harvesters.normalise.text import clean_text
from index.model import Phone


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
