"""Schemathesis against the app's own OpenAPI document: generated requests (valid and invalid)
never cause a 5xx, and responses match the documented status codes, media types and schemas.

Each operation gets a few positive and a few negative examples (bounded so the whole file runs
in about a minute). The operations are driven with Hypothesis directly rather than through
schemathesis' pytest plugin, whose lazy fixture loader does not work with this pytest.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from schemathesis import GenerationMode
from schemathesis.checks import positive_data_acceptance

from index.geo import Gazetteer
from search_api.main import create_app
from tests.api.conftest import ADMIN_TOKEN, api_settings, indexed_backend
from tests.api.london import Directory

EXAMPLES = {GenerationMode.POSITIVE: 50, GenerationMode.NEGATIVE: 20}
# Rules across parameters or against data (lat needs lon, a postcode must exist, proximity needs
# a postcode) cannot be written in OpenAPI, so a schema-valid request may rightly get a 422:
# "every schema-valid request is accepted" is the one default check that does not apply.
EXCLUDED = [positive_data_acceptance]


# This app has no harvester wired in, so starting a harvest answers the specified 503 ("harvest
# not available in this process", covered in test_admin.py); every other operation is fuzzed.
NOT_FUZZED = {("POST", "/admin/harvest/{source_id}")}


# Invalid requests must be refused with a 4xx; oversized ones are refused before parsing with
# 413/414 (documented on every operation), which schemathesis does not expect by default.
REFUSALS = [400, 401, 403, 404, 405, 406, 409, 413, 414, 415, 422, 428, 429]
CONFIG = schemathesis.Config.from_dict(
    {"checks": {"negative_data_rejection": {"expected-statuses": REFUSALS}}}
)


def _operations(app: FastAPI) -> list[schemathesis.APIOperation]:
    schema = schemathesis.openapi.from_asgi("/openapi.json", app, config=CONFIG)
    operations = [result.ok() for result in schema.get_all_operations()]
    return [op for op in operations if (op.method.upper(), op.path) not in NOT_FUZZED]


def _fuzz(operation: schemathesis.APIOperation, mode: GenerationMode) -> None:
    headers = {}
    if operation.path.startswith("/admin"):
        headers = {"Authorization": f"Bearer {ADMIN_TOKEN}"}

    @given(case=operation.as_strategy(generation_mode=mode))
    @hypothesis_settings(
        max_examples=EXAMPLES[mode],
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate(headers=headers, excluded_checks=EXCLUDED)

    check()


@pytest.mark.parametrize("mode", list(EXAMPLES), ids=lambda m: m.value)
def test_api_conforms_to_its_openapi(
    fresh: Directory, gazetteer: Gazetteer, gazetteer_path: Path, mode: GenerationMode
) -> None:
    """On a directory of its own: fuzzed operator calls do release runs and add overrides."""
    settings = api_settings(fresh.store.path, gazetteer_path)
    backend = indexed_backend(settings, fresh, gazetteer)
    operations = _operations(create_app(settings, backend=backend, store=fresh.store))
    assert len(operations) >= 25
    for operation in operations:
        takes_input = any(
            len(group) for group in (operation.path_parameters, operation.query, operation.body)
        )
        if mode is GenerationMode.NEGATIVE and not takes_input:
            continue  # nothing to make invalid
        _fuzz(operation, mode)


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
