"""The kinds of service a name names (``Categories.kinds``) and when two are apart
(``Categories.apart``), checked over the whole taxonomy, and the name comparator's use of them."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from index.dedup.categories import CONDITION_ROOTS, default_categories
from index.dedup.comparable import comparable_from_record
from index.dedup.contrasts import _ALTERNATIVES, GROWN_UPS, WORDS
from index.dedup.frequencies import Frequencies
from index.dedup.name_score import _kinds_apart, _own_kinds, compare_names, fuzzy_pairs
from index.dedup.names import PHRASES, WRAPPER_WORDS, name_tokens
from index.model import SourceRecord
from index.taxonomy import default_taxonomy
from index.vocab import words
from tests.dedup.records import listing


def _lineage(term: str) -> set[str]:
    """The term and every term above it, walked from the table itself."""
    rows = default_taxonomy().rows
    out = {term}
    while rows[term].parent_id:
        term = rows[term].parent_id  # type: ignore[assignment]
        out.add(term)
    return out


def test_every_pair_of_terms_is_apart_exactly_when_neither_is_above_the_other() -> None:
    categories = default_categories()
    terms = sorted(default_taxonomy().rows)
    for x, y in itertools.product(terms, terms):
        related = x in _lineage(y) or y in _lineage(x)
        assert categories.apart(x, (y,)) is not related, (x, y)
    for x in terms:
        assert not categories.apart(x, tuple(terms))
        assert categories.apart(x, ())


def test_every_name_and_keyword_names_its_term_unless_only_a_common_word_is_left() -> None:
    categories = default_categories()
    aliases = set(PHRASES.values())
    for term, row in default_taxonomy().rows.items():
        texts = (row.name, *row.keywords)
        whole = {name_tokens(t) for t in texts if len(name_tokens(t)) == len(words(t))}
        for text in texts:
            tokens = name_tokens(text)
            found = categories.kinds(("harrow", *tokens, "hub"))
            if len(tokens) == 1 < len(words(text)) and tokens not in aliases | whole:
                # "support group" → "support": would name a kind in every "Carers Support".
                assert (term, tokens) not in found, (term, text)
            elif tokens:
                assert (term, tokens) in found, (term, text, found)
    assert categories.kinds(name_tokens("Harrow Carers Support")) == (
        ("carers-support", ("carer",)),
    )


def _compared(record_a: SourceRecord, record_b: SourceRecord) -> tuple[str, str]:
    """The name level of two listings, judged between themselves, and its explanation."""
    a, b = comparable_from_record(record_a), comparable_from_record(record_b)
    freq = Frequencies.build([a, b])
    kind = default_categories().level(a.terms, b.terms)
    level, _weight, detail = compare_names(a, b, freq, 80, 80, kind, explain=True)
    return level, detail


def _pair(name_a: str, category_a: str, name_b: str, category_b: str) -> str:
    return _compared(
        listing("a", "x", name_a, categories=(category_a,)),
        listing("b", "y", name_b, categories=(category_b,)),
    )[0]


def test_names_naming_two_kinds_in_their_own_words_are_different() -> None:
    assert _pair("Age UK Brent Befriending", "Befriending", "AUK Brent Lunch Club", "") == (
        "different"
    )
    assert _pair("CAB Brent Debt Advice", "Advice", "CAB Brent Housing Advice", "Advice") == (
        "different"
    )


def _apart(name_a: str, name_b: str, org: str | None = None) -> tuple[str, str] | None:
    a = comparable_from_record(listing("a", "x", name_a, org=org))
    b = comparable_from_record(listing("b", "y", name_b))
    return _kinds_apart(a, b)


def test_a_kind_both_names_name_or_one_names_alone_is_no_conflict() -> None:
    # Strength and balance in both; only one adds "classes".
    assert (
        _pair("AUK Barnet Strength and Balance", "", "Age UK Barnet Strength & Balance Classes", "")
        != "different"
    )
    assert (
        _apart("AUK Barnet Strength and Balance", "Age UK Barnet Strength Balance Classes") is None
    )
    assert _apart("Befriending", "Lunch Club") == ("befriending", "lunch-clubs")
    # Mental health above counselling: a general name beside a specific one.
    assert _apart("Harrow Mental Health Drop-in", "Harrow Counselling Drop-in") is None
    # A kind named by one name alone.
    assert _apart("Harrow Befriending", "Harrow Befriending Service for Carers") is None
    # The record's own organisation names no kind of its own: Age UK is older people.
    assert _apart("Age UK Harrow Befriending", "Harrow Carers Befriending", org="Age UK") is None


_KEYWORDS = sorted({k for row in default_taxonomy().rows.values() for k in row.keywords})
_OTHER_WORDS = ["Harrow", "Age UK", "AUK", "Brent", "Group", "Club", "Centre", "Support", "The"]


@settings(max_examples=300, deadline=None)
@given(
    a=st.lists(st.sampled_from(_KEYWORDS + _OTHER_WORDS), min_size=1, max_size=4),
    b=st.lists(st.sampled_from(_KEYWORDS + _OTHER_WORDS), min_size=1, max_size=4),
)
def test_two_kinds_are_judged_alike_either_way_round(a: list[str], b: list[str]) -> None:
    """Names made of the taxonomy's own keywords and common words: the conflict, and the name
    level it leads to, do not depend on which listing comes first."""
    x = comparable_from_record(listing("a", "x", " ".join(a), org="Age UK Harrow"))
    y = comparable_from_record(listing("b", "y", " ".join(b)))
    ab, ba = _kinds_apart(x, y), _kinds_apart(y, x)
    assert (ab is None) == (ba is None)
    if ab is not None and ba is not None:
        assert ab == (ba[1], ba[0])
    freq = Frequencies.build([x, y])
    kind = default_categories().level(x.terms, y.terms)
    assert compare_names(x, y, freq, 80, 80, kind)[0] == compare_names(y, x, freq, 80, 80, kind)[0]


def test_a_condition_one_name_says_and_the_other_listing_never_does_parts_a_generic_pair() -> None:
    """Every name and keyword of every condition term (*Disabilities and conditions*, SEND and
    *Support for carers*, and below): ``Deaf Youth Club`` is not the ``Youth Club`` of its
    centre, unless that listing is filed under the condition (or the root above it), which
    says who it is for."""
    categories = default_categories()
    rows = default_taxonomy().rows
    checked = 0
    for term, row in rows.items():
        if not categories.condition(term):
            continue
        (root,) = [r for r in CONDITION_ROOTS if r in _lineage(term)]
        for text in (row.name, *row.keywords):
            tokens = name_tokens(text)
            if not tokens or (term, tokens) not in categories.kinds(("harrow", *tokens, "hub")):
                continue
            # (Special educational needs are a family service's: beside a youth club, filed
            # under young people, a family's kind; so a swimming session is their template.)
            plain, label = (
                ("Swimming Session", "Swimming") if root == "send" else ("Youth Club", "Youth")
            )
            special = f"{text} {plain}"
            assert _pair(special, label, plain, label) == "different", text
            assert _pair(plain, label, special, label) == "different", text
            for filed in (row.name, rows[root].name):
                assert _pair(special, label, plain, filed) == "generic", (text, filed)
            checked += 1
    assert checked >= 50


def test_only_terms_under_the_condition_roots_are_conditions() -> None:
    categories = default_categories()
    for term in default_taxonomy().rows:
        assert categories.condition(term) is bool(set(CONDITION_ROOTS) & _lineage(term)), term


def test_a_young_audience_one_name_says_and_the_other_listing_never_does_parts_them() -> None:
    """Every word of the age-group and school-stage alternatives: ``Junior Chess Club`` is
    not the library's ``Chess Club`` unless that listing is filed under a children's, young
    people's or family service; a word for grown-ups (``Older``, ``Adult``) says only who
    comes, as most services are for them, and ``Primary``, ``Secondary`` and ``Nursery`` say
    other things as often (``GP and Primary Care``)."""
    young = grown = 0
    for kind in ("age group", "school stage"):
        for alternative, forms in _ALTERNATIVES[kind].items():
            for form in forms:
                special = f"{form} Chess Club"
                if alternative in ("primary", "secondary", "nursery"):
                    continue
                if alternative in GROWN_UPS:
                    assert _pair(special, "Social groups", "Chess Club", "Social groups") != (
                        "different"
                    ), form
                    grown += 1
                    continue
                for a, b in ((special, "Chess Club"), ("Chess Club", special)):
                    assert _pair(a, "Social groups", b, "Social groups") == "different", form
                assert _pair(special, "Social groups", "Chess Club", "Children") != "different"
                young += 1
    assert young >= 20 and grown >= 8


def test_a_kind_named_only_inside_a_narrower_kinds_words_is_not_a_kind_of_its_own() -> None:
    """Every keyword of the taxonomy that holds a word naming a term above its own (``housing
    advice`` holds ``advice``): read alone against any other name, it names its own term and
    not the heading as well, so a sibling of its own term (``Housing Benefit``'s benefits
    advice) is a kind apart from it."""
    categories = default_categories()
    checked = 0
    for term, row in default_taxonomy().rows.items():
        lineage = _lineage(term) - {term}
        for text in (row.name, *row.keywords):
            tokens = name_tokens(text)
            kinds = dict(categories.kinds(tokens))
            if term not in kinds or not lineage & set(kinds):
                continue
            x = comparable_from_record(listing("a", "x", text))
            own = _own_kinds(x, frozenset({"unrelated"}))
            assert term in own, (term, text, own)
            for above in lineage & set(kinds):
                if set(kinds[above]) <= set(kinds[term]):
                    assert above not in own, (term, text, above)
            checked += 1
    assert checked >= 30
    assert _pair("Housing Advice", "Housing", "Housing Benefit", "Benefits") == "different"


def test_a_carer_is_never_care_mistyped() -> None:
    assert fuzzy_pairs({"carer"}, {"care", "need"}) == []
    assert fuzzy_pairs({"care"}, {"carer"}) == []
    assert _pair("Carers Assessment", "Carers", "Care Needs Assessment", "Social care") != ("core")


UNSAID = "one names a kind of service the other listing never says"
GROWN_UP_WORDS = {("age group", grown) for grown in GROWN_UPS}


def _org_pair(name_a: str, category_a: str, name_b: str, category_b: str) -> tuple[str, str]:
    """Both listings run by Harrow Council, each filed under its category (or none): the
    name level and its explanation."""
    cats_a = (category_a,) if category_a else ()
    cats_b = (category_b,) if category_b else ()
    return _compared(
        listing("a", "x", name_a, categories=cats_a, org="Harrow Council"),
        listing("b", "y", name_b, categories=cats_b, org="Harrow Council"),
    )


def test_a_kind_one_name_adds_to_its_organisations_name_alone_is_another_service() -> None:
    """Every name and keyword of every term: beside the council's ``Harrow Beacon`` filed
    under something apart from the term, ``Harrow Beacon <keyword>`` is another of its
    services; filed under the term itself, or under nothing, the listing may be that one.
    (Keywords whose every word is a word of the term, so that the names are equal but for
    the kind: ``Harrow Beacon Befriending``.)"""
    categories = default_categories()
    rows = default_taxonomy().rows
    checked = by_this_rule = 0
    for term, row in rows.items():
        other = "Transport" if "transport" not in _lineage(term) else "Housing and homelessness"
        assert categories.apart(term, categories.terms((other,), "Harrow Beacon"))
        for text in (row.name, *row.keywords):
            tokens = name_tokens(text)
            if not tokens or (term, tokens) not in categories.kinds(("harrow", *tokens, "hub")):
                continue
            if not set(tokens) <= categories.words((term,)) or set(tokens) <= WRAPPER_WORDS:
                continue  # a phrase's other words are the name's own (``money``); ``NHS`` says who
            if any(WORDS.get(t) in GROWN_UP_WORDS for t in tokens):
                continue  # ``Older People``: who comes, as most services' (``GROWN_UPS``)
            named = f"Harrow Beacon {text}"
            for level, detail in (
                _org_pair("Harrow Beacon", other, named, ""),
                _org_pair(named, "", "Harrow Beacon", other),
            ):
                assert level == "different", text
                by_this_rule += UNSAID in detail
            assert UNSAID not in _org_pair("Harrow Beacon", row.name, named, "")[1], text
            assert UNSAID not in _org_pair("Harrow Beacon", "", named, "")[1], text
            checked += 1
    # 423 keywords; all but a few dozen of the 846 pairs parted by this rule, the rest by an
    # earlier one (``Pregnancy``: the pregnancy contrast).
    assert checked >= 400 and by_this_rule >= 0.9 * 2 * checked


def test_no_two_terms_apart_have_keywords_that_read_as_one_name() -> None:
    """Every name and keyword of the taxonomy, read as a name is read (stop words dropped,
    phrases and aliases canonical, words in any order): two that read alike belong to one
    term or to terms above and below each other. ``Care at Home`` (home care) and ``Care
    Home`` (care homes) once read as one name."""
    categories = default_categories()
    read: dict[frozenset[str], set[str]] = {}
    for term, row in default_taxonomy().rows.items():
        for text in (row.name, *row.keywords):
            tokens = frozenset(name_tokens(text))
            if tokens:
                read.setdefault(tokens, set()).add(term)
    for tokens, terms in read.items():
        for term in terms:
            others = tuple(terms - {term})
            assert not others or not categories.apart(term, others), (sorted(tokens), terms)
    assert frozenset(name_tokens("Care at Home")) != frozenset(name_tokens("Care Home"))


def test_a_listing_named_by_its_organisation_beside_another_of_its_services_says_why() -> None:
    """At the generic level too (the forum's own name beside ``… Training``): the pair is
    parted, and the explanation says a kind of service one names the other listing never
    says; filed under that kind, the organisation's listing may be that service."""

    def pair(category: str) -> tuple[str, str]:
        return _compared(
            listing("a", "x", "Camden Beacon", categories=(category,), org="Camden Beacon"),
            listing("b", "y", "Camden Beacon Befriending", categories=("Befriending",)),
        )

    level, detail = pair("Lunch clubs")  # a sibling: the categories agree enough for generic
    assert level == "different" and UNSAID in detail
    level, detail = pair("Befriending")
    assert level != "different" and UNSAID not in detail


def test_a_young_audience_beside_ages_in_numbers_or_a_family_filing_parts_nothing() -> None:
    """``Children's Swimming Lessons`` / ``Swimming Lessons (Ages 4-11)`` (every range of
    school ages, and ``Under N``) and ``Kids Chess Club`` beside a ``Chess Club`` filed under
    childcare: the other listing says who comes too."""
    for young in ("Children's", "Kids", "Junior", "Toddler", "Youth"):
        for low in range(0, 17):
            for high in (low + 1, 18):
                other = f"Chess Club (Ages {low}-{high})"
                level = _pair(f"{young} Chess Club", "Social groups", other, "Social groups")
                assert level != "different", (young, other)
        for limit in (16, 18):  # (``Youth`` beside ``Under 5s`` is two groups)
            other = f"Under {limit}s Chess Club"
            assert _pair(f"{young} Chess Club", "Social groups", other, "Social groups") != (
                "different"
            ), (young, other)
        assert _pair(f"{young} Chess Club", "Social groups", "Chess Club", "Childcare") != (
            "different"
        )


def test_a_word_that_says_who_runs_it_names_no_kind_of_its_own() -> None:
    """``NHS Hearing Aid Maintenance Clinic`` beside ``Hearing Aid Repair and Battery Clinic``:
    ``NHS`` (a wrapper word) says who runs it, so it names no kind (health) to set against
    the other's. Every wrapper word that names a kind, in front of a shared name."""
    categories = default_categories()
    naming = [w for w in sorted(WRAPPER_WORDS) if categories.kinds((w,))]
    assert "nhs" in naming
    for word in naming:
        with_word = comparable_from_record(listing("a", "x", f"{word.upper()} Hearing Aid Clinic"))
        plain = comparable_from_record(listing("b", "y", "Hearing Aid Repair Clinic"))
        assert _own_kinds(with_word, plain.token_set) == [], word
    assert (
        _apart("NHS Hearing Aid Maintenance Clinic", "Hearing Aid Repair and Battery Clinic")
        is None
    )


def test_one_directorys_two_same_named_groups_filed_apart_are_two_groups() -> None:
    """``Support Group`` under dementia and ``Support Group`` under stroke, both in one
    directory at one venue on one line: the filing is all that says which group each is, and
    it says two. Across two directories (each files one service its own way) the name and the
    venue still merge them. Every two terms of the taxonomy that are apart, under names that
    only say a kind."""
    taxonomy = default_taxonomy()
    categories = default_categories()
    terms = sorted(taxonomy.rows)
    checked = 0
    for name in ("Support Group", "Drop-in", "Coffee Morning"):
        named = set(categories.terms((), name))
        for x, y in itertools.combinations(terms, 2):
            if x in named or y in named or not categories.apart(x, (y,)):
                continue
            if {x, y} & {a for t in named for a in taxonomy.ancestors(t)}:
                continue
            label_x, label_y = taxonomy.rows[x].name, taxonomy.rows[y].name
            one = [
                listing(source, key, name, categories=(label,), address="3 Station Parade",
                        postcode="HA2 7SE", phones=("020 8868 5224",))
                for source, key, label in (("a", "g1", label_x), ("a", "g2", label_y))
            ]  # fmt: skip
            a, b = (comparable_from_record(r) for r in one)
            if (set(a.terms) & set(b.terms)) - named:
                continue  # a label that also files under the other's term
            freq = Frequencies.build([a, b])
            level = compare_names(a, b, freq, 100, 100, "different")[0]
            assert level == "different", (name, x, y)
            other = comparable_from_record(one[1].model_copy(update={"source_id": "b"}))
            assert compare_names(a, other, freq, 100, 100, "different")[0] != "different"
            checked += 1
    assert checked > 1_000
