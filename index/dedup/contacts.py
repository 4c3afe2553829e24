"""Contact details as keys that compare equal whatever the formatting: telephone numbers,
e-mail addresses, web domains, charity and company numbers.

``020 8427 1234``, ``+44 (0)20 8427 1234`` and ``02084271234`` are one number; ``Info@X.org``
and ``info@x.org`` one address; ``https://www.harrow.gov.uk/adult-care`` is ``harrow.gov.uk``.
Hosts that many organisations share (webmail, social media) are no evidence and give no key,
nor do placeholders a database put in an empty field (``index.placeholders``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.dedup.text import fold
from index.email_text import unmask_email
from index.placeholders import placeholder_email, placeholder_phone_digits, reserved_host

_PHONE_RUN = re.compile(r"\+?\(?\d[\d\s\-/().]{6,}\d")
_EXTENSION = re.compile(r"\b(?:ext|extn|extension|x)\.?\s*\d+\s*$", re.IGNORECASE)
# Compiled once: these run for every listing (re's own cache lookup showed in profiles).
_NON_DIGIT = re.compile(r"\D")
_GLUE = re.compile(r"\s*/\s*|\s{2,}")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.\-]*://")
_HOST_END = re.compile(r"[/?#:\s]")
_HOST = re.compile(r"[a-z0-9.\-]+")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}")
_NOT_REGISTRATION = re.compile(r"[^A-Z0-9]")


def _phone_key(digits: str) -> str | None:
    """National significant number: ``+44 20 8427 1234``, ``0044 20…`` and ``020 8427 1234``
    all become ``2084271234``. Numbers of other countries keep their digits."""
    if digits.startswith("0044"):
        digits = digits[4:]
    elif digits.startswith("44") and len(digits) == 12:
        digits = digits[2:]
    if digits.startswith("0") and len(digits) in (10, 11):
        digits = digits[1:]
    if len(digits) < 9 or len(digits) > 11 or digits[0] == "0" or placeholder_phone_digits(digits):
        return None  # too short or long, or a placeholder (``0000 000 0000``)
    return digits


@lru_cache(maxsize=262_144)
def phone_keys(text: str) -> tuple[str, ...]:
    """Every telephone number in a phone field (``020 8427 1234 or 07700 900123``), as keys
    that compare equal whatever the formatting."""
    keys: list[str] = []
    # "+44 (0)20 …": the bracketed trunk zero is dropped when dialling from abroad.
    cleaned = _EXTENSION.sub("", text).replace("(0)", " ")
    for match in _PHONE_RUN.finditer(cleaned):
        digits = _NON_DIGIT.sub("", match.group(0))
        key = _phone_key(digits)
        if key is None and len(digits) >= 18:
            # Two numbers glued by a separator the pattern let through ("…1234/020…").
            for part in _GLUE.split(match.group(0)):
                part_key = _phone_key(_NON_DIGIT.sub("", part))
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
        if placeholder_email(text):
            return None
        text = text.rsplit("@", 1)[1]
    text = _SCHEME.sub("", text)
    host = _HOST_END.split(text, maxsplit=1)[0].strip(".")
    if not host or "." not in host or not _HOST.fullmatch(host):
        return None
    labels = host.split(".")
    suffix2 = ".".join(labels[-2:])
    keep = 3 if suffix2 in _MULTI_PART_SUFFIXES and len(labels) >= 3 else 2
    domain = ".".join(labels[-keep:])
    if domain in GENERIC_DOMAINS or host in GENERIC_DOMAINS or reserved_host(host):
        return None
    return domain


@lru_cache(maxsize=262_144)
def email_key(email: str) -> str | None:
    """One key per address however it is written; None for text that is no address, or a
    placeholder (``noemail@noemail.invalid``: ``index.placeholders``)."""
    text = unmask_email(fold(email.strip()).removeprefix("mailto:"))
    return text if _EMAIL.fullmatch(text) and not placeholder_email(text) else None


_ORG_ID_PREFIX = re.compile(r"^\s*GB[-\s]?(?:CHC|COH|SC|NIC)[-\s:]+")
"""The org-id.guide scheme before a number (``GB-CHC-1098765``, ``GB-COH-01234567``), as Open
Referral feeds write organisation identifiers."""
_REGISTERED = re.compile(
    r"(?<![A-Z0-9])((?:SC|NI|OC|SO|NC|SL|LP|FC|IP|RS|NIC|XT|CE|CS)\s?\d{5,8}|\d{5,8}(?:-\d{1,2})?)"
    r"(?![A-Z0-9])"
)
"""A registered number: England and Wales charities (``1098765``, ``1098765-1`` for a linked
charity), companies (``01234567``), and the prefixed Scottish, Northern Irish and other
registers' (``SC012345``, ``NI612345``, ``OC301234``)."""


def registration_number(text: str | None) -> str | None:
    """Charity or company number, whatever is written around it: ``Registered Charity No.
    1098765``, ``GB-CHC-1098765`` and ``1098765`` are one number, ``SC 012345`` is
    ``SC012345``, and a company number's leading zeros are dropped (``01234567`` =
    ``1234567``: sources drop them). Text with no number in it gives None."""
    if not text:
        return None
    upper = _ORG_ID_PREFIX.sub("", text.upper())
    found = _REGISTERED.search(upper)
    if found is None:
        compact = _NOT_REGISTRATION.sub("", upper)
        return compact if any(ch.isdigit() for ch in compact) else None
    number = found.group(1).replace(" ", "")
    if number[0].isdigit():
        number = number.lstrip("0") or "0"
    return number
