"""What Elastic's TypeScript specification says and its OpenAPI output cannot express.

The OpenAPI document is generated from ``elastic/elasticsearch-specification`` (TypeScript).
Three kinds of TypeScript behaviour are lost on the way, and each is put back here with the
TypeScript it comes from, so the validator is exactly as strict as the specification, not
stricter (a false alarm) nor looser (a misspelt option slipping through):

- ``AdditionalProperty<Field, T>``: a class that takes one extra key, a field name, whose
  value is a ``T`` (``geo_distance``'s point, a sort's field, a decay function's placement,
  ``terms``' values). The output drops the extra key; ``EXTRA_KEYS`` restores it.
- Types only ever used as such a value (``FieldSort``, ``DecayPlacement``,
  ``TermsQueryField``) have no schema at all in the output; they are defined below.
- ``@variants container`` with container properties (``FunctionScoreContainer``: ``filter``
  and ``weight`` beside exactly one function) comes out as ``maxProperties: 1`` over all keys,
  which refuses every function with a filter; ``REPLACED`` states the real rule. A union whose
  branches overlap (``DecayFunction``: the untyped branch accepts everything the typed ones
  do) comes out as ``oneOf``, which no value can satisfy; it becomes ``anyOf``.
- ``AdditionalProperties<string, any>``: a class that takes any extra keys (an error's
  cause); ``OPEN`` keeps those open.
- ``@availability stack`` only: index settings the serverless subset leaves out although a
  cluster needs them (``number_of_shards``, ``number_of_replicas``), in ``ADDED_PROPERTIES``.
"""

from __future__ import annotations

from typing import Any

SCHEMAS = "#/components/schemas/"


def ref(name: str) -> dict[str, str]:
    return {"$ref": SCHEMAS + name}


FIELD_SORT: dict[str, Any] = {
    # _types/sort.ts: class FieldSort (shortcut: the SortOrder alone)
    "type": "object",
    "properties": {
        "missing": {"oneOf": [{"type": "string"}, {"type": "number"}, {"type": "boolean"}]},
        "mode": ref("_types.SortMode"),
        "nested": ref("_types.NestedSortValue"),
        "order": ref("_types.SortOrder"),
        "unmapped_type": {"type": "string"},
        "numeric_type": {"enum": ["long", "double", "date", "date_nanos"]},
        "format": {"type": "string"},
    },
    "unevaluatedProperties": False,
}


def _decay_placement(origin: dict[str, Any], scale: dict[str, Any]) -> dict[str, Any]:
    # query_dsl/compound.ts: class DecayPlacement<TOrigin, TScale>
    return {
        "type": "object",
        "properties": {
            "decay": {"type": "number"},
            "offset": scale,
            "scale": scale,
            "origin": origin,
        },
        "unevaluatedProperties": False,
    }


ANY: dict[str, Any] = {}

TERMS_QUERY_FIELD: dict[str, Any] = {
    # query_dsl/term.ts: type TermsQueryField = FieldValue[] | TermsLookup
    "anyOf": [
        {"type": "array", "items": ref("_types.FieldValue")},
        {
            "type": "object",
            "properties": {
                "index": {"type": "string"},
                "id": {"type": "string"},
                "path": {"type": "string"},
                "routing": {"type": "string"},
            },
            "required": ["index", "id", "path"],
            "unevaluatedProperties": False,
        },
    ]
}

EXTRA_KEYS: dict[str, dict[str, Any]] = {
    # query_dsl/geo.ts: class GeoDistanceQuery extends QueryBase
    #   implements AdditionalProperty<Field, GeoLocation>
    "_types.query_dsl.GeoDistanceQuery": ref("_types.GeoLocation"),
    # _types/sort.ts: class GeoDistanceSort
    #   implements AdditionalProperty<Field, GeoLocation | GeoLocation[]>
    "_types.GeoDistanceSort": {
        "anyOf": [ref("_types.GeoLocation"), {"type": "array", "items": ref("_types.GeoLocation")}]
    },
    # _types/sort.ts: class SortOptions implements AdditionalProperty<Field, FieldSort>
    "_types.SortOptions": {"anyOf": [ref("_types.SortOrder"), FIELD_SORT]},
    # query_dsl/term.ts: class TermsQuery extends QueryBase
    #   implements AdditionalProperty<Field, TermsQueryField>
    "_types.query_dsl.TermsQuery": TERMS_QUERY_FIELD,
    # query_dsl/compound.ts: class DecayFunctionBase<TOrigin, TScale>
    #   implements AdditionalProperty<Field, DecayPlacement<TOrigin, TScale>>
    "_types.query_dsl.GeoDecayFunction": _decay_placement(
        ref("_types.GeoLocation"), ref("_types.Distance")
    ),
    "_types.query_dsl.UntypedDecayFunction": _decay_placement(ANY, ANY),
    "_types.query_dsl.NumericDecayFunction": _decay_placement(
        {"type": "number"}, {"type": "number"}
    ),
    "_types.query_dsl.DateDecayFunction": _decay_placement(
        ref("_types.DateMath"), ref("_types.Duration")
    ),
}

_VARIANTS = ["exp", "gauss", "linear", "field_value_factor", "random_score", "script_score"]

REPLACED: dict[str, dict[str, Any]] = {
    # query_dsl/compound.ts: class FunctionScoreContainer — @variants container, with
    # container properties filter and weight beside (at most) one function
    "_types.query_dsl.FunctionScoreContainer": {
        "type": "object",
        "properties": {
            "filter": ref("_types.query_dsl.QueryContainer"),
            "weight": {"type": "number"},
            "exp": ref("_types.query_dsl.DecayFunction"),
            "gauss": ref("_types.query_dsl.DecayFunction"),
            "linear": ref("_types.query_dsl.DecayFunction"),
            "field_value_factor": ref("_types.query_dsl.FieldValueFactorScoreFunction"),
            "random_score": ref("_types.query_dsl.RandomScoreFunction"),
            "script_score": ref("_types.query_dsl.ScriptScoreFunction"),
        },
        "dependentSchemas": {
            v: {"not": {"anyOf": [{"required": [w]} for w in _VARIANTS if w != v]}}
            for v in _VARIANTS
        },
        "unevaluatedProperties": False,
    },
    # query_dsl/compound.ts: type DecayFunction = Untyped | Date | Numeric | Geo — the
    # untyped branch accepts every placement, so "exactly one" can never hold
    "_types.query_dsl.DecayFunction": {
        "anyOf": [
            ref("_types.query_dsl.GeoDecayFunction"),
            ref("_types.query_dsl.DateDecayFunction"),
            ref("_types.query_dsl.NumericDecayFunction"),
            ref("_types.query_dsl.UntypedDecayFunction"),
        ]
    },
}

OPEN = frozenset(
    {
        # _types/Errors.ts: class ErrorCause implements AdditionalProperties<string, any> — the
        # server adds the failing index, shard, line and column as it sees fit
        "_types.ErrorCause",
    }
)
"""Classes the TypeScript declares open (``AdditionalProperties<string, any>``)."""

ADDED_PROPERTIES: dict[str, dict[str, dict[str, Any]]] = {
    # indices/_types/IndexSettings.ts: number_of_shards?, number_of_replicas?: integer | string,
    # both @availability stack (a serverless project manages its own shards)
    "indices._types.IndexSettings": {
        "number_of_shards": {"oneOf": [{"type": "integer"}, {"type": "string"}]},
        "number_of_replicas": {"oneOf": [{"type": "integer"}, {"type": "string"}]},
    },
}
