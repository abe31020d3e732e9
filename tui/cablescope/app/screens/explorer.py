"""The main screen: the document list, the reader, and the plugin views in tabs beside it."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult, SuspendNotSupported
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Footer, Input, ProgressBar, Static, Tab, TabbedContent, TabPane, Tabs
from textual.worker import get_current_worker

from cablescope.app.history import Location
from cablescope.app.library import ListQuery, StoreRows, fetch_first_page
from cablescope.app.messages import HighlightSpans, NarrowList, OpenCable
from cablescope.app.pager import pager_command, write_cable
from cablescope.app.screens.bookmarks import BookmarksScreen
from cablescope.app.screens.filters import FiltersScreen
from cablescope.app.screens.help import HelpScreen, describe_bindings
from cablescope.app.widgets.cable_list import PAGE_SIZE, SORT_KEYS, SORT_LABELS, CableList, header_text
from cablescope.app.widgets.reader import CableReader, Highlights, query_matcher
from cablescope.app.widgets.view_host import ViewHost, describe_error
from cablescope.model import Cable
from cablescope.query import QueryError, operator_hint, parse_query
from cablescope.sanitize import clean, clean_line
from cablescope.store import SearchFilters
from cablescope.views import View, ViewContext
from cablescope.wording import counted

if TYPE_CHECKING:
    from cablescope.annotations import Annotation
    from cablescope.app.app import CablescopeApp

PREVIEW_DELAY = 0.12
"""Seconds the list cursor rests on a row before the reader follows it (keeps j/k instant)."""

# Keys the explorer itself uses; a plugin view asking for one of these gets no key of its own.
RESERVED_KEYS = set("jkgGnNmqyYfsSvz/?:'[]123456789") | {"tab", "escape", "enter", "backspace"}


@dataclass
class Narrowing:
    """A view's request to show only some cables (NarrowList); escape clears it."""

    label: str
    date_from: date | None = None
    date_to: date | None = None
    reference_ids: list[str] | None = None


@dataclass
class Pending:
    """What to select once the list and the cable have arrived (deep links, history)."""

    reference_id: str | None = None
    paragraph: int | None = None
    hit: str | None = None
    """``"first"``/``"last"``: put the reader on the first/last matching paragraph."""
    record: bool = False


@dataclass
class SearchState:
    query: str | None = None
    filters: SearchFilters = field(default_factory=SearchFilters)
    narrowing: Narrowing | None = None


class ExplorerScreen(Screen):
    """Browse, search and read the corpus."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search", "Search"),
        Binding("f", "filters", "Filters"),
        Binding("n", "next_hit(1)", "Next hit", show=False),
        Binding("N", "next_hit(-1)", "Previous hit", show=False),
        Binding("tab", "next_pane(1)", "Next pane", show=False),
        Binding("shift+tab", "next_pane(-1)", "Previous pane", show=False),
        Binding("left_square_bracket", "cycle_view(-1)", "Previous view", show=False),
        Binding("right_square_bracket", "cycle_view(1)", "Next view", show=False),
        Binding("backspace,alt+left", "back", "Back", show=False),
        Binding("shift+backspace,alt+right", "forward", "Forward", show=False),
        Binding("m", "bookmark", "Bookmark", show=False),
        Binding("apostrophe", "bookmarks", "Bookmarks"),
        Binding("y", "copy_reference", "Copy ref id", show=False),
        Binding("Y", "copy_paragraph", "Copy the paragraph's text", show=False),
        Binding("colon", "goto_paragraph", "Go to paragraph number…", show=False),
        Binding("v", "open_outside", "Open the cable in $PAGER (else $EDITOR, else less)", show=False),
        Binding("s", "sort", "Sort", show=False),
        Binding("S", "reverse_sort", "Reverse sort", show=False),
        Binding("z", "zoom", "Zoom pane", show=False),
        Binding("escape", "escape", "Clear / back to list", show=False),
        *[Binding(str(i), f"show_view_number({i})", f"View {i}", show=False) for i in range(1, 10)],
    ]

    def __init__(self) -> None:
        super().__init__()
        self.search_state = SearchState()
        self.sort = "date"
        self.descending = False
        self.views: dict[str, View] = {}
        self.view_keys: dict[str, str] = {}
        self.pending: Pending | None = None
        self._preview_timer: Timer | None = None
        self._preview_ref: str | None = None  # the row the reader is about to follow
        self._loading_ref: str | None = None  # the cable being loaded, until it shows or fails
        self._load_serial = 0  # counts opens: a load whose number has passed is not shown
        self._shown_query: str | None = None  # the search the reader's highlights are for
        # The open cable whose row the list is looking for, until it is found or the user
        # moves on.
        self._following: str | None = None
        self._span_mode = False
        self._list_generation = 0
        self._busy = ""
        self._view_chosen = False  # the user picked a view: each cable no longer picks its own

    @property
    def cs_app(self) -> CablescopeApp:
        return self.app  # type: ignore[return-value]

    # -- composition ----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(Text("cablescope"), id="status")
        yield Static(Text(""), id="list-header")
        yield CableList(id="list")
        with Horizontal(id="lower"):
            yield CableReader(id="reader")
            with Vertical(id="views-box"):
                yield Static(Text("Loading plugin views…"), id="views-loading")
        with Vertical(id="searchbar"):
            yield Input(
                placeholder=(
                    'search: words, "phrases", OR, NOT, prefix*   (enter to search, escape to cancel)'
                ),
                id="search",
            )
            yield Input(placeholder="go to paragraph number (enter to go, escape to cancel)", id="goto")
        with Horizontal(id="progress"):
            yield Static(Text("Indexing…"), id="progress-label")
            yield ProgressBar(id="progress-bar", show_eta=True)
        yield Footer()

    @staticmethod
    def _tab_title(number: int, title: str, key: str | None) -> Content:
        """ "2 Entities" with the view's own key underlined in the title (or added after it)."""
        prefix = f"{number} " if number <= 9 else ""
        if not key:
            return Content(prefix + title)
        at = title.find(key)
        if at < 0:
            at = title.lower().find(key.lower())
        if at < 0:
            return Content.assemble(prefix + title, (f" {key}", "dim"))
        return Content.assemble(prefix + title[:at], (title[at], "underline"), title[at + 1 :])

    def _fit_list(self) -> None:
        """The list takes the rows it needs, up to about a third of the screen; the reader gets the rest."""
        if self.maximized is self.cable_list:
            return  # zoomed: the list keeps the whole screen
        most = max(4, int(self.size.height * 0.38))
        self.cable_list.styles.height = max(3, min(self.cable_list.count, most))

    def on_mount(self) -> None:
        self.query_one("#searchbar").display = False
        self.query_one("#progress").display = False
        self.query_one(CableList).focus()
        self._update_header()
        self.cs_app.explorer_mounted()

    async def install_views(self, views: dict[str, View]) -> list[str]:
        """Add a tab per plugin view (loaded in the background after the first frame).

        Returns the views whose own key could not be bound (taken or invalid).
        """
        self.views = views
        refused = self.bind_view_keys(views)
        box = self.query_one("#views-box")
        await box.remove_children()
        if not views:
            await box.mount(Static(Text("No plugin views are installed."), id="views-loading"))
            return refused
        # The tabs are built with the view to show first and labels that fit the pane, so the
        # first frame is final (the view named on the command line is shown next, if any).
        start = self.cs_app.start_view
        first = start if start in views else self._preferred_view()
        labels = self._tab_labels(box.size.width or 40, first)
        tabs = TabbedContent(id="views", initial=f"view-{first}")
        for view in views.values():
            host = ViewHost(
                view, partial(self.view_context, view.name), on_error=self.view_failed, id=f"host-{view.name}"
            )
            tabs.compose_add_child(TabPane(labels[view.name], host, id=f"view-{view.name}"))
        await box.mount(tabs)
        self.call_after_refresh(self._fit_tabs)  # once the tab bar has its width
        self.refresh_bindings()
        # The cable may have arrived while the tabs were mounted: it may want another view.
        if not self._follow_cable_with_view():
            self._refresh_views()
        return refused

    def bind_view_keys(self, views: dict[str, View]) -> list[str]:
        """Bind each view's own key; returns the views whose key was taken or invalid."""
        refused = []
        for view in views.values():
            key = getattr(view, "key", "") or ""
            if len(key) != 1 or key in RESERVED_KEYS or key in self.view_keys.values():
                refused.append(view.name)
                continue
            self.view_keys[view.name] = key
            self._bindings.bind(key, f"show_view('{view.name}')", f"{view.title} view", show=False)
        return refused

    # -- helpers --------------------------------------------------------------------------

    @property
    def cable_list(self) -> CableList:
        return self.query_one(CableList)

    @property
    def reader(self) -> CableReader:
        return self.query_one(CableReader)

    @property
    def cable(self) -> Cable | None:
        return self.reader.cable

    @property
    def current_ref(self) -> str | None:
        """The index's key for the cable in the reader (a cable without a reference id has one too)."""
        return self.reader.reference_id

    def view_context(self, view_name: str | None = None) -> ViewContext:
        """The context a view renders with; the view named at launch gets the command line's options."""
        options = self.cs_app.view_options if view_name and view_name == self.cs_app.start_view else {}
        return ViewContext(
            store=self.cs_app.library.store,
            today=self.cs_app.today,
            options=dict(options),
            query=self.search_state.query,
        )

    def view_failed(self, view: View, error: str) -> None:
        """A view raised: show every failure the plugin manager recorded (this one included)."""
        from cablescope import plugins

        # A failure the plugin manager recorded is shown once, by whichever report comes first
        # (the cable's worker reports too); only an error it does not know gets a notice here.
        recorded = any(failure.message == error for failure in plugins.plugin_failures())
        self.cs_app.report_plugin_failures()
        if not recorded:
            self.notify(
                f"View {view.title} failed: {error}",
                title="Plugin",
                severity="error",
                markup=False,
                timeout=10,
            )

    def list_query(self) -> ListQuery:
        state = self.search_state
        filters = state.filters
        narrowing = state.narrowing
        if narrowing is not None:
            update: dict = {}
            if narrowing.date_from:
                update["date_from"] = max(filter(None, [filters.date_from, narrowing.date_from]))
            if narrowing.date_to:
                update["date_to"] = min(filter(None, [filters.date_to, narrowing.date_to]))
            if narrowing.reference_ids is not None:
                update["reference_ids"] = narrowing.reference_ids
            filters = filters.model_copy(update=update)
        return ListQuery(query=state.query, filters=filters, sort=self.sort, descending=self.descending)

    def _update_header(self) -> None:
        width = self.cable_list.scrollable_content_region.width or self.size.width or 80
        self.query_one("#list-header", Static).update(header_text(width, self.sort, self.descending))

    def _update_status(self, count: int | None = None) -> None:
        state = self.search_state
        count = self.cable_list.count if count is None else count
        text = Text()
        text.append("cablescope", style="bold")
        text.append(f"  {count:,} cable{'s' if count != 1 else ''}")
        if self._busy:
            text.append(f"  {self._busy}", style="bold yellow")
        if state.query:
            text.append("  matching ")
            text.append(f"“{clean_line(state.query)}”", style="bold yellow")
            where = self._hit_position()
            if where:
                text.append(f"  {where}", style="bold")
        f = state.filters
        parts = [
            f"origin={f.origin}" if f.origin else "",
            f"class={f.classification}" if f.classification else "",
            f"tag={f.tag}" if f.tag else "",
            f"from {f.date_from}" if f.date_from else "",
            f"to {f.date_to}" if f.date_to else "",
        ]
        if any(parts):
            text.append("  filters: " + " ".join(p for p in parts if p), style="cyan")
        if state.narrowing:
            text.append("  narrowed: ", style="magenta")
            text.append(clean_line(state.narrowing.label), style="bold magenta")
            text.append(" (esc clears)", style="dim")
        spans = self.reader.highlights.spans
        if spans and self._span_mode:
            text.append(
                f"  mark {self.reader.highlights.current_span + 1}/{len(spans)}", style="bold magenta"
            )
        text.append(f"  sort: {SORT_LABELS[self.sort]}{' ▼' if self.descending else ' ▲'}", style="dim")
        self.query_one("#status", Static).update(text)

    # -- the list -------------------------------------------------------------------------

    def reload_list(self, keep: bool = False) -> None:
        """Fetch the list again for the current search, filters and order (in a worker);
        ``keep``: the open cable stays open, and the list moves to its row."""
        self._list_generation += 1
        self._following = None
        if keep and self._preview_ref is not None:
            # The reader was about to follow the cursor: follow it now, so the cable kept is
            # the one the user moved to.
            self._preview_now()
        else:
            self._stop_preview()
        self.cable_list.empty_message = "Searching…" if self.search_state.query else "Loading…"
        self._busy = "searching…" if self.search_state.query else "loading…"
        self._update_status()
        self._load_list(self.list_query(), keep, self._list_generation)

    @work(thread=True, exclusive=True, group="list", exit_on_error=False)
    def _load_list(self, list_query: ListQuery, keep: bool, generation: int) -> None:
        try:
            with self.cs_app.library.worker_store() as store:
                count, first = fetch_first_page(store, list_query, PAGE_SIZE)
        except QueryError as exc:
            self.app.call_from_thread(self._list_failed, str(exc), generation)
            return
        except Exception as exc:  # noqa: BLE001 - shown to the user as one line
            self.app.call_from_thread(self._list_failed, describe_error(exc), generation)
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._list_loaded, list_query, count, first, keep, generation)

    def _list_failed(self, message: str, generation: int) -> None:
        if generation != self._list_generation:
            return
        self._busy = ""
        self._update_status()
        self.notify(message, title="Search", severity="error", markup=False)
        self.cable_list.empty_message = message
        self.cable_list.refresh()

    def _list_loaded(
        self, list_query: ListQuery, count: int, first: list, keep: bool, generation: int
    ) -> None:
        if generation != self._list_generation:
            return
        self._busy = ""
        cursor = 0
        pending = self.pending
        # The cable open (or opening) now: the user may have opened another while the list loaded.
        kept = (self._loading_ref or self.current_ref) if keep else None
        target = pending.reference_id if pending and pending.reference_id else kept
        if target:
            cursor = next((i for i, s in enumerate(first) if s.reference_id == target), 0)
        library_empty = count == 0 and not list_query.query and list_query.filters == SearchFilters()
        self.cable_list.empty_message = (
            "The library is empty: index cables with `cablescope index PATH` or open a file."
            if library_empty
            else "No cables match."
        )
        rows = StoreRows(self.cs_app.library.store, list_query, count)
        if (
            pending
            and pending.reference_id
            and (not first or first[cursor].reference_id != pending.reference_id)
        ):
            # The deep-linked cable is not on the first page: open it directly (the list
            # catches up when it finds the row) instead of previewing the first row.
            self.pending = None
            self.cable_list.set_source(rows, count, first, cursor=0, announce=False)
            self._fit_list()
            self._update_status(count)
            self.open_cable(pending.reference_id, pending.paragraph, record=pending.record)
            return
        silent = bool(kept and first and not pending)
        if silent and self.search_state.query is None and self._shown_query is not None:
            # The search was cleared (the only way a reload that keeps the cable changes it).
            self._drop_search_highlights()
        if silent and first[cursor].reference_id != kept:
            # The open cable is further down the new list (sorted the other way, say): the
            # reader keeps it and the list catches up when it finds the row.
            self.cable_list.set_source(rows, count, first, cursor=0, announce=False)
            self._fit_list()
            self._update_status(count)
            self._following = kept
            self._locate(kept, generation, or_first=True)
            return
        # The kept cable is on the first page: the reader already shows it, where it was.
        self.cable_list.set_source(rows, count, first, cursor=cursor, announce=not silent)
        self._fit_list()
        self._update_status(count)

    def on_cable_list_highlighted(self, event: CableList.Highlighted) -> None:
        self._following = None  # the user moved: the list is no longer waiting for a row
        self._stop_preview()
        summary = event.summary
        if summary is None:
            if event.cable_list.count == 0:
                self.reader.show(None)
                self._refresh_views()
            return
        pending = self.pending
        if pending is not None and pending.reference_id in (None, summary.reference_id):
            self.pending = None
            self._open(summary.reference_id, pending.paragraph, hit=pending.hit or "first", record=True)
            return
        self._preview_ref = summary.reference_id
        self._preview_timer = self.set_timer(PREVIEW_DELAY, self._preview_now)

    def _preview_now(self) -> None:
        reference_id = self._preview_ref
        self._stop_preview()
        if reference_id is not None:
            self._open(reference_id, None, hit="first", record=False)

    def _stop_preview(self) -> None:
        self._preview_ref = None
        if self._preview_timer is not None:
            self._preview_timer.stop()

    def on_cable_list_selected(self, event: CableList.Selected) -> None:
        self._stop_preview()
        reference_id = event.summary.reference_id
        if self.current_ref != reference_id:
            self._open(reference_id, None, hit="first", record=True)
        else:
            self._record()
        self.reader.focus()

    # -- opening cables -------------------------------------------------------------------

    def open_cable(self, reference_id: str, paragraph: int | None = None, *, record: bool = True) -> None:
        """Jump to a cable (from a view, a bookmark, the palette, a deep link)."""
        self._stop_preview()  # the jump wins over the row the reader was about to follow
        index = self.cable_list.index_of(reference_id)
        if index is not None and index != self.cable_list.cursor:
            self.pending = Pending(reference_id, paragraph, record=record)
            self.cable_list.move_to(index)
            return
        self._open(reference_id, paragraph, hit=None if paragraph is not None else "first", record=record)
        if index is None:
            self._following = reference_id
            self._locate(reference_id, self._list_generation)

    @work(thread=True, exclusive=True, group="locate", exit_on_error=False)
    def _locate(self, reference_id: str, generation: int, or_first: bool = False) -> None:
        """Find an opened cable's row in the list, so the list follows the reader; ``or_first``:
        when the list does not hold it, the reader moves to the list's first row."""
        list_query = self.list_query()
        with self.cs_app.library.worker_store() as store:
            index = store.position(
                reference_id,
                list_query.filters,
                query=list_query.query,
                sort=list_query.sort,
                descending=list_query.descending,
            )
        if (index is not None or or_first) and not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._located, reference_id, index, generation)

    def _located(self, reference_id: str, index: int | None, generation: int) -> None:
        """The list found the cable at ``index`` or, with None, does not hold it: the first row opens."""
        # Only while the list still waits for it: a move or another cable since then wins.
        if generation != self._list_generation or self._following != reference_id:
            return
        self._following = None
        if index is not None:
            self.cable_list.move_to(index, announce=False)
            return
        summary = self.cable_list.summary_at(0)
        if summary is not None:
            self._open(summary.reference_id, None, hit="first", record=True)

    def _open(self, reference_id: str, paragraph: int | None, *, hit: str | None, record: bool) -> None:
        if reference_id != self._following:
            self._following = None  # another cable was opened (a view, a bookmark, the palette)
        self._load_serial += 1  # whatever was loading before is not shown now
        if (
            self.cable is not None
            and self.current_ref == reference_id
            and self._shown_query == self.search_state.query
        ):
            # A cable on its way (a preview the user has left) is not shown: its serial has passed.
            self._loading_ref = None
            self._place(paragraph, hit)
            if record:
                self._record()
            return
        self._loading_ref = reference_id
        self._load_cable(reference_id, paragraph, hit, record, self.search_state.query, self._load_serial)

    @work(thread=True, exclusive=True, group="cable", exit_on_error=False)
    def _load_cable(
        self,
        reference_id: str,
        paragraph: int | None,
        hit: str | None,
        record: bool,
        query: str | None,
        serial: int,
    ) -> None:
        worker = get_current_worker()
        try:
            with self.cs_app.library.worker_store() as store:
                cable = store.get(reference_id)
                hits = store.matching_paragraphs(reference_id, query) if (cable and query) else []
        except Exception as exc:  # noqa: BLE001 - shown to the user as one line
            self.app.call_from_thread(
                self._load_failed, serial, f"Could not read {reference_id}: {describe_error(exc)}", "error"
            )
            return
        if cable is None:
            self.app.call_from_thread(
                self._load_failed, serial, f"{reference_id} is not in the index.", "warning"
            )
            return
        annotations: list[Annotation] = []
        # Plugins load in the background at start-up; annotations need them.
        self.cs_app.plugins_ready.wait(timeout=60)
        try:
            from cablescope import plugins

            annotations = plugins.annotate(cable)
        except Exception as exc:  # noqa: BLE001 - one failing plugin must not blank the reader
            self.app.call_from_thread(
                self.notify, f"Annotations failed: {describe_error(exc)}", severity="error", markup=False
            )
        self.app.call_from_thread(self.cs_app.report_plugin_failures)
        if not worker.is_cancelled:
            shown = (reference_id, cable, annotations, hits, paragraph, hit, record, query)
            self.app.call_from_thread(self._show_cable, serial, *shown)

    def _load_failed(self, serial: int, message: str, severity: str) -> None:
        if serial != self._load_serial:
            return  # the user has opened something else since
        if self._following == self._loading_ref:
            self._following = None
        self._loading_ref = None  # the reader still shows the cable it showed
        self.notify(message, severity=severity, markup=False)

    def _drop_search_highlights(self) -> None:
        """The search was cleared: the reader loses its hits, and a view's marks, in place,
        keeping its cursor and scroll."""
        self._span_mode = False
        self.reader.set_highlights(Highlights(annotations=self.reader.highlights.annotations))
        self._shown_query = None
        self._refresh_views()

    def _show_cable(
        self,
        serial: int,
        reference_id: str,
        cable: Cable,
        annotations: list[Annotation],
        hits: list[int],
        paragraph: int | None,
        hit: str | None,
        record: bool,
        query: str | None,
    ) -> None:
        if serial != self._load_serial:
            return  # the user has opened something else since (the load had passed its cancel check)
        if query != self.search_state.query:
            # The search changed while the cable loaded: load its hits for the new one.
            self._load_cable(reference_id, paragraph, hit, record, self.search_state.query, serial)
            return
        self._loading_ref = None
        self._shown_query = query
        self._span_mode = False
        highlights = Highlights(
            annotations=annotations,
            terms=query_matcher(query),
            hit_paragraphs=set(hits),
        )
        self.reader.show(cable, highlights, reference_id=reference_id)
        self._place(paragraph, hit)
        if record:
            self._record()
        if not self._follow_cable_with_view():
            self._refresh_views()
        self._update_status()

    def _place(self, paragraph: int | None, hit: str | None) -> None:
        reader = self.reader
        if paragraph is not None and reader.go_to_paragraph(paragraph):
            return
        if paragraph is not None:
            self.notify(
                f"{self.current_ref or ''} has no paragraph {paragraph}.", severity="warning", markup=False
            )
        hits = self._hit_indexes()
        if hits and hit in ("first", "last"):
            index = hits[0] if hit == "first" else hits[-1]
            reader.go_to_paragraph(reader.cable.paragraphs[index].number)  # type: ignore[union-attr]

    def _record(self) -> None:
        reference_id = self.current_ref
        if reference_id is None:
            return
        paragraph = self.reader.current_paragraph
        self.cs_app.history.visit(Location(reference_id, paragraph.number if paragraph else None))

    def on_cable_reader_paragraph_changed(self, event: CableReader.ParagraphChanged) -> None:
        if self.search_state.query:
            self._update_status()  # "hit 3 of 12" follows the reader
        reference_id = self.current_ref
        current = self.cs_app.history.current
        if reference_id and current and current.reference_id == reference_id:
            number = event.paragraph.number if event.paragraph else None
            self.cs_app.history.update_current(Location(reference_id, number))

    def _hit_position(self) -> str:
        """Where the reader is among the open cable's hits: "hit 3 of 12", or "12 hits" between them."""
        if self.cable is None or self._shown_query is None:
            return ""
        hits = self._hit_indexes()
        if not hits:
            return ""
        if self.reader.cursor in hits:
            return f"hit {hits.index(self.reader.cursor) + 1} of {len(hits)}"
        return counted(len(hits), "hit")

    def _hit_indexes(self) -> list[int]:
        cable = self.cable
        if cable is None:
            return []
        numbers = self.reader.highlights.hit_paragraphs
        return [i for i, p in enumerate(cable.paragraphs) if p.number in numbers and p.number is not None]

    # -- views ----------------------------------------------------------------------------

    def _hosts(self) -> list[ViewHost]:
        return list(self.query(ViewHost))

    def _tabs(self) -> TabbedContent | None:
        found = self.query("#views")
        return found.first(TabbedContent) if found else None

    def active_host(self) -> ViewHost | None:
        tabs = self._tabs()
        if tabs is None:
            return None
        pane = tabs.active_pane
        if pane is None:
            return None
        return pane.query_one(ViewHost)

    def _refresh_views(self) -> None:
        host = self.active_host()
        if host is not None:
            cable = self.cable
            host.load(cable, (self.current_ref, self.search_state.query))

    def on_click(self, event: events.Click) -> None:
        # A click on a tab is the user's pick (the tab bar keeps its own Tab.Clicked to itself);
        # the click reaches the screen before the activation it causes.
        if isinstance(event.widget, Tab):
            self._view_chosen = True

    @on(TabbedContent.TabActivated)
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        # Until the user picks a view, the cable's own is put back over whatever else activated
        # a tab (the tab bar activates its first tab as it is built).
        if self._follow_cable_with_view():
            return
        self._refresh_views()
        self._fit_tabs()
        self.call_after_refresh(self._center_active_tab)

    def _preferred_view(self) -> str:
        """The first view that applies to the open cable (the first view when none does)."""
        cable = self.cable
        for name, view in self.views.items():
            try:
                if view.applies_to(cable):
                    return name
            except Exception:  # noqa: BLE001, S112 - a plugin's failing test just does not pick it
                continue
        return next(iter(self.views))

    def _follow_cable_with_view(self) -> bool:
        """Until the user picks a view, each cable opens on the first view that applies to it.

        True when it switched tabs: the view is then loaded when the switch arrives (the active
        pane follows the active tab a moment later, so loading now would load the old one)."""
        if self._view_chosen or not self.views or self._tabs() is None:
            return False
        name = self._preferred_view()
        if name == self.active_view:
            return False
        self._tabs().active = f"view-{name}"  # type: ignore[union-attr]
        return True

    def _fit_tabs(self) -> None:
        """Relabel the tabs to fit the pane for the active view (after a switch or a resize)."""
        tabs = self._tabs()
        if tabs is None or not self.views or not tabs.size.width:
            return
        for name, label in self._tab_labels(tabs.size.width, self.active_view).items():
            try:
                tabs.get_tab(f"view-{name}").label = label
            except NoMatches:
                return  # still being built: it was given labels that fit

    def _tab_labels(self, width: int, active: str | None) -> dict[str, Content]:
        """Tab labels that fit ``width``: every title when they fit, else the ``active`` tab's title
        and the others shortened, down to their numbers (each tab pads its label by one cell)."""
        titles = {name: clean_line(view.title) for name, view in self.views.items()}
        numbered = {name: (number, titles[name]) for number, name in enumerate(titles, 1)}

        def short(name: str, letters: int) -> Content:
            number, title = numbered[name]
            if name == active or letters >= len(title):
                return self._tab_title(number, title, self.view_keys.get(name))
            prefix = f"{number}" if number <= 9 else ""
            return Content(f"{prefix} {title[:letters]}…" if letters else prefix or title[:1])

        longest = max(len(title) for title in titles.values())
        for letters in range(longest, -1, -1):
            labels = {name: short(name, letters) for name in titles}
            if sum(label.cell_length + 2 for label in labels.values()) <= width:
                break
        return labels

    def _center_active_tab(self) -> None:
        """Centre the active tab in a tab bar too narrow for all of them, once it is laid out
        (Textual's own scroll can run before layout, leaving the active tab out of sight)."""
        tabs = self._tabs()
        bar = tabs.query_one(Tabs) if tabs is not None else None
        if bar is None or bar.active_tab is None:
            return
        # Tabs moves its underline on a relabel in the refresh right after it, which can come
        # before the relabelled tab's new width is laid out (a busy machine): the underline then
        # kept the old width. Placed again here, a refresh later (Textual 8's own method).
        bar._highlight_active(animate=False)
        try:
            scroller = bar.query_one("#tabs-scroll")  # Textual 8's scrolling row inside Tabs
        except NoMatches:
            bar.active_tab.scroll_visible(animate=False, immediate=True)
        else:
            scroller.scroll_to_center(bar.active_tab, animate=False, force=True, immediate=True)

    def show_view(self, name: str) -> bool:
        """Switch to view ``name`` (the user's choice: cables no longer pick their view)."""
        tabs = self._tabs()
        if name not in self.views or tabs is None:
            return False
        self._view_chosen = True
        tabs.active = f"view-{name}"
        self._refresh_views()
        return True

    @property
    def active_view(self) -> str | None:
        tabs = self._tabs()
        if tabs is None:
            return None
        active = tabs.active
        return active.removeprefix("view-") if active else None

    def action_show_view(self, name: str) -> None:
        self.show_view(name)

    def action_show_view_number(self, number: int) -> None:
        names = list(self.views)
        if 1 <= number <= len(names):
            self.show_view(names[number - 1])
        else:
            self._no_view(f"No view {number}")

    def _no_view(self, what: str) -> None:
        """Say why a view key did nothing: the views are still loading, or there is no such view."""
        if not self.cs_app.plugins_ready.is_set():
            self.notify("The views are still loading.", severity="information")
        elif not self.views:
            self.notify("No plugin views are installed (see `cablescope plugins`).", severity="warning")
        else:
            self.notify(
                f"{what}: the views are 1–{len(self.views)} (? lists their keys).", severity="warning"
            )

    def action_cycle_view(self, step: int) -> None:
        names = list(self.views)
        if not names:
            self._no_view("No views")
            return
        current = self.active_view
        index = names.index(current) if current in names else 0
        self.show_view(names[(index + step) % len(names)])

    # -- messages from view widgets -------------------------------------------------------

    def on_open_cable(self, message: OpenCable) -> None:
        message.stop()
        self.open_cable(message.reference_id, message.paragraph, record=True)

    def on_highlight_spans(self, message: HighlightSpans) -> None:
        message.stop()
        reader = self.reader
        reader.highlights.spans = list(message.spans)
        self._span_mode = bool(message.spans)
        if message.spans:
            reader.go_to_span(message.current)
        else:
            reader.set_highlights(reader.highlights)
        self._update_status()

    def on_narrow_list(self, message: NarrowList) -> None:
        message.stop()
        self.search_state.narrowing = Narrowing(
            message.label, message.date_from, message.date_to, message.reference_ids
        )
        self.reload_list(keep=True)

    # -- search and filters ---------------------------------------------------------------

    def action_search(self) -> None:
        bar = self.query_one("#searchbar")
        bar.display = True
        self.query_one("#goto").display = False
        search = self.query_one("#search", Input)
        search.display = True
        search.value = self.search_state.query or ""
        search.focus()

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
            self.notify(str(exc), title="Search", severity="error", markup=False)
            return False
        hint = operator_hint(query)
        if hint:
            self.notify(hint[0].upper() + hint[1:], title="Search", markup=False)
        self.search_state.query = query
        self.pending = Pending(hit="first", record=True)
        self.reload_list()
        self._update_status()
        return True

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        if self.run_search(event.value):
            self.query_one("#searchbar").display = False
            self.cable_list.focus()
        # else the bar stays open, with the query to correct

    def action_goto_paragraph(self) -> None:
        if self.cable is None:
            self.notify("Open a cable first.", severity="warning")
            return
        self.query_one("#searchbar").display = True
        self.query_one("#search").display = False
        goto = self.query_one("#goto", Input)
        goto.display = True
        goto.value = ""
        goto.focus()

    @on(Input.Submitted, "#goto")
    def _goto_submitted(self, event: Input.Submitted) -> None:
        cable = self.cable
        numbers = [p.number for p in cable.paragraphs if p.number is not None] if cable else []
        text = event.value.strip().lstrip("¶")
        if text.isdigit() and self.reader.go_to_paragraph(int(text)):
            self.query_one("#searchbar").display = False
            self._record()
            self.reader.focus()
            return
        held = f"{min(numbers)}–{max(numbers)}" if numbers else "none"
        self.notify(
            f"No paragraph {text!r} here (numbered paragraphs: {held}).", severity="warning", markup=False
        )

    def action_filters(self) -> None:
        def apply(filters: SearchFilters | None) -> None:
            if filters is not None:
                self.search_state.filters = filters
                self.reload_list(keep=True)
                self._update_status()

        self.app.push_screen(FiltersScreen(self.search_state.filters), apply)

    def action_next_hit(self, step: int) -> None:
        reader = self.reader
        if self._span_mode and reader.highlights.spans:
            reader.go_to_span(reader.highlights.current_span + step)
            self._update_status()
            return
        if not self.search_state.query:
            self.notify("No search: press / to search.", severity="warning")
            return
        hits = self._hit_indexes()
        here = reader.cursor
        following = [i for i in hits if (i > here if step > 0 else i < here)]
        if following:
            target = following[0] if step > 0 else following[-1]
            reader.go_to_paragraph(reader.cable.paragraphs[target].number)  # type: ignore[union-attr]
            self._record()
            return
        # No more hits in this cable: go on to the next (previous) cable in the list, and from
        # the last (first) cable round to the first (last), saying so.
        cable_list = self.cable_list
        index = cable_list.cursor + step
        if not 0 <= index < cable_list.count:
            index = index % cable_list.count if cable_list.count else 0
            where = "back to the first hit" if step > 0 else "on to the last hit"
            self.notify(f"Search wrapped: {where}.", severity="information")
            if index == cable_list.cursor and hits:
                # The only cable: round within it.
                target = hits[0] if step > 0 else hits[-1]
                reader.go_to_paragraph(reader.cable.paragraphs[target].number)  # type: ignore[union-attr]
                self._record()
                return
        summary = cable_list.summary_at(index)
        if summary is None:
            return
        self.pending = Pending(summary.reference_id, hit="first" if step > 0 else "last", record=True)
        cable_list.move_to(index)

    def action_sort(self) -> None:
        self.sort_by(SORT_KEYS[(SORT_KEYS.index(self.sort) + 1) % len(SORT_KEYS)])

    def sort_by(self, key: str) -> None:
        self.sort = key
        self._resort()

    def clear_all(self) -> None:
        self.search_state = SearchState()
        self.reload_list(keep=True)
        self._update_status()

    def clear_search(self) -> None:
        """Stop searching; the open cable stays open where it is."""
        self.search_state.query = None
        self.reload_list(keep=True)
        self._update_status()

    def action_reverse_sort(self) -> None:
        self.descending = not self.descending
        self._resort()

    def _resort(self) -> None:
        self._update_header()
        self.reload_list(keep=True)
        self._update_status()

    # -- history, bookmarks, clipboard ----------------------------------------------------

    def _go(self, location: Location | None) -> None:
        if location is None:
            self.notify("No further history.", severity="information")
            return
        self.open_cable(location.reference_id, location.paragraph, record=False)

    def action_back(self) -> None:
        self._go(self.cs_app.history.back())

    def action_forward(self) -> None:
        self._go(self.cs_app.history.forward())

    def action_bookmark(self) -> None:
        cable = self.cable
        reference_id = self.current_ref
        if cable is None or reference_id is None:
            self.notify("Open a cable to bookmark it.", severity="warning")
            return
        paragraph = self.reader.current_paragraph
        number = paragraph.number if paragraph else None
        added = self.cs_app.bookmarks.toggle(reference_id, number, clean_line(cable.subject))
        where = f"{reference_id}" + (f" ¶{number}" if number is not None else "")
        self.notify(f"Bookmarked {where}" if added else f"Removed bookmark {where}", markup=False)

    def action_bookmarks(self) -> None:
        def jump(bookmark) -> None:
            if bookmark is not None:
                self.open_cable(bookmark.reference_id, bookmark.paragraph, record=True)

        self.app.push_screen(BookmarksScreen(self.cs_app.bookmarks), jump)

    def action_copy_reference(self) -> None:
        # On the list, the row under the cursor (the reader may still be catching up with it).
        highlighted = self.cable_list.highlighted
        if self.cable_list.has_focus and highlighted is not None:
            reference_id = highlighted.reference_id
        else:
            reference_id = self.current_ref
        if not reference_id:
            return
        self.app.copy_to_clipboard(reference_id)
        self.notify(f"Copied {reference_id}", markup=False)

    def action_copy_paragraph(self) -> None:
        paragraph = self.reader.current_paragraph
        if paragraph is None:
            self.notify("Put the reader on a paragraph to copy it (tab, then j/k).", severity="warning")
            return
        text = clean(paragraph.text)
        self.app.copy_to_clipboard(text)
        where = f"¶{paragraph.number}" if paragraph.number is not None else "the paragraph"
        self.notify(
            f"Copied {where} of {self.current_ref or 'this cable'} ({counted(len(text), 'character')})",
            markup=False,
        )

    def action_open_outside(self) -> None:
        """Hand the cable's text to $PAGER or $EDITOR, the explorer suspended until it returns."""
        cable = self.cable
        if cable is None:
            self.notify("Open a cable first.", severity="warning")
            return
        command = pager_command()
        path = write_cable(cable)
        try:
            with self.app.suspend():
                subprocess.run([*command, str(path)], check=False)
        except SuspendNotSupported:
            self.notify("This terminal cannot be handed to another program.", severity="warning")
        except OSError as exc:
            self.notify(f"Could not run {command[0]}: {exc.strerror or exc}", severity="error", markup=False)
        finally:
            path.unlink(missing_ok=True)

    # -- panes and escape -----------------------------------------------------------------

    def _panes(self) -> list[Widget]:
        panes: list[Widget] = [self.cable_list, self.reader]
        host = self.active_host()
        if host is not None and host.content is not None:
            content = host.content
            focusable = (
                content if content.focusable else next((w for w in content.query("*") if w.focusable), None)
            )
            if focusable is not None:
                panes.append(focusable)
        return panes

    def action_next_pane(self, step: int) -> None:
        panes = self._panes()
        focused = self.focused
        index = 0
        for i, pane in enumerate(panes):
            if focused is pane or (focused is not None and pane in focused.ancestors_with_self):
                index = i
                break
        panes[(index + step) % len(panes)].focus()

    def action_zoom(self) -> None:
        if self.maximized is not None:
            self._unzoom()
            return
        focused = self.focused
        if focused is None:
            return
        target = focused
        host = next((a for a in focused.ancestors_with_self if isinstance(a, ViewHost)), None)
        if host is not None:
            target = self.query_one("#views-box")
        if target is self.cable_list:
            # The list's height is set to fit its rows: zoomed, it takes the whole screen.
            self.cable_list.styles.height = "1fr"
        self.maximize(target, container=False)

    def _unzoom(self) -> None:
        self.minimize()
        self._fit_list()

    def action_escape(self) -> None:
        if self.maximized is not None:
            self._unzoom()
            return
        if self.query_one("#searchbar").display:
            self.query_one("#searchbar").display = False
            self.cable_list.focus()
            return
        if self._span_mode:
            self._span_mode = False
            self.reader.highlights.spans = []
            self.reader.set_highlights(self.reader.highlights)
            self._update_status()
            return
        if self.search_state.narrowing is not None:
            self.search_state.narrowing = None
            self.reload_list(keep=True)
            self._update_status()
            return
        if self.focused is not self.cable_list:
            self.cable_list.focus()
            return
        if self.search_state.query:
            self.clear_search()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # While the search box has focus its keys are text; only escape/tab reach the screen.
        return not (isinstance(self.focused, Input) and action not in ("escape", "next_pane"))

    # -- indexing progress ----------------------------------------------------------------

    def show_progress(self, label: str, done: int | None, total: int | None) -> None:
        box = self.query_one("#progress")
        box.display = True
        self.query_one("#progress-label", Static).update(Text(label))
        bar = self.query_one("#progress-bar", ProgressBar)
        bar.update(total=total, progress=done or 0)

    def hide_progress(self) -> None:
        self.query_one("#progress").display = False

    # -- help -----------------------------------------------------------------------------

    def help_sections(self) -> list[tuple[str, list[tuple[str, str]]]]:
        app_rows = describe_bindings(self.app.BINDINGS) + [
            ("ctrl+p", "Command palette: cables, views, commands")
        ]
        views = [
            (
                f"{i}" + (f"  {self.view_keys[v.name]}" if v.name in self.view_keys else ""),
                f"{v.title} view ({v.plugin or 'plugin'})" + (f": {v.description}" if v.description else ""),
            )
            for i, v in enumerate(self.views.values(), 1)
        ]
        views += [
            ("1–9", "The view of that number (one with no view says so)"),
            ("[  ]", "Previous / next view"),
            ("z", "Zoom the focused pane (again to restore)"),
        ]
        return [
            (
                "Everywhere",
                app_rows
                + [
                    row
                    for row in describe_bindings(self.BINDINGS)
                    if not row[1].startswith("View ") and "view" not in row[1].lower()
                ],
            ),
            ("Document list", describe_bindings(CableList.BINDINGS)),
            ("Reader", describe_bindings(CableReader.BINDINGS)),
            ("Views", views),
            *self._view_widget_sections(),
            ("Search box (/) and paragraph box (:)", [("enter", "Search / go"), ("escape", "Cancel")]),
            ("Filters (f)", describe_bindings(FiltersScreen.BINDINGS)),
            ("Bookmarks (')", [("enter", "Open the bookmark"), *describe_bindings(BookmarksScreen.BINDINGS)]),
            ("This help", describe_bindings(HelpScreen.BINDINGS)),
        ]

    def _view_widget_sections(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """The keys a view's own widget adds (for views shown so far): bindings its plugin declared."""
        sections = []
        for host in self._hosts():
            content = host.content
            if content is None:
                continue
            rows: list[tuple[str, str]] = []
            for widget in [content, *content.query("*")]:
                for cls in type(widget).__mro__:
                    if cls.__module__.startswith(("textual.", "cablescope.app.")):
                        continue
                    for row in describe_bindings(cls.__dict__.get("BINDINGS", [])):
                        if row not in rows:
                            rows.append(row)
            if rows:
                sections.append((f"In the {clean_line(host.view.title)} view (tab to it)", rows))
        return sections

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(self.help_sections()))

    def on_resize(self) -> None:
        self._update_header()
        self._fit_list()
        self.call_after_refresh(self._fit_tabs)  # once the tab bar has its new width
