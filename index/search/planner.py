"""Builds a ``QueryPlan`` from a ``SearchQuery``: splits needs, corrects typos against the
backend's vocabulary, expands synonyms and categories, and finds the origin."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from index.geo import Gazetteer, Resolved, UnknownPostcode, normalise_postcode
from index.model import DAYS, utcnow
from index.place_names import place_key
from index.search.areas import area_key
from index.search.conditions import Conditions, read_conditions
from index.search.places import LONDON_KEYS, Place, PlaceReader
from index.search.plan import STOPWORDS, Need, Origin, QueryError, QueryPlan, Slot
from index.search.schedule import LONDON, OpenAt, open_at_for
from index.search.types import SearchQuery
from index.search.vocabulary import WordIndex, static_words
from index.taxonomy import Taxonomy, default_taxonomy
from index.vocab import Phrase, SynonymTable, default_synonyms, fold, has_word, words

_LEX = re.compile(r"[^\W_]+|[,;/+]")
_LEX_AMP = re.compile(r"[^\W_]+|[,;/+]|&")
_SPLITTERS = {",", ";", "/", "+"}
_JOINERS = {"and", "or", "plus"}
MAX_ALTERNATIVES = 12


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
        self._joined_phrases: dict[str, list[Phrase]] = {}
        """Known phrases with "and"/"or"/"plus" inside, by first word (checked per word typed)."""
        for phrase in known:
            if _JOINERS & set(phrase):
                self._joined_phrases.setdefault(phrase[0], []).append(phrase)
        self.places = PlaceReader(gazetteer, self.static_words - STOPWORDS, known)
        self.free_phrases = [p for p in known if p[0] == "free"]
        """Phrases such as "free legal advice": their "free" is no filter."""

    def plan(
        self,
        query: SearchQuery,
        vocabulary: WordIndex | None = None,
        now: datetime | None = None,
    ) -> QueryPlan:
        vocab = vocabulary or WordIndex({}, self.static_words)
        texts: list[str] = []
        place = Place()
        conditions = Conditions()
        if query.text:
            rest, place = self.places.extract(query.text)
            rest, conditions = read_conditions(rest, self.free_phrases)
            texts.append(rest)
        for extra in query.needs:
            rest, extra_place = self.places.extract(" ".join(extra.split()))
            if not place:
                place = extra_place
            rest, extra_conditions = read_conditions(rest, self.free_phrases)
            conditions = conditions.joined(extra_conditions)
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
            age=query.age if query.age is not None else conditions.age,
            free_only=query.free_only or conditions.free,
            sort=query.sort,
            page=query.page,
            per_page=query.per_page,
            open_at=_open_at(query, conditions, now),
        )
        if query.categories:
            plan.category_requested = True
            plan.categories = self.taxonomy.expand_filter(query.categories)
        if place.borough and place.borough not in plan.boroughs:
            plan.boroughs.append(place.borough)
        plan.origin = self._origin(query, place)
        radius = query.radius_km if query.radius_km is not None else place.radius_km
        plan.radius_km = radius if plan.origin else None
        if plan.origin is not None and plan.origin.borough:
            plan.origin_area = area_key(plan.origin.borough)
        if plan.sort == "distance" and plan.origin is None:
            plan.sort = "relevance"
        if corrected:
            plan.corrected_text = " and ".join(n.text for n in needs) or None
        plan.understood = _understood(query, conditions, plan)
        return plan

    def _origin(self, query: SearchQuery, place: Place) -> Origin | None:
        """The ``postcode`` parameter (a postcode or a place name) wins over a place found in
        the text; lat/lon come last."""
        lat, lon = query.lat, query.lon
        if (lat is None) != (lon is None):
            raise QueryError("give both lat and lon, or neither")
        if query.postcode or place.postcode or place.place:
            if self.gazetteer is None:
                raise QueryError("searching near a postcode needs the postcode gazetteer")
            try:
                return _origin_of(self._resolve(query.postcode, place))
            except UnknownPostcode as exc:
                raise QueryError(str(exc)) from exc
        if lat is not None and lon is not None:
            return Origin(float(lat), float(lon))
        return None

    def _resolve(self, typed: str | None, place: Place) -> Resolved:
        assert self.gazetteer is not None
        if typed:
            try:
                return self.gazetteer.resolve(typed)
            except UnknownPostcode:
                written = self._written_place(typed)
                if written is not None:
                    return self._resolve(None, written)
                if place_key(typed) in LONDON_KEYS:
                    raise QueryError(
                        "all of Signpost is in London: give a postcode or a place in London to"
                        " measure distances from (HA1 2AA, HA1, Harlesden)"
                    ) from None
                raise
        if place.postcode:
            return self.gazetteer.resolve(place.postcode)
        found = self.places.place(place.place or "")
        if found is None:
            raise QueryError(f"{place.place!r} is not a London place we know")
        return self.gazetteer.resolve_place(found)

    def _written_place(self, typed: str) -> Place | None:
        """The place in a location typed as people write one, not as a single postcode or
        name: "Harlesden, NW10", "Brixton SW2", "E17, London", "near HA1", or an address with
        its postcode ("10 High Street, London NW10 4AB"). A full postcode counts whatever is
        around it; anything else must be all there is, with "London" and punctuation."""
        rest, place = self.places.extract(typed)
        if place.postcode and normalise_postcode(place.postcode) is not None:
            # An address ends with its postcode; a second postcode makes it two places.
            return None if self.places.extract(rest)[1].postcode else place
        if not (place.postcode or place.place or place.borough) or has_word(rest):
            return None
        if place.borough:
            return Place(place=place_key(place.borough))
        return place

    def split_needs(self, text: str) -> list[str]:
        """ "debt advice and employment support" → two needs; "arts and crafts" stays one
        because it is a known phrase. Commas, semicolons, slashes and "+" always split."""
        return [" ".join(word for word, _at in part) for part in self._need_parts(text)]

    def typing_at(self, text: str) -> int:
        """Where the need being typed begins in ``text`` (after "debt advice and "): what
        suggestions complete. 0 when the text is one need."""
        parts = [p for p in self._need_parts(text, every=True) if p]
        return parts[-1][0][1] if parts else 0

    def _need_parts(self, text: str, every: bool = False) -> list[list[tuple[str, int]]]:
        """The needs of ``text`` as (folded word, where it starts in ``text``) lists; with
        ``every``, also the parts of stop words only ("with" may begin "With You")."""
        lexed = _lexed(text)
        word_at = [i for i, (t, _at) in enumerate(lexed) if t not in _SPLITTERS]
        tokens = [lexed[i][0] for i in word_at]
        keep = {word_at[j] for j in self._joiners_inside_phrases(tokens)}
        parts: list[list[tuple[str, int]]] = [[]]
        for i, (tok, at) in enumerate(lexed):
            if tok in _SPLITTERS or (tok in _JOINERS and i not in keep):
                parts.append([])
            else:
                parts[-1].append((tok, at))
        return [p for p in parts if every or any(t not in STOPWORDS for t, _at in p)]

    def _joiners_inside_phrases(self, tokens: list[str]) -> set[int]:
        keep: set[int] = set()
        for start, token in enumerate(tokens):
            for phrase in self._joined_phrases.get(token, ()):
                n = len(phrase)
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


def _lexed(text: str) -> list[tuple[str, int]]:
    """Folded words and splitters with where each starts; an "&" with a space beside it is
    "and" ("debt & money"), while "A&E" stays two letters."""
    out: list[tuple[str, int]] = []
    for m in _LEX_AMP.finditer(text):
        token, at = m.group(), m.start()
        if token == "&":
            if text[at - 1 : at].isspace() or text[m.end() : m.end() + 1].isspace():
                out.append(("and", at))
            continue
        out.extend((t, at) for t in _LEX.findall(fold(token)))
    return out


def _open_at(query: SearchQuery, conditions: Conditions, now: datetime | None) -> OpenAt | None:
    """The parameters' moment or day, else the text's ("open now", "open on Saturday",
    "open tomorrow")."""
    if query.open_now or query.day or query.time:
        return open_at_for(query.open_now, query.day, query.time, now)
    if conditions.when == "now":
        return open_at_for(True, None, None, now)
    day = conditions.day
    if conditions.when in {"today", "tomorrow"}:
        local = (now or utcnow()).astimezone(LONDON)
        day = DAYS[(local.weekday() + (conditions.when == "tomorrow")) % 7]
    return open_at_for(False, day, None, now) if day else None


def _understood(query: SearchQuery, conditions: Conditions, plan: QueryPlan) -> dict[str, Any]:
    """The filters the plan took from the text, for the response to say so."""
    read: dict[str, Any] = {}
    if not (query.open_now or query.day or query.time) and plan.open_at is not None:
        read["open"] = conditions.when or conditions.day
    if conditions.free and not query.free_only:
        read["free"] = True
    if conditions.age is not None and query.age is None:
        read["age"] = conditions.age
    if plan.radius_km is not None and query.radius_km is None:
        read["within_km"] = plan.radius_km
    return read


def _origin_of(found: Resolved) -> Origin:
    return Origin(
        found.latitude, found.longitude, found.postcode, found.precision, found.borough,
        place=found.place, note=found.note,
    )  # fmt: skip


def _drop_stopwords(phrase: Phrase) -> Phrase:
    kept = tuple(w for w in phrase if w not in STOPWORDS)
    return kept if any(len(w) > 1 for w in kept) else phrase


def _without_prefix(need: Need) -> Need:
    if not any(s.prefix for s in need.slots):
        return need
    slots = tuple(Slot(s.alternatives, prefix=False) for s in need.slots)
    return Need(need.text, need.original, slots)
