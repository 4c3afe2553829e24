"""The store's run semantics: publish, change history, misses and tombstones, quarantine."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from index.model import Service, SourceRecord, make_record_id
from index.sources import SourceConfig
from index.store import Store, StoreError


def rec(key: str, name: str, source: str = "src-a", desc: str = "") -> SourceRecord:
    return SourceRecord(
        source_id=source,
        listing_key=key,
        source_url=f"http://example.test/{key}",
        service=Service(id="ignored", name=name, description=desc or None),
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "s.db", tombstone_after=3)
    s.sync_sources(
        [SourceConfig(id="src-a", name="A", kind="csv", base_url="http://example.test/")]
    )
    return s


def test_ids_are_stable_and_derived(store: Store) -> None:
    r1, r2 = rec("42", "Debt advice"), rec("42", "Debt advice (renamed)")
    assert r1.id == r2.id == make_record_id("src-a", "42") == r1.service.id
    assert r1.content_hash != r2.content_hash
    assert rec("42", "x", source="src-b").id != r1.id


def test_wal_and_synchronous_full(store: Store) -> None:
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.schema_version >= 1


def test_publish_change_keeps_previous_version_and_counts(store: Store) -> None:
    run1 = store.start_run("src-a")
    c1 = store.publish_run(run1, [rec("1", "Walking group"), rec("2", "Stop smoking")])
    assert (c1.new, c1.changed, c1.unchanged) == (2, 0, 0)
    run2 = store.start_run("src-a")
    c2 = store.publish_run(run2, [rec("1", "Walking Group for over 50s"), rec("2", "Stop smoking")])
    assert (c2.new, c2.changed, c2.unchanged) == (0, 1, 1)
    rid = make_record_id("src-a", "1")
    assert store.get_record(rid).service.name == "Walking Group for over 50s"
    assert store.previous_version(rid).name == "Walking group"
    assert store.get_run(run2).status == "published"
    assert store.last_good_run("src-a").id == run2


def test_missing_listing_is_tombstoned_after_three_good_runs(store: Store) -> None:
    store.publish_run(store.start_run("src-a"), [rec("1", "A"), rec("2", "B")])
    for expected_live in (2, 2, 1):
        counts = store.publish_run(store.start_run("src-a"), [rec("1", "A")])
        assert store.count_records("src-a") == expected_live
    assert counts.tombstoned == 1
    gone = make_record_id("src-a", "2")
    assert store.record_status(gone)["status"] == "tombstoned"
    assert store.get_record(gone) is not None  # kept, only marked gone
    revived = store.publish_run(store.start_run("src-a"), [rec("1", "A"), rec("2", "B")])
    assert revived.revived == 1 and store.count_records("src-a") == 2


def test_quarantine_leaves_live_data_and_can_be_released_or_discarded(store: Store) -> None:
    store.publish_run(store.start_run("src-a"), [rec("1", "A"), rec("2", "B")])
    bad = store.start_run("src-a")
    store.quarantine_run(bad, [rec("1", "A changed")], reason="shrank by 50%")
    assert store.get_run(bad).status == "quarantined"
    assert store.get_record(make_record_id("src-a", "1")).service.name == "A"
    assert [r.service.name for r in store.quarantined_records(bad)] == ["A changed"]
    store.release_run(bad)
    assert store.get_run(bad).status == "published"
    assert store.get_record(make_record_id("src-a", "1")).service.name == "A changed"

    other = store.start_run("src-a")
    store.quarantine_run(other, [], reason="empty")
    store.discard_run(other)
    assert store.get_run(other).status == "discarded"
    with pytest.raises(ValueError):
        store.release_run(other)


def test_failed_publish_rolls_back_everything(store: Store) -> None:
    store.publish_run(store.start_run("src-a"), [rec("1", "A")])
    run = store.start_run("src-a")
    with pytest.raises(ValueError):
        store.publish_run(run, [rec("1", "A new"), rec("9", "wrong source", source="src-b")])
    assert store.get_record(make_record_id("src-a", "1")).service.name == "A"
    assert store.get_run(run).status == "running"


def test_runs_of_dead_processes_are_abandoned_but_live_ones_kept(tmp_path: Path) -> None:
    s = Store(tmp_path / "x.db")
    mine = s.start_run("src-a")
    dead = s.start_run("src-a")
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    s.conn.execute("UPDATE harvest_runs SET owner_pid=? WHERE id=?", (child.pid, dead))
    s.close()
    reopened = Store(tmp_path / "x.db")
    assert reopened.get_run(dead).status == "abandoned"
    assert reopened.get_run(mine).status == "running"  # this process is alive: still going


def test_overrides_are_symmetric(store: Store) -> None:
    store.add_override("r-b", "r-a", "must-link")
    assert store.list_overrides()[0]["a"] == "r-a"
    store.add_override("r-a", "r-b", "cannot-link")
    assert [o["kind"] for o in store.list_overrides()] == ["cannot-link"]
    assert store.remove_override("r-b", "r-a") and store.list_overrides() == []
    with pytest.raises(ValueError):
        store.add_override("r-a", "r-a", "must-link")


def test_corrupt_database_gives_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "corrupt.db"
    bad.write_bytes(b"this is not a sqlite database" * 100)
    with pytest.raises(StoreError) as err:
        Store(bad)
    assert str(bad) in str(err.value) and "\n" not in str(err.value)


def _open_store(path: str) -> int:
    with Store(path) as store:
        return store.schema_version


def test_processes_opening_a_new_database_at_once_all_get_it_migrated(tmp_path: Path) -> None:
    """The scheduler, the API and a command may open a database that does not exist yet at the
    same moment: each must find it migrated, none fail with "table already exists"."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(4) as pool:
        for attempt in range(6):
            path = str(tmp_path / f"new-{attempt}.db")
            versions = pool.map(_open_store, [path] * 4)
            assert len(set(versions)) == 1 and versions[0] >= 1
