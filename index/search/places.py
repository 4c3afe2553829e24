"""Where a query is: the place typed inside free text — "debt advice near HA1", "food bank NW10",
"counselling E17 4", "walking group Harlesden", "near Ealing Broadway", "lunch club in Harrow".

The rule for reading a postcode lives in ``index.geo`` (``postcode_readings``) and London's
place names in the gazetteer (``index.place_names``); this module only finds the place in the
text and hands back the text without it:

1. A full postcode anywhere ("stop smoking ha12aa please").
2. Otherwise the end of the text, longest match first, then its start: a district or sector
   ("NW10", "E17 4") or a place or borough name ("Harlesden", "Ealing Broadway"; a borough's
   short name, "H&F", "LBHF", "RBKC", is its name: ``place_names.typed_place_key``), with or
   without "near"/"in"/"around"/"close to"/"by" before it.
3. Without such a word the match must be unambiguous: a district or sector must be a London one
   ("vitamin B12" stays text: B12 is Birmingham), a name must not be guarded (an ordinary
   English word such as "Bank", a street such as "High Street", or a word of the care
   vocabulary such as "bank" in "food bank"), must name one place only, and must not cut a
   vocabulary phrase in two.
4. "in <borough>" filters to the borough (as before); any other borough mention, and every
   place name, becomes the origin that distances are measured from.
5. A place is often typed twice, as a name and a postcode side by side: "Brixton SW2",
   "Harlesden NW10 4AB", "Islington N1", "e15 Newham", "Harrow, HA1", "SE1 London". The second
   (the **companion**, right before or after the first) is taken out too when the two are within
   ``COMPANION_KM`` of each other; left in, it would be a word every listing must contain
   ("baby group brixton" misses the Streatham baby group in SW2). Beside a postcode a guarded
   name is a place ("Bow E3"), but never a care-vocabulary word ("food bank EC2" keeps "bank").
   The origin is the finer of the two (full postcode, sector, place, district, borough).
6. "London" itself, at the end of the text or beside another place, is taken out ("food bank
   in London", "SE1 London"): every listing is in London, so it narrows nothing.
7. Otherwise a place inside the text: after "near", "nr", "close to", "next to" ("debt advice
   near HA1 and employment support", "near Harlesden food bank"), or, when a comma or a
   boundary word ("and", "for", "with"…) follows, after "in"/"by" or no word at all, if it would
   count at the end ("day centre Pinner for adults with learning disabilities"). Words that only
   close a request ("please", "today") may follow a place at the end and go with it; "within 2
   miles of" before a place is its radius.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from index.geo import (
    LONDON_BOROUGHS,
    Gazetteer,
    UnknownPostcode,
    distance_km,
    normalise_postcode,
    postcode_readings,
)
from index.place_names import place_key, typed_place_key
from index.place_table import PlaceName
from index.vocab import words

EXPLICIT = (
    ("close", "to"), ("near", "to"), ("next", "to"), "near", "nearby", "nr", "in", "around", "by",
)  # fmt: skip
"""Words that say "what follows is a place" ("close to" is two words)."""
NEAR_PATTERN = r"(?:near(?:by|\s+to)?|nr|in|around|close\s+to|next\s+to|by)"
"""``EXPLICIT`` as a regular expression (for text not yet split into words)."""
LOOSE = frozenset({"in", "by"})
"""Explicit words with other senses ("help in the home", "run by Mind"): inside the text they
introduce only a postcode or a place name that would count without them."""
AFTER_PLACE = frozenset({"please", "pls", "thanks", "thank", "you", "today", "tomorrow", "asap"})
"""Words that may follow a place at the end of the text ("food bank Harlesden please"), and go
with it."""
BOUNDARY = frozenset({"and", "or", "for", "with", "who", "that", "which", "open", "on", "at"})
"""Words that may follow a place inside the text ("day centre Pinner for adults…")."""
_WITHIN = re.compile(
    r"\bwithin\s+(\d{1,3}(?:\.\d+)?)\s*(miles?|mi|km|kms|kilomet(?:re|er)s?)\s*(?:of|from)?\s*$",
    re.IGNORECASE,
)
""""within 2 miles of HA1": a radius, before the place."""
MILE_KM = 1.609344
_FULL_IN_TEXT = re.compile(
    rf"(?:\b{NEAR_PATTERN}\s+)?\b([A-Za-z]{{1,2}}[0-9][0-9A-Za-z]?\s*[0-9][A-Za-z]{{2}})\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*\.?|&")
_POSTCODE_TOKEN = re.compile(r"^[A-Za-z]{1,2}[0-9][0-9A-Za-z]?[0-9]?$|^[0-9]$")
MAX_POSTCODE_TOKENS = 2
_BOROUGH_KEYS = {place_key(b): b for b in LONDON_BOROUGHS}
LONDON_KEYS = frozenset({"london", "greater london"})
"""The whole city: taken out of the text, no origin (rule 6)."""
POSTAL_TAILS = frozenset(
    {
        "middlesex", "middx", "surrey", "kent", "essex", "herts", "hertfordshire",
        "uk", "united kingdom", "england", "gb", "great britain",
    }
)  # fmt: skip
"""What an address writes after a London place or postcode: the old postal county outer
London still carries (``Harrow, Middlesex``, ``Croydon, Surrey``, ``Romford, Essex``) or the
country. Beside a place they say no more than "London" does; alone they are no place."""
COMPANION_KM = 5.0
"""How far apart a name and a postcode typed side by side may be and still be one place: a
district's centre can lie 3–4 km from a neighbourhood inside it ("Wembley Park" / "HA9")."""
MAX_COMPANIONS = 3
"""A place typed at most four ways at once ("Brixton, SW2, London, UK")."""
_FINENESS = {"postcode": 5, "sector": 4, "place": 3, "outcode": 2, "borough": 1, "london": 0}
"""Which of two places typed together is the origin: the finer."""


@dataclass
class Place:
    """What the text said about where: a postcode (full or partial) or a place name to measure
    from, or a borough to filter to."""

    postcode: str | None = None
    borough: str | None = None
    """Filter: "in Harrow"."""
    place: str | None = None
    """A place-name key (``index.place_names.place_key``) to measure from."""
    london: bool = False
    """Only "London" was typed: no origin, nothing to filter."""
    radius_km: float | None = None
    """ "within 2 miles of HA1": how far from it."""

    def __bool__(self) -> bool:
        return bool(self.postcode or self.borough or self.place or self.london)


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int
    word: str
    """Its ``place_key``: read many times per query, so made once."""


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
        self._by_start: list[tuple[str, PlaceName]] | None = None
        """Every unambiguous name, shortest first (``complete``), sorted on first use."""

    def extract(self, text: str) -> tuple[str, Place]:
        """(the text without the place, the place)."""
        found = self.find(text)
        return (text, Place()) if found is None else (found.rest, found.place)

    def find(self, text: str) -> Located | None:
        """The place in ``text`` with its companions, and the text on either side of them."""
        tokens = _tokens(text)
        tail = self._postal_tail(text, tokens)
        if tail:
            # "Harrow, Middlesex" is written as "Harrow, London" would be, and read so (and
            # "Brixton, London, UK" as "Brixton, London").
            kept = tokens[:-tail]
            city = "" if kept[-1].word in LONDON_KEYS else "London"
            text = text[: kept[-1].end] + (", " + city if city else "") + text[tokens[-1].end :]
            tokens = _tokens(text)
        found = self._full_postcode(text) or self._at_end(text, tokens)
        found = found or self._at_start(text, tokens) or self._inside(text, tokens)
        found = found or self._guarded_at_end(text, tokens)
        if found is None:
            return None
        found = _with_radius(found)
        radius = found.place.radius_km
        for _ in range(MAX_COMPANIONS):
            companion = self._companion(found)
            if companion is None:
                break
            place, before, after = companion
            first, second = self._settled(found.place, place), self._settled(place, found.place)
            rest = _rest(before, after)
            found = Located(_finer(first, second, self._fineness), before, after, rest)
        if radius is not None and found.place.radius_km != radius:
            found = replace(found, place=replace(found.place, radius_km=radius))
        return found

    def complete(self, typed: str, limit: int) -> list[PlaceName]:
        """Place names that begin with what has been typed of one ("harl" → Harlesden,
        Harlington…), shortest first: as-you-type suggestions after "near". A name with
        several places is offered as each ("Belmont, Harrow", "Belmont, Sutton")."""
        key, spelt = place_key(typed), _typing_key(typed)
        if not key or self._places is None:
            return []
        if self._by_start is None:
            self._by_start = sorted(
                ((_typing_key(p.name), p) for p in self._places if p.kind != "ambiguous"),
                key=lambda pair: (len(pair[1].key), pair[1].kind != "borough", pair[1].key),
            )
        # "St Ja" meets the key ("st james"); "All Saint", typed as spelt, the name.
        found = [p for name, p in self._by_start if p.key.startswith(key) or name.startswith(spelt)]
        return found[:limit]

    def _postal_tail(self, text: str, tokens: list[_Token]) -> int:
        """How many of the last tokens are old postal counties or the country
        (``POSTAL_TAILS``, any number: "Brixton, London, Middlesex, UK") after a place, a
        postcode or "London": after a comma, or right after a place's name or a district
        ("day centre Harrow Middlesex"). 0 otherwise: "Age UK" is a charity, not Age in the
        United Kingdom."""
        tail = 0
        while True:
            end = len(tokens) - tail
            for size in (2, 1):
                if (
                    end > size
                    and " ".join(t.word for t in tokens[end - size : end]) in POSTAL_TAILS
                ):
                    tail += size
                    break
            else:
                break
        if not tail:
            return 0
        last = tokens[-tail - 1]
        if "," in text[last.end : tokens[-tail].start]:
            return tail
        for size in range(1, min(self._max_words, len(tokens) - tail) + 1):
            span = tokens[-tail - size : len(tokens) - tail]
            key = " ".join(t.word for t in span)
            if key in LONDON_KEYS or self.place(key) is not None:
                return tail
        return tail if _POSTCODE_TOKEN.match(last.text) and last.text[0].isalpha() else 0

    def _full_postcode(self, text: str) -> Located | None:
        m = _FULL_IN_TEXT.search(text)
        if not (m and normalise_postcode(m.group(1))):
            return None
        before, after = text[: m.start()], text[m.end() :]
        rest = _rest(before, after)
        return Located(Place(postcode=normalise_postcode(m.group(1))), before, after, rest)

    def _at_end(self, text: str, tokens: list[_Token]) -> Located | None:
        tail = 0
        while tail < len(tokens) - 1 and tokens[-1 - tail].word in AFTER_PLACE:
            tail += 1
        if tail:
            # "food bank Harlesden please": the place, then words that only close the request.
            head = text[: tokens[-tail].start]
            found = self._at_end(head, tokens[:-tail])
            if found is not None:
                # They go with it: left in, "today" would be a word every listing must contain.
                return found
        for size in range(min(self._max_words, len(tokens)), 0, -1):
            span = tokens[-size:]
            before = tokens[:-size]
            explicit = _explicit_words(before)
            place = self._classify(text, span, before[-1:] if not explicit else [], explicit)
            if place is None or (place.london and not _names_london(before, explicit)):
                continue
            cut = before[-explicit].start if explicit else span[0].start
            after = text[span[-1].end :]
            return Located(place, text[:cut], after, (text[:cut] + after).strip())
        return None

    def _at_start(self, text: str, tokens: list[_Token]) -> Located | None:
        for size in range(min(self._max_words, len(tokens) - 1), 0, -1):
            span = tokens[:size]
            place = self._classify(text, span, tokens[size : size + 1], 0, leading=True)
            if place is not None:
                after = text[span[-1].end :]
                return Located(place, text[: span[0].start], after, after.strip())
        return None

    def _inside(self, text: str, tokens: list[_Token]) -> Located | None:
        """A place inside the text, the first from the left: after "near", "close to" and the
        like ("debt advice near HA1 and employment support", "near Harlesden food bank"), or
        without them when a comma or a boundary word follows ("day centre Pinner for adults
        with learning disabilities"). After "in" or "by", and without any such word, a comma
        or a boundary word must follow too, and the place must count as it would at the end of
        the text (a London district, an unguarded name); "in <borough>" filters, as at the
        end."""
        for i in range(len(tokens)):
            marker = tokens[i : i + _marker_at(tokens, i)]
            first = i + len(marker)
            if not marker and i == 0:
                continue  # a place at the start is ``_at_start``'s
            for size in range(min(self._max_words, len(tokens) - first - 1), 0, -1):
                span = tokens[first : first + size]
                following = tokens[first + size]
                loose = not marker or marker[0].word in LOOSE
                if loose and not _bounded(text, span[-1], following):
                    continue  # "help in Holloway | Road": not where a place ends
                if not marker:
                    place = self._classify(text, span, tokens[i - 1 : i], 0)
                else:
                    place = self._classify(text, span, [], len(marker))
                    if (
                        place is not None
                        and loose
                        and not place.borough
                        and not self._counts_bare(place, span, following)
                    ):
                        place = None
                if place is None or place.london:
                    continue
                words = place.place.split() if place.place else []
                if words and _cuts_phrase(words, following.word, True, self.bigrams):
                    continue
                start = marker[0].start if marker else span[0].start
                before, after = text[:start], text[span[-1].end :]
                return Located(place, before, after, _rest(before, after))
        return None

    def _counts_bare(self, place: Place, span: list[_Token], following: _Token) -> bool:
        """Whether a place found after "in"/"by" would count with no such word before it."""
        if place.postcode:
            return self.gazetteer is None or self.gazetteer.is_london_outcode(
                place.postcode.split(" ")[0]
            )
        found = self.place(place.place) if place.place else None
        return found is not None and self._unambiguous(found, span, [following], True)

    def _classify(
        self,
        text: str,
        span: list[_Token],
        neighbour: list[_Token],
        explicit: int,
        leading: bool = False,
    ) -> Place | None:
        typed = text[span[0].start : span[-1].end]
        postcode = self._postcode_span(typed, span, bool(explicit))
        if postcode:
            return postcode
        key = typed_place_key(typed)
        if not leading and key in LONDON_KEYS:
            return Place(london=True)
        if self._places is None:
            borough = _BOROUGH_KEYS.get(key)
            in_word = explicit == 1 and not leading and _word_before(text, span) == "in"
            return Place(borough=borough) if borough and in_word else None
        found = self._places.get(key)
        if found is None:
            return None
        if found.kind == "borough" and explicit == 1 and _word_before(text, span) == "in":
            return Place(borough=found.name)
        if explicit or self._unambiguous(found, span, neighbour, leading):
            return Place(place=found.key)
        return None

    # -- a second place typed beside the first (rule 5) -----------------------------------------

    def _guarded_at_end(self, text: str, tokens: list[_Token]) -> Located | None:
        """A district or sector right before a final name that only a postcode makes a place
        ("support group E3 Bow"): the postcode, found as if the name were not there, so that
        the name then joins it as its companion."""
        for size in range(min(self._max_words, len(tokens) - 1), 0, -1):
            span = tokens[-size:]
            if self._beside(text, span, tokens[-size - 1 : -size], False) is None:
                continue
            head = text[: span[0].start]
            found = self._at_end(head, _tokens(head))
            if found is not None and found.place.postcode and not found.after.strip():
                after = text[span[0].start :]
                return Located(found.place, found.before, after, f"{found.before}{after}".strip())
        return None

    def _companion(self, found: Located) -> tuple[Place, str, str] | None:
        """A place right before or right after ``found`` that is the same place, and the text
        on either side of both: (companion, text before both, text after both)."""
        tokens = _tokens(found.before)
        for size in range(min(self._max_words, len(tokens)), 0, -1):
            span, rest = tokens[-size:], tokens[:-size]
            explicit = _explicit_words(rest)
            place = self._beside(found.before, span, [] if explicit else rest[-1:], False)
            if place is None:
                continue
            if not self._together(found.place, place):
                break  # the longest name there is another place ("City of London" by UB8)
            cut = rest[-explicit].start if explicit else span[0].start
            return place, found.before[:cut], found.after
        tokens = _tokens(found.after)
        for size in range(min(self._max_words, len(tokens)), 0, -1):
            span = tokens[:size]
            place = self._beside(found.after, span, tokens[size : size + 1], True)
            if place is None:
                continue
            if not self._together(found.place, place):
                break
            return place, found.before, found.after[span[-1].end :]
        return None

    def _beside(
        self, text: str, span: list[_Token], neighbour: list[_Token], leading: bool
    ) -> Place | None:
        """What ``span`` names as a companion: any district or sector, "London", or a place
        name, guarded ones too, unless its words are all care vocabulary or it would cut a
        known phrase in two."""
        typed = text[span[0].start : span[-1].end]
        postcode = self._postcode_span(typed, span, True)
        if postcode:
            return postcode
        key = typed_place_key(typed)
        if key in LONDON_KEYS:
            return Place(london=True)
        found = self._places.get(key) if self._places is not None else None
        if found is None or all(w in self.vocabulary for w in found.key.split()):
            return None
        if neighbour and _cuts_phrase(found.key.split(), neighbour[0].word, leading, self.bigrams):
            return None
        return Place(place=found.key)

    def _together(self, first: Place, second: Place) -> bool:
        """Whether two places typed side by side are one: not two postcodes (two districts are
        two places), and within ``COMPANION_KM`` of each other; "London" goes with any London
        place, an ambiguous name with a place in one of its boroughs."""
        if self.gazetteer is None or (first.postcode and second.postcode):
            return False
        if first.london or second.london:
            other = second if first.london else first
            if other.london:
                return False
            if other.postcode:
                return self.gazetteer.is_london_outcode(other.postcode.split(" ")[0])
            return True
        a, b = self._where(first), self._where(second)
        if a is None or b is None:
            return False
        if a[0] is None or b[0] is None:
            # An ambiguous name: one of its boroughs must be the other's.
            named, other = (a, b) if a[0] is None else (b, a)
            return other[0] is not None and other[2] in named[3]
        return distance_km(a[0], a[1], b[0], b[1]) <= COMPANION_KM

    def _where(
        self, place: Place
    ) -> tuple[float | None, float | None, str | None, tuple[str, ...]] | None:
        """(lat, lon, borough, boroughs of an ambiguous name) of a postcode or place name."""
        assert self.gazetteer is not None
        if place.postcode:
            try:
                resolved = self.gazetteer.resolve(place.postcode)
            except UnknownPostcode:
                return None
            return resolved.latitude, resolved.longitude, resolved.borough, ()
        key = place.place or (place_key(place.borough) if place.borough else None)
        found = self.place(key) if key else None
        if found is None:
            return None
        return found.lat, found.lon, found.borough, found.boroughs

    def _settled(self, place: Place, other: Place) -> Place:
        """An ambiguous name made one place by the other ("Hayes UB3" is Hayes, Hillingdon):
        the name qualified by the other's borough, as the table holds it."""
        found = self.place(place.place) if place.place else None
        if found is None or found.kind != "ambiguous":
            return place
        where = self._where(other)
        if where is None or where[2] not in found.boroughs:
            return place
        named = self.place(place_key(f"{found.name}, {where[2]}"))
        return Place(place=named.key) if named is not None else place

    def _fineness(self, place: Place) -> int:
        if place.postcode:
            return _FINENESS[postcode_readings(place.postcode)[0][0]]
        if place.london:
            return _FINENESS["london"]
        found = self.place(place.place) if place.place else None
        if found is None:
            return _FINENESS["borough"]  # "in <borough>": a filter, a borough's worth of place
        return _FINENESS.get(found.kind, -1)  # an ambiguous name has no point of its own

    def _postcode_span(self, typed: str, span: list[_Token], explicit: bool) -> Place | None:
        """The district or sector ``span`` is, if its one or two tokens are shaped like one."""
        if len(span) > MAX_POSTCODE_TOKENS or not all(_POSTCODE_TOKEN.match(t.text) for t in span):
            return None
        postcode = self._partial_postcode(typed, explicit)
        return Place(postcode=postcode) if postcode else None

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
        # "food | bank": the name would cut a known phrase in two.
        return not (neighbour and _cuts_phrase(words, neighbour[0].word, leading, self.bigrams))

    def place(self, key: str) -> PlaceName | None:
        return self._places.get(key) if self._places is not None else None


@dataclass(frozen=True)
class Located:
    """A place found in the text, and the text on either side of it."""

    place: Place
    before: str
    after: str
    rest: str
    """The text without the place (and its "near"), as the reader gives it."""


COMPASS = frozenset(
    {"north", "south", "east", "west", "central", "inner", "outer", "ne", "nw", "se", "sw"}
)


def _rest(before: str, after: str) -> str:
    """The text either side of a place, as one line: what the needs are read from."""
    return " ".join(f"{before} {after}".split())


def _typing_key(text: str) -> str:
    """A name as spelt, for matching what is being typed of it: ``place_key`` without "Saint"
    turned into "St", which a half-typed word ("Sain", "All Saint") would never reach."""
    return " ".join(words(re.sub(r"['’.]", "", text).replace("&", " and ")))


def _tokens(text: str) -> list[_Token]:
    return [
        _Token(t.group(), t.start(), t.end(), place_key(t.group()) or t.group())
        for t in _TOKEN.finditer(text)
    ]


def _names_london(before: list[_Token], explicit: int) -> bool:
    """Whether a final "London" is the city: something else was typed, and it is not a part of
    London ("east london", "SE London" stay text)."""
    ahead = before[:-explicit] if explicit else before
    return bool(ahead) and ahead[-1].word not in COMPASS


def _cuts_phrase(
    words: list[str], neighbour: str, leading: bool, bigrams: frozenset[tuple[str, str]]
) -> bool:
    """Whether a name and the word beside it are two halves of a known phrase."""
    pair = (words[-1], neighbour) if leading else (neighbour, words[0])
    return pair in bigrams


def _finer(first: Place, second: Place, fineness: Callable[[Place], int]) -> Place:
    """Of two places typed together, the one to measure from (the first when as fine)."""
    return second if fineness(second) > fineness(first) else first


def _marker_at(tokens: list[_Token], i: int) -> int:
    """How many tokens from ``i`` say "near" (0, 1, or 2 for "close to")."""
    words = tuple(t.word for t in tokens[i : i + 2])
    for marker in EXPLICIT:
        if isinstance(marker, tuple):
            if words == marker:
                return 2
        elif words and words[0] == marker:
            return 1
    return 0


def _bounded(text: str, last: _Token, following: _Token) -> bool:
    """Whether a place ending at ``last`` is closed off: a comma or semicolon, or a boundary
    word, comes next."""
    return (
        bool(set(text[last.end : following.start]) & {",", ";", "("}) or following.word in BOUNDARY
    )


def _with_radius(found: Located) -> Located:
    """ "within 2 miles of HA1": the radius goes to the place, the words out of the text."""
    m = _WITHIN.search(found.before)
    if m is None:
        return found
    amount, unit = float(m.group(1)), m.group(2).lower()
    radius = amount * MILE_KM if unit.startswith("mi") else amount
    if radius <= 0:
        return found
    before = found.before[: m.start()]
    place = replace(found.place, radius_km=round(radius, 3))
    return Located(place, before, found.after, _rest(before, found.after))


def _explicit_words(before: list[_Token]) -> int:
    """How many tokens at the end of ``before`` say "near" (0, 1, or 2 for "close to")."""
    if len(before) >= 2 and _marker_at(before, len(before) - 2) == 2:
        return 2
    return 1 if before and _marker_at(before, len(before) - 1) else 0


def _word_before(text: str, span: list[_Token]) -> str:
    head = text[: span[0].start].split()
    return head[-1].lower() if head else ""
