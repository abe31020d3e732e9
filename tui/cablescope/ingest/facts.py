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

from cablescope import plugins
from cablescope.ingest import sizes
from cablescope.ingest.messages import FactsFound
from cablescope.ingest.pool import Result, Workers, results
from cablescope.ingest.tasks import FindFacts
from cablescope.store import Store
from cablescope.store.writes import PackedFacts

FactsProgress = Callable[[int, int], None]
"""(cables given their facts, cables whose facts were pending when the stage began)."""


def fact_plugins_loaded() -> bool:
    """Whether a plugin registered now finds facts (implements ``index_facts``); one disabled
    or unregistered since it loaded does not count."""
    report = plugins.plugin_report(include_core=True)
    return any("index_facts" in plugins.registered_hooks(info.name) for info in report)


def find_facts(store: Store, workers: Workers | None, progress: FactsProgress | None = None) -> int:
    """Find and store the facts of every cable whose facts are pending; returns how many.

    Without a plugin that finds facts, the pending cables are settled as having none, as the
    first stage would have written them.
    """
    total = store.facts_pending()
    if not total:
        return 0
    if not fact_plugins_loaded():
        with store.transaction():
            store.facts_found_empty()
        return total
    done = 0
    if progress:
        progress(0, total)
    for batch in _batches(results(_tasks(store), workers)):
        with store.transaction():
            for cable_id, facts in batch:
                store.set_facts(cable_id, facts)
        done += len(batch)
        if progress:
            progress(done, total)
    return done


def _tasks(store: Store) -> Iterator[FindFacts]:
    """The pending cables a chunk at a time, by id (read between the writes of found facts)."""
    after = 0
    while chunk := store.facts_to_find(after, sizes.FACTS_CHUNK):
        yield FindFacts(chunk)
        after = chunk[-1][0]


def _batches(found: Iterator[Result]) -> Iterator[list[tuple[int, PackedFacts]]]:
    """Found facts grouped for one transaction each: about ``BATCH_CABLES`` cables."""
    batch: list[tuple[int, PackedFacts]] = []
    for message in found:
        if isinstance(message, FactsFound):
            batch += message.cables
        if len(batch) >= sizes.BATCH_CABLES:
            yield batch
            batch = []
    if batch:
        yield batch
