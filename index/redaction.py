"""What a personal-data erasure removes from a listing, as pure functions of the record.

Shared by the store (which re-applies a recorded erasure to every later harvest of the listing)
and by the erasure procedure (``index.erasure``, which applies it to what is stored now). Kept
in a module of its own so that neither needs the other.
"""

from __future__ import annotations

import re
from typing import Any

from index.model import Service, SourceRecord

LISTING = "listing"
"""Erase the whole listing: its source record is deleted and never stored again."""
PERSONAL_DATA = "personal-data"
"""Erase the personal fields of a listing; the service itself stays findable."""
KINDS = (LISTING, PERSONAL_DATA)

REMOVED = "[removed]"
"""What replaces an e-mail address or phone number found in free text."""
RAW_AFTER_ERASURE: dict[str, Any] = {"erased": "personal data removed on request"}
"""The raw page evidence of an erased listing: it held everything, so none of it is kept."""

PERSONAL_FIELDS = (
    "email",
    "phones",
    "organization.email",
    "locations: name, description, address lines, postcode, latitude/longitude",
    "e-mail addresses and phone numbers in description, eligibility, fees and referral text",
    "raw page evidence (contact names are only there)",
)
"""Shown in the audit log and the docs: exactly what a personal-data erasure removes."""

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d[\d\s()-]{7,14}\d(?![\w])")


def scrub_text(text: str | None) -> str | None:
    """Free text with e-mail addresses and UK phone numbers replaced by ``[removed]``."""
    if not text:
        return text
    return _PHONE.sub(REMOVED, _EMAIL.sub(REMOVED, text))


def redact_service(service: Service) -> Service:
    """The service without personal fields (``PERSONAL_FIELDS``). Idempotent, so a listing
    erased once hashes the same at every later harvest and counts as unchanged."""
    org = service.organization
    return service.model_copy(
        update={
            "email": None,
            "phones": [],
            "organization": org.model_copy(update={"email": None}) if org is not None else None,
            "locations": [loc.without_address() for loc in service.locations],
            "description": scrub_text(service.description),
            "eligibility_description": scrub_text(service.eligibility_description),
            "fees_description": scrub_text(service.fees_description),
            "referral": scrub_text(service.referral),
        }
    )


def redact_personal_data(record: SourceRecord) -> SourceRecord:
    """The record as a personal-data erasure leaves it (its content hash recomputed)."""
    return SourceRecord(
        source_id=record.source_id,
        listing_key=record.listing_key,
        source_url=record.source_url,
        fetched_at=record.fetched_at,
        raw=dict(RAW_AFTER_ERASURE),
        service=redact_service(record.service),
    )
