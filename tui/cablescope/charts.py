"""A horizontal bar chart for the terminal: one row per month, year, origin, classification or tag.

Bars are drawn with eighth-block characters, so a count a few cables away from another still
looks different. On a time axis the rows run in calendar order with the empty periods between
them shown as empty bars; a long run of empty periods folds into one row saying how long it
is, so a corpus with one cable from 1966 and thousands from 2009 still fits on a screen.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel
from rich.console import Console, ConsoleOptions, RenderResult
from rich.text import Text

from cablescope.sanitize import clean_line

By = Literal["month", "year", "origin", "classification", "tag"]
TIME_AXES: tuple[str, ...] = ("month", "year")

MAX_FILLED_GAP: dict[str, int] = {"month": 6, "year": 3}
"""Runs of at most this many empty periods are drawn as empty bars; longer ones fold into one row."""

EIGHTHS = " ▏▎▍▌▋▊▉"
FULL = "█"
BAR_STYLE = "cyan"
MARKED_BAR_STYLE = "bold yellow"
MARKER = "◆"
GAP_STYLE = "dim"
MAX_LABEL_WIDTH = 28
MIN_BAR_WIDTH = 8


class Bar(BaseModel):
    """One row of counts; a period on a time axis also knows its first and last day."""

    label: str
    count: int
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class Gap:
    """A run of empty periods folded into one row."""

    periods: int
    unit: str


Row = Bar | Gap


def period_range(label: str, by: str) -> tuple[date, date] | None:
    """First and last day of "2009-10" (by month) or "2009" (by year); ``None`` for anything else."""
    try:
        if by == "month":
            year, month = (int(part) for part in label.split("-"))
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if by == "year":
            year = int(label)
            return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None
    return None


def period_label(moment: date | datetime, by: str) -> str:
    return f"{moment.year:04d}-{moment.month:02d}" if by == "month" else f"{moment.year:04d}"


def bars_from_counts(counts: dict[str, int], by: str) -> list[Bar]:
    """The index's counts as bars, periods given their date range ("unknown" has none)."""
    bars = []
    for label, count in counts.items():
        span = period_range(label, by) if by in TIME_AXES else None
        bars.append(
            Bar(
                label=label,
                count=count,
                date_from=span[0] if span else None,
                date_to=span[1] if span else None,
            )
        )
    return bars


def _next_period(day: date, by: str) -> date:
    if by == "year":
        return date(day.year + 1, 1, 1)
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def _periods_between(earlier: date, later: date, by: str) -> int:
    """How many whole periods lie strictly between the periods starting on these days."""
    if by == "year":
        return later.year - earlier.year - 1
    return (later.year - earlier.year) * 12 + later.month - earlier.month - 1


def chart_rows(bars: list[Bar], by: str) -> list[Row]:
    """Bars in order, with the empty periods between dated bars filled in or folded (time axes only)."""
    if by not in TIME_AXES:
        return list(bars)
    rows: list[Row] = []
    previous: Bar | None = None
    for bar in bars:
        if previous is not None and previous.date_from and bar.date_from:
            missing = _periods_between(previous.date_from, bar.date_from, by)
            if missing > MAX_FILLED_GAP[by]:
                rows.append(Gap(missing, by))
            else:
                day = _next_period(previous.date_from, by)
                for _ in range(missing):
                    label = period_label(day, by)
                    span = period_range(label, by)
                    assert span is not None  # the label was made from a day
                    rows.append(Bar(label=label, count=0, date_from=span[0], date_to=span[1]))
                    day = _next_period(day, by)
        rows.append(bar)
        if bar.date_from:
            previous = bar
    return rows


def bar_cells(count: int, largest: int, width: int) -> str:
    """``count`` as a bar of ``width`` cells at most, in eighths of a cell; a non-zero count shows."""
    if largest <= 0 or count <= 0 or width <= 0:
        return ""
    eighths = max(1, round(count / largest * width * 8))
    return FULL * (eighths // 8) + (EIGHTHS[eighths % 8] if eighths % 8 else "")


@dataclass(frozen=True)
class Layout:
    """Column widths shared by every row of one chart."""

    label_width: int
    count_width: int
    largest: int

    @classmethod
    def of(cls, rows: list[Row]) -> Layout:
        bars = [row for row in rows if isinstance(row, Bar)]
        label_width = min(MAX_LABEL_WIDTH, max((len(clean_line(bar.label)) for bar in bars), default=4))
        largest = max((bar.count for bar in bars), default=0)
        return cls(label_width=label_width, count_width=len(f"{largest:,}"), largest=largest)

    def bar_width(self, total_width: int) -> int:
        # marker, space, label, space, bar, space, count
        return max(MIN_BAR_WIDTH, total_width - 2 - self.label_width - 1 - 1 - self.count_width)


def row_text(row: Row, layout: Layout, width: int, *, marked: bool = False) -> Text:
    """One chart row laid out for ``width`` cells."""
    if isinstance(row, Gap):
        unit = row.unit if row.periods == 1 else f"{row.unit}s"
        return Text(
            f"  {'⋯':<{layout.label_width}} {row.periods} empty {unit}", style=GAP_STYLE, no_wrap=True
        )
    label = clean_line(row.label)
    if len(label) > layout.label_width:
        label = label[: layout.label_width - 1] + "…"
    bar_width = layout.bar_width(width)
    cells = bar_cells(row.count, layout.largest, bar_width)
    line = Text(no_wrap=True, overflow="crop")
    line.append(f"{MARKER} " if marked else "  ", style=MARKED_BAR_STYLE)
    line.append(label.ljust(layout.label_width), style="bold" if marked else "")
    line.append(" ")
    line.append(cells.ljust(bar_width), style=MARKED_BAR_STYLE if marked else BAR_STYLE)
    line.append(" ")
    line.append(
        f"{row.count:,}".rjust(layout.count_width), style="bold" if marked else "dim" if not row.count else ""
    )
    return line


class ChartRow:
    """One row as a Rich renderable that fits itself to the width it is given (for list items)."""

    def __init__(self, row: Row, layout: Layout, *, marked: bool = False) -> None:
        self.row = row
        self.layout = layout
        self.marked = marked

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield row_text(self.row, self.layout, options.max_width, marked=self.marked)


class BarChart:
    """The whole chart as a Rich renderable."""

    def __init__(self, rows: list[Row], marked: set[str] | frozenset[str] = frozenset()) -> None:
        self.rows = rows
        self.marked = marked
        self.layout = Layout.of(rows)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for row in self.rows:
            marked = isinstance(row, Bar) and row.label in self.marked
            yield row_text(row, self.layout, options.max_width, marked=marked)
