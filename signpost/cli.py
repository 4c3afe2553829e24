"""The ``signpost`` command: one Typer app; each area registers its commands from
``signpost/commands/<area>.py`` so that the areas can grow without touching each other.

Every command takes ``--db`` and ``--sources``; failures print one line naming the problem
and exit non-zero (``main`` turns known errors into that line instead of a traceback).
"""

from __future__ import annotations

import sys

import typer

from signpost.commands import register_all
from signpost.errors import SignpostError

app = typer.Typer(
    name="signpost",
    help="Signpost: harvest London's care and support directories, deduplicate, index, serve.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
register_all(app)


def main() -> None:
    """Console-script entry point."""
    try:
        app(standalone_mode=False)
    except SignpostError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("aborted", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # click usage errors and the like
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        raise
