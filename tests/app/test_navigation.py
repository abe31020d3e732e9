"""The explorer's navigation without Textual: a fake display stands in for the screen, and each
test hands the loads' answers back in the order it wants (late, twice, out of order)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass, field

from cablescope.app.navigation import CableLoad, ListLoad, ListPage, Locate, Navigation, NavigationState
from cablescope.store import SearchFilters

REFS = ["06ANKARA101", "07PARIS2002", "08MOSCOW3003"]


@dataclass(frozen=True)
class Row:
    reference_id: str


@dataclass
class FakeDisplay:
    """What the screen would show, and every load it was asked to run."""

    rows: list[str] = field(default_factory=list)
    cursor: int = 0
    shown: str | None = None
    placed: tuple | None = None
    state: NavigationState = field(default_factory=NavigationState)
    announced: list[str] = field(default_factory=list)
    """Rows the list announced (the screen's list posts Highlighted for them)."""
    list_loads: list[ListLoad] = field(default_factory=list)
    cable_loads: list[CableLoad] = field(default_factory=list)
    locates: list[Locate] = field(default_factory=list)
    recorded: list[str | None] = field(default_factory=list)
    said: list[str] = field(default_factory=list)
    preview_scheduled: bool = False
    marks_dropped: int = 0

    def shown_reference(self) -> str | None:
        return self.shown

    def list_cursor(self) -> int:
        return self.cursor

    def list_index_of(self, reference_id: str) -> int | None:
        return self.rows.index(reference_id) if reference_id in self.rows else None

    def list_row(self, index: int) -> str | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def load_list(self, load: ListLoad) -> None:
        self.list_loads.append(load)

    def load_cable(self, load: CableLoad) -> None:
        self.cable_loads.append(load)

    def locate(self, locate: Locate) -> None:
        self.locates.append(locate)

    def navigation_changed(self, state: NavigationState) -> None:
        self.state = state

    def list_waiting(self, message: str) -> None:
        self.rows = []

    def list_failed(self, message: str) -> None:
        self.said.append(message)

    def show_list(self, page: ListPage, cursor: int, *, announce: bool, empty_message: str) -> None:
        self.rows = [row.reference_id for row in page.rows]
        self.cursor = cursor
        if announce and self.rows:
            self.announced.append(self.rows[cursor])

    def move_list_cursor(self, index: int, *, announce: bool) -> None:
        self.cursor = index
        if announce:
            self.announced.append(self.rows[index])

    def schedule_preview(self) -> None:
        self.preview_scheduled = True

    def cancel_preview(self) -> None:
        self.preview_scheduled = False

    def show_cable(self, load: CableLoad, loaded: object) -> None:
        self.shown = load.reference_id

    def clear_reader(self) -> None:
        self.shown = None

    def drop_search_marks(self) -> None:
        self.marks_dropped += 1

    def place(self, paragraph: int | None, hit: str | None) -> None:
        self.placed = (self.shown, paragraph, hit)

    def record(self) -> None:
        self.recorded.append(self.shown)

    def say(self, message: str, *, severity: str = "information", title: str = "") -> None:
        self.said.append(message)


def page(load: ListLoad, refs: list[str], count: int | None = None) -> ListPage:
    return ListPage(load.list_query, len(refs) if count is None else count, [Row(r) for r in refs])


def started(refs: list[str] = REFS) -> tuple[Navigation, FakeDisplay]:
    """A navigation whose list shows ``refs`` and whose reader shows the first of them."""
    display = FakeDisplay()
    navigation = Navigation(display)
    navigation.arrive(None, None, None)
    navigation.list_loaded(display.list_loads[-1].request, page(display.list_loads[-1], refs))
    navigation.highlighted(display.announced[-1], list_empty=False)  # the list announces row 0
    deliver(navigation, display)
    return navigation, display


def deliver(navigation: Navigation, display: FakeDisplay, load: CableLoad | None = None) -> None:
    """Hand a cable load's answer back (the last one asked for, by default)."""
    navigation.cable_loaded(load or display.cable_loads[-1], object())


def test_the_start_opens_the_first_row_and_records_it():
    navigation, display = started()
    assert (display.shown, display.placed, display.recorded) == (REFS[0], (REFS[0], None, "first"), [REFS[0]])
    assert navigation.state.busy == ""


def test_a_list_answer_for_a_search_since_replaced_is_dropped():
    navigation, display = started()
    navigation.run_search("pipeline")
    old = display.list_loads[-1]
    navigation.run_search("gas")
    new = display.list_loads[-1]
    assert old.request != new.request and display.state.busy == "searching…"
    navigation.list_loaded(old.request, page(old, ["07PARIS2002", "08MOSCOW3003"]))
    assert display.rows == [] and display.state.busy == "searching…"  # still waiting for "gas"
    navigation.list_loaded(new.request, page(new, ["07PARIS2002"]))
    assert display.rows == ["07PARIS2002"] and display.state.busy == ""


def test_a_cable_answer_for_a_row_since_left_is_dropped():
    navigation, display = started()
    navigation.highlighted(REFS[1], list_empty=False)
    assert display.preview_scheduled
    navigation.preview_now()
    paris = display.cable_loads[-1]
    navigation.highlighted(REFS[2], list_empty=False)
    navigation.preview_now()
    moscow = display.cable_loads[-1]
    deliver(navigation, display, paris)  # late: the user has moved on
    assert display.shown == REFS[0]
    deliver(navigation, display, moscow)
    assert display.shown == REFS[2]


def test_coming_back_to_the_shown_cable_drops_the_load_on_its_way():
    navigation, display = started()
    navigation.highlighted(REFS[1], list_empty=False)
    navigation.preview_now()
    on_its_way = display.cable_loads[-1]
    navigation.highlighted(REFS[0], list_empty=False)
    navigation.preview_now()  # the reader already shows it: placed, not loaded again
    assert display.cable_loads[-1] is on_its_way
    deliver(navigation, display, on_its_way)
    assert display.shown == REFS[0]


def test_a_deep_link_beyond_the_first_page_opens_first_and_the_list_follows():
    display = FakeDisplay()
    navigation = Navigation(display)
    navigation.arrive("05MANY200", 2, None)
    load = display.list_loads[-1]
    navigation.list_loaded(load.request, page(load, ["05MANY1", "05MANY2"], count=250))
    assert (display.announced, display.cursor) == ([], 0)  # the first row is not previewed
    cable, locate = display.cable_loads[-1], display.locates[-1]
    assert (cable.reference_id, cable.paragraph, locate.reference_id) == ("05MANY200", 2, "05MANY200")
    navigation.located(locate.request, 199)
    assert (display.cursor, display.announced) == (199, [])
    deliver(navigation, display)
    assert (display.placed, display.recorded) == (("05MANY200", 2, None), ["05MANY200"])


def test_a_move_while_the_list_looks_for_a_linked_cable_wins():
    navigation, display = started()
    navigation.open_cable("09TOKYO4004")  # not among the rows fetched
    locate = display.locates[-1]
    deliver(navigation, display)
    navigation.highlighted(REFS[1], list_empty=False)  # the user moves
    navigation.located(locate.request, 3)  # the late answer
    assert display.cursor == 0
    navigation.preview_now()
    deliver(navigation, display)
    assert display.shown == REFS[1]


def test_a_resort_that_moves_the_open_cable_off_the_first_page_follows_it_or_opens_the_first_row():
    navigation, display = started()
    navigation.sort_by("date", descending=True)
    load = display.list_loads[-1]
    assert load.keep and load.list_query.descending
    navigation.list_loaded(load.request, page(load, ["10STATE5005", "09TOKYO4004"], count=5))
    locate = display.locates[-1]
    assert (locate.reference_id, locate.or_first, display.announced) == (REFS[0], True, [REFS[0]])
    navigation.located(locate.request, None)  # not in the list after all: its first row opens
    deliver(navigation, display)
    assert display.shown == "10STATE5005"


def test_moving_just_before_a_reload_keeps_the_row_moved_to():
    navigation, display = started()
    navigation.highlighted(REFS[1], list_empty=False)  # the preview has not fired yet
    navigation.sort_by("date", descending=True)  # it fires now
    assert not display.preview_scheduled and display.cable_loads[-1].reference_id == REFS[1]
    deliver(navigation, display)
    load = display.list_loads[-1]
    navigation.list_loaded(load.request, page(load, list(reversed(REFS))))
    assert (display.cursor, display.shown) == (1, REFS[1])


def test_a_search_changed_while_a_cable_loads_asks_again_for_its_hits():
    navigation, display = started()
    navigation.highlighted(REFS[1], list_empty=False)
    navigation.preview_now()
    loading = display.cable_loads[-1]
    navigation.run_search("pipeline")
    deliver(navigation, display, loading)
    again = display.cable_loads[-1]
    assert (again.request, again.reference_id, again.query) == (loading.request, REFS[1], "pipeline")
    assert display.shown == REFS[0]


def test_a_cleared_search_drops_the_marks_and_keeps_the_cable():
    navigation, display = started()
    navigation.run_search("grain")
    load = display.list_loads[-1]
    navigation.list_loaded(load.request, page(load, [REFS[0]]))
    navigation.highlighted(display.announced[-1], list_empty=False)
    deliver(navigation, display)
    assert navigation.shown_query == "grain"
    navigation.clear_search()
    load = display.list_loads[-1]
    navigation.list_loaded(load.request, page(load, REFS))
    assert (display.marks_dropped, navigation.shown_query, display.shown) == (1, None, REFS[0])


def test_failures_are_said_once_and_stale_ones_not_at_all():
    navigation, display = started()
    navigation.run_search("pipeline")
    stale = display.list_loads[-1]
    navigation.run_search("gas")
    navigation.list_failed(stale.request, "old failure")
    navigation.list_failed(display.list_loads[-1].request, "no such column")
    assert display.said == ["no such column"] and display.state.busy == ""

    navigation.open_cable("99NOWHERE1")
    failed = display.cable_loads[-1]
    navigation.cable_failed(failed.request, "99NOWHERE1 is not in the index.", "warning")
    assert display.said[-1] == "99NOWHERE1 is not in the index." and navigation.loading_ref is None
    navigation.cable_failed(failed.request - 1, "an older load", "error")
    assert display.said[-1] == "99NOWHERE1 is not in the index."
    assert display.shown == REFS[0]


def test_a_malformed_query_is_refused_and_the_search_stays():
    navigation, display = started()
    loads = len(display.list_loads)
    assert navigation.run_search("x OR") is False
    assert "OR needs something to search for on both sides" in display.said[-1]
    assert (len(display.list_loads), navigation.state.query) == (loads, None)


def test_narrowing_meets_the_filters_dates():
    from datetime import date

    from cablescope.app.navigation import Narrowing

    navigation, display = started()
    navigation.set_filters(SearchFilters(date_from=date(2007, 1, 1)))
    navigation.narrow(Narrowing("2006–2008", date(2006, 1, 1), date(2008, 12, 31), ("07PARIS2002",)))
    filters = display.list_loads[-1].list_query.filters
    assert (filters.date_from, filters.date_to, filters.reference_ids) == (
        date(2007, 1, 1),
        date(2008, 12, 31),
        ["07PARIS2002"],
    )


def test_the_navigation_imports_no_textual():
    code = "import sys, cablescope.app.navigation; print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_the_answer_for_an_earlier_linked_cable_does_not_move_the_list():
    navigation, display = started()
    navigation.open_cable("09TOKYO4004")
    first = display.locates[-1]
    navigation.open_cable("10STATE5005")  # another link before the list found the first
    second = display.locates[-1]
    navigation.located(first.request, 3)
    assert display.cursor == 0
    navigation.located(second.request, 4)
    assert display.cursor == 4
