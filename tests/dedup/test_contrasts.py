"""Words that part two names (``index/dedup/contrasts.py``), over the whole table: every pair of
alternatives of every kind, every word of every alternative, and numbers in digits and words."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.dedup.categories import default_categories
from index.dedup.comparable import comparable_from_record
from index.dedup.contrasts import (
    _ALTERNATIVES,
    GROWN_UPS,
    MAX_AGE,
    NAMED_BEFORE,
    OCCASIONS,
    ONE_SIDED,
    RECURRING_KINDS,
    SAID_TWO_WAYS,
    WHEN_KINDS,
    WORDS,
    alternatives,
    contrast,
    details,
    only_says_who,
    same_alternative_pairs,
    shared_details,
)
from index.dedup.frequencies import Frequencies
from index.dedup.names import NAME_ABBREVIATIONS, WRAPPER_WORDS, name_tokens
from index.dedup.scoring import score_pair
from index.dedup.text import NUMBER_WORDS, number_word_forms
from index.taxonomy import default_taxonomy
from index.vocab import default_aliases
from index.vocab import words as text_words
from tests.dedup.records import listing

TEMPLATE = "Pinner {} Support Group"
"""A name around the word: shared words on both sides, as in a centre's two sessions."""


def _parted(name_a: str, name_b: str) -> tuple[str, str, str] | None:
    ta, tb = frozenset(name_tokens(name_a)), frozenset(name_tokens(name_b))
    common = ta & tb
    return contrast(set(ta - common), set(tb - common), ta, tb)


def _pair_level(name_a: str, name_b: str) -> tuple[str, str]:
    """The name comparator's level and detail for two listings of one venue and line."""
    a, b = (
        listing(source, key, name, address="3 Station Parade", postcode="HA2 7SE",
                phones=("020 8868 5224",))
        for source, key, name in (("a", "x1", name_a), ("b", "x2", name_b))
    )  # fmt: skip
    ca, cb = comparable_from_record(a), comparable_from_record(b)
    score = score_pair(ca, cb, Frequencies.build([ca, cb]), explain=True)
    name = score.field("name")
    return name.level, name.detail


@pytest.mark.parametrize("kind", list(_ALTERNATIVES))
def test_every_word_of_one_alternative_beside_every_word_of_another_parts_the_names(
    kind: str,
) -> None:
    for x, y in itertools.permutations(_ALTERNATIVES[kind], 2):
        for word_x, word_y in itertools.product(_ALTERNATIVES[kind][x], _ALTERNATIVES[kind][y]):
            name_a, name_b = TEMPLATE.format(word_x.title()), TEMPLATE.format(word_y.title())
            assert _parted(name_a, name_b) == (kind, x, y), (name_a, name_b)


@pytest.mark.parametrize("kind", list(_ALTERNATIVES))
def test_two_words_of_one_alternative_do_not_part_the_names(kind: str) -> None:
    for alternative, words in _ALTERNATIVES[kind].items():
        for word_x, word_y in itertools.product(words, words):
            assert _parted(TEMPLATE.format(word_x), TEMPLATE.format(word_y)) is None, alternative


@pytest.mark.parametrize("kind", list(_ALTERNATIVES))
def test_no_typo_or_abbreviation_reads_one_alternative_as_another(kind: str) -> None:
    """Through the whole name comparator: ``Deaf`` is the start of ``Deafblind``, and
    ``Monday`` one typo from ``Mondays``; the first two are two alternatives and the names stay
    different, whichever words of the table they are."""
    for x, y in itertools.combinations(_ALTERNATIVES[kind], 2):
        for word_x, word_y in itertools.product(_ALTERNATIVES[kind][x], _ALTERNATIVES[kind][y]):
            tx, ty = name_tokens(word_x), name_tokens(word_y)
            if len(tx) == len(ty) == 1:
                assert alternatives(tx[0], ty[0]), (word_x, word_y)
            level, detail = _pair_level(TEMPLATE.format(word_x), TEMPLATE.format(word_y))
            assert level == "different", (word_x, word_y, detail)


@pytest.mark.parametrize("kind", sorted(SAID_TWO_WAYS))
def test_two_words_for_who_comes_of_one_alternative_are_one_word(kind: str) -> None:
    """``Caribbean Elders`` / ``Caribbean Seniors``, ``Somali Women`` / ``Somali Mothers``,
    over every two words of every alternative of the kinds that say who comes."""
    for words in _ALTERNATIVES[kind].values():
        for x, y in itertools.permutations(words, 2):
            tx, ty = name_tokens(x), name_tokens(y)
            if tx == ty or len(tx) != 1 or len(ty) != 1:
                continue
            assert same_alternative_pairs(set(tx), set(ty)) == [(tx[0], ty[0])], (x, y)
            level, detail = _pair_level(TEMPLATE.format(x), TEMPLATE.format(y))
            assert level in ("exact", "core", "near"), (x, y, detail)


def test_words_of_one_alternative_are_not_alternatives() -> None:
    for kinds in _ALTERNATIVES.values():
        for words in kinds.values():
            for x, y in itertools.product(words, words):
                tx, ty = name_tokens(x), name_tokens(y)
                assert not (len(tx) == len(ty) == 1 and alternatives(tx[0], ty[0])), (x, y)


@pytest.mark.parametrize("kind", list(_ALTERNATIVES))
def test_a_word_only_one_name_says_parts_them_only_for_the_one_sided_kinds(
    kind: str,
) -> None:
    """``Women's Group – Tuesdays`` / ``Women's Group`` is one group with a detail added;
    ``Harrow Young Carers`` / ``Harrow Carers``, ``Carers Café Online`` / ``Carers Café`` and
    ``Stop Smoking in Pregnancy`` / ``Stop Smoking`` are two services."""
    for alternative, words in _ALTERNATIVES[kind].items():
        for word in words:
            with_word, without = TEMPLATE.format(word.title()), TEMPLATE.format("")
            # (A café parts only beside a name that says a condition: its own test below.)
            parts = alternative in ONE_SIDED.get(kind, frozenset()) and kind != "cafe"
            expected = (kind, alternative, "none") if parts else None
            assert _parted(with_word, without) == expected, with_word
            flipped = None if expected is None else (kind, "none", alternative)
            assert _parted(without, with_word) == flipped, with_word


def test_a_cafe_beside_a_group_for_every_condition_is_another_service() -> None:
    """Every word of every condition: ``Sidcup {Stroke} Group`` / ``{Stroke} Association Café``
    (either way round) are the group and its drop-in café; a café beside a name that says no
    condition (``Lulu`` / ``Lulu Restaurant-Bis-Cafe``, ``Carers Café`` / ``Harrow Carers``) is
    not parted by it."""
    for condition, words in _ALTERNATIVES["condition"].items():
        for word in words:
            group, cafe = f"Sidcup {word.title()} Group", f"{word.title()} Association Café"
            assert _parted(cafe, group) == ("cafe", "cafe", "none"), (cafe, condition)
            assert _parted(group, cafe) == ("cafe", "none", "cafe"), (group, condition)
    assert _parted("Lulu", "Lulu Restaurant-Bis-Cafe") is None
    assert _parted("Carers Café", "Harrow Carers") is None


def test_a_diagnosis_beside_the_support_after_it_parts_the_names() -> None:
    """Every diagnosis word against every way of writing support, either way round (``Adult
    Autism Diagnostic Service`` / ``Adult Autism Support Service``); a name giving both
    (``Memory Assessment and Support``) is parted from neither."""
    diagnosis_words = (
        "Diagnosis", "Diagnoses", "Diagnostic", "Diagnostics", "Assessment", "Assessments"
    )  # fmt: skip
    AUTISM = "Pinner Adult Autism {} Service"  # (the template names support already)
    for word in diagnosis_words:
        for support in ("Support", "Supporting", "Post-diagnostic Support"):
            a, b = AUTISM.format(word), AUTISM.format(support)
            assert _parted(a, b) == ("stage of care", "diagnosis", "support"), (a, b)
            assert _parted(b, a) == ("stage of care", "support", "diagnosis"), (b, a)
            both = AUTISM.format(f"{word} and {support}")
            assert _parted(a, both) is None and _parted(both, b) is None, both
    assert _parted("Harrow Carers", "Harrow Carers - supporting unpaid carers") is None


def test_parents_beside_a_name_for_the_young_come_with_their_children() -> None:
    """Every word for parents beside every word for the young (``Parent and Toddler Group`` /
    ``Toddler Group``): one session, the parents come with the child; beside a name for no
    age group (``Autism Parent Support Group`` / ``Autism Support Group``) a group of its own."""
    young = [
        word
        for alternative, words in _ALTERNATIVES["age group"].items()
        if alternative in ("baby", "toddler", "child", "young")
        for word in words
    ]
    for parent in _ALTERNATIVES["who it is for"]["parents"]:
        for word in young:
            a, b = f"{parent.title()} and {word.title()} Group", f"{word.title()} Group"
            assert _parted(a, b) is None and _parted(b, a) is None, (a, b)
        a, b = f"Autism {parent.title()} Support Group", "Autism Support Group"
        assert _parted(a, b) == ("who it is for", "parents", "none"), a


def test_a_name_for_the_young_beside_one_for_another_age_group_is_read_as_that_contrast() -> None:
    assert _parted("Young Carers", "Adult Carers") == ("age group", "young", "adult")
    assert _parted("Children and Young People's Service", "Child and Adolescent Service") is None


@given(st.integers(0, 2030), st.integers(0, 2030))
def test_two_numbers_part_the_names_unless_equal(x: int, y: int) -> None:
    parted = _parted(f"ESOL Entry {x}", f"ESOL Entry {y}")
    assert parted == (None if x == y else ("number", str(x), str(y)))


def test_numbers_written_in_words_are_the_same_numbers() -> None:
    for word, value in NUMBER_WORDS.items():
        assert _parted(f"Step {word.title()}", f"Step {value}") is None, word
        for form in number_word_forms(word):
            assert _parted(f"Over {form} Club", f"Over {value}s Club") is None, form
            assert _parted(f"Over {form} Club", f"Over {value + 10}s Club") is not None, form


def test_roman_numerals_of_a_stage_are_the_same_numbers() -> None:
    """``Step II`` is ``Step 2`` and not ``Step 3``; every numeral names read, in either case."""
    romans = {w: n for w, n in NAME_ABBREVIATIONS.items() if set(w) <= set("ivx")}
    assert len(romans) >= 5
    for roman, digits in romans.items():
        for written in (roman, roman.upper()):
            assert _parted(f"Step {written} Course", f"Step {digits} Course") is None, roman
            assert _parted(f"Step {written} Course", f"Step {int(digits) + 1} Course"), roman
    assert name_tokens("VI Club")[0] != "6"  # visual impairment


def test_parted_names_are_different_and_the_explanation_says_why() -> None:
    level, detail = _pair_level("ESOL Beginners", "ESOL Improvers")
    assert level == "different"
    assert "A says beginner, B says improver: the level differs" in detail
    level, detail = _pair_level("Harrow Carers", "Harrow Young Carers")
    assert (level, detail) == ("different", "A says none, B says young: the age group differs")


def test_a_detail_one_name_adds_does_not_part_the_names() -> None:
    """Only the two listings here, so the added day weighs as a rare word (weak), but the gate
    stays open for the rest of the evidence."""
    level, _detail = _pair_level("Women's Wellbeing Group", "Women's Wellbeing Group - Tuesdays")
    assert level != "different"


def _rest(name_a: str, name_b: str) -> tuple[set[str], set[str]]:
    ta, tb = set(name_tokens(name_a)), set(name_tokens(name_b))
    return ta - tb, tb - ta


@pytest.mark.parametrize("kind", list(_ALTERNATIVES))
def test_only_words_that_say_when_are_details_of_one_service(kind: str) -> None:
    """Every word of the table added to one name: a day, a time of day, a season, or adults or
    older people is a detail (counted little, so the names are one at the core); a sex, an
    activity, a condition, children… is not (it says which service)."""
    for alternative, words in _ALTERNATIVES[kind].items():
        detail = kind in WHEN_KINDS or (kind == "age group" and alternative in GROWN_UPS)
        for word in words:
            with_word, without = TEMPLATE.format(word.title()), TEMPLATE.format("")
            rest_a, rest_b = _rest(with_word, without)
            found = details(rest_a, rest_b)
            assert found == (rest_a if detail else set()), with_word
            if kind == "age group":
                # Beside a name for another age group it is no detail: ``contrast`` parts them.
                assert details(rest_a, {"child"}) == set(), with_word
            if detail:
                level, detail = _pair_level(with_word, without)
                assert level == "core", (with_word, detail)
                assert "counted little" in detail, with_word


def test_an_occasion_of_the_year_beside_a_day_of_the_week_or_how_often_parts_the_names() -> None:
    """Every word of every occasion against every word of every day and frequency, either way
    round (``Christmas Day Lunch`` / ``Sunday Lunch Club``: the one-off and the weekly
    session); beside the same occasion, another season or with no recurring word, no contrast
    (the day is a detail of the occasion's session, ``Christmas Lunch (Sunday 20th)``)."""
    seasons = _ALTERNATIVES["season"]
    for occasion in OCCASIONS:
        for occasion_word in seasons[occasion]:
            for kind in RECURRING_KINDS:
                for recurring, words in _ALTERNATIVES[kind].items():
                    for word in words:
                        a = TEMPLATE.format(f"{occasion_word.title()} Day")
                        b = TEMPLATE.format(word.title())
                        assert _parted(a, b) == ("when", occasion, recurring), (a, b)
                        assert _parted(b, a) == ("when", recurring, occasion), (b, a)
                        both = TEMPLATE.format(f"{occasion_word.title()} {word.title()}")
                        assert _parted(a, both) is None, (a, both)
                        assert _parted(both, TEMPLATE.format(occasion_word)) is None, both
                        for other, other_words in seasons.items():
                            if other != occasion:
                                c = TEMPLATE.format(f"{other_words[0].title()} {word.title()}")
                                assert _parted(a, c) == ("season", occasion, other), (a, c)


@pytest.mark.parametrize("kind", list(_ALTERNATIVES))
def test_words_both_names_give_that_say_when_are_shared_details(kind: str) -> None:
    """Every word of the table in both names: only a day, a time of day or a season is a
    shared detail (``Lego Club (Saturdays)`` / ``Coding Club (Saturdays)`` are two clubs); a
    sex, an activity, a condition… says which service."""
    for words in _ALTERNATIVES[kind].values():
        for word in words:
            tokens = frozenset(name_tokens(TEMPLATE.format(word)))
            found = shared_details(tokens)
            assert found == (
                tokens - set(name_tokens(TEMPLATE.format(""))) if kind in WHEN_KINDS else set()
            ), word


@given(st.integers(0, MAX_AGE - 1), st.integers(1, MAX_AGE))
def test_an_age_range_both_names_give_is_a_shared_detail(low: int, high: int) -> None:
    """``Lego Club (ages 5-11)`` / ``Coding Club (ages 5-11)``: the range says for whom."""
    tokens = frozenset(name_tokens(f"Lego Club (ages {low}-{high})"))
    numbers = {t for t in tokens if t[0].isdigit()}
    found = shared_details(tokens)
    if low != high:  # two ages: a range (``_age_range`` does not ask which comes first)
        assert numbers <= found and "age" in "".join(found), (low, high, found)
    else:  # one number is no range
        assert not numbers & found, (low, high, found)


def test_two_clubs_for_one_age_range_at_one_library_are_different() -> None:
    level, detail = _pair_level("Lego Club (ages 5-11)", "Coding Club (ages 5-11)")
    assert level in ("different", "weak"), detail
    assert "counted little" in detail and "5" in detail.split("counted little:")[1], detail


@given(st.integers(1, 12), st.sampled_from(["am", "pm"]))
def test_a_clock_time_one_name_adds_is_a_detail(hour: int, half: str) -> None:
    rest_a, rest_b = _rest(f"Stay and Play {hour}{half}", "Stay and Play")
    assert rest_a and details(rest_a, rest_b) == rest_a


@given(st.integers(0, MAX_AGE + 10), st.integers(0, MAX_AGE + 10), st.booleans())
def test_an_age_range_one_name_adds_is_a_detail_unless_the_other_gives_a_number(
    lo: int, hi: int, said: bool
) -> None:
    """``Health Checks (40-74)`` beside ``NHS Health Check``: who may come, not which
    service. Beside a name with a number of its own, ``contrast`` judges the numbers."""
    name = f"Health Checks (aged {lo}-{hi} years)" if said else f"Health Checks ({lo}-{hi})"
    rest_a, rest_b = _rest(name, "Health Check")
    is_range = lo != hi and max(lo, hi) <= MAX_AGE
    assert details(rest_a, rest_b) == (rest_a if is_range else set()), name
    assert details(rest_b, rest_a) == (rest_a if is_range else set()), name
    rest_a, rest_b = _rest(name, "Health Check 2")
    assert details(rest_a, rest_b) == set(), name


def test_young_adults_are_an_age_group_apart_from_the_young() -> None:
    """Young adult carers (18-25) are a service apart from young carers, and from carers."""
    assert _parted("Young Carers", "Young Adult Carers") == ("age group", "young", "young adult")
    assert _parted("Young Adults Club", "Youth Club") == ("age group", "young adult", "young")
    assert _parted("Carers Support", "Young Adult Carers Support") == (
        "age group",
        "none",
        "young adult",
    )


def test_two_kinds_each_name_alone_names_are_not_one_name_at_the_core() -> None:
    """``Wellbeing Café`` / ``Crisis Café``: once the kind words are set aside both are only
    "café", but those words are what tell them apart. One kind said two ways stays one."""
    level, detail = _pair_level("Wellbeing Café", "Crisis Café")
    assert level == "different", detail
    level, detail = _pair_level("Dementia Café", "Memory Café")
    assert level in ("exact", "core"), detail


def test_a_long_name_that_differs_by_one_alternative_is_still_parted() -> None:
    """String similarity of 97 or more reads two names as one, but not when the one word they
    differ by is an alternative: in a long name, "50s" / "60s" is one character."""
    long_name = "Harrow Over {} Aqua Aerobics Swimming Session at the Leisure Centre Pool"
    level, detail = _pair_level(long_name.format("50s"), long_name.format("60s"))
    assert level == "different", detail
    level, _detail = _pair_level(long_name.format("50s"), long_name.format("50s") + "s")
    assert level != "different"


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=9)


@given(marker=st.sampled_from(NAMED_BEFORE), x=WORD, y=WORD)
def test_two_words_before_a_marker_part_the_names_and_one_alone_does_not(
    marker: str, x: str, y: str
) -> None:
    """``Roxeth Ward Councillor Surgery`` / ``Greenhill Ward …``: two wards; ``Roxeth Ward
    Surgery`` / ``Councillor Surgery, Roxeth Ward`` is one."""
    name_x, name_y = f"{x} {marker} Councillor Surgery", f"{y} {marker} Councillor Surgery"
    ta, tb = name_tokens(name_x), name_tokens(name_y)
    parted = contrast(set(ta) - set(tb), set(tb) - set(ta), frozenset(ta), frozenset(tb), ta, tb)
    if ta == tb:
        assert parted is None
    elif set(ta) - set(tb) and set(tb) - set(ta) and len(ta) == len(tb) == 4:
        assert parted is not None and parted[0] in {marker, *_ALTERNATIVES}, (name_x, name_y)
    one = name_tokens(f"Councillor Surgery, {x} {marker}")
    assert contrast(set(), set(), frozenset(one), frozenset(ta), one, ta) is None


def _filed_pair_level(name_a: str, label_a: str, name_b: str, label_b: str) -> tuple[str, str]:
    """``_pair_level`` with each listing filed under a label ('' for none)."""
    a, b = (
        listing(source, key, name, address="3 Station Parade", postcode="HA2 7SE",
                phones=("020 8868 5224",), categories=(label,) if label else ())
        for source, key, name, label in (("a", "x1", name_a, label_a), ("b", "x2", name_b, label_b))
    )  # fmt: skip
    ca, cb = comparable_from_record(a), comparable_from_record(b)
    score = score_pair(ca, cb, Frequencies.build([ca, cb]), explain=True)
    name = score.field("name")
    return name.level, name.detail


def test_a_format_a_filing_names_is_not_a_format_the_name_says() -> None:
    """``Carers Coffee Morning (Online)`` beside ``Carers Coffee Morning``, both filed under a
    term one of whose keywords names a format (social groups: ``drop-in``): the filing says
    what the service is, not how it runs, so the online one is still the other's twin. Every
    such term, every one-sided format word."""
    taxonomy = default_taxonomy()
    categories = default_categories()
    terms = [
        row for tid, row in taxonomy.rows.items()
        if any(WORDS.get(w, ("",))[0] == "format" for w in categories.words((tid,)))
    ]  # fmt: skip
    assert terms
    for row in terms:
        for alternative in ONE_SIDED["format"]:
            for word in _ALTERNATIVES["format"][alternative]:
                level, detail = _filed_pair_level(
                    f"Carers Coffee Morning ({word.title()})", row.name,
                    "Carers Coffee Morning", row.name,
                )  # fmt: skip
                assert level == "different" and "format differs" in detail, (row.name, word)


def test_an_organisation_named_for_women_says_nothing_of_who_comes() -> None:
    """``Freedom Programme (Ealing Women's Aid)`` is the Freedom Programme another directory
    lists without its charity; a women's session of the programme is another matter. Every
    written form of the organisations named for women or men in the alias table."""
    forms = [
        form for row in default_aliases() if row.kind == "organisation"
        for form in (row.canonical, *row.forms)
        if set(text_words(form)) & {"women", "womens", "men", "mens"}
    ]  # fmt: skip
    assert len(forms) >= 6
    for form in forms:
        _level, detail = _pair_level(f"Freedom Programme (Ealing {form})", "Freedom Programme")
        assert "sex differs" not in detail, form
    assert _pair_level("Women's Freedom Programme", "Freedom Programme")[0] == "different"


def test_a_name_that_only_says_who_comes_beside_one_adding_a_kind_names_another_service() -> None:
    """``Men's Group`` filed under nothing beside ``Men's Mental Health Group``: a name whose
    own words only say who comes says it is no particular kind of service, so the other's kind
    names a service of its own. Every word for who comes by sex or grown-up age, beside every
    one-word kind the taxonomy names."""
    categories = default_categories()
    # (A name for children or the young beside a kind for families is ``_young_unsaid``'s.)
    sexes = [w for ws in _ALTERNATIVES["sex"].values() for w in ws]
    who = sexes + [w for a in GROWN_UPS for w in _ALTERNATIVES["age group"][a]]
    kinds = sorted(
        {
            keyword
            for row in default_taxonomy().rows.values()
            for keyword in row.keywords
            if len(text_words(keyword)) == 1
            and categories.kinds(name_tokens(keyword))
            and not only_says_who(name_tokens(keyword))
            and not set(name_tokens(keyword)) & WRAPPER_WORDS
        }
    )
    assert len(kinds) > 100
    checked = 0
    for word in who:
        if not only_says_who(name_tokens(word)) or len(name_tokens(word)) != 1:
            continue
        if categories.kinds(name_tokens(word)):
            continue  # a kind of its own (``Fathers Group``: parenting)
        for keyword in kinds:
            family = not all(
                categories.apart("families", (term,))
                for term, _words in categories.kinds(name_tokens(keyword))
            )
            if family and word not in sexes:
                continue  # (an age beside a family service says whom it is for)
            level, _detail = _filed_pair_level(
                f"{word.title()} {keyword.title()} Group", "", f"{word.title()} Group", ""
            )
            assert level == "different", (word, keyword, level)
            checked += 1
    assert checked > 2_000


def test_an_online_service_beside_the_same_name_at_no_place_is_not_its_walk_in_twin() -> None:
    """``Carers Café Online`` beside ``Carers Café``: at a hall, the café's walk-in twin (two
    services); at no place at all (no address, postcode or position), the online café itself.
    Every online word, every format-free name of the table's template."""
    for word in _ALTERNATIVES["format"]["online"]:
        online = listing(
            "a", "o1", f"Carers Café {word.title()}", website="https://cafe.example.org"
        )
        unplaced = listing("b", "o2", "Carers Café", website="https://cafe.example.org")
        placed = listing("b", "o3", "Carers Café", address="3 Station Parade", postcode="HA2 7SE")
        ca, cu, cp = (comparable_from_record(r) for r in (online, unplaced, placed))
        freq = Frequencies.build([ca, cu, cp])
        assert score_pair(ca, cu, freq, explain=True).field("name").level != "different", word
        name = score_pair(ca, cp, freq, explain=True).field("name")
        assert name.level == "different" and "format differs" in name.detail, word
