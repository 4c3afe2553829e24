"""Contact details that are no contact: what a database put in an empty field.

Placeholders are on reserved names (RFC 2606 / RFC 6761: ``.invalid``, ``.test``,
``.example``, ``.localhost``, ``example.*``) or say so ("noemail"), and telephone "numbers"
that are one digit over and over or dial nowhere (``0000 000 0000``). Nobody can be reached
there. The harvesters drop them from what they normalise (``harvesters.normalise.contact``);
dedup drops them again from records handed to it from elsewhere (``signpost dedup-file``), so
that two listings sharing ``noemail@noemail.invalid`` never count as sharing an address.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_RESERVED_TLDS = frozenset({"invalid", "test", "example", "localhost"})
_PLACEHOLDER_WORDS = re.compile(r"(?i)(?<![a-z])no[-_.]?e-?mail(?![a-z])")


def reserved_host(host: str | None) -> bool:
    """A host nobody can be reached at: a reserved top-level domain (``.invalid``, ``.test``,
    ``.example``, ``.localhost``) or an ``example.*`` name (RFC 2606)."""
    if not host:
        return False
    host = host.lower()
    if "example" not in host and host.rstrip(".").rpartition(".")[2] not in _RESERVED_TLDS:
        return False  # the common case, settled without splitting the host
    labels = [part for part in host.rstrip(".").split(".") if part]
    if not labels:
        return False
    if labels[-1] in _RESERVED_TLDS:
        return True
    bare = labels[1:] if labels[0] == "www" else labels
    return len(bare) >= 2 and bare[0] == "example"


def placeholder_email(address: str | None) -> bool:
    """An address a database put in an empty field: on a reserved domain, or one that says
    "no e-mail" (``Unknown-1777…@noemail.invalid``, ``none@noemail.co.uk``)."""
    if not address or "@" not in address:
        return False
    local, _, domain = address.rpartition("@")
    return reserved_host(domain) or bool(_PLACEHOLDER_WORDS.search(domain + " " + local))


def placeholder_url(url: str | None) -> bool:
    """A link to a reserved host (``http://www.example.com``)."""
    if not url:
        return False
    value = url.strip()
    if value.lower().startswith("www."):
        value = "https://" + value
    try:
        host = urlsplit(value).hostname
    except ValueError:
        return False
    return reserved_host(host)


def placeholder_phone_digits(digits: str) -> bool:
    """A telephone number's digits that reach nobody: after any international or trunk prefix
    (``+44``, ``0``), one digit over and over or none (``0000 000 0000``, ``+44 0000 0000``)."""
    rest = digits.lstrip("0")
    if rest.startswith("44"):
        rest = rest[2:].lstrip("0")
    return len(set(rest)) <= 1
