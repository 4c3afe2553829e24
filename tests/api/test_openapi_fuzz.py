"""Schemathesis against the app's own OpenAPI document: generated requests (valid and not)
never cause a 5xx, and responses match the documented status codes, media types and schemas.

Bounded (a few examples per operation, no shrinking deadline) so it runs in about a minute.
"""

from __future__ import annotations

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings

from tests.api.conftest import ADMIN_TOKEN


@pytest.fixture()
def api_schema(app: FastAPI) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_asgi("/openapi.json", app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_api_conforms_to_its_openapi(case: schemathesis.Case) -> None:
    headers = {"Authorization": f"Bearer {ADMIN_TOKEN}"} if case.path.startswith("/admin") else {}
    case.call_and_validate(headers=headers)


def test_every_operation_is_documented_with_errors_and_examples(app: FastAPI) -> None:
    doc = app.openapi()
    for path, item in doc["paths"].items():
        for method, op in item.items():
            assert op.get("summary"), (method, path)
            if path.startswith(("/api/", "/oruk/")) and "{" in path:
                assert "404" in op["responses"], (method, path)
    schemas = doc["components"]["schemas"]
    for name in ("SearchOut", "SuggestOut", "ServiceOut", "CategoriesOut", "SourcesOut"):
        assert "example" in schemas[name], name
