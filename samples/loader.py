"""Loading the committed sample data set, with the childminders added.

Kept apart from ``dataset`` (the record types and their files) because the childminders are
built from those types: one module that both defined the types and added the childminders
would import itself in a circle.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from samples.childminders import with_childminders
from samples.dataset import (
    DATA_DIR,
    FORMAT_VERSION,
    Dataset,
    Listing,
    Organisation,
    TruthService,
    from_row,
    read_jsonl,
)


class DatasetMissing(RuntimeError):
    """The committed data files are absent (run ``signpost samples generate``)."""


def load(data_dir: Path = DATA_DIR) -> Dataset:
    meta_path = data_dir / "meta.json"
    if not meta_path.exists():
        raise DatasetMissing(
            f"sample data not found in {data_dir}: run `signpost samples generate`"
        )
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if meta.get("format") != FORMAT_VERSION:
        raise DatasetMissing(f"sample data in {data_dir} has format {meta.get('format')!r}")
    pcs = next(read_jsonl(data_dir / "postcodes.jsonl.gz"), {})
    dataset = Dataset(
        meta=meta,
        organisations=[
            from_row(Organisation, r) for r in read_jsonl(data_dir / "organisations.jsonl.gz")
        ],
        services=[from_row(TruthService, r) for r in read_jsonl(data_dir / "services.jsonl.gz")],
        listings=[from_row(Listing, r) for r in read_jsonl(data_dir / "listings.jsonl.gz")],
        postcodes={k: (v[0], v[1]) for k, v in pcs.items()},
    )
    return with_childminders(dataset)


@lru_cache(maxsize=2)
def load_cached(data_dir: str = str(DATA_DIR)) -> Dataset:
    """One parsed copy per process: the server and every test share it (read-only)."""
    return load(Path(data_dir))
