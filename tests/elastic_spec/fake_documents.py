"""How the recorder's fake cluster treats documents: refused as a ``dynamic: strict`` mapping
would refuse them, filtered to the ``_source`` asked for, sorted and ``search_after``-ed by
the sort asked for, and counted by ``terms`` aggregations."""

from __future__ import annotations

import math
from typing import Any

from index.geo import distance_km


def error(kind: str, reason: str, status: int, **extra: Any) -> dict[str, Any]:
    cause = {"type": kind, "reason": reason, **extra}
    return {"error": {"root_cause": [cause], **cause}, "status": status}


def refuse(mappings: dict[str, Any], source: dict[str, Any]) -> dict[str, Any] | None:
    """Why a server would refuse ``source`` under ``mappings`` (or ``None``)."""
    properties = mappings.get("properties", {})
    for key, value in source.items():
        field_type = properties.get(key, {}).get("type", "object")
        if key not in properties and mappings.get("dynamic") == "strict":
            return error(
                "strict_dynamic_mapping_exception",
                f"mapping set to strict, dynamic introduction of [{key}] within [_doc] "
                "is not allowed",
                400,
            )["error"]
        if field_type == "geo_point":
            for point in value if isinstance(value, list) else [value]:
                lat, lon = point.get("lat", 0), point.get("lon", 0)
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    return error(
                        "mapper_parsing_exception",
                        f"failed to parse field [{key}] of type [geo_point]",
                        400,
                        caused_by={
                            "type": "illegal_argument_exception",
                            "reason": f"illegal latitude value [{lat}] for {key}",
                        },
                    )["error"]
        if field_type == "integer" and not isinstance(value, int):
            return error(
                "mapper_parsing_exception", f"failed to parse field [{key}] of type [integer]", 400
            )["error"]
    return None


def filter_source(doc: dict[str, Any], includes: list[str] | None) -> dict[str, Any]:
    if includes is None:
        return doc
    out: dict[str, Any] = {}
    for path in includes:
        head, _, rest = path.partition(".")
        if head not in doc:
            continue
        if rest and isinstance(doc[head], dict):
            out.setdefault(head, {}).update(filter_source(doc[head], [rest]))
        else:
            out[head] = doc[head]
    return out


def order_of(clause: Any) -> str:
    if isinstance(clause, str):
        return "desc" if clause == "_score" else "asc"
    ((name, spec),) = clause.items()
    default = "desc" if name == "_score" else "asc"
    return spec.get("order", default) if isinstance(spec, dict) else str(spec)


def sort_values(clauses: list[Any], doc: dict[str, Any]) -> list[Any]:
    values: list[Any] = []
    for clause in clauses:
        name = clause if isinstance(clause, str) else next(iter(clause))
        if name == "_score":
            values.append(1.0)
        elif name == "_geo_distance":
            spec = clause[name]
            field_name, origin = next((k, v) for k, v in spec.items() if isinstance(v, dict))
            points = doc.get(field_name) or []
            dist = min(
                (distance_km(origin["lat"], origin["lon"], p["lat"], p["lon"]) for p in points),
                default=math.inf,
            )
            values.append(dist if math.isfinite(dist) else 1.0e308)
        else:
            value = doc.get(name.removesuffix(".sort"))
            value = value[0] if isinstance(value, list) and value else value
            values.append(value.lower() if isinstance(value, str) else value)
    return values


def compare(a: list[Any], b: list[Any], orders: list[str]) -> int:
    for x, y, order in zip(a, b, orders, strict=False):
        if x == y:
            continue
        if x is None or y is None:
            return 1 if x is None else -1  # missing values last
        less = x < y
        return (-1 if less else 1) * (1 if order == "asc" else -1)
    return 0


def terms(spec: dict[str, Any], docs: list[dict[str, Any]]) -> dict[str, Any]:
    counts: dict[Any, int] = {}
    for doc in docs:
        value = doc.get(spec["field"])
        for v in value if isinstance(value, list) else [value]:
            if v is not None:
                counts[v] = counts.get(v, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
    size = int(spec.get("size", 10))
    return {
        "doc_count_error_upper_bound": 0,
        "sum_other_doc_count": sum(c for _, c in ranked[size:]),
        "buckets": [{"key": k, "doc_count": c} for k, c in ranked[:size]],
    }
