"""The main screen: the document list, the reader, and the plugin views in tabs beside it.

What is loaded and kept is decided by ``Navigation`` (``cablescope.app.navigation``); this
screen runs its loads in workers, draws what it decides, and renders its state through
reactive attributes (the status line and the list header follow them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import var
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, Static, Tab, TabbedContent
from textual.worker import get_current_worker

from cablescope.app.history import Location
from cablescope.app.library import StoreRows, fetch_first_page, find_row, read_cable
from cablescope.app.messages import HighlightSpans, NarrowList, OpenCable
from cablescope.app.navigation import (
    CableLoad,
    ListLoad,
    ListPage,
    Locate,
    Narrowing,
    Navigation,
    NavigationState,
)
from cablescope.app.plugin_failures import report_plugin_failures
from cablescope.app.screens.cable_actions import CableActions
from cablescope.app.screens.explorer_help import explorer_help
from cablescope.app.screens.filters import FiltersScreen
from cablescope.app.screens.help import HelpScreen
from cablescope.app.screens.panes import Panes
from cablescope.app.screens.search_bar import SearchBar
from cablescope.app.screens.view_tabs import ViewTabs
from cablescope.app.status import hit_position, status_text
from cablescope.app.widgets.cable_list import PAGE_SIZE, SORT_KEYS, CableList, header_text
from cablescope.app.widgets.key_footer import KeyFooter
from cablescope.app.widgets.progress import IndexProgress
from cablescope.app.widgets.reader import CableReader, Highlights, query_matcher
from cablescope.app.widgets.view_host import ViewHost, describe_error
from cablescope.query import QueryError
from cablescope.store import SearchFilters
from cablescope.views import View

if TYPE_CHECKING:
    from cablescope.annotations import Annotation
    from cablescope.app.app import CablescopeApp
    from cablescope.model import Cable


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

    preview_delay: ClassVar[float] = 0.12
    """Seconds the list cursor rests on a row before the reader follows it (keeps j/k instant)."""

    navigation_state: var[NavigationState] = var(NavigationState(), init=False)
    list_count: var[int] = var(0, init=False)
    facts_pending: var[int] = var(0, init=False)
    hit_position: var[str] = var("", init=False)
    """Where the reader is among the open cable's hits: "hit 3 of 12", or "12 hits"."""
    span_mark: var[str] = var("", init=False)
    """"mark 2/5" while a view's marks are stepped through (n/N)."""

    class Ready(Message):
        """The screen is up: the app may load plugins, index and arrive at a deep link."""

    def __init__(self) -> None:
        super().__init__()
        self.navigation = Navigation(self)
        self.tabs = ViewTabs(self)
        self.cable_actions = CableActions(self)
        self.search_bar = SearchBar(self)
        self.panes = Panes(self)
        self._preview_timer: Timer | None = None
        self.span_mode = False
        self._list_painted = False
        """Whether a list page (or the failure to load one) has been painted yet."""
        self._held_load: CableLoad | None = None
        """A cable asked for before that first frame, read once it is painted."""

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
        yield IndexProgress(id="progress")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#searchbar").display = False
        self.query_one(CableList).focus()
        self._update_header()
        self._render_status()
        self.post_message(self.Ready())

    # -- what is shown --------------------------------------------------------------------

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

    @property
    def views(self) -> dict[str, View]:
        return self.tabs.views

    @property
    def view_keys(self) -> dict[str, str]:
        return self.tabs.keys

    @property
    def active_view(self) -> str | None:
        return self.tabs.active

    @property
    def preview_pending(self) -> bool:
        """The reader is about to follow the list cursor (its timer has not fired yet)."""
        return self.navigation.preview_ref is not None

    # -- reactive rendering ---------------------------------------------------------------

    def watch_navigation_state(self, old: NavigationState, new: NavigationState) -> None:
        if (old.sort, old.descending) != (new.sort, new.descending):
            self._update_header()
        self._render_status()

    def watch_list_count(self) -> None:
        self._render_status()

    # Each of these is a part of the status line.
    watch_facts_pending = watch_hit_position = watch_span_mark = watch_list_count

    def _update_header(self) -> None:
        state = self.navigation.state
        width = self.cable_list.scrollable_content_region.width or self.size.width or 80
        self.query_one("#list-header", Static).update(header_text(width, state.sort, state.descending))

    def _render_status(self) -> None:
        text = status_text(
            self.navigation.state, self.list_count, self.hit_position, self.span_mark, self.facts_pending
        )
        self.query_one("#status", Static).update(text)

    def update_marks(self) -> None:
        """The hit position and the span mark follow the reader."""
        highlights = self.reader.highlights
        spans = highlights.spans
        self.span_mark = (
            f"mark {highlights.current_span + 1}/{len(spans)}" if spans and self.span_mode else ""
        )
        self.hit_position = hit_position(self.reader) if self.navigation.shown_query is not None else ""

    # -- the Display the navigation draws on ----------------------------------------------

    def shown_reference(self) -> str | None:
        return self.current_ref

    def list_cursor(self) -> int:
        return self.cable_list.cursor

    def list_index_of(self, reference_id: str) -> int | None:
        return self.cable_list.index_of(reference_id)

    def list_row(self, index: int) -> str | None:
        summary = self.cable_list.summary_at(index)
        return summary.reference_id if summary is not None else None

    def navigation_changed(self, state: NavigationState) -> None:
        self.navigation_state = state

    def list_waiting(self, message: str) -> None:
        self.cable_list.empty_message = message

    def list_failed(self, message: str) -> None:
        self.notify(message, title="Search", severity="error", markup=False)
        self.cable_list.empty_message = message
        self.cable_list.refresh()
        self.call_after_refresh(self._list_on_screen)

    def show_list(self, page: ListPage, cursor: int, *, announce: bool, empty_message: str) -> None:
        cable_list = self.cable_list
        cable_list.empty_message = empty_message
        rows = StoreRows(self.cs_app.library.store, page.list_query, page.count)
        cable_list.set_source(rows, page.count, page.rows, cursor=cursor, announce=announce)
        self.panes.fit_list()
        self.list_count = page.count
        self.facts_pending = page.facts_pending
        self.call_after_refresh(self._list_on_screen)

    def _list_on_screen(self) -> None:
        """The list is painted: now load the plugins (once) and the preview that waited for it.

        Both would compete with the first frame for the GIL (importing the plugins, reading a
        cable into the models) had they started before it.
        """
        self._list_painted = True
        self.cs_app.load_plugins_once()
        held, self._held_load = self._held_load, None
        if held is not None:
            self._load_cable(held)

    def move_list_cursor(self, index: int, *, announce: bool) -> None:
        self.cable_list.move_to(index, announce=announce)

    def schedule_preview(self) -> None:
        if self.preview_delay > 0:
            self._preview_timer = self.set_timer(self.preview_delay, self.navigation.preview_now)
        else:  # follow at once (a cancelled preview has no row to follow when this runs)
            self.call_later(self.navigation.preview_now)

    def cancel_preview(self) -> None:
        if self._preview_timer is not None:
            self._preview_timer.stop()
            self._preview_timer = None

    def show_cable(self, load: CableLoad, loaded: object) -> None:
        cable, annotations, hits = cast("tuple[Cable, list[Annotation], list[int]]", loaded)
        self.span_mode = False
        highlights = Highlights(
            annotations=annotations, terms=query_matcher(load.query), hit_paragraphs=set(hits)
        )
        self.reader.show(cable, highlights, reference_id=load.reference_id)
        if not self.tabs.follow_cable():
            self.tabs.refresh()

    def clear_reader(self) -> None:
        self.reader.show(None)
        self.tabs.refresh()

    def drop_search_marks(self) -> None:
        """The search was cleared: the reader loses its hits, and a view's marks, in place,
        keeping its cursor and scroll."""
        self.span_mode = False
        self.reader.set_highlights(Highlights(annotations=self.reader.highlights.annotations))
        self.update_marks()
        self.tabs.refresh()

    def place(self, paragraph: int | None, hit: str | None) -> None:
        reader = self.reader
        if paragraph is not None and reader.go_to_paragraph(paragraph):
            return
        if paragraph is not None:
            self.notify(
                f"{self.current_ref or ''} has no paragraph {paragraph}.", severity="warning", markup=False
            )
        hits = self.reader.hit_indexes()
        if hits and hit in ("first", "last"):
            index = hits[0] if hit == "first" else hits[-1]
            reader.go_to_index(index)
        self.update_marks()

    def record(self) -> None:
        reference_id = self.current_ref
        if reference_id is None:
            return
        paragraph = self.reader.current_paragraph
        self.cs_app.history.visit(Location(reference_id, paragraph.number if paragraph else None))

    def say(self, message: str, *, severity: str = "information", title: str = "") -> None:
        self.notify(message, title=title, severity=severity, markup=False)  # type: ignore[arg-type]

    # -- loads, in workers ----------------------------------------------------------------

    def load_list(self, load: ListLoad) -> None:
        self._load_list(load)

    @work(thread=True, exclusive=True, group="list", exit_on_error=False)
    def _load_list(self, load: ListLoad) -> None:
        try:
            with self.cs_app.library.worker_store() as store:
                count, first, pending = fetch_first_page(store, load.list_query, PAGE_SIZE)
        except QueryError as exc:
            self.app.call_from_thread(self.navigation.list_failed, load.request, str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - shown to the user as one line
            self.app.call_from_thread(self.navigation.list_failed, load.request, describe_error(exc))
            return
        if not get_current_worker().is_cancelled:
            page = ListPage(load.list_query, count, first, pending)
            self.app.call_from_thread(self.navigation.list_loaded, load.request, page)

    def locate(self, locate: Locate) -> None:
        self._locate(locate)

    @work(thread=True, exclusive=True, group="locate", exit_on_error=False)
    def _locate(self, locate: Locate) -> None:
        """Find an opened cable's row in the list, so the list follows the reader."""
        with self.cs_app.library.worker_store() as store:
            index = find_row(store, locate.reference_id, locate.list_query)
        if (index is not None or locate.or_first) and not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.navigation.located, locate.request, index)

    def load_cable(self, load: CableLoad) -> None:
        if not self._list_painted:
            self._held_load = load  # the latest one, read after the list's first frame
            return
        self._load_cable(load)

    @work(thread=True, exclusive=True, group="cable", exit_on_error=False)
    def _load_cable(self, load: CableLoad) -> None:
        worker = get_current_worker()
        reference_id = load.reference_id
        try:
            with self.cs_app.library.worker_store() as store:
                cable, hits = read_cable(store, reference_id, load.query)
        except Exception as exc:  # noqa: BLE001 - shown to the user as one line
            message = f"Could not read {reference_id}: {describe_error(exc)}"
            self.app.call_from_thread(self.navigation.cable_failed, load.request, message, "error")
            return
        if cable is None:
            message = f"{reference_id} is not in the index."
            self.app.call_from_thread(self.navigation.cable_failed, load.request, message, "warning")
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
        self.app.call_from_thread(report_plugin_failures, self)
        if not worker.is_cancelled:
            self.app.call_from_thread(self.navigation.cable_loaded, load, (cable, annotations, hits))

    # -- the list and the reader's events -------------------------------------------------

    def on_cable_list_highlighted(self, event: CableList.Highlighted) -> None:
        summary = event.summary
        reference_id = summary.reference_id if summary is not None else None
        self.navigation.highlighted(reference_id, list_empty=event.cable_list.count == 0)

    def on_cable_list_selected(self, event: CableList.Selected) -> None:
        self.navigation.selected(event.summary.reference_id)
        self.reader.focus()

    def open_cable(self, reference_id: str, paragraph: int | None = None, *, record: bool = True) -> None:
        """Jump to a cable (from a view, a bookmark, the palette, a deep link)."""
        self.navigation.open_cable(reference_id, paragraph, record=record)

    def on_cable_reader_paragraph_changed(self, event: CableReader.ParagraphChanged) -> None:
        self.update_marks()  # "hit 3 of 12" follows the reader
        reference_id = self.current_ref
        current = self.cs_app.history.current
        if reference_id and current and current.reference_id == reference_id:
            number = event.paragraph.number if event.paragraph else None
            self.cs_app.history.update_current(Location(reference_id, number))

    # -- views ----------------------------------------------------------------------------

    def active_host(self) -> ViewHost | None:
        return self.tabs.active_host()

    def on_click(self, event: events.Click) -> None:
        # A click on a tab is the user's pick (the tab bar keeps its own Tab.Clicked to itself);
        # the click reaches the screen before the activation it causes.
        if isinstance(event.widget, Tab):
            self.tabs.chosen = True

    @on(TabbedContent.TabActivated)
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        self.tabs.activated()

    def show_view(self, name: str) -> bool:
        """Switch to view ``name`` (the user's choice: cables no longer pick their view)."""
        return self.tabs.show(name)

    def action_show_view(self, name: str) -> None:
        self.tabs.show(name)

    def action_show_view_number(self, number: int) -> None:
        self.tabs.show_number(number)

    def action_cycle_view(self, step: int) -> None:
        self.tabs.cycle(step)

    # -- messages from view widgets -------------------------------------------------------

    def on_open_cable(self, message: OpenCable) -> None:
        message.stop()
        self.open_cable(message.reference_id, message.paragraph, record=True)

    def on_highlight_spans(self, message: HighlightSpans) -> None:
        message.stop()
        reader = self.reader
        reader.highlights.spans = list(message.spans)
        self.span_mode = bool(message.spans)
        if message.spans:
            reader.go_to_span(message.current)
        else:
            reader.set_highlights(reader.highlights)
        self.update_marks()

    def on_narrow_list(self, message: NarrowList) -> None:
        message.stop()
        reference_ids = tuple(message.reference_ids) if message.reference_ids is not None else None
        self.navigation.narrow(Narrowing(message.label, message.date_from, message.date_to, reference_ids))

    # -- search and filters ---------------------------------------------------------------

    def action_search(self) -> None:
        self.search_bar.open_search()

    def action_goto_paragraph(self) -> None:
        self.search_bar.open_goto()

    @on(Input.Submitted, "#goto")
    def _goto_submitted(self, event: Input.Submitted) -> None:
        self.search_bar.go_to(event.value)

    def run_search(self, query: str | None) -> bool:
        """Search for ``query`` (None: stop searching); False, with a message, when the query
        cannot be read, and the search stays as it was."""
        return self.navigation.run_search(query)

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        if self.run_search(event.value):
            self.query_one("#searchbar").display = False
            self.cable_list.focus()
        # else the bar stays open, with the query to correct

    def action_filters(self) -> None:
        def apply(filters: SearchFilters | None) -> None:
            if filters is not None:
                self.navigation.set_filters(filters)

        self.app.push_screen(FiltersScreen(self.navigation.state.filters), apply)

    def action_next_hit(self, step: int) -> None:
        self.search_bar.next_hit(step)

    def action_sort(self) -> None:
        sort = self.navigation.state.sort
        self.sort_by(SORT_KEYS[(SORT_KEYS.index(sort) + 1) % len(SORT_KEYS)])

    def sort_by(self, key: str) -> None:
        self.navigation.sort_by(key)

    def action_reverse_sort(self) -> None:
        state = self.navigation.state
        self.navigation.sort_by(state.sort, descending=not state.descending)

    def clear_all(self) -> None:
        """No search, filters nor narrowing (the palette's "clear"); the open cable stays open."""
        self.navigation.clear_all()

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
        self.cable_actions.bookmark()

    def action_bookmarks(self) -> None:
        self.cable_actions.bookmarks()

    def action_copy_reference(self) -> None:
        self.cable_actions.copy_reference()

    def action_copy_paragraph(self) -> None:
        self.cable_actions.copy_paragraph()

    def action_open_outside(self) -> None:
        """Hand the cable's text to $PAGER or $EDITOR, the explorer suspended until it returns."""
        self.cable_actions.open_outside()

    # -- panes and escape -----------------------------------------------------------------

    def action_next_pane(self, step: int) -> None:
        self.panes.next(step)

    def action_zoom(self) -> None:
        self.panes.zoom()

    def action_escape(self) -> None:
        if self.maximized is not None:
            self.panes.unzoom()
            return
        if self.query_one("#searchbar").display:
            self.query_one("#searchbar").display = False
            self.cable_list.focus()
            return
        if self.span_mode:
            self.span_mode = False
            self.reader.highlights.spans = []
            self.reader.set_highlights(self.reader.highlights)
            self.update_marks()
            return
        if self.navigation.state.narrowing is not None:
            self.navigation.narrow(None)
            return
        if self.focused is not self.cable_list:
            self.cable_list.focus()
            return
        if self.navigation.state.query:
            self.navigation.clear_search()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # While the search box has focus its keys are text; only escape/tab reach the screen.
        return not (isinstance(self.focused, Input) and action not in ("escape", "next_pane"))

    # -- help -----------------------------------------------------------------------------

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(explorer_help(self)))

    def on_resize(self) -> None:
        self._update_header()
        self.panes.fit_list()
        self.call_after_refresh(self.tabs.fit)  # once the tab bar has its new width
