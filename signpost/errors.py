"""One exception family the CLI turns into a one-line error and a non-zero exit."""

from __future__ import annotations


class SignpostError(Exception):
    exit_code = 1


class NotAvailableYet(SignpostError):
    """A command whose capability has not landed: says so rather than pretend."""

    exit_code = 3
