"""The timeline in the explorer: a list of bars; enter on one narrows the document list to its period.

Counting runs in a thread worker. The selected cable's period is marked with ◆ and highlighted
when the chart appears; ``b`` switches between months and years.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from cablescope.api import Bar, Cable, ChartRow, KeyedOptionList, Layout, NarrowList, ViewContext, chart_rows

from .render import Timeline, build_timeline, heading

KEYS_HINT = "enter narrow to period · b months/years"


class BarList(KeyedOptionList):
    """The chart's rows, with the explorer's movement keys."""


class TimelineWidget(Vertical):
    """Bars per month or year; pick one to narrow the list to that period."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("b", "toggle_by", "Months / years")]

    DEFAULT_CSS = """
    TimelineWidget { height: 1fr; }
    TimelineWidget > .timeline-title { height: auto; padding: 0 1; }
    TimelineWidget > BarList, TimelineWidget > BarList:focus { height: 1fr; border: none; padding: 0 1; }
    TimelineWidget > .timeline-footer { height: auto; padding: 0 1; color: $text-muted; }
    """

    def __init__(self, cable: Cable | None, context: ViewContext, *, by: str = "month") -> None:
        super().__init__()
        self.cable = cable
        self.context = context
        self.by = by
        self.timeline: Timeline | None = None
        self._bars: dict[str, Bar] = {}

    def compose(self) -> ComposeResult:
        yield Static(Text("Timeline", style="bold"), classes="timeline-title")
        yield BarList(Option(Text("Counting…", style="dim"), disabled=True))
        yield Static(Text(KEYS_HINT), classes="timeline-footer")

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="timeline")
    def load(self) -> None:
        try:
            timeline = build_timeline(self.cable, self.context, self.by)
        except ValueError as error:  # the store's QueryError for a search it cannot run
            self.app.call_from_thread(self.show_error, str(error))
            return
        self.app.call_from_thread(self.show_timeline, timeline)

    def show_error(self, message: str) -> None:
        if not self.query(BarList):
            return  # a load that ends as the explorer closes finds the pane's content gone
        self.query_one(".timeline-title", Static).update(
            Text(f"Timeline: {' '.join(message.split())}", style="red")
        )
        self.query_one(BarList).clear_options()

    def show_timeline(self, timeline: Timeline) -> None:
        self.timeline = timeline
        if not self.query(BarList):
            return  # as in show_error
        self.query_one(".timeline-title", Static).update(heading(timeline))
        rows = chart_rows(timeline.bars, timeline.by)
        layout = Layout.of(rows)
        marked = set(timeline.marked)
        self._bars.clear()
        options: list[Option] = []
        for index, row in enumerate(rows):
            if isinstance(row, Bar):
                option_id = f"bar-{index}"
                self._bars[option_id] = row
                options.append(Option(ChartRow(row, layout, marked=row.label in marked), id=option_id))
            else:
                options.append(Option(ChartRow(row, layout), disabled=True))
        listing = self.query_one(BarList)
        listing.clear_options()
        listing.add_options(options)
        if not options:
            listing.add_option(Option(Text("No cables to count.", style="dim"), disabled=True))
            return
        marked_index = next(
            (i for i, row in enumerate(rows) if isinstance(row, Bar) and row.label in marked), None
        )
        listing.highlighted = marked_index if marked_index is not None else 0
        if marked_index is not None:
            listing.scroll_to_highlight(top=False)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        bar = self._bars.get(event.option.id or "")
        if bar is None:
            return
        if bar.date_from is None or bar.date_to is None:
            self.notify("These cables have no date to narrow by.", timeout=3)
            return
        self.post_message(NarrowList(bar.label, date_from=bar.date_from, date_to=bar.date_to))

    def action_toggle_by(self) -> None:
        self.by = "year" if self.by == "month" else "month"
        self.load()
