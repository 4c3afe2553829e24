"""Elastic's OpenAPI document of the Elasticsearch API, as a validator of what the backend
sends and of what the recorder answers.

The document (``../shared/data/elasticsearch/``) is generated from Elastic's TypeScript
specification, where every request and response type is a closed class: the server refuses an
unknown key ("unknown field [fuzzyness]"). The OpenAPI output leaves objects open (no
``additionalProperties: false``), so a misspelt option would validate. ``closed`` restores the
TypeScript meaning: every object type with declared properties gets
``unevaluatedProperties: false`` (JSON Schema 2020-12, which sees through ``allOf``
inheritance). Where the TypeScript class *does* take extra keys (``AdditionalProperty``
behaviours, e.g. the field name in ``geo_distance``), the OpenAPI output drops them;
``EXTRA_KEYS`` puts each one back with the schema of its values, citing the upstream type.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import jsonschema_rs
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.elastic_spec.amendments import ADDED_PROPERTIES, EXTRA_KEYS, OPEN, REPLACED, SCHEMAS

SPEC_FILE = "data/elasticsearch/elasticsearch-serverless-openapi.json"
BASE = "urn:elasticsearch-openapi"
METHODS = ("get", "put", "post", "delete", "head")


@dataclass(frozen=True)
class Problem:
    """One disagreement with the specification: where, and what the schema said."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class Operation:
    method: str
    template: str
    operation_id: str
    spec: dict[str, Any]
    pattern: re.Pattern[str] = field(repr=False, default=re.compile(""))
    parameters: dict[str, dict[str, Any]] = field(default_factory=dict)
    """query and path parameters by name, ``$ref``s resolved"""


def _closed(
    schema: Any,
    *,
    part_of_inheritance: bool = False,
    bases: frozenset[str] = frozenset(),
    name: str | None = None,
    extra: dict[str, dict[str, Any]] | None = None,
) -> Any:
    """``schema`` with OpenAPI 3.0 ``nullable`` turned into JSON Schema and every object type
    closed (see the module docstring)."""
    if isinstance(schema, list):
        return [_closed(s, bases=bases) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in ("properties", "patternProperties"):
            out[key] = {k: _closed(v, bases=bases) for k, v in value.items()}
        elif key in ("items", "additionalProperties", "not", "unevaluatedProperties"):
            out[key] = _closed(value, bases=bases)
        elif key == "allOf":
            inheritance = len(value) > 1
            out[key] = [_closed(s, part_of_inheritance=inheritance, bases=bases) for s in value]
        elif key in ("oneOf", "anyOf"):
            # a TypeScript union is "any of": its OpenAPI ``oneOf`` often has overlapping
            # branches ("0" is both a string and the literal "0"), which "exactly one" refuses
            out["anyOf"] = [_closed(s, bases=bases) for s in value]
        elif key in ("examples", "example", "externalDocs", "description", "discriminator"):
            continue
        else:
            out[key] = value
    if out.pop("nullable", False):
        out = {"anyOf": [out, {"type": "null"}]}
        return out
    declares = "properties" in out or ("allOf" in out and len(out["allOf"]) > 1)
    open_by_choice = "additionalProperties" in out or "unevaluatedProperties" in out
    closable = name not in bases and name not in OPEN
    if declares and not open_by_choice and not part_of_inheritance and closable:
        out["unevaluatedProperties"] = (EXTRA_KEYS if extra is None else extra).get(
            name or "", False
        )
    return out


def _amended(schemas: dict[str, Any]) -> dict[str, Any]:
    """The component schemas with ``amendments`` applied (``REPLACED``, ``ADDED_PROPERTIES``;
    ``EXTRA_KEYS`` is applied while closing)."""
    out = dict(schemas)
    for name, schema in REPLACED.items():
        assert name in out, f"amendment for {name}, which the specification no longer has"
        out[name] = schema
    for name, added in ADDED_PROPERTIES.items():
        schema = copy.deepcopy(out[name])
        schema["properties"] = {**added, **schema.get("properties", {})}
        out[name] = schema
    return out


def _inheritance_bases(schemas: dict[str, Any]) -> frozenset[str]:
    """Schemas other schemas extend (``allOf: [{$ref: Base}, {...}]``): closing a base on its
    own would reject its subclasses' keys, so only the subclasses are closed."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            parts = node.get("allOf")
            if isinstance(parts, list) and len(parts) > 1:
                for part in parts:
                    ref = part.get("$ref", "") if isinstance(part, dict) else ""
                    if ref.startswith(SCHEMAS):
                        found.add(ref[len(SCHEMAS) :])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(schemas)
    return frozenset(found)


class Specification:
    """Operations by method and path, with validators for bodies, parameters and answers."""

    def __init__(self, document: dict[str, Any], *, amended: bool = True) -> None:
        """``amended=False`` validates by the OpenAPI output alone (closed, but without
        ``amendments``): the tests show what each amendment is for with it."""
        self.document = document
        components = document["components"]
        schemas = _amended(components["schemas"]) if amended else dict(components["schemas"])
        bases = _inheritance_bases(schemas)
        self.bases = bases
        extra = EXTRA_KEYS if amended else {}
        closed = {
            "components": {
                "schemas": {
                    n: _closed(s, bases=bases, name=n, extra=extra) for n, s in schemas.items()
                }
            }
        }
        self._root = {"$id": BASE, **closed}
        resource = Resource.from_contents(self._root, default_specification=DRAFT202012)
        self.registry: Registry = Registry().with_resource(BASE, resource)
        self._fast_registry = jsonschema_rs.Registry([(BASE, self._root)])
        self._validators: dict[str, tuple[Any, Draft202012Validator]] = {}
        self.operations = self._operations()

    @classmethod
    def load(cls, shared: Path) -> Specification:
        return cls(json.loads((shared / SPEC_FILE).read_text(encoding="utf-8")))

    # -- resolution -----------------------------------------------------------------------

    def resolve(self, node: Any) -> Any:
        """Follow a ``$ref`` to ``#/components/{parameters,requestBodies,responses}``."""
        while isinstance(node, dict) and "$ref" in node and not node["$ref"].startswith(SCHEMAS):
            target: Any = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def validator(self, schema: dict[str, Any]) -> tuple[Any, Draft202012Validator]:
        """Validators for a schema found inline in the document (a request body, a
        parameter), its ``#/components`` references made absolute into the closed components
        registered under ``BASE``: ``jsonschema_rs`` to check fast (a few hundred requests per
        test module), ``jsonschema`` to explain what failed."""
        key = json.dumps(schema, sort_keys=True)
        found = self._validators.get(key)
        if found is None:
            absolute = json.loads(key.replace('"#/components/', f'"{BASE}#/components/'))
            closed = _closed(absolute, bases=self.bases)
            found = (
                jsonschema_rs.Draft202012Validator(closed, registry=self._fast_registry),
                Draft202012Validator(closed, registry=self.registry),
            )
            self._validators[key] = found
        return found

    def _operations(self) -> list[Operation]:
        out: list[Operation] = []
        for template, item in self.document["paths"].items():
            regex = "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$"
            for method in METHODS:
                spec = item.get(method)
                if spec is None:
                    continue
                params = {}
                for p in [*item.get("parameters", []), *spec.get("parameters", [])]:
                    p = self.resolve(p)
                    params[p["name"]] = p
                out.append(
                    Operation(
                        method.upper(),
                        template,
                        spec["operationId"],
                        spec,
                        re.compile(regex),
                        params,
                    )
                )
        # a literal segment wins over a {placeholder}: /_alias/{name} before /{index}/_alias
        out.sort(key=lambda o: (o.template.count("{"), -len(o.template)))
        return out

    def find(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        for op in self.operations:
            if op.method != method:
                continue
            m = op.pattern.match(path)
            if m:
                return op, {k: unquote(v) for k, v in m.groupdict().items()}
        return None

    # -- checks ---------------------------------------------------------------------------

    def _schema_problems(self, where: str, schema: dict[str, Any], value: Any) -> list[Problem]:
        fast, explaining = self.validator(schema)
        if fast.is_valid(value):
            return []
        errors = list(explaining.iter_errors(value))
        problems = []
        for error in _root_causes(errors):
            pointer, reason = _message(error)
            problems.append(Problem(f"{where}{pointer}", reason))
        return list(dict.fromkeys(problems))

    def check_parameters(
        self, op: Operation, path_params: dict[str, str], query: dict[str, list[str]]
    ) -> list[Problem]:
        problems: list[Problem] = []
        where = f"{op.method} {op.template}"
        for name, values in query.items():
            param = op.parameters.get(name)
            if param is None or param.get("in") != "query":
                problems.append(Problem(f"{where} ?{name}", "no such query parameter"))
                continue
            for value in values:
                problems += self._schema_problems(
                    f"{where} ?{name}", param["schema"], _from_url(value, param["schema"], self)
                )
        for name, value in path_params.items():
            param = op.parameters.get(name)
            if param is not None:
                problems += self._schema_problems(
                    f"{where} {{{name}}}", param["schema"], _from_url(value, param["schema"], self)
                )
        return problems

    def request_schema(self, op: Operation) -> dict[str, Any] | None:
        body = self.resolve(op.spec.get("requestBody"))
        if not body:
            return None
        content = body["content"]
        media = content.get("application/json") or next(iter(content.values()))
        return media["schema"]

    def check_body(self, op: Operation, body: Any) -> list[Problem]:
        schema = self.request_schema(op)
        where = f"{op.method} {op.template} body"
        if schema is None:
            return [Problem(where, "this operation takes no body")] if body is not None else []
        if body is None:
            required = self.resolve(op.spec.get("requestBody")).get("required", False)
            return [Problem(where, "this operation needs a body")] if required else []
        return self._schema_problems(where, schema, body)

    def response_schema(self, op: Operation, status: int) -> dict[str, Any] | None:
        responses = op.spec.get("responses", {})
        answer = self.resolve(responses.get(str(status)) or responses.get("default"))
        if not answer or "content" not in answer:
            return None
        return answer["content"].get("application/json", {}).get("schema")

    def check_response(self, op: Operation, status: int, body: Any) -> list[Problem]:
        """An answer against the operation's response schema for ``status`` (statuses the
        operation does not describe, like a HEAD's 404, have nothing to check)."""
        schema = self.response_schema(op, status)
        if schema is None:
            return []
        return self._schema_problems(f"answer {status} to {op.method} {op.template}", schema, body)

    def check_error(self, op: Operation, body: Any) -> list[Problem]:
        """An error answer against ``ErrorResponseBase`` (every API's error shape)."""
        where = f"error answer to {op.method} {op.template}"
        return self._schema_problems(where, {"$ref": SCHEMAS + "_types.ErrorResponseBase"}, body)

    def check_value(self, where: str, schema: str, value: Any) -> list[Problem]:
        """``value`` against the component schema named ``schema``."""
        return self._schema_problems(where, {"$ref": SCHEMAS + schema}, value)


def _from_url(value: str, schema: dict[str, Any], spec: Specification) -> Any:
    """A query-string value as the JSON value its schema describes ("true" → true, "5" → 5,
    "a,b" → ["a", "b"] for list types)."""
    types = _types(schema, spec)
    if "boolean" in types and value in ("true", "false"):
        return value == "true"
    if {"number", "integer"} & types:
        try:
            return int(value) if re.fullmatch(r"-?\d+", value) else float(value)
        except ValueError:
            pass
    if "array" in types and "string" not in types:
        return value.split(",")
    if "array" in types and "," in value:
        return value.split(",")
    return value


def _types(schema: Any, spec: Specification, depth: int = 0) -> set[str]:
    if depth > 8 or not isinstance(schema, dict):
        return set()
    found: set[str] = set()
    t = schema.get("type")
    if isinstance(t, str):
        found.add(t)
    elif isinstance(t, list):
        found.update(t)
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(SCHEMAS):
        found |= _types(
            spec.document["components"]["schemas"][ref[len(SCHEMAS) :]], spec, depth + 1
        )
    for key in ("oneOf", "anyOf", "allOf"):
        for sub in schema.get(key, []):
            found |= _types(sub, spec, depth + 1)
    return found


def _root_causes(errors: list[ValidationError]) -> list[ValidationError]:
    """Errors minus the echoes: a key whose value failed is also "unevaluated" for
    ``unevaluatedProperties`` one level up, which says nothing new."""
    paths = [tuple(e.absolute_path) for e in errors]
    kept = []
    for error in errors:
        here = tuple(error.absolute_path)
        if error.validator == "unevaluatedProperties" and any(
            len(p) > len(here) and p[: len(here)] == here for p in paths
        ):
            continue
        kept.append(error)
    return sorted(kept, key=lambda e: [str(p) for p in e.absolute_path])


def _pointer(error: ValidationError) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path) or ""


def _message(error: ValidationError) -> tuple[str, str]:
    """Where and why, for the most specific reason: inside a union no branch of which fits,
    the branch that came closest (``jsonschema``'s ``best_match``)."""
    best = best_match([error]) or error
    reason = best.message if len(best.message) < 300 else best.message[:300] + "…"
    if best is not error:
        reason += " (the closest alternative of a union)"
    return _pointer(best), reason
