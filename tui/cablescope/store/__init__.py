"""The corpus library: one SQLite file holding every cable, its sources, facts and a full-text index.

- ``schema``: the tables (the layout is described there), the library mark, upgrades;
- ``rows``: the row codec (a cable's stored JSON, its facts, what the index derives);
- ``connection``: the open file, its locks and transactions;
- ``search`` and ``reading``: everything the library answers (``Library``, read-only);
- ``writes``: the write primitives an indexing run (``cablescope.ingest``) is made of.

Importing the store loads neither the plugins nor the grammar nor multiprocessing, nor pydantic
(the models load with the first cable read or written, ``IndexReport`` when asked for), so that
a search starts quickly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cablescope.query import QueryError
from cablescope.store.library import Library
from cablescope.store.models import CableSummary, SearchFilters, SearchHit
from cablescope.store.reading import STATS_BY, Reads
from cablescope.store.schema import APPLICATION_ID, SCHEMA_VERSION, NotALibrary
from cablescope.store.writes import Writes

if TYPE_CHECKING:
    from cablescope.store.report import IndexReport

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "STATS_BY",
    "CableSummary",
    "IndexReport",
    "Library",
    "NotALibrary",
    "QueryError",
    "SearchFilters",
    "SearchHit",
    "Store",
]


class Store(Reads, Writes):
    """A library in one SQLite file: what it answers (``Library``) and its write primitives.
    Safe to share between threads (calls are serialised)."""


def __getattr__(name: str) -> Any:
    if name == "IndexReport":  # a pydantic model: only an indexing run needs it
        from cablescope.store.report import IndexReport

        return IndexReport
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
