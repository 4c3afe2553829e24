"""A plan's filters applied to row ids on the column arrays: categories, boroughs, sources,
cost, age and opening times. Values within one filter are OR-ed, filters are AND-ed.

Facet filters become a boolean mask over all row ids, built from the documents each key lists
(``Columns.docs_with_any``) and kept per generation for the next searches (the same category
and borough filters come back again and again); age and opening hours are checked on the
candidates only.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np

from index.backends.embedded.columns import Columns, gather
from index.model import DAYS
from index.search.plan import QueryPlan
from index.search.schedule import MINUTES_PER_DAY

CACHED_MASKS = 16


class MaskCache:
    """Facet masks of one generation, least recently used out (shared by threads)."""

    def __init__(self, cols: Columns) -> None:
        self.cols = cols
        self._masks: OrderedDict[tuple[str, ...], np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def any_of(self, keys: tuple[str, ...]) -> np.ndarray:
        with self._lock:
            mask = self._masks.get(keys)
            if mask is not None:
                self._masks.move_to_end(keys)
                return mask
        mask = np.zeros(self.cols.size, dtype=np.bool_)
        mask[self.cols.docs_with_any(keys)] = True
        with self._lock:
            self._masks[keys] = mask
            while len(self._masks) > CACHED_MASKS:
                self._masks.popitem(last=False)
        return mask


class Filters:
    """The plan's filters against one generation."""

    def __init__(self, cols: Columns, masks: MaskCache, plan: QueryPlan) -> None:
        self.cols = cols
        self.plan = plan
        self.none_pass = plan.category_requested and not plan.categories
        groups: list[tuple[str, ...]] = []
        if plan.categories:
            groups.append(tuple(f"category:{c}" for c in sorted(plan.categories)))
        if plan.boroughs:
            groups.append(tuple(f"borough:{b}" for b in plan.boroughs))
        if plan.sources:
            groups.append(tuple(f"source:{s}" for s in plan.sources))
        if plan.free_only:
            groups.append(("cost:free",))
        if plan.open_at is not None:
            groups.append((f"open:{DAYS[(plan.open_at.start // MINUTES_PER_DAY) % 7]}",))
        self.masks = [masks.any_of(keys) for keys in groups]

    @property
    def active(self) -> bool:
        p = self.plan
        return bool(self.none_pass or self.masks or p.age is not None or p.open_at is not None)

    def apply(self, ids: np.ndarray) -> np.ndarray:
        """The row ids (ascending in, ascending out) that pass every filter."""
        if self.none_pass:
            return ids[:0]
        for mask in self.masks:
            ids = ids[mask[ids]]
        cols, p = self.cols, self.plan
        if p.age is not None and len(ids):
            ids = ids[(cols.age_lo[ids] <= p.age) & (cols.age_hi[ids] >= p.age)]
        if p.open_at is not None and p.open_at.timed and len(ids):
            ids = ids[self._open_at(ids, p.open_at.start)]
        return ids

    def mask(self) -> np.ndarray:
        """Every live row id that passes, as a mask (for searches driven by place)."""
        keep = np.zeros(self.cols.size, dtype=np.bool_)
        keep[self.apply(self.cols.live_ids())] = True
        return keep

    def _open_at(self, ids: np.ndarray, minute: int) -> np.ndarray:
        """Open at that minute of the week: some range with hours given contains it (a day
        listed without hours never counts as open at a time)."""
        cols = self.cols
        index, counts = gather(cols.hr_ptr, ids)
        out = np.zeros(len(ids), dtype=np.bool_)
        if not len(index):
            return out
        hit = (
            cols.hr_timed[index] & (cols.hr_start[index] <= minute) & (cols.hr_stop[index] > minute)
        )
        has = counts > 0
        first = (np.cumsum(counts) - counts)[has]
        out[has] = np.logical_or.reduceat(hit, first)
        return out
