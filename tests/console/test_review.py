"""The dedup review queue: which pairs it holds, their order, their explanation (the numbers dedup
itself uses), and what a decision writes."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from index.dedup import explain_match
from index.dedup.locate import gazetteer_locator
from index.geo import Gazetteer
from index.review import ReviewPair, ReviewQueue, decisions, order_pairs, record_decision
from search_api.console.base import _locator
from signpost.dedup_step import run_dedup
from tests.console.directory import ConsoleDirectory


def test_the_queue_holds_the_uncertain_pair_only(directory: ConsoleDirectory) -> None:
    store = directory.store
    carers = sorted([directory.record_id("h-carers"), directory.record_id("c-carers")])
    pending = ReviewQueue().pending(store)
    assert [(p.a, p.b) for p in pending] == [tuple(carers)]
    (pair,) = pending
    # The food bank pair scores far above the band (dedup is sure), so it is not asked.
    assert not pair.machine_match and pair.threshold - 4.0 <= pair.total < pair.threshold + 3.0
    assert (pair.merged_a, pair.merged_b, pair.affected) == (
        store.merged_id_for_record(carers[0]),
        store.merged_id_for_record(carers[1]),
        2,
    )


def test_a_wider_band_takes_in_more_pairs(directory: ConsoleDirectory) -> None:
    narrow = ReviewQueue(below=0.1, above=0.1).pending(directory.store)
    wide = ReviewQueue(below=40.0, above=40.0).pending(directory.store)
    assert narrow == [] and len(wide) > 1


def test_the_explanation_is_dedups_own(directory: ConsoleDirectory) -> None:
    store = directory.store
    a, b = directory.record_id("h-carers"), directory.record_id("c-carers")
    review = ReviewQueue().review(store, a, b)
    reference = explain_match(list(store.iter_records()), a, b, store.list_overrides())
    assert review.explanation.score == reference.score
    assert review.explanation.decision == reference.decision
    assert review.pair.total == reference.score.total
    labels = {f.label: f for f in review.fields}
    assert labels["Name"].same and not labels["Postcode"].same
    assert labels["Source"].a == "harrow-dir" and labels["Source"].b == "careplace"
    with pytest.raises(KeyError):
        ReviewQueue().review(store, a, "r-00000000000000000000")


def test_with_the_gazetteer_the_explanation_is_still_dedups_own(
    directory: ConsoleDirectory, gazetteer: Gazetteer
) -> None:
    """The console's queue locates listings as the dedup step does (postcode positions and
    boroughs from the gazetteer), so its numbers stay dedup's when the gazetteer is there."""
    store = directory.store
    locate = gazetteer_locator(gazetteer)
    a, b = directory.record_id("h-carers"), directory.record_id("c-carers")
    review = ReviewQueue(locate=locate).review(store, a, b)
    reference = explain_match(
        list(store.iter_records()), a, b, store.list_overrides(), locate=locate
    )
    assert review.explanation.score == reference.score
    assert review.explanation.a.borough and review.explanation.a.point is not None


def test_the_console_gives_its_queue_the_gazetteer(gazetteer_path: Path, tmp_path: Path) -> None:
    def app_state(path: Path) -> SimpleNamespace:
        return SimpleNamespace(api=SimpleNamespace(settings=SimpleNamespace(gazetteer_path=path)))

    locate = _locator(app_state(gazetteer_path))
    assert locate is not None
    found = locate("HA1 1AA")
    assert found is not None and found.borough == "Harrow"
    assert _locator(app_state(tmp_path / "none.sqlite")) is None


def test_a_decision_becomes_an_override_and_leaves_the_queue(directory: ConsoleDirectory) -> None:
    store = directory.store
    queue = ReviewQueue()
    (pair,) = queue.pending(store)
    row = record_decision(store, pair.b, pair.a, "same", "  Ann   Curator ", pair.total)
    assert (row["a"], row["b"], row["kind"], row["decided_by"]) == (
        pair.a,
        pair.b,
        "must-link",
        "Ann Curator",
    )
    (override,) = store.list_overrides()
    assert (override["a"], override["b"], override["kind"], override["created_by"]) == (
        pair.a,
        pair.b,
        "must-link",
        "Ann Curator",
    )
    assert queue.pending(store) == []
    (history,) = decisions(store)
    assert history["decision"] == "same" and history["score"] == pair.total
    # Dedup obeys it: the two listings are one service after the next run.
    run_dedup(store)
    assert store.merged_id_for_record(pair.a) == store.merged_id_for_record(pair.b)


def test_changing_ones_mind_replaces_the_override_and_keeps_the_history(
    directory: ConsoleDirectory,
) -> None:
    store = directory.store
    a, b = directory.record_id("h-carers"), directory.record_id("c-carers")
    record_decision(store, a, b, "same", "Ann")
    record_decision(store, a, b, "different", "Bob")
    (override,) = store.list_overrides()
    assert (override["kind"], override["created_by"]) == ("cannot-link", "Bob")
    assert [d["decided_by"] for d in decisions(store)] == ["Bob", "Ann"]


@pytest.mark.parametrize(
    ("decision", "who", "error"),
    [("maybe", "Ann", ValueError), ("same", " ", ValueError)],
)
def test_bad_decisions_write_nothing(
    directory: ConsoleDirectory, decision: str, who: str, error: type[Exception]
) -> None:
    store = directory.store
    with pytest.raises(error):
        record_decision(
            store, directory.record_id("h-carers"), directory.record_id("c-carers"), decision, who
        )
    with pytest.raises(KeyError):
        record_decision(
            store, directory.record_id("h-carers"), "r-00000000000000000000", "same", "A"
        )
    assert store.list_overrides() == [] and decisions(store) == []


def test_pairs_touching_bigger_services_come_first() -> None:
    membership = {"r1": "s-big", "r2": "s-big", "r3": "s-big", "r4": "s-x", "r5": "s-y"}
    pairs = [
        ReviewPair("r4", "r5", 8.9, 9.0, False, False),
        ReviewPair("r1", "r4", 6.0, 9.0, False, False),
        ReviewPair("r5", "r6", 9.0, 9.0, False, True),
    ]
    ordered = order_pairs(pairs, membership)
    assert [(p.a, p.b, p.affected) for p in ordered] == [
        ("r1", "r4", 4),
        ("r5", "r6", 2),  # closer to the threshold than r4/r5
        ("r4", "r5", 2),
    ]


def test_a_pair_only_the_name_gate_keeps_apart_is_asked(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Two directories' names for one service share no word, but place, phone, e-mail,
    organisation and category all agree: dedup keeps them apart (the name gate), and the
    queue asks a curator instead of leaving it there."""
    from index.store import Store
    from tests.dedup.records import listing

    common = {
        "address": "Civic Centre, Station Road",
        "postcode": "HA1 2XY",
        "phones": ("020 8863 5611",),
        "email": "esol@harrowcollege.ac.uk",
        "org": "Harrow College",
        "categories": ("ESOL",),
    }
    a = listing("dir-a", "1", "Conversation Café", **common)  # type: ignore[arg-type]
    b = listing("dir-b", "2", "Speaking Practice", **common)  # type: ignore[arg-type]
    other = listing("dir-a", "3", "Food Bank", postcode="HA3 5JT", phones=("020 8000 0000",))
    with Store(tmp_path / "s.db") as store:
        for source, records in (("dir-a", [a, other]), ("dir-b", [b])):
            store.publish_run(store.start_run(source), records)
        run_dedup(store)
        assert store.merged_id_for_record(a.id) != store.merged_id_for_record(b.id)
        pending = ReviewQueue().pending(store)
        assert [(p.a, p.b) for p in pending] == [tuple(sorted((a.id, b.id)))]
        review = ReviewQueue().review(store, a.id, b.id)
        assert not review.explanation.score.name_gate
        assert "name gate" in review.explanation.decision
