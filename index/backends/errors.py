"""Errors a search backend raises, so callers can tell bad input from a broken index."""

from __future__ import annotations


class BackendError(RuntimeError):
    """The index cannot be used or written (not built, server down, bulk load failed)."""


class IndexNotBuilt(BackendError):
    """Nothing has been indexed yet: run ``signpost index``."""
