"""The explorer's navigation in plain Python: what the list and the reader load, and what is
shown when a load comes back.

Every navigation (a new search, filter or order, a cursor move, a jump to a cable) draws a
fresh request id. A load carries the id of the navigation that asked for it, and each pane
remembers the id it waits for: a result whose id is no longer the one awaited is dropped. The
screen runs the loads in workers and draws (the ``Display`` protocol); this module decides,
and is tested without Textual.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Protocol

from cablescope.app.library import ListQuery
from cablescope.query import QueryError, operator_hint, parse_query
from cablescope.store import SearchFilters


@dataclass(frozen=True)
class Narrowing:
    """A view's request to show only some cables (NarrowList); escape clears it."""

    label: str
    date_from: date | None = None
    date_to: date | None = None
    reference_ids: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Pending:
    """What to select once the list and the cable have arrived (deep links, history, hits)."""

    reference_id: str | None = None
    paragraph: int | None = None
    hit: str | None = None
    """``"first"``/``"last"``: put the reader on the first/last matching paragraph."""
    record: bool = False


@dataclass(frozen=True)
class NavigationState:
    """What the status bar and the list header show of the navigation."""

    query: str | None = None
    filters: SearchFilters = field(default_factory=SearchFilters)
    narrowing: Narrowing | None = None
    sort: str = "date"
    descending: bool = False
    busy: str = ""


@dataclass(frozen=True)
class ListLoad:
    """A request for the list's first page."""

    request: int
    list_query: ListQuery
    keep: bool
    """The open cable stays open, and the list moves to its row."""


@dataclass(frozen=True)
class CableLoad:
    """A request for a cable (and its hits for ``query``), and where to put the reader."""

    request: int
    reference_id: str
    paragraph: int | None
    hit: str | None
    record: bool
    query: str | None


@dataclass(frozen=True)
class Locate:
    """A request for an open cable's row in the list; ``or_first``: without one, open the first row."""

    request: int
    reference_id: str
    list_query: ListQuery
    or_first: bool = False


class Row(Protocol):
    reference_id: str


@dataclass(frozen=True)
class ListPage:
    """A list's answer: how many rows it has and the first page of them."""

    list_query: ListQuery
    count: int
    rows: list  # of Row
    facts_pending: int = 0
    """Cables of the library whose plugin facts (entities, markers) are still being computed."""


class Display(Protocol):
    """What the navigation asks of the screen: what is shown, the loads, and the drawing."""

    def shown_reference(self) -> str | None: ...
    def list_cursor(self) -> int: ...
    def list_index_of(self, reference_id: str) -> int | None: ...
    def list_row(self, index: int) -> str | None: ...

    def load_list(self, load: ListLoad) -> None: ...
    def load_cable(self, load: CableLoad) -> None: ...
    def locate(self, locate: Locate) -> None: ...

    def navigation_changed(self, state: NavigationState) -> None: ...
    def list_waiting(self, message: str) -> None: ...
    def list_failed(self, message: str) -> None: ...
    def show_list(self, page: ListPage, cursor: int, *, announce: bool, empty_message: str) -> None: ...
    def move_list_cursor(self, index: int, *, announce: bool) -> None: ...
    def schedule_preview(self) -> None: ...
    def cancel_preview(self) -> None: ...
    def show_cable(self, load: CableLoad, loaded: object) -> None: ...
    def clear_reader(self) -> None: ...
    def drop_search_marks(self) -> None: ...
    def place(self, paragraph: int | None, hit: str | None) -> None: ...
    def record(self) -> None: ...
    def say(self, message: str, *, severity: str = "information", title: str = "") -> None: ...


class Navigation:
    """The list's and the reader's loads, one request id per navigation."""

    def __init__(self, display: Display) -> None:
        self.display = display
        self.state = NavigationState()
        self.pending: Pending | None = None
        self.preview_ref: str | None = None
        """The row the reader is about to follow."""
        self.loading_ref: str | None = None
        """The cable being loaded, until it shows or fails."""
        self.shown_query: str | None = None
        """The search the reader's marks are for."""
        self.following: Locate | None = None
        """The open cable whose row the list is looking for, until found or the user moves on."""
        self.list_load: ListLoad | None = None
        self.cable_request = 0
        self._last_request = 0

    def _next_request(self) -> int:
        self._last_request += 1
        return self._last_request

    def _set(self, **changes) -> None:
        self.state = replace(self.state, **changes)
        self.display.navigation_changed(self.state)

    def list_query(self) -> ListQuery:
        state = self.state
        filters = state.filters
        narrowing = state.narrowing
        if narrowing is not None:
            update: dict = {}
            if narrowing.date_from:
                update["date_from"] = max(filter(None, [filters.date_from, narrowing.date_from]))
            if narrowing.date_to:
                update["date_to"] = min(filter(None, [filters.date_to, narrowing.date_to]))
            if narrowing.reference_ids is not None:
                update["reference_ids"] = list(narrowing.reference_ids)
            filters = replace(filters, **update)
        return ListQuery(query=state.query, filters=filters, sort=state.sort, descending=state.descending)

    # -- what the list shows --------------------------------------------------------------

    def reload_list(self, keep: bool = False) -> None:
        """Fetch the list again for the current search, filters and order; ``keep``: the open
        cable stays open, and the list moves to its row."""
        self.list_load = ListLoad(self._next_request(), self.list_query(), keep)
        self.following = None
        if keep and self.preview_ref is not None:
            # The reader was about to follow the cursor: follow it now, so the cable kept is
            # the one the user moved to.
            self.preview_now()
        else:
            self.stop_preview()
        searching = self.state.query is not None
        self.display.list_waiting("Searching…" if searching else "Loading…")
        self._set(busy="searching…" if searching else "loading…")
        self.display.load_list(self.list_load)

    def arrive(self, reference_id: str | None, paragraph: int | None, query: str | None) -> None:
        """Show the list with a deep-linked cable, paragraph and search selected."""
        self._set(query=(query or "").strip() or None)
        self.pending = Pending(reference_id, paragraph, hit="first", record=True)
        self.reload_list()

    def run_search(self, query: str | None) -> bool:
        """Search for ``query`` (None: stop searching); False, with a message, when the query
        cannot be read, and the search stays as it was."""
        query = (query or "").strip() or None
        if query is None:
            self.clear_search()
            return True
        try:
            parse_query(query)
        except QueryError as exc:
            self.display.say(str(exc), title="Search", severity="error")
            return False
        hint = operator_hint(query)
        if hint:
            self.display.say(hint[0].upper() + hint[1:], title="Search")
        self._set(query=query)
        self.pending = Pending(hit="first", record=True)
        self.reload_list()
        return True

    def clear_search(self) -> None:
        """Stop searching; the open cable stays open where it is."""
        self._set(query=None)
        self.reload_list(keep=True)

    def clear_all(self) -> None:
        """No search, filters nor narrowing; the open cable stays open."""
        self._set(query=None, filters=SearchFilters(), narrowing=None)
        self.reload_list(keep=True)

    def set_filters(self, filters: SearchFilters) -> None:
        self._set(filters=filters)
        self.reload_list(keep=True)

    def narrow(self, narrowing: Narrowing | None) -> None:
        self._set(narrowing=narrowing)
        self.reload_list(keep=True)

    def sort_by(self, key: str, descending: bool | None = None) -> None:
        self._set(sort=key, descending=self.state.descending if descending is None else descending)
        self.reload_list(keep=True)

    def list_failed(self, request: int, message: str) -> None:
        if self.list_load is None or request != self.list_load.request:
            return
        self._set(busy="")
        self.display.list_failed(message)

    def list_loaded(self, request: int, page: ListPage) -> None:
        """The list's first page arrived: show it, with the cursor on the cable to keep or open."""
        load = self.list_load
        if load is None or request != load.request:
            return
        self._set(busy="")
        rows = [row.reference_id for row in page.rows]
        pending = self.pending
        # The cable open (or opening) now: the user may have opened another while the list loaded.
        kept = (self.loading_ref or self.display.shown_reference()) if load.keep else None
        target = pending.reference_id if pending and pending.reference_id else kept
        cursor = rows.index(target) if target in rows else 0
        query = page.list_query
        library_empty = page.count == 0 and not query.query and query.filters == SearchFilters()
        empty = (
            "The library is empty: index cables with `cablescope index PATH` or open a file."
            if library_empty
            else "No cables match."
        )
        if pending and pending.reference_id and (not rows or rows[cursor] != pending.reference_id):
            # The deep-linked cable is not on the first page: open it directly (the list
            # catches up when it finds the row) instead of previewing the first row.
            self.pending = None
            self.display.show_list(page, 0, announce=False, empty_message=empty)
            self.open_cable(pending.reference_id, pending.paragraph, record=pending.record)
            return
        silent = bool(kept and rows and not pending)
        if silent and self.state.query is None and self.shown_query is not None:
            # The search was cleared (the only way a reload that keeps the cable changes it).
            self.shown_query = None
            self.display.drop_search_marks()
        if silent and rows[cursor] != kept:
            # The open cable is further down the new list (sorted the other way, say): the
            # reader keeps it and the list catches up when it finds the row.
            self.display.show_list(page, 0, announce=False, empty_message=empty)
            self._locate(kept, or_first=True)  # type: ignore[arg-type]
            return
        # The kept cable is on the first page: the reader already shows it, where it was.
        self.display.show_list(page, cursor, announce=not silent, empty_message=empty)

    def _locate(self, reference_id: str, or_first: bool = False) -> None:
        self.following = Locate(self._next_request(), reference_id, self.list_query(), or_first)
        self.display.locate(self.following)

    def located(self, request: int, index: int | None) -> None:
        """The list found the followed cable at ``index`` or, with None, does not hold it: the
        first row opens. Only while the list still waits for it: a move or another cable wins."""
        following = self.following
        if following is None or following.request != request:
            return
        self.following = None
        if index is not None:
            self.display.move_list_cursor(index, announce=False)
            return
        first = self.display.list_row(0)
        if first is not None:
            self._open(first, None, hit="first", record=True)

    # -- the list cursor and the reader ---------------------------------------------------

    def highlighted(self, reference_id: str | None, list_empty: bool) -> None:
        """The list cursor is on another row (``None``: on no row)."""
        self.following = None  # the user moved: the list is no longer waiting for a row
        self.stop_preview()
        if reference_id is None:
            if list_empty:
                self.display.clear_reader()
            return
        pending = self.pending
        if pending is not None and pending.reference_id in (None, reference_id):
            self.pending = None
            self._open(reference_id, pending.paragraph, hit=pending.hit or "first", record=True)
            return
        self.preview_ref = reference_id
        self.display.schedule_preview()

    def preview_now(self) -> None:
        """The cursor rested on its row: the reader follows it."""
        reference_id = self.preview_ref
        self.stop_preview()
        if reference_id is not None:
            self._open(reference_id, None, hit="first", record=False)

    def stop_preview(self) -> None:
        self.preview_ref = None
        self.display.cancel_preview()

    def selected(self, reference_id: str) -> None:
        """The user opened the row under the cursor."""
        self.stop_preview()
        if self.display.shown_reference() != reference_id:
            self._open(reference_id, None, hit="first", record=True)
        else:
            self.display.record()

    def open_row(self, index: int, reference_id: str, hit: str) -> None:
        """Move the list to row ``index`` and open its cable on its first or last hit."""
        self.pending = Pending(reference_id, hit=hit, record=True)
        self.display.move_list_cursor(index, announce=True)

    def open_cable(self, reference_id: str, paragraph: int | None = None, *, record: bool = True) -> None:
        """Jump to a cable (from a view, a bookmark, the palette, a deep link, history)."""
        self.stop_preview()  # the jump wins over the row the reader was about to follow
        index = self.display.list_index_of(reference_id)
        if index is not None and index != self.display.list_cursor():
            self.pending = Pending(reference_id, paragraph, record=record)
            self.display.move_list_cursor(index, announce=True)
            return
        self._open(reference_id, paragraph, hit=None if paragraph is not None else "first", record=record)
        if index is None:
            self._locate(reference_id)

    def _open(self, reference_id: str, paragraph: int | None, *, hit: str | None, record: bool) -> None:
        if self.following is not None and reference_id != self.following.reference_id:
            self.following = None  # another cable was opened (a view, a bookmark, the palette)
        self.cable_request = self._next_request()  # whatever was loading before is not shown
        if self.display.shown_reference() == reference_id and self.shown_query == self.state.query:
            self.loading_ref = None
            self.display.place(paragraph, hit)
            if record:
                self.display.record()
            return
        self.loading_ref = reference_id
        self.display.load_cable(
            CableLoad(self.cable_request, reference_id, paragraph, hit, record, self.state.query)
        )

    def cable_failed(self, request: int, message: str, severity: str) -> None:
        if request != self.cable_request:
            return  # the user has opened something else since
        if self.following is not None and self.following.reference_id == self.loading_ref:
            self.following = None
        self.loading_ref = None  # the reader still shows the cable it showed
        self.display.say(message, severity=severity)

    def cable_loaded(self, load: CableLoad, loaded: object) -> None:
        """A cable arrived: shown, unless another navigation has started since."""
        if load.request != self.cable_request:
            return
        if load.query != self.state.query:
            # The search changed while the cable loaded: load its hits for the new one.
            self.display.load_cable(replace(load, query=self.state.query))
            return
        self.loading_ref = None
        self.shown_query = load.query
        self.display.show_cable(load, loaded)
        self.display.place(load.paragraph, load.hit)
        if load.record:
            self.display.record()
