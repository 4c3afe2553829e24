"""Records read as plain data (``index/dedup/plain.py``) are judged exactly as their models are:
equal comparables, and the same clusters and merged services from the streamed dedup."""

from __future__ import annotations

import json
from typing import Any

from index.dedup import deduplicate_stream
from index.dedup.comparable import PostcodePlace, comparable_from_record
from index.dedup.plain import as_record, comparable_from_data, plain_record_id
from index.model import Location, MergedService, Service, SourceRecord
from samples.truth import load_truth
from tests.dedup.conftest import synthetic_module
from tests.dedup.sample_records import sample_records


def _plain(record: SourceRecord) -> dict[str, Any]:
    """What a store or an export writes for a record."""
    return json.loads(record.model_dump_json())


def _records() -> list[SourceRecord]:
    sample, _labels = sample_records(load_truth())
    synthetic, _truth = synthetic_module().synthetic_records(2000, 3)
    return sample + synthetic


def test_plain_data_gives_the_comparable_its_model_gives() -> None:
    records = _records()
    locate = {"SW1A 1AA": PostcodePlace(51.501, -0.142, "Westminster")}.get
    for record in records:
        data = _plain(record)
        assert plain_record_id(data) == record.id
        assert comparable_from_data(data, locate=locate) == comparable_from_record(
            record, locate=locate
        )
        assert as_record(data) == record
        text = record.model_dump_json()
        assert as_record(text) == as_record(text.encode()) == record


def test_missing_lists_and_whole_number_coordinates_read_as_the_model_does() -> None:
    record = SourceRecord(
        source_id="s",
        listing_key="k",
        source_url="https://s.example/k",
        service=Service(
            id="pending",
            name="Harrow Food Bank",
            locations=[Location(address_1="1 High Street", latitude=51.0, longitude=0.0)],
        ),
    )
    data = _plain(record)
    for key in ("phones", "categories"):
        del data["service"][key]
    data["service"]["locations"][0]["latitude"] = 51
    data["service"]["locations"][0]["longitude"] = 0
    plain = comparable_from_data(data)
    assert plain == comparable_from_record(record)
    assert plain.point == (51.0, 0.0)
    assert all(isinstance(x, float) for x in plain.point)


def test_streaming_plain_data_equals_streaming_models() -> None:
    records = _records()
    plain = [_plain(r) for r in records]
    from_models: list[MergedService] = []
    from_plain: list[MergedService] = []
    a = deduplicate_stream(lambda: iter(records), from_models.append, workers=1)
    b = deduplicate_stream(lambda: iter(plain), from_plain.append, workers=1)
    assert a.membership == b.membership
    assert a.stats.matched_pairs == b.stats.matched_pairs
    assert [m.model_dump() for m in from_plain] == [m.model_dump() for m in from_models]
    lines = [r.model_dump_json().encode() for r in records]
    from_lines: list[MergedService] = []
    c = deduplicate_stream(lambda: iter(lines), from_lines.append, workers=1)
    assert c.membership == a.membership
    assert [m.model_dump() for m in from_lines] == [m.model_dump() for m in from_models]
