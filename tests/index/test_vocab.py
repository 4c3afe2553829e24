"""The vocabulary files (synonyms.txt, taxonomy.csv) and the taxonomy mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.model import Service, TaxonomyTerm
from index.taxonomy import NO_TERM_PHRASES, Taxonomy, assign_signpost_terms, default_taxonomy
from index.vocab import (
    SynonymTable,
    VocabError,
    default_synonyms,
    fold,
    load_taxonomy_rows,
    parse_synonyms,
    parse_taxonomy,
    words,
)


def test_synonym_file_is_large_curated_and_parses() -> None:
    table = default_synonyms()
    assert len(table) >= 150
    for a, b in [("gp", "doctor"), ("gp", "surgery"), ("cab", "citizens advice"),
                 ("ld", "learning disability"), ("stop smoking", "quit smoking"),
                 ("stop smoking", "smoking cessation"), ("mh", "mental health")]:  # fmt: skip
        alts = table.alternatives(tuple(a.split()))
        assert tuple(b.split()) in alts, (a, b)


def test_synonym_format() -> None:
    rules = parse_synonyms(
        "# comment\n\nGP, Doctor  # trailing comment\nCafé, coffee shop\ninternet => digital skills\n"
    )
    table = SynonymTable(rules)
    assert table.alternatives(("gp",)) == [("gp",), ("doctor",)]
    assert table.alternatives(("cafe",)) == [("cafe",), ("coffee", "shop")]
    assert table.alternatives(("internet",)) == [("internet",), ("digital", "skills")]
    assert table.alternatives(("digital", "skills")) == []  # one-way
    assert table.solr_lines() == ["gp, doctor", "cafe, coffee shop", "internet => digital skills"]
    assert table.segment(["stop", "coffee", "shop", "now"]) == [
        (("stop",), [("stop",)]),
        (("coffee", "shop"), [("coffee", "shop"), ("cafe",)]),
        (("now",), [("now",)]),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [("gp\n", "needs two phrases"), ("gp, , doctor\n", "empty phrase"),
     ("a => b => c\n", "more than one"), ("x, y\n!!, z\n", "synonyms.txt:2")],
)  # fmt: skip
def test_bad_synonym_lines_name_the_line(text: str, message: str) -> None:
    with pytest.raises(VocabError, match=message):
        parse_synonyms(text)


def test_taxonomy_file() -> None:
    rows = load_taxonomy_rows()
    ids = {r.id for r in rows}
    assert len(rows) >= 60
    assert all(r.parent_id is None or r.parent_id in ids for r in rows)
    tops = {r.id for r in rows if r.parent_id is None}
    assert {"advice", "health", "care", "activities", "disability"} <= tops


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("id,name\nx,y\n", "columns"),
        ("id,parent_id,name,keywords,source_labels\nBad Id,,X,,\n", "bad term id"),
        ("id,parent_id,name,keywords,source_labels\na,,A,,\na,,B,,\n", "duplicate"),
        ("id,parent_id,name,keywords,source_labels\na,zz,A,,\n", "unknown parent"),
        ("id,parent_id,name,keywords,source_labels\na,,,,\n", "no name"),
    ],
)
def test_bad_taxonomy_rows(text: str, message: str) -> None:
    with pytest.raises(VocabError, match=message):
        parse_taxonomy(text, Path("taxonomy.csv"))


@pytest.mark.parametrize(
    ("labels", "name", "expected"),
    [
        (["Money & debt advice"], "Debt advice", ["debt-advice"]),  # Marketplace
        (["Money, benefits and debt"], "Citizens Advice", ["debt-advice", "benefits-advice"]),
        (["Community & activities"], "Harrow Walking Group", ["walking-groups"]),  # CarePlace
        (["Conditions & disabilities"], "Kenmore Day Opportunities", ["disability", "day-centres"]),
        (
            ["Day services (learning disability)"],
            "Woodlands",
            ["day-centres", "learning-disability"],
        ),
        (["Riding for the disabled"], "RDA", ["riding-disabled"]),
        (["Staying safe"], "Hestia", ["safety"]),
        ([], "Pinner Road Surgery", ["gp-services"]),
        ([], "Smokefree Harrow", ["stop-smoking"]),
        (["Something nobody maps"], "Friendly Place", []),
    ],
)
def test_source_labels_and_names_map_to_signpost_terms(
    labels: list[str], name: str, expected: list[str]
) -> None:
    assert default_taxonomy().classify(labels, name) == expected


def test_every_sample_platform_label_maps() -> None:
    from samples.categories import CAREPLACE_CATEGORIES, CATEGORIES

    taxonomy = default_taxonomy()
    labels = list(CAREPLACE_CATEGORIES.values())
    for c in CATEGORIES:
        labels += [c.label, c.marketplace[1], c.kb5[1], c.fid[1], c.oruk_term]
    unmapped = [label for label in labels if not taxonomy.map_label(label)]
    assert unmapped == []


def test_description_is_consulted_only_when_nothing_else_says() -> None:
    taxonomy = default_taxonomy()
    from_description = taxonomy.classify([], "The Hub", "Computer classes: getting online")
    assert "it-skills" in from_description and len(from_description) <= 2
    assert taxonomy.classify(["Carers"], "The Hub", "Computer classes") == ["carers-support"]


def test_tree_and_filters() -> None:
    taxonomy = default_taxonomy()
    assert taxonomy.ancestors("stop-smoking") == ["health"]
    assert {"stop-smoking", "gp-services", "health"} <= taxonomy.descendants("health")
    assert taxonomy.expand_filter(["nope"]) == set()
    assert taxonomy.name("debt-advice") == "Debt advice"


def test_assign_signpost_terms_keeps_source_terms() -> None:
    source_term = TaxonomyTerm(id="1101", name="Money & debt advice", taxonomy="marketplace")
    service = Service(id="s", name="Debt advice", taxonomy_terms=[source_term],
                      categories=["Advice"])  # fmt: skip
    out = assign_signpost_terms(service)
    assert out.taxonomy_terms[0] == source_term
    assert [t.id for t in out.taxonomy_terms[1:]] == ["debt-advice"]
    assert all(t.taxonomy == "signpost" for t in out.taxonomy_terms[1:])
    assert out.categories == ["Advice"]
    again = assign_signpost_terms(out)
    assert again.taxonomy_terms == out.taxonomy_terms


def test_terms_for_prefers_terms_already_assigned() -> None:
    taxonomy = Taxonomy(load_taxonomy_rows())
    chosen = TaxonomyTerm(id="dementia", name="Dementia")
    service = Service(id="s", name="Debt advice", taxonomy_terms=[chosen])
    assert [t.id for t in taxonomy.terms_for(service)] == ["dementia"]


def test_words_and_fold() -> None:
    assert fold("Café ÉCOLE") == "cafe ecole"
    assert words("Men's Shed, Café—HA1 2AA") == ["men", "s", "shed", "cafe", "ha1", "2aa"]
    assert words(None) == []


@pytest.mark.parametrize("phrase", NO_TERM_PHRASES)
def test_a_phrase_that_names_no_service_takes_its_words_from_every_keyword(phrase: str) -> None:
    """``Roxeth Ward Councillor Surgery`` is an advice session, not a GP's surgery; the phrase
    takes its words wherever it stands, and the words around it still count (a keyword the
    phrase starts with, ``advice``, still names its term)."""
    taxonomy = default_taxonomy()
    alone = taxonomy.classify([], phrase.title())
    assert set(alone) <= {"advice"}, alone
    assert taxonomy.classify([], f"Greenhill {phrase.title()} Harrow") == alone
    # (Advice itself is then implied by debt advice, the more specific term.)
    assert taxonomy.classify([], f"{phrase.title()} and Debt Advice") == ["debt-advice"]


@pytest.mark.parametrize(
    ("name", "terms"),
    [
        ("Harrow Dental Practice", ["dental"]),
        ("Dental Surgery", ["dental"]),
        ("The Elms Medical Practice", ["gp-services"]),
        ("Elms Surgery", ["gp-services"]),
        ("Harrow Group Practice", ["gp-services"]),
        ("Medical Records Department", []),
        ("Legal Practice", []),
        ("Choir Practice", ["music"]),
    ],
)
def test_practice_and_medical_alone_file_nothing_under_gp(name: str, terms: list[str]) -> None:
    assert default_taxonomy().classify([], name) == terms


def test_every_keyword_written_with_an_ampersand_files_as_written_out() -> None:
    """ "Strength & Balance Classes" is filed where "Strength and Balance Classes" is: every
    keyword with an "and" in it, the "and" written "&" (with and without spaces)."""
    tax = default_taxonomy()
    checked = 0
    for term_id, row in tax.rows.items():
        for keyword in row.keywords:
            if " and " not in keyword:
                continue
            written_out = tax.match_text(f"The {keyword} group")
            assert term_id in written_out, keyword
            for amp in (" & ", "&"):
                assert tax.match_text(f"The {keyword.replace(' and ', amp)} group") == (
                    written_out
                ), (keyword, amp)
            checked += 1
    assert checked >= 3  # "strength and balance", "arts and crafts"…
