"""The explorer's access to the index: one connection for the screen, a fresh one per worker.

SQLite connections belong to the thread that made them, so the screen's thread (which paints
the list) keeps its own and every background worker opens, uses and closes another. WAL mode
lets those readers run while an indexing worker writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cablescope.store import CableSummary, SearchFilters, Store
from cablescope.writelock import Holder

if TYPE_CHECKING:
    from cablescope.model import Cable


class Library:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # The screen only reads; opening for writing (schema checks, WAL set-up) costs the
        # first frame a few hundred milliseconds on a large index. A new library is created.
        self.store = Store(self.path, readonly=self.path.exists())

    @contextmanager
    def worker_store(
        self,
        *,
        write: bool = False,
        on_wait: Callable[[Holder], None] | None = None,
        stop_waiting: Callable[[], bool] | None = None,
    ) -> Iterator[Store]:
        """A connection for the current (worker) thread, closed afterwards. A writing one waits
        for another run writing the library (``on_wait`` is told who), until ``stop_waiting``."""
        store = (
            Store(self.path, on_wait=on_wait, stop_waiting=stop_waiting)
            if write
            else Store(self.path, readonly=True)
        )
        try:
            yield store
        finally:
            store.close()

    def close(self) -> None:
        self.store.close()


@dataclass
class ListQuery:
    """What the document list shows: search, filters, narrowing and order."""

    query: str | None = None
    filters: SearchFilters = field(default_factory=SearchFilters)
    sort: str = "date"
    descending: bool = False


class StoreRows:
    """Rows of the document list fetched on demand from the screen thread's connection."""

    def __init__(self, store: Store, list_query: ListQuery, count: int) -> None:
        self.store = store
        self.list_query = list_query
        self._count = count

    def count(self) -> int:
        return self._count

    def rows(self, offset: int, limit: int) -> list[CableSummary]:
        q = self.list_query
        limit = max(0, min(limit, self._count - offset))
        if offset > self._count // 2:
            # SQLite walks OFFSET rows one by one: a page near the end is read from the other end.
            from_end = self._count - offset - limit
            rows = self.store.list_cables(
                q.filters,
                query=q.query,
                sort=q.sort,
                descending=q.descending,
                offset=from_end,
                limit=limit,
                backwards=True,
            )
            return rows[::-1]
        return self.store.list_cables(
            q.filters, query=q.query, sort=q.sort, descending=q.descending, offset=offset, limit=limit
        )


def fetch_first_page(store: Store, list_query: ListQuery, limit: int) -> tuple[int, list[CableSummary], int]:
    """How many rows the list will have, the first ``limit`` of them, and how many cables of the
    library still await their facts (an indexing run's second stage)."""
    q = list_query
    count = store.count(q.filters, query=q.query)
    rows = store.list_cables(
        q.filters, query=q.query, sort=q.sort, descending=q.descending, offset=0, limit=limit
    )
    return count, rows, store.facts_pending()


def find_row(store: Store, reference_id: str, list_query: ListQuery) -> int | None:
    """The row of ``reference_id`` in the list ``list_query`` describes (None: not in it)."""
    q = list_query
    return store.position(reference_id, q.filters, query=q.query, sort=q.sort, descending=q.descending)


def read_cable(store: Store, reference_id: str, query: str | None) -> tuple[Cable | None, list[int]]:
    """A cable from the index and the numbers of its paragraphs matching ``query``."""
    cable = store.get(reference_id)
    hits = store.matching_paragraphs(reference_id, query) if (cable and query) else []
    return cable, hits
