"""The facts stage of an indexing run: the plugins' facts of the cables still without them.

The first stage writes cables without facts (searchable at once) and lists them in the
library as pending (``cablescope.store.schema``). This stage reads the pending cables as
stored, a chunk at a time, has their facts found (``FindFacts``, in the worker processes
when there are any) and stores them a transaction at a time, each taking its cables off the
list. A run killed here leaves the rest listed: the next run finishes them, whatever files
it is given.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from cablescope import plugins
from cablescope.ingest import sizes
from cablescope.ingest.messages import FactsFailed, FactsFound
from cablescope.ingest.pool import Result, Workers, results
from cablescope.ingest.tasks import FindFacts
from cablescope.store import Store
from cablescope.store.rows import pack_facts
from cablescope.store.writes import PackedFacts

NO_FACTS = pack_facts([])

FactsProgress = Callable[[int, int], None]
"""(cables given their facts, cables whose facts were pending when the stage began)."""


def fact_plugins_loaded() -> bool:
    """Whether a plugin registered now finds facts (implements ``index_facts``); one disabled
    or unregistered since it loaded does not count."""
    report = plugins.plugin_report(include_core=True)
    return any("index_facts" in plugins.registered_hooks(info.name) for info in report)


def find_facts(store: Store, workers: Workers | None, progress: FactsProgress | None = None) -> FactsDone:
    """Find and store the facts of every cable whose facts are pending.

    Without a plugin that finds facts, the pending cables are settled as having none, as the
    first stage would have written them. A cable whose facts cannot be found fails alone
    (``FactsFailed``): the others go on.
    """
    done = FactsDone()
    total = store.facts_pending()
    if not total:
        return done
    if not fact_plugins_loaded():
        with store.transaction():
            store.facts_found_empty()
        done.found = total
        return done
    if progress:
        progress(0, total)
    for batch in _batches(results(_tasks(store), workers), done):
        with store.transaction():
            for cable_id, facts in batch:
                store.set_facts(cable_id, facts)
        if progress:
            progress(done.found, total)
    return done


@dataclass
class FactsDone:
    """What the facts stage did: cables given their facts (settled), and those that failed
    (reference id, why)."""

    found: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)


def _tasks(store: Store) -> Iterator[FindFacts]:
    """The pending cables a chunk at a time, by id (read between the writes of found facts)."""
    after = 0
    while chunk := store.facts_to_find(after, sizes.FACTS_CHUNK):
        yield FindFacts(chunk)
        after = chunk[-1][0]


def _batches(found: Iterator[Result], done: FactsDone) -> Iterator[list[tuple[int, PackedFacts]]]:
    """Found facts grouped for one transaction each: about ``BATCH_CABLES`` cables. A cable
    whose stored reading is damaged goes in as having no facts; the failures go to ``done``."""
    batch: list[tuple[int, PackedFacts]] = []
    for message in found:
        if isinstance(message, FactsFound):
            batch += message.cables
        elif isinstance(message, FactsFailed):
            done.failed += [(reference_id, why) for _, reference_id, why in message.cables]
            if message.settled:
                batch += [(cable_id, NO_FACTS) for cable_id, _, _ in message.cables]
        if len(batch) >= sizes.BATCH_CABLES:
            done.found += len(batch)
            yield batch
            batch = []
    if batch:
        done.found += len(batch)
        yield batch
