"""The timeline: bars, the view's JSON and Rich output, ``cablescope timeline``, the explorer widget."""

from __future__ import annotations

import io
import json
from datetime import date

from rich.console import Console
from textual.app import App, ComposeResult
from typer.testing import CliRunner

from cablescope import cli
from cablescope.api import (
    Bar,
    Cable,
    Gap,
    NarrowList,
    ViewContext,
    bar_cells,
    bars_from_counts,
    chart_rows,
    open_store,
)
from cablescope_timeline.render import build_timeline, heading
from cablescope_timeline.view import TimelineView
from cablescope_timeline.widget import BarList


def rendered(renderable, width: int) -> list[str]:
    console = Console(file=io.StringIO(), width=width, record=True, color_system=None)
    console.print(renderable)
    return [line.rstrip() for line in console.export_text().splitlines()]


def run(*args: str):
    cli.load_plugin_commands(list(args))
    return CliRunner().invoke(cli.app, list(args), prog_name="cablescope")


def test_timeline_view_registered():
    view = TimelineView()
    assert (view.name, view.title, view.key, view.needs_cable) == ("timeline", "Timeline", "T", False)


def test_timeline_bars_in_eighths_of_a_cell():
    assert bar_cells(4, 4, 10) == "██████████"
    assert bar_cells(1, 4, 10) == "██▌"
    assert bar_cells(1, 3, 10) == "███▍"
    assert bar_cells(1, 1000, 10) == "▏"  # a cable or two still shows
    assert bar_cells(0, 4, 10) == ""


def test_timeline_empty_months_filled_and_long_gaps_folded():
    bars = bars_from_counts({"2008-03": 1, "2009-08": 2, "2009-10": 4, "unknown": 5}, "month")
    rows = chart_rows(bars, "month")
    assert [(r.label, r.count) if isinstance(r, Bar) else r for r in rows] == [
        ("2008-03", 1),
        Gap(16, "month"),
        ("2009-08", 2),
        ("2009-09", 0),
        ("2009-10", 4),
        ("unknown", 5),
    ]
    assert (rows[3].date_from, rows[3].date_to) == (date(2009, 9, 1), date(2009, 9, 30))
    assert (rows[5].date_from, rows[5].date_to) == (None, None)


def test_timeline_json_by_year_marks_the_cable(timeline_library, seed_cable):
    with open_store(timeline_library, create=False) as store:
        data = TimelineView().data(seed_cable, ViewContext(store=store, options={"by": "year"}))
    assert data == {
        "view": "timeline",
        "by": "year",
        "query": None,
        "indexed": True,
        "cables": 11,
        "total": 11,
        "marked": ["2009"],
        "bars": [
            {"label": "2008", "count": 1, "date_from": "2008-01-01", "date_to": "2008-12-31"},
            {"label": "2009", "count": 9, "date_from": "2009-01-01", "date_to": "2009-12-31"},
            {"label": "2010", "count": 1, "date_from": "2010-01-01", "date_to": "2010-12-31"},
        ],
    }


def test_timeline_json_of_a_search(timeline_library):
    with open_store(timeline_library, create=False) as store:
        data = TimelineView().data(None, ViewContext(store=store, query="iran"))
    assert data == {
        "view": "timeline",
        "by": "month",
        "query": "iran",
        "indexed": True,
        "cables": 4,
        "total": 4,
        "marked": [],
        "bars": [
            {"label": "2009-10", "count": 2, "date_from": "2009-10-01", "date_to": "2009-10-31"},
            {"label": "2009-12", "count": 1, "date_from": "2009-12-01", "date_to": "2009-12-31"},
            {"label": "2010-01", "count": 1, "date_from": "2010-01-01", "date_to": "2010-01-31"},
        ],
    }


def test_timeline_render_by_month(timeline_library, seed_cable):
    with open_store(timeline_library, create=False) as store:
        lines = rendered(TimelineView().render(seed_cable, ViewContext(store=store)), 60)
    assert lines == [
        "Timeline by month · 11 cables",
        "  2008-03 " + "█" * 12 + " " * 36 + " 1",
        "  ⋯       16 empty months",
        "  2009-08 " + "█" * 24 + " " * 24 + " 2",
        "  2009-09 " + " " * 48 + " 0",
        "◆ 2009-10 " + "█" * 48 + " 4",
        "  2009-11 " + " " * 48 + " 0",
        "  2009-12 " + "█" * 36 + " " * 12 + " 3",
        "  2010-01 " + "█" * 12 + " " * 36 + " 1",
    ]


def test_timeline_without_index_says_so(seed_cable):
    lines = rendered(TimelineView().render(seed_cable, ViewContext()), 80)
    assert lines == ["Timeline by month: no index (build one with `cablescope index PATH`)"]


def test_timeline_cli_json_by_origin(timeline_library):
    result = run("timeline", "--by", "origin", "--json", "--db", str(timeline_library))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [(bar["label"], bar["count"], bar["date_from"]) for bar in data["bars"]] == [
        ("Embassy Beijing", 4, None),  # ties in name order
        ("Embassy Paris", 4, None),
        ("Embassy Moscow", 2, None),
        ("Embassy London", 1, None),
    ]
    assert (data["by"], data["total"], data["marked"]) == ("origin", 11, [])


def test_timeline_cli_chart_with_query_and_cable(timeline_library):
    result = run(
        "timeline", "09BEIJING2932", "--by", "year", "--query", "iran", "--db", str(timeline_library)
    )
    assert result.exit_code == 0, result.output
    assert [line.rstrip() for line in result.stdout.splitlines()] == [
        "Timeline by year · 4 cables matching iran",
        "◆ 2009 " + "█" * 71 + " 3",
        "  2010 " + "█" * 23 + "▋" + " " * 47 + " 1",
    ]


def test_timeline_cli_errors_are_one_line(timeline_library, tmp_path):
    missing = tmp_path / "none.db"
    result = run("timeline", "--db", str(missing))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: no library at {missing}: index some cables first with `cablescope index PATH`"
    ]
    result = run("timeline", "--by", "tag", "--tui", "--db", str(timeline_library))
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "Error: the explorer's timeline counts by month or year: drop --tui or use --by month|year"
    ]
    result = run("timeline", "--query", "iran AND (", "--db", str(timeline_library))
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("Error: unbalanced parenthesis")


class TimelineApp(App):
    """Just the view's widget, as the explorer mounts it; records the NarrowList messages it gets."""

    def __init__(self, cable: Cable | None, context: ViewContext) -> None:
        super().__init__()
        self.cable = cable
        self.context = context
        self.narrowed: list[tuple[str, date | None, date | None]] = []

    def compose(self) -> ComposeResult:
        yield TimelineView().widget(self.cable, self.context)

    def on_mount(self) -> None:
        self.query_one(BarList).focus()

    def on_narrow_list(self, message: NarrowList) -> None:
        self.narrowed.append((message.label, message.date_from, message.date_to))


async def test_timeline_widget_enter_narrows_to_the_bar(timeline_library, seed_cable, workers_finished):
    with open_store(timeline_library, create=False) as store:
        app = TimelineApp(seed_cable, ViewContext(store=store))
        async with app.run_test(size=(100, 30)) as pilot:
            await workers_finished(app)
            await pilot.pause()
            bars = app.query_one(BarList)
            # The seed's month is highlighted when the chart appears.
            assert bars.get_option_at_index(bars.highlighted).id == "bar-4"
            await pilot.press("enter")
            await pilot.press("k", "enter")  # 2009-09: an empty month narrows all the same
            await pilot.press("b")
            await workers_finished(app)
            await pilot.pause()
            await pilot.press("enter")  # by year now: 2009 highlighted
            await pilot.press("g", "enter")
    assert app.narrowed == [
        ("2009-10", date(2009, 10, 1), date(2009, 10, 31)),
        ("2009-09", date(2009, 9, 1), date(2009, 9, 30)),
        ("2009", date(2009, 1, 1), date(2009, 12, 31)),
        ("2008", date(2008, 1, 1), date(2008, 12, 31)),
    ]


def test_timeline_widget_snapshot(snap_compare, workers_done, timeline_library, seed_cable):
    store = open_store(timeline_library, create=False)
    app = TimelineApp(seed_cable, ViewContext(store=store))

    try:
        assert snap_compare(app, terminal_size=(100, 30), run_before=workers_done)
    finally:
        store.close()


def test_timeline_widget_snapshot_of_a_search(snap_compare, workers_done, timeline_library):
    store = open_store(timeline_library, create=False)
    app = TimelineApp(None, ViewContext(store=store, query="iran"))

    try:
        assert snap_compare(app, terminal_size=(100, 30), run_before=workers_done)
    finally:
        store.close()


def test_timeline_hostile_labels_show_literally():
    from cablescope.api import BarChart

    bars = bars_from_counts({"[bold]Evil[/bold]\x1b[2J Post": 2, "Embassy Paris": 1}, "origin")
    lines = rendered(BarChart(chart_rows(bars, "origin")), 40)
    assert lines == [
        # label 22 cells wide leaves 40 - 2 - 22 - 1 - 1 - 1 = 13 cells of bar
        "  [bold]Evil[/bold] Post " + "█" * 13 + " 2",
        "  Embassy Paris          " + "██████▌" + " " * 6 + " 1",
    ]


def test_timeline_by_tag_counts_cables_and_tag_assignments_apart(timeline_library):
    with open_store(timeline_library, create=False) as store:
        timeline = build_timeline(None, ViewContext(store=store, options={"by": "tag"}))
        cables = store.count()
    assert timeline.total > cables == timeline.cables == 11
    assert heading(timeline).plain == f"Timeline by tag · 11 cables, {timeline.total:,} tag assignments"
