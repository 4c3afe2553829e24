"""Public models of the JSON API: what every model shares, and the error body.

The API's models are deliberately separate from the storage models in ``index.model``: the
store may gain fields (raw evidence, internal ids, curator notes) without any of it leaking to
the internet, and integrators (GP systems, council sites, the widget) get shapes that only
change on purpose. Every model carries an example so the OpenAPI document shows what a
response looks like. One module per resource: ``search`` (search and suggest), ``service``
(one service with provenance), ``catalogue`` (categories, sources, health) and ``admin`` (the
operator API, the only one with a request body).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class Strict(BaseModel):
    """Unknown fields are an error: a response never leaks extra data, and a request with a
    misspelt field is refused rather than half understood."""

    model_config = ConfigDict(extra="forbid")


class ErrorOut(Strict):
    """Every error, whatever the status: a sentence for people and detail for programs."""

    model_config = ConfigDict(
        json_schema_extra={
            "example": {"error": "postcode ZZ1 1ZZ does not exist", "detail": None},
        }
    )

    error: str
    detail: Any = None


# -- search ---------------------------------------------------------------------------------
