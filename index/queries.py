"""Understanding what someone typed, independently of the search backend.

"debt advice and employment support near HA1" becomes a ``QueryPlan``: two needs (each a
sequence of concepts with their UK care synonyms and typo corrections), an origin from the
postcode gazetteer, and the filters. Backends turn a plan into FTS5 or Elasticsearch queries;
keeping the understanding here means both backends agree on what a query means.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from rapidfuzz import process
from rapidfuzz.distance import OSA

from index.backends.protocol import SearchQuery
from index.geo import Gazetteer, UnknownPostcode, normalise_postcode
from index.model import DAYS, Schedule, utcnow
from index.taxonomy import Taxonomy, default_taxonomy
from index.vocab import Phrase, SynonymTable, default_synonyms, fold, words

LONDON = ZoneInfo("Europe/London")
MINUTES_PER_DAY = 24 * 60
MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY

STOPWORDS = frozenset([
    "a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "by", "with", "near",
    "nearby", "around", "from", "my", "me", "i", "we", "our", "us", "is", "are", "be", "can",
    "some", "any", "please", "need", "needs", "want", "looking", "find", "finding", "service",
    "services", "people", "person", "someone", "something", "local",
])  # fmt: skip
"""Words that carry no need on their own. They still count inside a known phrase
("riding for the disabled"), because phrases are matched before stop words are dropped."""

LONDON_BOROUGHS = (
    "Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "City of London",
    "Croydon", "Ealing", "Enfield", "Greenwich", "Hackney", "Hammersmith and Fulham",
    "Haringey", "Harrow", "Havering", "Hillingdon", "Hounslow", "Islington",
    "Kensington and Chelsea", "Kingston upon Thames", "Lambeth", "Lewisham", "Merton", "Newham",
    "Redbridge", "Richmond upon Thames", "Southwark", "Sutton", "Tower Hamlets",
    "Waltham Forest", "Wandsworth", "Westminster",
)  # fmt: skip

_NEAR = r"(?:near(?:by)?|in|around|close\s+to|by)"
_PARTIAL = re.compile(
    rf"(?:\b{_NEAR}\s+)([A-Za-z]{{1,2}}[0-9][0-9A-Za-z]?(?:\s+[0-9])?)\s*$", re.IGNORECASE
)
_TRAILING_SECTOR = re.compile(r"\b([A-Za-z]{1,2}[0-9][0-9A-Za-z]?\s+[0-9])\s*$")
_FULL_IN_TEXT = re.compile(
    rf"(?:\b{_NEAR}\s+)?\b([A-Za-z]{{1,2}}[0-9][0-9A-Za-z]?\s*[0-9][A-Za-z]{{2}})\b",
    re.IGNORECASE,
)
_BOROUGH = re.compile(
    rf"\b{_NEAR}\s+(?:the\s+(?:london\s+)?borough\s+of\s+)?("
    + "|".join(re.escape(b) for b in sorted(LONDON_BOROUGHS, key=len, reverse=True))
    + r")\s*$",
    re.IGNORECASE,
)
_HHMM = re.compile(r"^\s*(\d{1,2}):(\d{2})")
_LEX = re.compile(r"[^\W_]+|[,;/+]")
_SPACED_AMP = re.compile(r"\s&\s*|&\s")
_SPLITTERS = {",", ";", "/", "+"}
_JOINERS = {"and", "or", "plus"}
MAX_ALTERNATIVES = 12
MIN_CORRECTABLE = 4


class QueryError(ValueError):
    """The query cannot be answered as asked (unknown postcode, lat without lon): the message
    is shown to the person, so it says what to change."""


# -- the vocabulary a backend offers for typo correction ------------------------------------


class WordIndex:
    """Known words with document frequencies: decides whether a word is known, whether a
    partly typed word can be completed, and what an unknown word was meant to be."""

    def __init__(self, counts: Mapping[str, int], static: Iterable[str] = ()) -> None:
        self.counts = dict(counts)
        self.static = set(static)
        self.sorted = sorted(set(self.counts) | self.static)
        self._by_first: dict[str, list[str]] = {}
        for word in self.sorted:
            self._by_first.setdefault(word[0], []).append(word)

    def knows(self, word: str) -> bool:
        return self.counts.get(word, 0) > 0 or word in self.static

    def has_prefix(self, prefix: str) -> bool:
        i = bisect.bisect_left(self.sorted, prefix)
        return i < len(self.sorted) and self.sorted[i].startswith(prefix)

    def completions(self, prefix: str, limit: int = 50) -> list[str]:
        i = bisect.bisect_left(self.sorted, prefix)
        out: list[str] = []
        while i < len(self.sorted) and self.sorted[i].startswith(prefix) and len(out) < limit:
            out.append(self.sorted[i])
            i += 1
        return out

    def correct(self, word: str) -> str | None:
        """The closest known word within 1 edit (2 for words over 5 letters, transpositions
        counting as one), most frequent first; ``None`` for short or hopeless words. The first
        letter is trusted: it keeps candidates few and corrections plausible."""
        if len(word) < MIN_CORRECTABLE or word.isdigit():
            return None
        max_edits = 1 if len(word) <= 5 else 2
        candidates = self._by_first.get(word[0], [])
        found = process.extract(
            word, candidates, scorer=OSA.distance, score_cutoff=max_edits, limit=None
        )
        if not found:
            return None
        best = min(
            found,
            key=lambda f: (f[1], -(self.counts.get(f[0], 0) + (5 if f[0] in self.static else 0))),
        )
        return str(best[0])


def static_words(synonyms: SynonymTable, taxonomy: Taxonomy) -> set[str]:
    """Words the vocabulary files know, whether or not any listing uses them yet."""
    known = synonyms.vocabulary()
    for phrase in taxonomy.phrases():
        known.update(phrase)
    return known


# -- the plan -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    """One concept of a need: any of its alternatives satisfies it. The first is what was
    typed (its words, in any order and position); the others are synonyms, matched as
    phrases ("back to work" must not match every listing that says "we work with")."""

    alternatives: tuple[Phrase, ...]
    prefix: bool = False
    """The person is still typing this word: match it as a prefix."""

    def words(self) -> set[str]:
        return {w for alt in self.alternatives for w in alt}


@dataclass(frozen=True)
class Need:
    """One thing the person needs, e.g. "debt advice"."""

    text: str
    """The need as understood (after typo correction), for labels like ``matched_need``."""
    original: str
    slots: tuple[Slot, ...]


@dataclass(frozen=True)
class Origin:
    lat: float
    lon: float
    postcode: str | None = None
    precision: str = "point"
    borough: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "postcode": self.postcode,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
        }


@dataclass(frozen=True)
class OpenAt:
    """A moment (``timed``) or a whole day in minutes of the week, Monday 00:00 = 0."""

    start: int
    end: int
    timed: bool

    def matches(self, ranges: Iterable[tuple[int, int, bool]]) -> bool:
        for start, end, timed in ranges:
            if self.timed:
                if timed and start <= self.start < end:
                    return True
            elif start < self.end and end > self.start:
                return True
        return False


@dataclass
class QueryPlan:
    needs: list[Need]
    origin: Origin | None = None
    radius_km: float | None = None
    categories: set[str] = field(default_factory=set)
    """Signpost term ids, already expanded to their descendants."""
    category_requested: bool = False
    """Whether categories were asked for at all (an unknown id then matches nothing)."""
    boroughs: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    age: int | None = None
    free_only: bool = False
    open_at: OpenAt | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = 10
    corrected_text: str | None = None

    @property
    def has_text(self) -> bool:
        return any(n.slots for n in self.needs)

    def highlight_words(self) -> tuple[set[str], set[str]]:
        """(whole words, prefixes) worth marking in results."""
        exact: set[str] = set()
        prefixes: set[str] = set()
        for need in self.needs:
            for slot in need.slots:
                target = prefixes if slot.prefix else exact
                target.update(w for w in slot.words() if w not in STOPWORDS)
        return exact, prefixes


# -- opening times ----------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def hhmm_minutes(hhmm: str | None) -> int | None:
    """ "09:30" → 570; ``None`` for anything that is not a time of day (sources write a
    handful of distinct times, hence the cache)."""
    if not hhmm:
        return None
    m = _HHMM.match(hhmm)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if h > 24 or mi > 59 or (h == 24 and mi):
        return None
    return h * 60 + mi


def schedule_days(schedule: Schedule) -> list[int]:
    """Day indexes (Monday 0) a weekly schedule covers; daily schedules cover every day."""
    return list(_days(schedule.freq, schedule.byday))


@lru_cache(maxsize=4096)
def _days(freq: str | None, byday: str | None) -> tuple[int, ...]:
    kind = (freq or "WEEKLY").upper()
    if kind == "DAILY" and not byday:
        return tuple(range(7))
    if kind not in {"WEEKLY", "DAILY"}:
        return ()
    days: list[int] = []
    for code in (byday or "").upper().replace(" ", "").split(","):
        code = code[-2:]  # "1MO" (first Monday) is still a Monday
        if code in DAYS and DAYS.index(code) not in days:
            days.append(DAYS.index(code))
    return tuple(days)


def week_ranges(schedules: Iterable[Schedule]) -> list[tuple[int, int, bool]]:
    """Opening periods as (start, end, timed) minutes of the week. A day without times is a
    whole-day range with ``timed`` false: it answers "open on Saturday" but never "open now".
    A period past midnight runs into the next day; past Sunday it wraps to Monday."""
    key = tuple((s.freq, s.byday, s.opens_at, s.closes_at) for s in schedules)
    return list(_week_ranges(key))


@lru_cache(maxsize=4096)
def _week_ranges(
    key: tuple[tuple[str | None, str | None, str | None, str | None], ...],
) -> tuple[tuple[int, int, bool], ...]:
    """Memoised on the schedules' fields: most services share a few weekly patterns."""
    ranges: list[tuple[int, int, bool]] = []
    for freq, byday, opens_at, closes_at in key:
        opens, closes = hhmm_minutes(opens_at), hhmm_minutes(closes_at)
        for day in _days(freq, byday):
            base = day * MINUTES_PER_DAY
            if opens is None or closes is None:
                ranges.append((base, base + MINUTES_PER_DAY, False))
                continue
            end = closes if closes > opens else closes + MINUTES_PER_DAY
            if opens == closes:
                end = opens + MINUTES_PER_DAY  # "00:00–00:00": round the clock
            start, stop = base + opens, base + end
            if stop > MINUTES_PER_WEEK:
                ranges.append((start, MINUTES_PER_WEEK, True))
                ranges.append((0, stop - MINUTES_PER_WEEK, True))
            else:
                ranges.append((start, stop, True))
    return tuple(ranges)


def open_at_for(
    open_now: bool, day: str | None, time: str | None, now: datetime | None = None
) -> OpenAt | None:
    """The moment or day a query asks about, in Europe/London time."""
    if not (open_now or day or time):
        return None
    local = (now or utcnow()).astimezone(LONDON)
    if open_now and not day and not time:
        minute = local.weekday() * MINUTES_PER_DAY + local.hour * 60 + local.minute
        return OpenAt(minute, minute + 1, True)
    day_index = DAYS.index(day) if day else local.weekday()
    base = day_index * MINUTES_PER_DAY
    if time:
        minute = base + (hhmm_minutes(time) or 0)
        return OpenAt(minute, minute + 1, True)
    if open_now:  # open now on a named day means "at this time on that day"
        minute = base + local.hour * 60 + local.minute
        return OpenAt(minute, minute + 1, True)
    return OpenAt(base, base + MINUTES_PER_DAY, False)


# -- parsing ----------------------------------------------------------------------------------


@dataclass
class _Place:
    postcode: str | None = None
    borough: str | None = None


def extract_place(text: str) -> tuple[str, _Place]:
    """Take the location out of free text: a full postcode anywhere, a trailing "near HA1" /
    "near HA1 2" / bare "HA1 2", or a trailing "in Harrow"."""
    m = _FULL_IN_TEXT.search(text)
    if m and normalise_postcode(m.group(1)):
        rest = (text[: m.start()] + " " + text[m.end() :]).strip()
        return " ".join(rest.split()), _Place(postcode=normalise_postcode(m.group(1)))
    for pattern in (_PARTIAL, _TRAILING_SECTOR):
        m = pattern.search(text)
        if m:
            return text[: m.start()].strip(), _Place(postcode=" ".join(m.group(1).upper().split()))
    m = _BOROUGH.search(text)
    if m:
        name = next(b for b in LONDON_BOROUGHS if b.lower() == " ".join(m.group(1).lower().split()))
        return text[: m.start()].strip(), _Place(borough=name)
    return text, _Place()


class QueryPlanner:
    """Builds plans. One per backend: it holds the vocabulary files and the gazetteer."""

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        synonyms: SynonymTable | None = None,
        taxonomy: Taxonomy | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.synonyms = synonyms or default_synonyms()
        self.taxonomy = taxonomy or default_taxonomy()
        self.static_words = static_words(self.synonyms, self.taxonomy)
        known = [*self.synonyms.phrases(), *self.taxonomy.phrases()]
        self._joined_phrases = [p for p in known if _JOINERS & set(p)]

    def plan(
        self,
        query: SearchQuery,
        vocabulary: WordIndex | None = None,
        now: datetime | None = None,
    ) -> QueryPlan:
        vocab = vocabulary or WordIndex({}, self.static_words)
        texts: list[str] = []
        place = _Place()
        if query.text:
            rest, place = extract_place(query.text)
            texts.append(rest)
        for extra in query.needs:
            rest, extra_place = extract_place(" ".join(extra.split()))
            if not (place.postcode or place.borough):
                place = extra_place
            texts.append(rest)

        needs: list[Need] = []
        corrected = False
        for text in texts:
            for part in self.split_needs(text):
                need, changed = self._need(part, vocab)
                corrected = corrected or changed
                if need.slots and need.text not in {n.text for n in needs}:
                    needs.append(need)
        # Only the last word of the free text can still be being typed.
        typing_need = len(needs) - 1 if query.text and not query.needs else -1
        needs = [n if j == typing_need else _without_prefix(n) for j, n in enumerate(needs)]

        plan = QueryPlan(
            needs=needs,
            boroughs=list(query.boroughs),
            sources=list(query.sources),
            age=query.age,
            free_only=query.free_only,
            sort=query.sort,
            page=query.page,
            per_page=query.per_page,
            open_at=open_at_for(query.open_now, query.day, query.time, now),
        )
        if query.categories:
            plan.category_requested = True
            plan.categories = self.taxonomy.expand_filter(query.categories)
        if place.borough and place.borough not in plan.boroughs:
            plan.boroughs.append(place.borough)
        plan.origin = self._origin(query, place.postcode)
        plan.radius_km = query.radius_km if plan.origin else None
        if plan.sort == "distance" and plan.origin is None:
            plan.sort = "relevance"
        if corrected:
            plan.corrected_text = " and ".join(n.text for n in needs) or None
        return plan

    def _origin(self, query: SearchQuery, text_postcode: str | None) -> Origin | None:
        lat, lon = query.lat, query.lon
        postcode = query.postcode or text_postcode
        if (lat is None) != (lon is None):
            raise QueryError("give both lat and lon, or neither")
        if postcode:
            if self.gazetteer is None:
                raise QueryError("searching near a postcode needs the postcode gazetteer")
            try:
                info = self.gazetteer.lookup(postcode)
            except UnknownPostcode as exc:
                raise QueryError(str(exc)) from exc
            return Origin(
                info.latitude, info.longitude, info.postcode, info.precision, info.borough
            )
        if lat is not None and lon is not None:
            return Origin(float(lat), float(lon))
        return None

    def split_needs(self, text: str) -> list[str]:
        """ "debt advice and employment support" → two needs; "arts and crafts" stays one
        because it is a known phrase. Commas, semicolons, slashes and "+" always split."""
        lexed = _LEX.findall(fold(_SPACED_AMP.sub(" and ", text)))
        word_at = [i for i, t in enumerate(lexed) if t not in _SPLITTERS]
        tokens = [lexed[i] for i in word_at]
        keep = {word_at[j] for j in self._joiners_inside_phrases(tokens)}
        parts: list[list[str]] = [[]]
        for i, tok in enumerate(lexed):
            if tok in _SPLITTERS or (tok in _JOINERS and i not in keep):
                parts.append([])
            else:
                parts[-1].append(tok)
        return [" ".join(p) for p in parts if any(t not in STOPWORDS for t in p)]

    def _joiners_inside_phrases(self, tokens: list[str]) -> set[int]:
        keep: set[int] = set()
        for phrase in self._joined_phrases:
            n = len(phrase)
            for start in range(0, len(tokens) - n + 1):
                if tuple(tokens[start : start + n]) == phrase:
                    keep.update(j for j in range(start, start + n) if tokens[j] in _JOINERS)
        return keep

    def _need(self, text: str, vocab: WordIndex) -> tuple[Need, bool]:
        tokens = words(text)
        fixed: list[str] = []
        prefix_at: int | None = None
        changed = False
        for i, tok in enumerate(tokens):
            last = i == len(tokens) - 1
            if tok in STOPWORDS or tok.isdigit() or vocab.knows(tok):
                fixed.append(tok)
            elif last and len(tok) >= 2 and vocab.has_prefix(tok):
                fixed.append(tok)
                prefix_at = i
            else:
                better = vocab.correct(tok)
                changed = changed or bool(better)
                fixed.append(better or tok)
        slots: list[Slot] = []
        position = 0
        for span, alternatives in self.synonyms.segment(fixed):
            at = position
            position += len(span)
            if len(alternatives) == 1 and all(w in STOPWORDS for w in span):
                continue
            alts = (_drop_stopwords(alternatives[0]), *alternatives[1:MAX_ALTERNATIVES])
            is_prefix = prefix_at is not None and at == prefix_at and len(span) == 1
            if is_prefix and len(alternatives) > 1:
                is_prefix = False  # a complete known phrase: no need to guess the rest
            slots.append(Slot(tuple(dict.fromkeys(alts)), prefix=is_prefix))
        return Need(text=" ".join(fixed), original=text, slots=tuple(slots)), changed


def _drop_stopwords(phrase: Phrase) -> Phrase:
    kept = tuple(w for w in phrase if w not in STOPWORDS)
    return kept if any(len(w) > 1 for w in kept) else phrase


def _without_prefix(need: Need) -> Need:
    if not any(s.prefix for s in need.slots):
        return need
    slots = tuple(Slot(s.alternatives, prefix=False) for s in need.slots)
    return Need(need.text, need.original, slots)
