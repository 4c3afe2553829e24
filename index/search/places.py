"""Where a query is: the place typed inside free text — "debt advice near HA1", "food bank NW10",
"counselling E17 4", "walking group Harlesden", "near Ealing Broadway", "lunch club in Harrow".

The rule for reading a postcode lives in ``index.geo`` (``postcode_readings``) and London's
place names in the gazetteer (``index.place_names``); this module only finds the place in the
text and hands back the text without it:

1. A full postcode anywhere ("stop smoking ha12aa please").
2. Otherwise the end of the text, longest match first, then its start: a district or sector
   ("NW10", "E17 4") or a place or borough name ("Harlesden", "Ealing Broadway"), with or
   without "near"/"in"/"around"/"close to"/"by" before it.
3. Without such a word the match must be unambiguous: a district or sector must be a London one
   ("vitamin B12" stays text: B12 is Birmingham), a name must not be guarded (an ordinary
   English word such as "Bank", a street such as "High Street", or a word of the care
   vocabulary such as "bank" in "food bank"), must name one place only, and must not cut a
   vocabulary phrase in two.
4. "in <borough>" filters to the borough (as before); any other borough mention, and every
   place name, becomes the origin that distances are measured from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from index.geo import Gazetteer, normalise_postcode, postcode_readings
from index.place_names import place_key
from index.place_table import PlaceName

LONDON_BOROUGHS = (
    "Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "City of London",
    "Croydon", "Ealing", "Enfield", "Greenwich", "Hackney", "Hammersmith and Fulham",
    "Haringey", "Harrow", "Havering", "Hillingdon", "Hounslow", "Islington",
    "Kensington and Chelsea", "Kingston upon Thames", "Lambeth", "Lewisham", "Merton", "Newham",
    "Redbridge", "Richmond upon Thames", "Southwark", "Sutton", "Tower Hamlets",
    "Waltham Forest", "Wandsworth", "Westminster",
)  # fmt: skip

EXPLICIT = ("near", "nearby", "in", "around", "by", ("close", "to"))
"""Words that say "what follows is a place" ("close to" is two words)."""
_NEAR = r"(?:near(?:by)?|in|around|close\s+to|by)"
_FULL_IN_TEXT = re.compile(
    rf"(?:\b{_NEAR}\s+)?\b([A-Za-z]{{1,2}}[0-9][0-9A-Za-z]?\s*[0-9][A-Za-z]{{2}})\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*\.?|&")
_POSTCODE_TOKEN = re.compile(r"^[A-Za-z]{1,2}[0-9][0-9A-Za-z]?[0-9]?$|^[0-9]$")
MAX_POSTCODE_TOKENS = 2
_BOROUGH_KEYS = {place_key(b): b for b in LONDON_BOROUGHS}


@dataclass
class Place:
    """What the text said about where: a postcode (full or partial) or a place name to measure
    from, or a borough to filter to."""

    postcode: str | None = None
    borough: str | None = None
    """Filter: "in Harrow"."""
    place: str | None = None
    """A place-name key (``index.place_names.place_key``) to measure from."""

    def __bool__(self) -> bool:
        return bool(self.postcode or self.borough or self.place)


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int

    @property
    def word(self) -> str:
        return place_key(self.text) or self.text


class PlaceReader:
    """Finds the place in free text. Holds the gazetteer (districts, sectors, place names) and
    the care vocabulary it must not steal words from; both are read once, so one call is a few
    dictionary look-ups."""

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        vocabulary: Iterable[str] = (),
        phrases: Iterable[tuple[str, ...]] = (),
    ) -> None:
        self.gazetteer = gazetteer
        self.vocabulary = frozenset(vocabulary)
        self.bigrams = frozenset((p[i], p[i + 1]) for p in phrases for i in range(len(p) - 1))
        places = gazetteer.places() if gazetteer is not None else None
        self._places = places
        self._max_words = max(places.max_words if places else 0, 3, MAX_POSTCODE_TOKENS)

    def extract(self, text: str) -> tuple[str, Place]:
        """(the text without the place, the place)."""
        m = _FULL_IN_TEXT.search(text)
        if m and normalise_postcode(m.group(1)):
            rest = (text[: m.start()] + " " + text[m.end() :]).strip()
            return " ".join(rest.split()), Place(postcode=normalise_postcode(m.group(1)))
        tokens = [_Token(t.group(), t.start(), t.end()) for t in _TOKEN.finditer(text)]
        found = self._at_end(text, tokens) or self._at_start(text, tokens)
        return found or (text, Place())

    def _at_end(self, text: str, tokens: list[_Token]) -> tuple[str, Place] | None:
        for size in range(min(self._max_words, len(tokens)), 0, -1):
            span = tokens[-size:]
            before = tokens[:-size]
            explicit = _explicit_words(before)
            place = self._classify(text, span, before[-1:] if not explicit else [], explicit)
            if place is None:
                continue
            cut = before[-explicit].start if explicit else span[0].start
            rest = (text[:cut] + text[span[-1].end :]).strip()
            return rest, place
        return None

    def _at_start(self, text: str, tokens: list[_Token]) -> tuple[str, Place] | None:
        for size in range(min(self._max_words, len(tokens) - 1), 0, -1):
            span = tokens[:size]
            place = self._classify(text, span, tokens[size : size + 1], 0, leading=True)
            if place is not None:
                return text[span[-1].end :].strip(), place
        return None

    def _classify(
        self,
        text: str,
        span: list[_Token],
        neighbour: list[_Token],
        explicit: int,
        leading: bool = False,
    ) -> Place | None:
        typed = text[span[0].start : span[-1].end]
        if len(span) <= MAX_POSTCODE_TOKENS and all(_POSTCODE_TOKEN.match(t.text) for t in span):
            postcode = self._partial_postcode(typed, bool(explicit))
            if postcode:
                return Place(postcode=postcode)
        if self._places is None:
            borough = _BOROUGH_KEYS.get(place_key(typed))
            in_word = explicit == 1 and not leading and _word_before(text, span) == "in"
            return Place(borough=borough) if borough and in_word else None
        found = self._places.get(place_key(typed))
        if found is None:
            return None
        if found.kind == "borough" and explicit == 1 and _word_before(text, span) == "in":
            return Place(borough=found.name)
        if explicit or self._unambiguous(found, span, neighbour, leading):
            return Place(place=found.key)
        return None

    def _partial_postcode(self, typed: str, explicit: bool) -> str | None:
        """A district or sector that exists ("NW10", "E17 4", "e174"); without "near"/"in" it
        must be a London one."""
        readings = postcode_readings(typed)
        if not readings or readings[0][0] == "postcode":
            return None
        if self.gazetteer is None:
            return " ".join(typed.upper().split()) if explicit else None
        for precision, value in readings:
            if self.gazetteer.area(precision, value) is None:
                continue
            if explicit or self.gazetteer.is_london_outcode(value.split(" ")[0]):
                return value
            return None
        return None

    def _unambiguous(
        self, found: PlaceName, span: list[_Token], neighbour: list[_Token], leading: bool
    ) -> bool:
        if found.guarded or found.kind == "ambiguous":
            return False
        words = found.key.split()
        if all(w in self.vocabulary for w in words):
            return False  # "bank", "church": words of the care vocabulary
        if neighbour:
            pair = (words[-1], neighbour[0].word) if leading else (neighbour[0].word, words[0])
            if pair in self.bigrams:
                return False  # "food | bank": the name would cut a known phrase in two
        return True

    def place(self, key: str) -> PlaceName | None:
        return self._places.get(key) if self._places is not None else None


def _explicit_words(before: list[_Token]) -> int:
    """How many tokens at the end of ``before`` say "near" (0, 1, or 2 for "close to")."""
    words = [t.word for t in before[-2:]]
    for marker in EXPLICIT:
        if isinstance(marker, tuple):
            if tuple(words) == marker:
                return 2
        elif words and words[-1] == marker:
            return 1
    return 0


def _word_before(text: str, span: list[_Token]) -> str:
    head = text[: span[0].start].split()
    return head[-1].lower() if head else ""
