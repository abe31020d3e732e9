"""``Library``: what plugins and the explorer may ask of a library. It only reads.

``cablescope.api`` exports it; ``ViewContext.store`` is typed with it. The concrete
``cablescope.store.Store`` implements it, with the writes an indexing run needs besides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from cablescope.annotations import Fact
    from cablescope.model import Cable, Source
    from cablescope.store.models import CableSummary, SearchFilters, SearchHit


class Library(Protocol):
    """A read-only library of cables: search, lists, counts, one cable and its links, facts."""

    def get(self, reference_id: str) -> Cable | None: ...

    def sources(self, reference_id: str) -> list[Source]: ...

    def find(self, text: str, limit: int = 12) -> list[CableSummary]: ...

    def count(
        self,
        filters: SearchFilters | None = None,
        query: str | None = None,
        *,
        include_appendix: bool = False,
    ) -> int: ...

    def list_cables(
        self,
        filters: SearchFilters | None = None,
        *,
        query: str | None = None,
        sort: str = "date",
        descending: bool = False,
        offset: int = 0,
        limit: int = 100,
        backwards: bool = False,
    ) -> list[CableSummary]: ...

    def position(
        self,
        reference_id: str,
        filters: SearchFilters | None = None,
        *,
        query: str | None = None,
        sort: str = "date",
        descending: bool = False,
    ) -> int | None: ...

    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        *,
        limit: int = 20,
        sort: str = "relevance",
        include_appendix: bool = False,
    ) -> list[SearchHit]: ...

    def matching_paragraphs(self, reference_id: str, query: str) -> list[int]: ...

    def stats(
        self, by: str, *, query: str | None = None, filters: SearchFilters | None = None
    ) -> dict[str, int]: ...

    def summary_stats(self) -> dict[str, Any]: ...

    def cited_by(self, reference_id: str) -> list[CableSummary]: ...

    def cites(self, reference_id: str) -> list[tuple[str, CableSummary | None]]: ...

    def neighbour(self, reference_id: str, step: int) -> CableSummary | None: ...

    def facts(self, reference_id: str, kind: str | None = None) -> list[Fact]: ...

    def facts_pending(self) -> int: ...

    def top_facts(self, kind: str | None = None, limit: int = 20) -> list[dict[str, Any]]: ...

    def cables_with_fact(self, kind: str | None, key: str, limit: int = 200) -> list[CableSummary]: ...
