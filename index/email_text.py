"""E-mail addresses as pages write them to keep robots off: ``info [at] example [dot] org``.

Community directories and the charities' own pages often spell an address out so that
harvesting robots miss it; a person reads it at once. Signpost reads it as the person does, so
the harvester keeps the address (``harvesters.normalise.contact.normalise_email``) and dedup
counts it as the same address another directory prints plainly (``index.dedup.contacts``).
"""

from __future__ import annotations

import re

_BRACKETED_AT = re.compile(r"\s*[\[({<]\s*(?:at|@)\s*[\])}>]\s*", re.IGNORECASE)
_BRACKETED_DOT = re.compile(r"\s*[\[({<]\s*(?:dot|\.)\s*[\])}>]\s*", re.IGNORECASE)
_SPOKEN = re.compile(
    r"^\s*([a-z0-9._%+'-]+)\s+at\s+([a-z0-9-]+(?:\s+dot\s+[a-z0-9-]+)+)\s*$", re.IGNORECASE
)
"""The whole text an address said aloud: ``info at example dot org dot uk`` (only as the whole
text: in a sentence, "at" and "dot" are words)."""


def unmask_email(text: str) -> str:
    """The text with a spelt-out address written as an address: ``[at]``, ``(at)``, ``{at}``
    and ``<at>`` (and the same with ``dot``) anywhere, and ``at`` / ``dot`` as words when they
    are the whole text. Text with no spelt-out address comes back as it was."""
    lowered = text.lower()
    if "@" in text:
        return _BRACKETED_DOT.sub(".", text) if "dot" in lowered else text
    if "at" not in lowered:
        return text  # the common case: no address at all
    spoken = _SPOKEN.match(text)
    if spoken:
        domain = re.sub(r"\s+dot\s+", ".", spoken.group(2), flags=re.IGNORECASE)
        return f"{spoken.group(1)}@{domain}"
    unmasked = _BRACKETED_AT.sub("@", text)
    if unmasked == text:
        return text
    return _BRACKETED_DOT.sub(".", unmasked)
