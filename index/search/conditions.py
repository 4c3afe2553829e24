"""Conditions typed into the text, read as the filters they are: "food bank open now",
"counselling open on Saturday", "free counselling", "youth club for 11 year olds".

Left in the text they would be words every listing must contain ("open", "now", "11"), and
the search would find the few listings that happen to say them instead of the services that
are open now, free, or take an 11-year-old. A filter given as a parameter (``open_now``,
``day``, ``free_only``, ``age``) wins over one read from the text.

What is read, and nothing else:

* **open**: "open now", "open today", "open tomorrow", "open (on) Saturday(s)", "open every
  Monday", "open Sat" — a day as ``index.model.DAY_NAME`` reads one in listings' opening times;
* **free**: "free" as the first word of a need ("free counselling"), unless it begins a phrase
  of the vocabulary ("free legal advice", "free food" stay phrases) or names an entitlement
  ("free school meals", "free prescriptions": ``ENTITLEMENTS``), and "free of charge",
  "for free", "at no cost", "no charge" anywhere. "smoke free" and "debt free" stay text;
* **age**: "11 year olds", "for a 16 year old", "16-year-old", "aged 70", "age 9", and a range
  ("18-25 year olds") as its youngest age. "over 60s" and "under 5s" are not read here: they
  are phrases of the vocabulary (older people, early years) and search for those services.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from index.model import DAY_NAME, day_code
from index.vocab import words

_OPEN = re.compile(
    rf"\bopen\s+(?:(now|today|tomorrow)|(?:on\s+|every\s+)?({DAY_NAME})s?)\b\.?", re.IGNORECASE
)
_FREE_ANYWHERE = re.compile(
    r"\b(?:free\s+of\s+charge|for\s+free|at\s+no\s+cost|no\s+charge)\b", re.I
)
_FREE_FIRST = re.compile(r"^\W*free\s+(?=\w)", re.IGNORECASE)
_YEARS = r"(?:years?|yrs?)\s*-?\s*olds?"
_AGE = re.compile(
    r"\b(?:for\s+)?(?:an?\s+)?(?:"
    rf"(\d{{1,3}})(?:\s*(?:-|to)\s*(\d{{1,3}}))?\s*-?\s*{_YEARS}"
    r"|aged?\s+(\d{1,3}))\b",
    re.IGNORECASE,
)
MAX_AGE = 120
ENTITLEMENTS = (
    ("free", "school", "meals"), ("free", "prescriptions"), ("free", "prescription"),
    ("free", "childcare"), ("free", "bus", "pass"), ("free", "travel"), ("free", "eye", "test"),
    ("free", "eye", "tests"), ("free", "tv", "licence"), ("free", "nursery", "places"),
)  # fmt: skip
"""Things whose name begins with "free": help to get them is not a free service."""


@dataclass(frozen=True)
class Conditions:
    """What the text asked of a service besides its kind."""

    when: str | None = None
    """ "now", "today" or "tomorrow"."""
    day: str | None = None
    """A day of the week, "MO"…"SU"."""
    free: bool = False
    age: int | None = None

    def __bool__(self) -> bool:
        return bool(self.when or self.day or self.free or self.age is not None)

    def joined(self, other: Conditions) -> Conditions:
        """Both texts' conditions (the first's where both say one)."""
        return Conditions(
            self.when or other.when,
            self.day or other.day,
            self.free or other.free,
            self.age if self.age is not None else other.age,
        )


def read_conditions(
    text: str, free_phrases: Iterable[tuple[str, ...]] = ()
) -> tuple[str, Conditions]:
    """(the text without its conditions, the conditions). ``free_phrases`` are the vocabulary's
    phrases that begin with "free", which stay text."""
    when = day = None
    m = _OPEN.search(text)
    if m:
        when = m.group(1).lower() if m.group(1) else None
        day = day_code(m.group(2)) if m.group(2) else None
        text = _cut(text, m)
    free = False
    m = _FREE_ANYWHERE.search(text)
    if m:
        free, text = True, _cut(text, m)
    cut = free_first(text, (*ENTITLEMENTS, *free_phrases))
    if cut:
        free, text = True, " ".join(text[cut:].split())
    age = None
    m = _AGE.search(text)
    if m:
        found = int(m.group(1) or m.group(3))
        if found <= MAX_AGE:
            age, text = found, _cut(text, m)
    return text, Conditions(when, day, free, age)


def free_first(text: str, named: Iterable[tuple[str, ...]]) -> int:
    """How much of ``text`` is a leading "free " that asks for free services (0 if none): not
    the first word of a ``named`` phrase ("free legal advice", "free school meals")."""
    m = _FREE_FIRST.search(text)
    if m is None or _begins_phrase(text[m.start() :], named):
        return 0
    return m.end()


def _cut(text: str, m: re.Match[str]) -> str:
    return " ".join(f"{text[: m.start()]} {text[m.end() :]}".split())


def _begins_phrase(text: str, phrases: Iterable[tuple[str, ...]]) -> bool:
    typed = words(text)
    return any(tuple(typed[: len(p)]) == tuple(p) for p in phrases)
