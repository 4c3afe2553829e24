"""Phones, e-mail addresses and links as directories print them, in one normal form each
(E.164 phones, lower-case-domain e-mails, absolute http(s) links).

Real directories also print things that look like contact details and are not: a fax number
in the phone field ("Fax: 01522 543443"), a label inside the number ("Bristol Youth MAPS:
0117 332 7111" — the label is kept as the phone's description), and placeholders a
database filled an empty field with (``Unknown-…@noemail.invalid``, ``http://www.example.com``).
Placeholders are on reserved names (RFC 2606 / RFC 6761: ``.invalid``, ``.test``,
``.example``, ``.localhost``, ``example.*``) or say so ("noemail"); nobody can be reached
there, so they are dropped here and counted by the pipeline (``placeholders_in``). What is a
placeholder is ``index.placeholders``' to say: dedup asks it too, of records it is handed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urljoin, urlsplit

import phonenumbers

from harvesters.normalise.text import clean_text
from index.email_text import unmask_email
from index.model import Phone
from index.placeholders import placeholder_email, placeholder_url, reserved_host

_FAX = re.compile(r"(?i)\b(fax|facsimile)\b")
_FAX_LABEL = re.compile(r"(?i)\b(fax|facsimile)\b[\s:.\-]*(no\.?|number)?[\s:.\-]*$")
_GENERIC_LABELS = frozenset(
    {
        "call", "call us", "contact", "contact number", "landline", "m", "main", "mob",
        "mobile", "number", "ph", "phone", "phone number", "t", "tel", "tel no", "telephone",
        "telephone number",
    }
)  # fmt: skip
"""Labels that say only "this is a phone number": not worth keeping as a description."""
_LABEL_END = re.compile(r"[\s:.,;|/()\-–—]+$")
_LABEL_START = re.compile(r"^.*[;|,/\n]")


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


def _label(before: str) -> tuple[str | None, bool]:
    """(label, is a fax) for the text just before a number, cut at the previous separator.
    Only words followed by a colon or dash are a label ("Bristol Youth MAPS: 0117…"); prose
    ("call us on 0117…") is not."""
    tail = _LABEL_START.sub("", before)
    is_fax = bool(_FAX_LABEL.search(tail))
    if not tail.rstrip().endswith((":", "-", "–")):
        return None, is_fax
    return clean_text(_LABEL_END.sub("", tail)) or None, is_fax


def _numbers(text: str, description: str | None) -> tuple[list[Phone], bool]:
    """(phones, saw a number at all). A number labelled as a fax is not a phone; a label
    in front of a number becomes its description unless it only says "phone"."""
    phones: list[Phone] = []
    saw = False
    seen: set[str] = set()
    previous_end = 0
    for match in phonenumbers.PhoneNumberMatcher(
        text, "GB", leniency=phonenumbers.Leniency.POSSIBLE
    ):
        label, is_fax = _label(text[previous_end : match.start])
        previous_end = match.end
        if not _plausible(match.number):
            continue
        saw = True
        if is_fax:
            continue
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        if e164 in seen:
            continue
        seen.add(e164)
        named = label if label and label.lower().rstrip(".") not in _GENERIC_LABELS else None
        phones.append(Phone(number=e164, description=description or named))
    return phones, saw


def extract_phones(text: str | None, description: str | None = None) -> list[Phone]:
    """Every valid phone number in free text, E.164, in order, without repeats; fax numbers
    left out, labels kept as descriptions."""
    if not text:
        return []
    return _numbers(text, description)[0]


def phones_from(values: Iterable[str | None], description: str | None = None) -> list[Phone]:
    """Phones from several fields; a field that holds no parsable number is kept as found so
    that nothing a source printed is lost — unless it is a fax line."""
    phones: list[Phone] = []
    seen: set[str] = set()
    for value in values:
        text = clean_text(value)
        if not text:
            continue
        found, saw = _numbers(text, description)
        if not found and not saw:
            if _FAX.search(text):
                continue
            single = normalise_phone(text)
            found = [Phone(number=single or text, description=description)]
        for phone in found:
            if phone.number not in seen:
                seen.add(phone.number)
                phones.append(phone)
    return phones


_EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def normalise_email(text: str | None) -> str | None:
    """The first e-mail address in the text (``mailto:`` links included, and one spelt out to
    keep robots off: ``info [at] example [dot] org``), lower-cased domain."""
    if not text:
        return None
    m = _EMAIL.search(unmask_email(text.replace("mailto:", " ")))
    if not m:
        return None
    local, _, domain = m.group(0).partition("@")
    address = f"{local}@{domain.lower().rstrip('.')}"
    return None if placeholder_email(address) else address


def normalise_url(text: str | None, base_url: str | None = None) -> str | None:
    """An absolute http(s) URL, or None (javascript:, mailto: and the like are not websites,
    and a link to a reserved host is a placeholder)."""
    value = clean_text(text)
    if not value or " " in value:
        return None  # a label ("Visit website"), not an address
    if value.lower().startswith("www."):
        value = "https://" + value
    if base_url:
        value = urljoin(base_url, value)
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if reserved_host(parts.hostname):
        return None
    return value


_URL_IN_TEXT = re.compile(r"(?i)\bhttps?://[^\s\"'<>]+")


def placeholders_in(raw: object) -> dict[str, list[str]]:
    """The placeholder e-mails and links in a listing's raw evidence (every string, nested):
    ``{"email": [...], "url": [...]}``. The normalisers drop them from the service; this
    says how many a source printed, for the run report."""
    found: dict[str, list[str]] = {"email": [], "url": []}

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            for m in _EMAIL.finditer(value.replace("mailto:", " ")):
                address = m.group(0).lower()
                if placeholder_email(address) and address not in found["email"]:
                    found["email"].append(address)
            for m in _URL_IN_TEXT.finditer(value):
                url = m.group(0).rstrip(".,;)")
                if placeholder_url(url) and url not in found["url"]:
                    found["url"].append(url)

    walk(raw)
    return found
