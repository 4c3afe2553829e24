"""Commands of the samples area (thin wiring until that capability lands)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    return None
