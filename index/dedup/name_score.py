"""The name comparator: how much of each name's distinguishing weight the other shares.

Names are compared as tokens (``names.py``: aliases read as their canonical name, abbreviations
expanded, stop words dropped, words stemmed), each token weighted by its rarity (IDF over the
records being deduplicated: ``harrow``/``brent`` tell two carers' centres apart, ``carers`` does
not). Words that only say who or where (the records' own organisation and place words), what
kind of thing it is (``programme``, ``centre``, ``council``) or what category (``walking``
under *Walking groups*) are set aside when asking whether two names say the same thing:
``<Brand> (Harrow Council)`` and ``<Brand> Employment Support`` are one programme named with
different wrappers. The first three also count ``CONTEXT_FACTOR`` of their weight.

The levels, most similar first: ``exact``, ``core`` (equal once context words are set aside),
``near``, ``contained``, ``partial``, ``generic`` (one name only says what kind of service it is
and the other adds only common words), ``weak``, ``different``. ``different`` is also the gate:
such a pair is never merged, however much else it shares — a community centre's five groups
share an address, a phone and a web site. Two names that each name, in words of their own, a
kind of service apart from the other's (``Age UK Brent Befriending`` / ``AUK Brent Lunch Club``:
``_kinds_apart``) are ``different`` too: one charity's two services, which may be the only two
listings to carry its number, so that nothing else would part them. So are two names whose
own words are alternatives of one kind (``ESOL Beginners`` / ``ESOL Improvers``, ``Men's`` /
``Women's``, two days, two age ranges: ``contrasts.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from index.dedup.categories import Kind, default_categories
from index.dedup.comparable import Comparable
from index.dedup.contrasts import (
    alternatives,
    borough_halves,
    contrast,
    contrast_and_details,
    names_an_age_group,
    only_says_who,
    same_alternative_pairs,
    shared_details,
    starts_another,
    young_audience,
)
from index.dedup.frequencies import Frequencies
from index.dedup.names import JOINED, WRAPPER_WORDS
from index.dedup.weights import CONTEXT_FACTOR, GENERIC_EXTRA_BITS, NAME_FLOOR, NAME_WEIGHTS

Comparison = tuple[str, float, str]
"""(level, weight in bits, human-readable detail — empty unless explaining)."""

AGREEING_CATEGORIES = frozenset({"same", "related"})
FAMILIES = "families"
"""The taxonomy's children, young people and families heading: a listing filed under it (or
a term below it) is for them, whatever its name says (``_young_unsaid``)."""


MIN_CONTRACTED = 2
"""Letters a contraction leaves out of its word at least (``assn`` / ``association``)."""


def _contraction(short: str, long_: str) -> bool:
    """``short`` is ``long_`` with letters left out, in order, from the same first letter to
    the same last: a contraction (``assn``, ``govt``, ``mgmt``, ``dept``) as directories write
    them. The last letter too: ``bank`` is in ``blanket`` letter by letter, but no
    contraction of it."""
    left_out = len(long_) - len(short)
    if left_out < MIN_CONTRACTED or short[:1] != long_[:1] or short[-1:] != long_[-1:]:
        return False
    # A subsequence: the insertions and deletions between the two are only the letters left out.
    return Indel.distance(short, long_) == left_out


def _stem_typo(x: str, y: str) -> bool:
    """One typo apart once a stem has its ending back: the stem of ``housing`` is ``hous``, but
    a typo makes ``husing`` too short to stem (``text.stem``)."""
    for stemmed, whole in ((x, y), (y, x)):
        if whole.endswith("ing") and not stemmed.endswith("ing"):
            return fuzz.ratio(stemmed + "ing", whole) >= TYPO_RATIO
    return False


TYPO_RATIO = 85
NOT_ONE_WORD: frozenset[tuple[str, str]] = frozenset({("care", "carer")})
"""Words one letter apart that are two words of this field, never one mistyped or cut short
(shorter first): ``Carers Assessment`` is no ``Care Needs Assessment``. (A ``Cares`` typed
for ``Carers`` is still read with the rest of its name, which shares the other's words.)"""


def fuzzy_pairs(rest_a: set[str], rest_b: set[str]) -> list[tuple[str, str]]:
    """Tokens left unmatched on both sides that are one typo apart (``harow``/``harrow``,
    ``husing``/``housing``) or an abbreviation and its word (``deli``/``delicatessen``,
    ``assc``/``association``), unless the two are alternatives that part names (``deaf`` /
    ``deafblind``: ``contrasts.alternatives``) or one is a phrase read as one word
    (``names.JOINED``: ``supportedhous`` is no long form of ``support``). Only tokens of four
    letters or more that start alike are tried: typos rarely hit the first letter, and it
    keeps this cheap."""
    pairs: list[tuple[str, str]] = []
    initials = {y[0] for y in rest_b if len(y) >= 4}
    if not any(len(x) >= 4 and x[0] in initials for x in rest_a):
        return pairs  # the common case, settled without sorting anything
    by_initial: dict[str, list[str]] = {}
    for y in sorted(rest_b):
        if len(y) >= 4:
            by_initial.setdefault(y[0], []).append(y)
    if not by_initial:
        return pairs
    for x in sorted(rest_a):
        ys = by_initial.get(x[0]) if len(x) >= 4 else None
        if not ys:
            continue
        for y in ys:
            if x in JOINED or y in JOINED:
                continue  # a phrase read as one word is no typo and no abbreviation
            short, long_ = (x, y) if len(x) <= len(y) else (y, x)
            if (
                (
                    (long_.startswith(short) and not starts_another(short, long_))
                    or fuzz.ratio(x, y) >= TYPO_RATIO
                    or _contraction(short, long_)
                    or _stem_typo(x, y)
                )
                and not alternatives(x, y)
                and (short, long_) not in NOT_ONE_WORD
            ):
                pairs.append((x, y))
                ys.remove(y)
                break
    return pairs


SAID_AS_TWO: dict[str, tuple[str, str]] = {
    # A charity's or council's line for advice: ``Carers Helpline`` = ``Carers Advice Line``.
    # (Not read so in every name: ``Disability Information and Advice Line`` is spelt DIAL.)
    "helpline": ("advice", "line"),
}
"""Words that two other words say, beside their run-together spelling (``compound_pairs``)."""


def compound_pairs(rest_a: set[str], rest_b: set[str]) -> list[tuple[str, str, str]]:
    """A word on one side that is two words of the other run together (``Foodbank`` / ``Food
    Bank``, ``Wellbeing`` / ``Well Being``) or that two of its words say (``SAID_AS_TWO``),
    as (the word, its first part, its second)."""
    found: list[tuple[str, str, str]] = []
    for whole, parts in ((rest_a, rest_b), (rest_b, rest_a)):
        long_words = [w for w in whole if len(w) >= 6]
        if not long_words or len(parts) < 2:
            continue  # the common case, settled without sorting anything
        for word in sorted(long_words):
            said = SAID_AS_TWO.get(word)
            if said is not None and said[0] in parts and said[1] in parts:
                found.append((word, *said))
                continue
            for first in sorted(parts):
                if (
                    len(first) >= 3
                    and word.startswith(first)
                    and word[len(first) :] in parts
                    and word[len(first) :] != first
                ):
                    found.append((word, first, word[len(first) :]))
                    break
    return found


MIN_SPELT = 3
"""Initials of at least three words: two letters spell too many things."""


def spelt_out(
    rest_x: set[str], tokens_y: tuple[str, ...], rest_y: set[str]
) -> tuple[str, tuple[str, ...]] | None:
    """(x's word, y's words) when the one word name x has of its own is the initials of the
    words name y has of its own, in y's order (``tokens_y``)."""
    if len(rest_x) != 1 or len(rest_y) < MIN_SPELT:
        return None
    (word,) = rest_x
    if len(word) != len(rest_y) or not word.isalpha():
        return None
    own = tuple(dict.fromkeys(t for t in tokens_y if t in rest_y))
    if len(own) == len(word) and "".join(t[0] for t in own) == word:
        return word, own
    return None


def _split_compounds(
    tokens: frozenset[str], compounds: list[tuple[str, str, str]]
) -> frozenset[str]:
    for word, first, second in compounds:
        if word in tokens:
            tokens = (tokens - {word}) | {first, second}
    return tokens


def _own_kinds(x: Comparable, other_tokens: frozenset[str]) -> list[str]:
    """The kinds x's name names in words of its own: a word the other name lacks, and not
    only x's organisation or place (``Age UK`` in an Age UK listing names the charity) or who
    runs it (``NHS``, a wrapper word: ``NHS Hearing Aid Clinic`` names no kind of its own)."""
    context = x.context
    own = [
        (term, words)
        for term, words in x.kinds
        if any(w not in other_tokens for w in words)
        and any(w not in context and w not in WRAPPER_WORDS for w in words)
    ]
    return [term for term, _words in _most_specific(own)]


def _most_specific(kinds: Iterable[Kind]) -> list[Kind]:
    """The kinds a name names read as its longest phrases: a kind named only by some of the
    words of another kind the name names is read in that phrase (``Housing Advice`` names
    housing advice, not advice and housing besides, whose ``Benefits Advice`` would then be
    no kind apart from it), and of two named by the same words the narrower one counts."""
    kinds = list(kinds)
    if len(kinds) < 2:
        return kinds  # the common case: nothing to read inside another
    ancestors = default_categories().taxonomy.ancestors
    return [
        (term, words)
        for term, words in kinds
        if not any(
            set(words) < set(other_words)
            or (other != term and set(words) == set(other_words) and term in ancestors(other))
            for other, other_words in kinds
        )
    ]


def _kinds_apart(a: Comparable, b: Comparable) -> tuple[str, str] | None:
    """A kind of service each name names in its own words, apart from every kind the other
    names in its own (``Befriending`` / ``Lunch Club``; ``Debt Advice`` / ``Housing Advice``,
    the ``Advice`` they share setting nothing apart): the two are two services, whatever else
    they share. A kind one name adds alone, or one above or below the other's (``Mental
    Health`` / ``Counselling``), is no conflict. None when there is none."""
    own_b = _own_kinds(b, a.token_set)
    if not own_b:
        return None
    own_a = _own_kinds(a, b.token_set)
    if not own_a:
        return None
    categories = default_categories()
    xs, ys = tuple(own_a), tuple(own_b)
    x = next((x for x in xs if categories.apart(x, ys)), None)
    y = next((y for y in ys if categories.apart(y, xs)), None)
    return (x, y) if x is not None and y is not None else None


def one_names_the_others_organisation(a: Comparable, b: Comparable) -> bool:
    """One listing's name is the other's organisation's whole name (``Cruse Bereavement
    Support`` / ``Bereavement Support`` run by Cruse) — not a word of it: ``Foodbank`` beside
    a service of Kingsbury Foodbank names the kind of service, not the charity — or is that
    name beside its own place and wrapper words (``Macmillan Cancer Support Group – Sidcup``
    at Queen Mary's, Sidcup / ``Cancer Support Group`` run there by Macmillan)."""
    return _names_organisation(a, b.org_tokens) or _names_organisation(b, a.org_tokens)


def _names_organisation(named: Comparable, organisation: frozenset[str]) -> bool:
    if not organisation:
        return False
    if named.token_set == organisation:
        return True
    if named.token_set.isdisjoint(organisation):
        return False  # the common case, settled without building a set
    own = named.token_set.difference(named.context, WRAPPER_WORDS)
    return own == organisation


def _runs_together(a: Comparable, b: Comparable) -> bool:
    """One name is one word that is two words of the other run together (``Taxicard`` /
    ``Taxi Card Scheme``): the names' string similarity says nothing of that."""
    return any(
        len(one.token_set) == 1
        and len(other.token_set) > 1
        and compound_pairs(set(one.token_set), set(other.token_set))
        for one, other in ((a, b), (b, a))
    )


def may_hold_below_floor(a: Comparable, b: Comparable, category: Callable[[], str]) -> bool:
    """Below the token-set floor only two levels can still hold: generic (a shared word, the
    categories agreeing) and one organisation named with the same category (``compare_names``).
    ``category`` gives the pair's category level, asked only when needed."""
    if a.token_set & b.token_set:
        return category() in AGREEING_CATEGORIES
    if _spells_the_other(a, b) or _runs_together(a, b):
        return True
    return one_names_the_others_organisation(a, b) and category() == "same"


def _spells_the_other(a: Comparable, b: Comparable) -> tuple[str, tuple[str, ...]] | None:
    """``spelt_out`` of two whole names with no word in common (``DIAL`` / ``Disability
    Information and Advice Line``), one of them a single word beside its own place words
    (``Tower Hamlets HIA`` / ``Home Improvement Agency``)."""
    for x, y in ((a, b), (b, a)):
        letters = len(y.token_set)
        if letters < MIN_SPELT or not any(len(t) == letters for t in x.token_set):
            continue  # the common case: no word of x as long as y has words
        own = _one_own_word(x)
        if own is not None:
            spelt = spelt_out({own}, y.tokens, set(y.token_set))
            if spelt:
                return spelt
    return None


def _one_own_word(x: Comparable) -> str | None:
    """The name's one word, or its one word beside its context and wrapper words (place,
    organisation, ``London``)."""
    if len(x.token_set) == 1:
        return next(iter(x.token_set))
    if len(x.token_set) > 4:
        return None  # the common case: a longer name
    own = x.token_set.difference(x.context, WRAPPER_WORDS)
    return next(iter(own)) if len(own) == 1 else None


def _abbreviated(spelt: tuple[str, tuple[str, ...]], explain: bool) -> Comparison:
    """ "DIAL Barnet" / "Disability Information and Advice Line Barnet": one name's own word is
    the initials of the other's own words, in order. The same name, abbreviated: core."""
    detail = f"{spelt[0]} is the initials of {' '.join(spelt[1])}" if explain else ""
    return "core", NAME_WEIGHTS["core"], detail


def _weight(
    tokens: Iterable[str], idf: Mapping[str, float], unseen: float, context: frozenset[str]
) -> float:
    """Sum of the tokens' IDF, context words counting ``CONTEXT_FACTOR`` of theirs."""
    total = 0.0
    for token in tokens:
        w = idf.get(token, unseen)
        total += w * CONTEXT_FACTOR if token in context else w
    return total


def compare_names(
    a: Comparable,
    b: Comparable,
    freq: Frequencies,
    name_set: int,
    name_sort: int,
    category: str,
    explain: bool = False,
) -> Comparison:
    """Name level of a pair, given its batch string similarities and its category level."""
    if not a.tokens or not b.tokens:
        return "missing", 0.0, "a name has no distinguishing words" if explain else ""
    ta, tb = a.token_set, b.token_set
    common = ta & tb
    below_floor = name_set < NAME_FLOOR
    if not common:
        spelt = _spells_the_other(a, b)
        if spelt:
            return _abbreviated(spelt, explain)
        if below_floor and _runs_together(a, b):
            below_floor = False  # read as the words it runs together (``compound_pairs``)
    if not common and category == "same" and one_names_the_others_organisation(a, b):
        # Named by its organisation alone, the listing says nothing about which of the
        # organisation's services it is, like a generic name; the categories agree on the kind.
        detail = "one name is only the organisation that runs the other" if explain else ""
        return "generic", NAME_WEIGHTS["generic"], detail
    if below_floor and (not common or category not in AGREEING_CATEGORIES):
        # Below the floor only the generic level can still hold, and it needs a shared word
        # and agreeing categories.
        detail = (
            f"token-set {name_set}, nothing but the kind of service in common" if explain else ""
        )
        return "different", NAME_WEIGHTS["different"], detail
    identical = ta == tb or "".join(a.tokens) == "".join(b.tokens)
    if not identical and name_sort >= 97:
        # Near-identical as strings, unless the one word they differ by parts them: in a long
        # name "50s" / "60s" is a character or two.
        identical = (
            contrast(set(ta - tb), set(tb - ta), ta | a.generic, tb | b.generic, a.tokens, b.tokens)
            is None
        )
    if identical and _filed_apart(a, b):
        detail = (
            "one name that only says what kind of service it is, filed under two kinds apart"
            f" ({', '.join(a.terms)} / {', '.join(b.terms)}): two of a venue's groups"
            if explain
            else ""
        )
        return "different", NAME_WEIGHTS["different"], detail
    if identical and not explain:
        return "exact", NAME_WEIGHTS["exact"], ""
    if not identical and a.kinds and b.kinds:
        conflict = _kinds_apart(a, b)
        if conflict:
            detail = (
                f"A names {conflict[0]}, B names {conflict[1]}: two kinds of service"
                if explain
                else ""
            )
            return "different", NAME_WEIGHTS["different"], detail
    rest_a, rest_b = set(ta - common), set(tb - common)
    compounds = compound_pairs(rest_a, rest_b) if rest_a and rest_b else []
    if compounds:
        # A word run together is read as its two words on both sides from here on, so the
        # generic and own-word tests see "Foodbank" as the kind of service "Food Bank" is.
        ta, tb = _split_compounds(ta, compounds), _split_compounds(tb, compounds)
        common = ta & tb
        rest_a, rest_b = set(ta - common), set(tb - common)
    halves = None if identical else borough_halves(ta, tb)
    if halves is not None:
        detail = f"A names {halves[0]}, B names {halves[1]}: two places" if explain else ""
        return "different", NAME_WEIGHTS["different"], detail
    if not identical and a.places_named and b.places_named:
        # Each names a London place the other does not: two places name two services
        # (``Wealdstone Youth Club`` / ``Harrow Weald Youth Club``), however alike their
        # spellings (read before the typo rules, which would pair ``weald``/``wealdstone``).
        place_a, place_b = rest_a.intersection(a.places_named), rest_b.intersection(b.places_named)
        if place_a and place_b:
            detail = (
                f"A names {' '.join(sorted(place_a))}, B names {' '.join(sorted(place_b))}:"
                " two places"
                if explain
                else ""
            )
            return "different", NAME_WEIGHTS["different"], detail
    spelt = spelt_out(rest_a, b.tokens, rest_b) or spelt_out(rest_b, a.tokens, rest_a)
    if spelt:
        return _abbreviated(spelt, explain)
    fuzzy = fuzzy_pairs(rest_a, rest_b) if rest_a and rest_b else []
    if rest_a and rest_b and len(fuzzy) < min(len(rest_a), len(rest_b)):
        # Two words of one alternative are one word said two ways (``Elders`` / ``Seniors``).
        paired = {x for x, _y in fuzzy} | {y for _x, y in fuzzy}
        fuzzy += same_alternative_pairs(rest_a - paired, rest_b - paired)
    if not common and not fuzzy and not explain:
        return "different", NAME_WEIGHTS["different"], ""  # nothing shared, not even a typo
    context = WRAPPER_WORDS.union(a.context, b.context)
    if common:
        # The days, times and ages both give say when and for whom, not which service.
        context |= shared_details(common, ta, tb)
    idf, unseen = freq.idf_table, freq.idf_unseen
    shared = _weight(common, idf, unseen, context)
    for x, y in fuzzy:
        shared += _weight((x, y), idf, unseen, context) / 2
        rest_a.discard(x)
        rest_b.discard(y)
    if not identical:
        # Words that part the names; else the days, times and ages only one name gives, which
        # nothing contradicts: details of one service.
        # A place's name is read as the place, not as its words (``Childs Hill``, ``Seven
        # Sisters``): the two places part the names above.
        parted, said_also = contrast_and_details(
            rest_a.difference(a.places_named),
            rest_b.difference(b.places_named),
            ta | a.generic,
            tb | b.generic,
            a.tokens,
            b.tokens,
        )
        if parted and _audience_filed(parted, a, b):
            parted = None  # (the side that names no age group is filed under families)
        if parted and _online_unplaced(parted, a, b):
            parted = None  # (the side that names no format is at no place either)
        if parted:
            kind, word_a, word_b = parted
            detail = f"A says {word_a}, B says {word_b}: the {kind} differs" if explain else ""
            return "different", NAME_WEIGHTS["different"], detail
        young = _young_unsaid(a, b, rest_a, rest_b)
        if young:
            side, word = young
            detail = (
                f"{side} is for {word}, the other listing names no age group and no family"
                " service: a session of their own"
                if explain
                else ""
            )
            return "different", NAME_WEIGHTS["different"], detail
        if said_also:
            context = context | said_also
    extra_a = _weight(rest_a, idf, unseen, context)
    extra_b = _weight(rest_b, idf, unseen, context)
    total = shared + extra_a + extra_b
    overlap = shared / total if total else 0.0
    containment = shared / (shared + min(extra_a, extra_b)) if shared else 0.0
    core_a, core_b = ta - context, tb - context
    kind_words = a.generic | b.generic
    own_a, own_b = core_a - kind_words, core_b - kind_words
    kind_unsaid = False
    if identical:
        level = "exact"
    elif core_a and core_a == core_b:
        level = "core"
    elif own_a and own_a == own_b and not _kinds_differ(a, b, rest_a, rest_b):
        # Equal but for the words that say what kind of service: one service, unless one
        # names a kind the other listing never says (its organisation's other service).
        kind_unsaid = _kind_unsaid(a, b, rest_a, rest_b)
        level = "different" if kind_unsaid else "core"
    elif overlap >= 0.85 or (name_sort >= 90 and overlap >= 0.7):
        level = "near"
    elif not own_a or not own_b:
        # One name only says what kind of service it is: containing it proves nothing
        # ("Employment Support" is in every employment programme's name), and the other
        # name adding a rare word of its own ("Nordic Walking") names another service.
        generic = _generic(common, own_a, own_b, category, idf, unseen) and _kind_shared(
            (own_a, own_b), (core_a, core_b), (ta, tb), kind_words
        )
        if generic and (
            _condition_unsaid(a, b, rest_a, rest_b) or _kind_unsaid(a, b, rest_a, rest_b)
        ):
            generic, kind_unsaid = False, True
        level = "generic" if generic else "different"
    elif containment >= 0.9 and overlap >= 0.4:
        level = "contained"
    elif overlap >= 0.5:
        level = "partial"
    elif overlap >= 0.25 or containment >= 0.9:
        level = "weak"
    else:
        level = "different"
    if below_floor and level != "generic":
        level = "different"
    detail = ""
    if explain:
        detail = (
            f"words {' '.join(sorted(ta))} / {' '.join(sorted(tb))};"
            f" weighted overlap {overlap:.2f}, containment {containment:.2f}"
        )
        context_words = sorted((ta | tb) & context)
        if context_words:
            detail += f"; counted little: {' '.join(context_words)}"
        if kind_unsaid:
            detail += "; one names a kind of service the other listing never says"
        if level in ("generic", "different") and (not own_a or not own_b):
            side = "A" if not own_a else "B"
            detail += f"; {side} only says what kind of service it is"
            rare = sorted(t for t in own_a | own_b if idf.get(t, unseen) > GENERIC_EXTRA_BITS)
            if rare:
                detail += f", the other adds the rare word(s) {' '.join(rare)}"
    return level, NAME_WEIGHTS[level], detail


def _kinds_differ(a: Comparable, b: Comparable, rest_a: set[str], rest_b: set[str]) -> bool:
    """Each name names a kind of service in words the other lacks, and no kind of one is a kind
    of the other (``Wellbeing Café`` / ``Crisis Café``): the words set aside as "only the kind
    of service" are what tells the two apart, so the names are not one at the core. Kinds above
    and below each other stay close (``_kinds_apart``), and the pair is judged by how much of
    the names it shares."""
    kinds_a = {term for term, words in a.kinds if not rest_a.isdisjoint(words)}
    if not kinds_a:
        return False
    kinds_b = {term for term, words in b.kinds if not rest_b.isdisjoint(words)}
    return bool(kinds_b) and kinds_a.isdisjoint(kinds_b)


def _kind_shared(
    own: tuple[frozenset[str], frozenset[str]],
    core: tuple[frozenset[str], frozenset[str]],
    tokens: tuple[frozenset[str], frozenset[str]],
    kind_words: frozenset[str],
) -> bool:
    """Beside a name with words of its own, the words that say what kind of service the
    generic name is are in that name too: ``Walking Group`` / ``Harrow Health Walks``; not
    ``Carers Helpline`` / ``Carers Café`` run by one carers' hub, which share only the hub's
    word (a helpline is not a café). Two generic names are left to the categories."""
    if bool(own[0]) == bool(own[1]):
        return True
    generic = 0 if not own[0] else 1
    kinds = core[generic] & kind_words
    return not kinds or not kinds.isdisjoint(tokens[1 - generic])


def _filed_apart(a: Comparable, b: Comparable) -> bool:
    """One name that only says what kind of service it is (``Support Group``, ``Drop-in``,
    ``Advice Session``), on two listings of one directory filed under kinds apart beyond the
    name's own (dementia / stroke, mental health / housing advice, debt / immigration
    advice), neither kind said by the other listing (its organisation, ``Uxbridge
    Alzheimer's Group``, may say dementia): the filing is all that says which of a venue's
    groups each is, and it says two. Such a pair goes to a curator (the review queue) rather
    than merging."""
    if a.source != b.source or not a.terms or not b.terms:
        # (The common case. Across two directories a filing is the directory's own choice:
        # one service is filed under gardening in one and volunteering in the other.)
        return False
    context = WRAPPER_WORDS.union(a.context, b.context, *(words for _t, words in a.kinds))
    if not all(t in a.generic or t in b.generic or t in context for t in a.token_set):
        return False  # a word of its own says which
    categories = default_categories()
    named = {term for term, _words in a.kinds}
    named.update(categories.terms((), a.name), categories.terms((), b.name))
    filed_a = tuple(t for t in a.terms if t not in named)
    filed_b = tuple(t for t in b.terms if t not in named)
    if not filed_a or not filed_b:
        return False
    for filed, other in ((filed_a, b), (filed_b, a)):
        said = frozenset(other.context) - a.token_set  # (the shared name says no more)
        if any(not categories.words((term,)).isdisjoint(said) for term in filed):
            return False  # the other listing says that kind too (its organisation's words)
    return all(categories.apart(x, filed_b) for x in filed_a) and all(
        categories.apart(y, filed_a) for y in filed_b
    )


def _filed_for_families(x: Comparable) -> bool:
    """Whether the listing is filed under children, young people or families (``FAMILIES``
    or a term below it): its filing says a children's service is for them."""
    return not default_categories().apart(FAMILIES, x.terms)


def _audience_filed(parted: tuple[str, str, str], a: Comparable, b: Comparable) -> bool:
    """A young age group one name says (``Kids Club``) beside a name that says none
    (``After School Club``) is said by the other listing too when it is filed under children,
    young people or families (*Childcare*): then the contrast parts nothing."""
    kind, word_a, word_b = parted
    if kind != "age group" or "none" not in (word_a, word_b):
        return False
    return _filed_for_families(a if word_a == "none" else b)


def _online_unplaced(parted: tuple[str, str, str], a: Comparable, b: Comparable) -> bool:
    """An online service (``Kooth – Online Counselling``) beside the same name that says no
    format, at no place (no address, postcode or position: ``Kooth``): the other listing is
    the online service too, not its walk-in twin."""
    kind, word_a, word_b = parted
    if kind != "format" or "online" not in (word_a, word_b) or "none" not in (word_a, word_b):
        return False
    plain = a if word_a == "none" else b
    return not plain.address and not plain.postcodes and plain.point is None


def _young_unsaid(
    a: Comparable, b: Comparable, rest_a: set[str], rest_b: set[str]
) -> tuple[str, str] | None:
    """One name says its session is for children or young people (``Junior Chess Club``) in a
    word the other lacks, and the other listing names no age group and is filed under no
    children's, young people's or family service: the library's ``Chess Club`` is the
    grown-ups' one. A place's or organisation's word (``Grove Children's Centre``) says where,
    not for whom."""
    for x, y, rest, side in ((a, b, rest_a, "A"), (b, a, rest_b, "B")):
        if not rest:
            continue
        young = young_audience(rest.difference(x.context, y.context))
        if young and not names_an_age_group(y.token_set) and not _filed_for_families(y):
            return side, min(young)
    return None


def _condition_unsaid(a: Comparable, b: Comparable, rest_a: set[str], rest_b: set[str]) -> bool:
    """One name says who the service is for by a condition (``Deaf Youth Club``), in words
    the other name lacks, and nothing in the other listing (its categories, its name) says
    so: the centre's ``Youth Club`` is another service, not the same one named generically.
    A listing filed under the condition, or above it (*Disabilities*), says so."""
    return _kind_unsaid(a, b, rest_a, rest_b, conditions_only=True)


def _names_a_kind(x: Comparable) -> bool:
    """Whether a name names a kind of service in words other than its organisation's and
    place's."""
    return any(any(w not in x.context for w in words) for _term, words in x.kinds)


def _only_says_who(x: Comparable) -> bool:
    """Whether a name's own words only say who comes (``Men's Group``, ``Older People``):
    filed under nothing, it still says it is no particular kind of service, so beside it a
    name that adds one (``Men's Mental Health Group``) names a service of its own."""
    own = [t for t in x.tokens if t not in x.context and t not in WRAPPER_WORDS]
    return bool(own) and only_says_who(own)


def _kind_unsaid(
    a: Comparable,
    b: Comparable,
    rest_a: set[str],
    rest_b: set[str],
    conditions_only: bool = False,
) -> bool:
    """One name names a kind of service in words the other name lacks, and nothing in the
    other listing (its categories, its name) is that kind or above or below it: beside
    ``Citizens Advice`` (filed under advice), ``Citizens Advice Energy Advice`` is the
    charity's energy project, not its general advice named twice. Filed under the kind, a
    listing named by its organisation alone is that service (``Age UK Harrow`` under
    befriending beside ``Age UK Harrow Befriending``). Any kind of service counts against
    a name that names none of its own (its organisation, a place); beside a name that names a
    kind (``Strength and Balance``), a word such as ``Classes`` says how it runs, so only a
    condition counts (``conditions_only``, ``_condition_unsaid``)."""
    categories = default_categories()
    for x, y, rest in ((a, b, rest_a), (b, a, rest_b)):
        if not rest or (not conditions_only and _names_a_kind(y)):
            continue
        if not y.terms and not _only_says_who(y):
            continue  # (a listing filed under nothing says nothing either way)
        # A venue's or organisation's word says where or who, not what (``Foodbank at
        # Feltham Baptist Church``: no faith group).
        said = rest.difference(x.context, y.context)
        # A listing that gives ages, or is filed under children, young people or families,
        # says whom a children's service is for (``Chess Club (Ages 4-11)`` or a ``Chess
        # Club`` under childcare beside ``Kids Chess Club``): ``_young_unsaid`` judges that.
        audience = names_an_age_group(y.token_set) or _filed_for_families(y)
        for term, words in _most_specific(x.kinds):
            if audience and not categories.apart(FAMILIES, (term,)):
                continue
            if (
                (not conditions_only or categories.condition(term))
                and not said.isdisjoint(words)
                and categories.apart(term, y.terms)
                and (conditions_only or categories.words((term,)).isdisjoint(y.token_set))
            ):
                # (Nor does the other name say it in a word of the kind's own: ``Deaf Club``
                # says the ``club`` of ``Lewisham Deaf Social Club``. A condition is said only
                # by its own words: ``Adult Learning`` says no learning disability.)
                return True
    return False


def _generic(
    common: frozenset[str],
    own_a: frozenset[str],
    own_b: frozenset[str],
    category: str,
    idf: Mapping[str, float],
    unseen: float,
) -> bool:
    """One name says only what kind of service it is (no word of its own beyond context and
    its category's words), the categories agree, the names share a word, and every word the
    other name has of its own is a common one ("Walking Group" / "Harrow Health Walks – Canons
    Park"; not "Nordic Walking")."""
    if not common or category not in AGREEING_CATEGORIES or (own_a and own_b):
        return False
    return all(idf.get(t, unseen) <= GENERIC_EXTRA_BITS for t in own_a | own_b)
