"""Signpost: a searchable meta-directory of local care and support for London."""

__version__ = "0.1.0"
