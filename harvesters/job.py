"""What crosses the boundary between the caller and the crawl process.

Twisted's reactor cannot be restarted, so every crawl runs in a fresh child process
(:mod:`harvesters.runner` starts it, :mod:`harvesters.crawl` is its body). The caller hands
over a :class:`CrawlJob` — the sources, the options, and per source what the previous good
run left behind (HTTP validators and the links each page led to) — and gets back one
:class:`SourceResult` per source. Both are plain JSON files, so nothing but data crosses.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from index.model import SourceRecord
from index.sources import SourceConfig

ResultStatus = Literal["ok", "blocked", "failed"]


@dataclass
class CrawlLimits:
    """Hard limits of one source's crawl; a source overrides any of them in ``params``
    (``max_page_bytes``, ``page_timeout_seconds``, ``max_run_seconds``, ``max_redirects``,
    ``max_pages``, ``retry_after_cap_seconds``, ``retry_times``)."""

    max_page_bytes: int = 10 * 1024 * 1024
    """Per response, compressed on the wire and again after decompression (gzip bombs)."""
    page_timeout_seconds: float = 30.0
    max_run_seconds: float = 3600.0
    max_redirects: int = 5
    max_pages: int = 50_000
    retry_after_cap_seconds: float = 60.0
    retry_times: int = 2

    def for_source(self, source: SourceConfig) -> CrawlLimits:
        overrides = {k: source.params[k] for k in asdict(self) if k in source.params}
        return CrawlLimits(**{**asdict(self), **overrides})


@dataclass
class CrawlOptions:
    user_agent: str
    allowed_private_hosts: list[str] = field(default_factory=list)
    polite: bool = True
    """False only for benchmarks against local sample sites: no delays, no AutoThrottle,
    several requests at a time per host. Robots, limits and the SSRF guard still apply."""
    limits: CrawlLimits = field(default_factory=CrawlLimits)
    log_level: str = "WARNING"
    sample: int | None = None
    """A dry run: follow one start page, stop after this many listings, and trace every page
    (``SourceResult.trace``). Nothing is conditional and nothing is kept by the caller."""


@dataclass
class LinkSpec:
    """One request a page led to, remembered so an unchanged (304) page can be replayed."""

    url: str
    callback: str
    data: dict[str, Any] | None = None
    nav: bool = False
    fallback: dict[str, Any] | None = None
    """What the list page showed of the listing this page details (name, link, summary,
    contacts): kept as a partial record if the page fails."""


@dataclass
class SourceState:
    """What the last good run of a source left for this one."""

    validators: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    """URL → (ETag, Last-Modified), only for URLs whose 304 can be answered: a page that
    gave live records or whose links are remembered."""
    pages: dict[str, list[LinkSpec]] = field(default_factory=dict)


@dataclass
class Skip:
    url: str
    reason: str
    category: str
    keep_previous: bool = False
    """True when the failure says nothing about whether the listing still exists (a timeout,
    a 5xx, a page that could not be parsed): the previous version stays. A 404 is not."""


@dataclass
class SourceResult:
    source_id: str
    status: ResultStatus = "ok"
    reason: str | None = None
    incomplete: str | None = None
    """Set when a navigation page (a list page, a feed page) failed: listings may be missing
    for reasons that are not the source's, so the run must not be published as it stands."""
    records: list[SourceRecord] = field(default_factory=list)
    unchanged_urls: list[str] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    validators: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    pages: dict[str, list[LinkSpec]] = field(default_factory=dict)
    stats: dict[str, Any] = field(default_factory=dict)
    missing: dict[str, int] = field(default_factory=dict)
    """Optional page elements a spider looked for and did not find → pages without them."""
    missing_examples: dict[str, str] = field(default_factory=dict)
    """Element → the first page it was missing on."""
    placeholders: dict[str, int] = field(default_factory=dict)
    """``email`` / ``url`` → placeholder values seen in listings and dropped."""
    trace: list[dict[str, Any]] = field(default_factory=list)
    """A dry run's pages in order: URL, callback, status, what each yielded, what was
    missing (empty otherwise)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "source_id": self.source_id,
            "status": self.status,
            "reason": self.reason,
            "incomplete": self.incomplete,
            "records": [r.model_dump(mode="json") for r in self.records],
            "unchanged_urls": self.unchanged_urls,
            "skipped": [asdict(s) for s in self.skipped],
            "validators": {u: list(v) for u, v in self.validators.items()},
            "pages": {u: [asdict(link) for link in links] for u, links in self.pages.items()},
            "stats": self.stats,
            "missing": self.missing,
            "missing_examples": self.missing_examples,
            "placeholders": self.placeholders,
            "trace": self.trace,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SourceResult:
        return cls(
            source_id=data["source_id"],
            status=data["status"],
            reason=data.get("reason"),
            incomplete=data.get("incomplete"),
            records=[SourceRecord.model_validate(r) for r in data.get("records", [])],
            unchanged_urls=list(data.get("unchanged_urls", [])),
            skipped=[Skip(**s) for s in data.get("skipped", [])],
            validators={u: (v[0], v[1]) for u, v in data.get("validators", {}).items()},
            pages=pages_from_json(data.get("pages", {})),
            stats=dict(data.get("stats", {})),
            missing=dict(data.get("missing", {})),
            missing_examples=dict(data.get("missing_examples", {})),
            placeholders=dict(data.get("placeholders", {})),
            trace=list(data.get("trace", [])),
        )


def pages_from_json(data: dict[str, Any]) -> dict[str, list[LinkSpec]]:
    return {url: [LinkSpec(**link) for link in links] for url, links in data.items()}


def pages_to_json(pages: dict[str, list[LinkSpec]]) -> dict[str, Any]:
    return {url: [asdict(link) for link in links] for url, links in pages.items()}


@dataclass
class CrawlJob:
    sources: list[SourceConfig]
    options: CrawlOptions
    states: dict[str, SourceState] = field(default_factory=dict)

    def write(self, path: Path) -> None:
        data = {
            "sources": [s.model_dump(mode="json") for s in self.sources],
            "options": asdict(self.options),
            "states": {
                sid: {
                    "validators": {u: list(v) for u, v in st.validators.items()},
                    "pages": pages_to_json(st.pages),
                }
                for sid, st in self.states.items()
            },
        }
        path.write_text(json.dumps(data), encoding="utf-8")

    @classmethod
    def read(cls, path: Path) -> CrawlJob:
        data = json.loads(path.read_text(encoding="utf-8"))
        opts = dict(data["options"])
        opts["limits"] = CrawlLimits(**opts.get("limits", {}))
        return cls(
            sources=[SourceConfig.model_validate(s) for s in data["sources"]],
            options=CrawlOptions(**opts),
            states={
                sid: SourceState(
                    validators={u: (v[0], v[1]) for u, v in st["validators"].items()},
                    pages=pages_from_json(st["pages"]),
                )
                for sid, st in data.get("states", {}).items()
            },
        )
