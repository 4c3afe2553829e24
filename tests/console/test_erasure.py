"""Data-protection erasures against the store: what is removed, what is kept, the audit log,
and the suppression that every later publish or quarantine obeys."""

from __future__ import annotations

import json

import pytest

from index.erasure import ErasureError, erase, list_erasures, list_suppressions
from index.redaction import LISTING, PERSONAL_DATA, redact_personal_data, scrub_text
from index.store import Store
from tests.console.directory import (
    CHILDMINDER_EMAIL,
    CHILDMINDER_NAME,
    CHILDMINDER_POSTCODE,
    CHILDMINDER_STREET,
    ConsoleDirectory,
    all_records,
)

SECRETS = (CHILDMINDER_EMAIL, CHILDMINDER_STREET, CHILDMINDER_POSTCODE, CHILDMINDER_NAME)


def _republish(store: Store, source_id: str) -> dict[str, int]:
    """The next harvest of a source, bringing back every listing exactly as first seen."""
    run = store.start_run(source_id)
    records = [r for r in all_records().values() if r.source_id == source_id]
    return store.publish_run(run, records).as_dict()


def _everything(store: Store) -> str:
    """Every row of every table, as text: where an erased value must not appear."""
    tables = [r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return "\n".join(
        json.dumps([list(row) for row in store.conn.execute(f"SELECT * FROM {t}")]) for t in tables
    )


def test_scrub_text_removes_emails_and_uk_phone_numbers() -> None:
    text = "Call Jane on 07700 900123, +44 (0)20 7946 0123 or (020) 8427 1234; jane@x.org.uk"
    assert scrub_text(text) == "Call Jane on [removed], [removed] or [removed]; [removed]"
    assert scrub_text("Open 9:00-17:00, ages 5-11, 2 sessions") == (
        "Open 9:00-17:00, ages 5-11, 2 sessions"
    )


def test_redaction_is_idempotent_so_an_erased_listing_hashes_the_same_every_harvest() -> None:
    record = all_records()["h-childminder"]
    once = redact_personal_data(record)
    assert redact_personal_data(once).content_hash == once.content_hash
    assert once.content_hash != record.content_hash
    assert once.id == record.id


def test_personal_data_erasure_removes_it_everywhere_and_keeps_the_service(
    directory: ConsoleDirectory,
) -> None:
    store = directory.store
    rid = directory.record_id("h-childminder")
    merged_id = directory.merged_id("h-childminder")
    result = erase(store, rid, whole=False, reason="SAR 2026-114", requested_by="Ann Curator")

    assert result.kind == PERSONAL_DATA and result.record_ids == [rid]
    record = store.get_record(rid)
    assert record is not None
    s = record.service
    assert s.email is None and s.phones == [] and s.organization.email is None
    assert [(loc.address_1, loc.postal_code, loc.latitude) for loc in s.locations] == [
        (None, None, None)
    ]
    assert s.locations[0].borough == "Harrow"  # still counted and found by borough
    assert s.name == "Sunflower Childminding"
    assert "[removed]" in (s.description or "")
    assert record.raw == {"erased": "personal data removed on request"}
    merged = store.get_merged(merged_id)
    assert merged is not None and merged.service.email is None
    assert [m.id for m in result.updated] == [merged_id] and result.removed == []
    assert not any(secret in _everything(store) for secret in SECRETS[:3])

    (log,) = list_erasures(store)
    assert (log["target"], log["kind"], log["requested_by"], log["reason"]) == (
        rid,
        PERSONAL_DATA,
        "Ann Curator",
        "SAR 2026-114",
    )
    assert log["record_ids"] == [rid] and log["details"]["sources"] == ["harrow-dir"]
    (rule,) = list_suppressions(store)
    assert (rule["record_id"], rule["listing_key"], rule["kind"], rule["erasure_id"]) == (
        rid,
        "h-childminder",
        PERSONAL_DATA,
        log["id"],
    )


def test_the_database_files_no_longer_hold_the_erased_values(
    directory: ConsoleDirectory,
) -> None:
    """``secure_delete`` zeroes freed space and the log is checkpointed: an erased e-mail
    address is not left in the file's free pages or in the write-ahead log."""
    store = directory.store
    path = store.path
    before = path.read_bytes() + path.with_name(path.name + "-wal").read_bytes()
    assert CHILDMINDER_EMAIL.encode() in before
    erase(store, directory.record_id("h-childminder"), whole=True, reason="r", requested_by="a")
    wal = path.with_name(path.name + "-wal")
    after = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert CHILDMINDER_EMAIL.encode() not in after
    assert CHILDMINDER_STREET.encode() not in after


def test_the_next_harvest_does_not_bring_personal_data_back(directory: ConsoleDirectory) -> None:
    store = directory.store
    rid = directory.record_id("h-childminder")
    erase(store, rid, whole=False, reason="SAR", requested_by="a")
    erased_hash = store.get_record(rid).content_hash  # type: ignore[union-attr]
    counts = _republish(store, "harrow-dir")
    record = store.get_record(rid)
    assert record is not None and record.content_hash == erased_hash
    assert record.service.email is None and record.raw == {
        "erased": "personal data removed on request"
    }
    assert counts["changed"] == 0 and counts["suppressed"] == 0
    assert CHILDMINDER_EMAIL not in _everything(store)


def test_whole_listing_erasure_deletes_it_and_later_runs_skip_it(
    directory: ConsoleDirectory,
) -> None:
    store = directory.store
    rid = directory.record_id("h-childminder")
    merged_id = directory.merged_id("h-childminder")
    result = erase(store, rid, whole=True, reason="SAR", requested_by="a")
    assert result.kind == LISTING and result.removed == [merged_id] and result.updated == []
    assert store.get_record(rid) is None and store.get_merged(merged_id) is None

    counts = _republish(store, "harrow-dir")
    assert counts["suppressed"] == 1 and store.get_record(rid) is None

    run = store.start_run("harrow-dir")
    store.quarantine_run(run, list(all_records().values())[:5], "test")
    assert rid not in {r.id for r in store.quarantined_records(run)}
    assert store.get_run(run).counts == {"records": 4, "suppressed": 1}  # type: ignore[union-attr]


def test_erasing_a_service_erases_every_listing_of_it(directory: ConsoleDirectory) -> None:
    store = directory.store
    merged_id = directory.merged_id("h-foodbank")
    members = sorted([directory.record_id("h-foodbank"), directory.record_id("c-foodbank")])
    assert store.get_merged(merged_id).member_ids == members  # type: ignore[union-attr]
    result = erase(store, merged_id, whole=False, reason="request", requested_by="a")
    assert sorted(result.record_ids) == members
    merged = store.get_merged(merged_id)
    assert merged is not None and merged.service.phones == [] and merged.member_ids == members
    assert {r["record_id"] for r in list_suppressions(store)} == set(members)


def test_whole_erasure_of_one_copy_keeps_the_other_copy_of_the_service(
    directory: ConsoleDirectory,
) -> None:
    store = directory.store
    merged_id = directory.merged_id("h-foodbank")
    kept = directory.record_id("c-foodbank")
    result = erase(
        store, directory.record_id("h-foodbank"), whole=True, reason="r", requested_by="a"
    )
    merged = store.get_merged(merged_id)
    assert merged is not None and merged.member_ids == [kept]
    assert merged.source_ids == ["careplace"] and [m.id for m in result.updated] == [merged_id]
    assert {p.record_id for entries in merged.provenance.values() for p in entries} == {kept}


def test_a_quarantined_copy_is_erased_too(directory: ConsoleDirectory) -> None:
    store = directory.store
    rid = directory.record_id("e-smoke")
    assert [r.id for r in store.quarantined_records(directory.quarantined_run)] == [rid]
    erase(store, rid, whole=False, reason="r", requested_by="a")
    (kept,) = store.quarantined_records(directory.quarantined_run)
    assert kept.raw == {"erased": "personal data removed on request"}
    erase(store, rid, whole=True, reason="r2", requested_by="a")
    assert store.quarantined_records(directory.quarantined_run) == []


@pytest.mark.parametrize(
    ("target", "reason", "by", "message"),
    [
        ("r-00000000000000000000", "r", "a", "no listing or service"),
        ("s-nothing", "r", "a", "no listing or service"),
        (None, "  ", "a", "needs a reason"),
        (None, "r", "", "needs the name"),
    ],
)
def test_bad_requests_change_nothing(
    directory: ConsoleDirectory, target: str | None, reason: str, by: str, message: str
) -> None:
    store = directory.store
    target = target or directory.record_id("h-childminder")
    before = _everything(store)
    with pytest.raises(ErasureError, match=message):
        erase(store, target, whole=True, reason=reason, requested_by=by)
    assert _everything(store) == before
