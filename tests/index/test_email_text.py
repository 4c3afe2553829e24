"""E-mail addresses spelt out to keep robots off (``index.email_text``): every way of masking
any address reads back as the address, in the harvester and in dedup alike, and text that
only uses the words "at" and "dot" is left as it was."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from harvesters.normalise.contact import normalise_email
from index.dedup.contacts import email_key
from index.email_text import unmask_email

_LABEL = st.from_regex(r"[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?", fullmatch=True)
_LOCAL = st.from_regex(r"[a-z0-9](?:[a-z0-9._+-]{0,12}[a-z0-9])?", fullmatch=True)
_TLD = st.sampled_from(["org", "uk", "com", "net", "london"])
_AT = st.sampled_from(["[at]", " [at] ", "(at)", " (at) ", "{at}", " <at> ", " [AT] ", " ( at ) "])
_DOT = st.sampled_from(["[dot]", " [dot] ", "(dot)", " (dot) ", "{dot}", " [DOT] ", ".", " (.) "])


@given(_LOCAL, st.lists(_LABEL, min_size=1, max_size=3), _TLD, _AT, st.data())
def test_every_masked_address_reads_as_the_address(
    local: str, labels: list[str], tld: str, at: str, data: st.DataObject
) -> None:
    parts = [*labels, tld]
    address = f"{local}@{'.'.join(parts)}"
    masked = local + at + parts[0]
    for part in parts[1:]:
        masked += data.draw(_DOT) + part
    assert unmask_email(masked) == address
    assert email_key(masked) == address
    assert normalise_email(f"E-mail: {masked}") == address


@given(_LOCAL, st.lists(_LABEL, min_size=1, max_size=3), _TLD)
def test_an_address_said_aloud_as_the_whole_text_reads_as_the_address(
    local: str, labels: list[str], tld: str
) -> None:
    parts = [*labels, tld]
    assert unmask_email(f"{local} at {' dot '.join(parts)}") == f"{local}@{'.'.join(parts)}"


@pytest.mark.parametrize(
    "text",
    [
        "Meet at the hall",
        "Drop in at St John's, dot to dot colouring for children",
        "Call us at 020 8123 4567",
        "Write to us at the address above",
        "Tea at 3 (at the church)",
        "",
    ],
)
def test_text_that_only_says_at_and_dot_is_left_as_it_was(text: str) -> None:
    assert unmask_email(text) == text
    assert normalise_email(text) is None


def test_a_plain_address_is_unchanged() -> None:
    assert unmask_email("info@mindinharrow.org.uk") == "info@mindinharrow.org.uk"
    assert unmask_email("info@mindinharrow [dot] org [dot] uk") == "info@mindinharrow.org.uk"
