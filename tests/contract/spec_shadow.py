"""The ``elasticsearch-spec`` run of the contract suite: every request the Elasticsearch
backend makes for each contract test, checked against Elastic's specification.

Each call a test makes goes to the embedded backend, whose answer the test's assertions read
(the ``embedded`` run proves those answers; here they only carry the test to its next call),
and to the Elasticsearch backend — the real code, with the official client over HTTP — pointed
at the recorder (``tests/elastic_spec``). The recorder checks every request it receives against
the specification (path, parameters, body; each ``_bulk`` line) and answers with responses the
specification's response schemas accept, which the backend then parses with its own code.

The recorder does not evaluate queries, so each search and suggestion is made three ways, to
drive every branch the backend has: answered with every document; answered with none (the
"nothing found" paths: a need relaxed to most of its concepts, typo-corrected suggestions); and
by a second backend whose result window is 4 hits, so pages are reached with ``search_after``.
A test fails when the specification rejects anything the backend sent, naming the request and
the schema's complaint; and when the two backends disagree about raising an error.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from index.backends.elastic import ElasticsearchBackend
from index.backends.protocol import SearchBackend
from tests.elastic_spec.recorder import Exchange, Recorder

WALK_WINDOW = 4


class SpecViolation(AssertionError):
    """The specification refused a request the backend sent (or the recorder's answer)."""


class SpecShadow:
    name = "elasticsearch-spec"

    def __init__(
        self, reference: SearchBackend, mirrors: list[ElasticsearchBackend], recorder: Recorder
    ) -> None:
        self.reference = reference
        self.mirrors = mirrors
        self.recorder = recorder
        self.checked = 0
        """Requests checked against the specification so far."""

    # -- the protocol -----------------------------------------------------------------------

    def rebuild(self, services: Iterable[Any]) -> int:
        return self._write("rebuild", services)

    def upsert(self, services: Iterable[Any]) -> int:
        return self._write("upsert", services)

    def delete(self, ids: Iterable[str]) -> int:
        return self._write("delete", ids)

    def search(self, query: Any, **kwargs: Any) -> Any:
        return self._read("search", query, **kwargs)

    def suggest(self, prefix: str, limit: int = 8) -> Any:
        return self._read("suggest", prefix, limit)

    def health(self) -> Any:
        return self._call("health", lambda b: b.health(), [])

    # -- running each call everywhere ---------------------------------------------------------

    def _write(self, method: str, items: Iterable[Any]) -> Any:
        replay = _replayable(items)
        return self._call(method, lambda b: getattr(b, method)(replay()), [])

    def _read(self, method: str, *args: Any, **kwargs: Any) -> Any:
        def call(b: Any) -> Any:
            return getattr(b, method)(*args, **kwargs)

        def nothing_found(b: Any) -> Any:
            with self.recorder.empty():
                return call(b)

        return self._call(method, call, [nothing_found])

    def _call(self, method: str, call: Callable[[Any], Any], variants: list[Any]) -> Any:
        try:
            answer, failure = call(self.reference), None
        except Exception as exc:
            answer, failure = None, exc
        for i, mirror in enumerate(self.mirrors):
            for attempt in [call, *variants] if i == 0 else [call]:
                try:
                    attempt(mirror)
                    mirrored: Exception | None = None
                except SpecViolation:
                    raise
                except Exception as exc:
                    mirrored = exc
                self._check(method)
                if attempt is call and type(mirrored) is not type(failure):
                    raise AssertionError(
                        f"{method}: embedded {'raised ' + repr(failure) if failure else 'answered'}"
                        f" but Elasticsearch {'raised ' + repr(mirrored) if mirrored else 'answered'}"
                    ) from mirrored
        if failure is not None:
            raise failure
        return answer

    def _check(self, method: str) -> None:
        exchanges = self.recorder.take()
        self.checked += len(exchanges)
        problems = [f"  {p}" for e in exchanges for p in e.problems]
        broken = [f"  {p}" for e in exchanges for p in e.answer_problems]
        crashes = [f"  {c}" for c in self.recorder.crashes]
        if problems:
            raise SpecViolation(
                f"{method}: the specification rejects what the Elasticsearch backend sent:\n"
                + "\n".join(dict.fromkeys(problems))
                + "\nrequests:\n"
                + _requests(exchanges)
            )
        if broken or crashes:
            raise SpecViolation(
                f"{method}: the recorder's answers break the specification (a bug in "
                "tests/elastic_spec):\n" + "\n".join(dict.fromkeys(broken + crashes))
            )


def _replayable(items: Iterable[Any]) -> Callable[[], Iterator[Any]]:
    """Read ``items`` once; each call gives a fresh iterator over the same items, ending with
    the same exception if reading them failed part way (a store that went away)."""
    read: list[Any] = []
    failure: Exception | None = None
    try:
        for item in items:
            read.append(item)
    except Exception as exc:
        failure = exc

    def replay() -> Iterator[Any]:
        yield from read
        if failure is not None:
            raise failure

    return replay


def _requests(exchanges: list[Exchange]) -> str:
    return "\n".join(f"  {e.method} {e.path} → {e.status}" for e in exchanges[-20:])
