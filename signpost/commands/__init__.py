"""Command groups. Each module exposes ``register(app)``; order here is the help order."""

from __future__ import annotations

import importlib

import typer

AREAS = (
    "pipeline",
    "status",
    "gazetteer",
    "harvest",
    "dedup",
    "search",
    "es",
    "serve",
    "samples",
    "console",
)


def register_all(app: typer.Typer) -> None:
    for area in AREAS:
        module = importlib.import_module(f"signpost.commands.{area}")
        module.register(app)
