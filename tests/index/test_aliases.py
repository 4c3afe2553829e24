"""The acronym and alias table (index/vocab/aliases.csv): well-formed, sourced, unambiguous, and
read alike by search synonyms and by dedup."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.dedup.names import name_tokens
from index.vocab import (
    ALIAS_KINDS,
    VocabError,
    default_aliases,
    default_synonyms,
    parse_aliases,
    words,
)


def test_every_row_has_forms_a_kind_and_a_source() -> None:
    rows = default_aliases()
    assert len(rows) >= 15
    for row in rows:
        assert row.forms and row.kind in ALIAS_KINDS
        assert len(row.source) > 20, row  # says where the equivalence is documented


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("CAB", "Citizens Advice"),
        ("AUK", "Age UK"),
        ("Age Concern", "Age UK"),
        ("RDA", "Riding for the Disabled Association"),
        ("YMCA", "Young Men's Christian Association"),
        ("ESOL", "English for Speakers of Other Languages"),
        ("IAPT", "NHS Talking Therapies"),
        ("Children's Centre", "Family Hub"),
        ("Nursing Home", "Care Home"),
        ("Respite", "Short Breaks"),
        ("Community Meals", "Meals on Wheels"),
    ],
)
def test_search_and_dedup_read_every_alias_alike(short: str, long: str) -> None:
    alternatives = default_synonyms().alternatives(tuple(words(short)))
    assert tuple(words(long)) in alternatives
    assert name_tokens(short) == name_tokens(long)
    assert name_tokens(f"{short} Harrow") == name_tokens(f"{long} Harrow")


@pytest.mark.parametrize(
    ("short", "long"),
    [("H&F", "Hammersmith and Fulham"), ("RBKC", "Kensington and Chelsea"),
     ("LBBD", "Barking and Dagenham"), ("LBRuT", "Richmond upon Thames")],
)  # fmt: skip
def test_dedup_reads_a_boroughs_short_name_as_the_borough_and_search_leaves_it_to_places(
    short: str, long: str
) -> None:
    assert name_tokens(f"{short} Carers Hub") == name_tokens(f"{long} Carers Hub")
    assert not default_synonyms().alternatives(tuple(words(long)))


def test_search_finds_every_form_of_every_row_from_any_other() -> None:
    synonyms = default_synonyms()
    for row in default_aliases():
        if row.kind == "place":
            continue
        phrases = {tuple(words(form)) for form in (*row.forms, row.canonical)} - {()}
        for phrase in phrases:
            assert phrases - {phrase} <= set(synonyms.alternatives(phrase)), (row.canonical, phrase)


def test_every_form_of_every_row_names_the_same_tokens() -> None:
    for row in default_aliases():
        expected = name_tokens(row.canonical)
        for form in row.forms:
            assert name_tokens(form) == expected, (row.canonical, form)


def test_dotted_initials_are_one_acronym() -> None:
    assert name_tokens("R.D.A. Park Lane") == name_tokens("RDA Park Lane")
    assert name_tokens("Y M C A") == name_tokens("YMCA")


def test_malformed_tables_are_refused_with_the_line() -> None:
    header = "canonical,forms,kind,source\n"
    with pytest.raises(VocabError, match="no source"):
        parse_aliases(header + "cab,CAB|Citizens Advice,organisation,\n")
    with pytest.raises(VocabError, match="kind"):
        parse_aliases(header + "cab,CAB,charity,somewhere\n")
    with pytest.raises(VocabError, match=r":3: .*already stands for"):
        parse_aliases(header + "cab,CAB,organisation,x\nca,CAB,organisation,y\n")
    with pytest.raises(VocabError, match="columns"):
        parse_aliases("name,forms\n")


WORDS = ("Harrow", "Pinner", "Group", "Befriending", "Walks", "Centre", "The", "Job", "Club")


@given(
    row=st.sampled_from(default_aliases()),
    data=st.data(),
    before=st.lists(st.sampled_from(WORDS), max_size=3),
    after=st.lists(st.sampled_from(WORDS), max_size=3),
)
def test_any_form_in_any_name_reads_as_its_canonical_name(row, data, before, after) -> None:  # type: ignore[no-untyped-def]
    form = data.draw(st.sampled_from(row.forms))
    wrap = lambda middle: " ".join([*before, middle, *after])  # noqa: E731
    # As matching reads names: the set of words (order follows the form, "Health Walks").
    assert set(name_tokens(wrap(form))) == set(name_tokens(wrap(row.canonical)))
