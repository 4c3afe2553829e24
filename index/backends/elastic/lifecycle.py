"""Generations of indices behind the two aliases, and the one request that swaps them.

Every rebuild writes a new generation — ``<alias>-<UTC time, to the µs>-<6 hex>`` for services and
``<alias>-suggest-<same stamp>`` for suggestions — while searches keep reading the old one
through the aliases. One ``_aliases`` request then moves both aliases at once (Elasticsearch
applies it atomically: no search sees one alias moved and not the other). The generation it
replaced stays for ``rollback``; older ones are deleted (``ElasticOptions.keep_previous``).
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from dataclasses import dataclass
from typing import Any

from index.backends.elastic.client import call
from index.backends.errors import BackendError

STAMP = re.compile(r"\d{20}-[0-9a-f]{6}")
GREEN_WAIT = 30.0
log = logging.getLogger(__name__)


def new_stamp() -> str:
    """UTC time to the microsecond, then a random tail: stamps sort in creation order."""
    now = time.time()
    second = time.strftime("%Y%m%d%H%M%S", time.gmtime(now))
    return f"{second}{int(now % 1 * 1_000_000):06d}-{uuid.uuid4().hex[:6]}"


@dataclass(frozen=True)
class Generation:
    """One rebuild's pair of indices."""

    stamp: str
    services: str
    suggest: str


class Generations:
    """The indices behind ``alias`` and ``<alias>-suggest``."""

    def __init__(self, client: Any, alias: str) -> None:
        self.client = client
        self.alias = alias
        self.suggest_alias = f"{alias}-suggest"

    def new(self) -> Generation:
        stamp = new_stamp()
        return Generation(stamp, f"{self.alias}-{stamp}", f"{self.suggest_alias}-{stamp}")

    def of(self, stamp: str) -> Generation:
        return Generation(stamp, f"{self.alias}-{stamp}", f"{self.suggest_alias}-{stamp}")

    def create(self, index: str, settings: dict[str, Any], mappings: dict[str, Any]) -> None:
        call(
            "create index",
            self.client.indices.create,
            index=index,
            settings=settings,
            mappings=mappings,
        )

    def wait_for_copies(self, generation: Generation, timeout: float = GREEN_WAIT) -> str:
        """Wait until every shard copy of the new generation is allocated (green) before the
        swap, so that the index searches move to survives a node going away at once. A
        cluster that cannot place the replicas (one node, ``replicas`` ≥ 1) stays yellow: the
        swap goes ahead after ``timeout``, with a warning, since every primary answers."""
        indices = f"{generation.services},{generation.suggest}"
        deadline = time.monotonic() + timeout
        while True:
            rows = call(
                "index health",
                self.client.cat.indices,
                index=indices,
                h=["health"],
                headers={"accept": "application/json"},
            )
            states = {row.get("health") for row in rows}
            if states == {"green"} or time.monotonic() > deadline:
                break
            time.sleep(0.25)
        state = "green" if states == {"green"} else "/".join(sorted(s for s in states if s))
        if state != "green":
            log.warning(
                "%s is %s after %.0f s: its replicas are not all placed (a single-node server "
                "needs SIGNPOST_ELASTICSEARCH_REPLICAS=0); swapping to it anyway",
                generation.services, state, timeout,
            )  # fmt: skip
        return state

    def live(self) -> Generation | None:
        """The generation the services alias points at (``None`` before the first build)."""
        targets = self._aliased(self.alias)
        if not targets:
            return None
        stamp = self._stamp(targets[0], self.alias)
        return self.of(stamp) if stamp else None

    def stamps(self) -> list[str]:
        """Every generation on the cluster, oldest first (stamps sort by time)."""
        found = call(
            "list indices",
            self.client.indices.get_alias,
            index=f"{self.alias}-*",
            ignore_unavailable=True,
            allow_no_indices=True,
        )
        stamps = {self._stamp(name, self.alias) for name in found}
        stamps |= {self._stamp(name, self.suggest_alias) for name in found}
        return sorted(s for s in stamps if s)

    def swap(self, to: Generation) -> Generation | None:
        """Point both aliases at ``to`` in one atomic request; the generation replaced."""
        actions: list[dict[str, Any]] = []
        for alias, index in ((self.alias, to.services), (self.suggest_alias, to.suggest)):
            current = self._aliased(alias)
            if not current and self._is_index(alias):
                raise BackendError(f"{alias} is an index, not an alias: remove it or rename it")
            actions += [{"remove": {"index": name, "alias": alias}} for name in current]
            actions.append({"add": {"index": index, "alias": alias}})
        before = self.live()
        call("alias swap", self.client.indices.update_aliases, body={"actions": actions})
        return before

    def prune(self, keep: int) -> list[str]:
        """Delete generations older than the live one and the ``keep`` before it."""
        live = self.live()
        stamps = self.stamps()
        if live is None or live.stamp not in stamps:
            return []
        older = stamps[: stamps.index(live.stamp)]
        doomed = older[: max(0, len(older) - keep)]
        for stamp in doomed:
            self.delete(self.of(stamp))
        return doomed

    def previous(self) -> Generation | None:
        live = self.live()
        stamps = self.stamps()
        if live is None or live.stamp not in stamps:
            return None
        older = stamps[: stamps.index(live.stamp)]
        return self.of(older[-1]) if older else None

    def delete(self, generation: Generation) -> None:
        call(
            "delete index",
            self.client.indices.delete,
            index=[generation.services, generation.suggest],
            ignore_unavailable=True,
        )

    def drop(self) -> None:
        """Every generation, live or not (tests and decommissioning)."""
        for stamp in self.stamps():
            self.delete(self.of(stamp))

    # -- helpers --------------------------------------------------------------------------

    def _aliased(self, alias: str) -> list[str]:
        if not self.client.indices.exists_alias(name=alias):
            return []
        return sorted(call("get alias", self.client.indices.get_alias, name=alias))

    def _is_index(self, name: str) -> bool:
        return bool(self.client.indices.exists(index=name))

    @staticmethod
    def _stamp(index: str, alias: str) -> str | None:
        rest = index.removeprefix(f"{alias}-")
        return rest if rest != index and STAMP.fullmatch(rest) else None
