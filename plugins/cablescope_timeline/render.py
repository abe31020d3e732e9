"""What the ``timeline`` view and its explorer widget share: the counts from the index, heading and bars."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from rich.console import Group, RenderableType
from rich.text import Text

from cablescope.api import (
    TIME_AXES,
    Bar,
    BarChart,
    Cable,
    ViewContext,
    bars_from_counts,
    chart_rows,
    clean_line,
    period_label,
)

BY_CHOICES: tuple[str, ...] = ("month", "year", "origin", "classification", "tag")
DEFAULT_BY = "month"


class Timeline(BaseModel):
    """Counts from the index for one grouping and one search."""

    by: str
    query: str | None
    indexed: bool
    bars: list[Bar]
    marked: list[str]
    """Labels of the bars the selected cable falls in (its month or year, origin, tags…)."""
    cables: int = 0
    """The cables counted: by tag, the bars add up to more (a cable has several tags)."""

    @property
    def total(self) -> int:
        return sum(bar.count for bar in self.bars)


def marked_labels(cable: Cable | None, by: str) -> list[str]:
    """Where ``cable`` sits in a chart grouped ``by``: its period, origin, classification or tags."""
    if cable is None:
        return []
    if by in TIME_AXES:
        return [period_label(cable.created, by)] if cable.created else []
    if by == "origin":
        return [cable.origin] if cable.origin else []
    if by == "classification":
        return [cable.classification] if cable.classification else []
    return list(cable.tags)


def view_options(context: ViewContext) -> tuple[str, str | None]:
    """The grouping (``by`` option, month by default) and the search the view is asked about."""
    by = str(context.options.get("by") or DEFAULT_BY)
    if by not in BY_CHOICES:
        raise ValueError(f"cannot draw a timeline by {by!r}: choose one of {', '.join(BY_CHOICES)}")
    query = context.query or None
    return by, query


def build_timeline(cable: Cable | None, context: ViewContext, by: str | None = None) -> Timeline:
    """Ask the index for counts (``store.stats``); the store's ``QueryError`` reaches the caller."""
    default_by, query = view_options(context)
    by = by or default_by
    if context.store is None:
        return Timeline(by=by, query=query, indexed=False, bars=[], marked=[])
    counts = context.store.stats(by, query=query)
    return Timeline(
        by=by,
        query=query,
        indexed=True,
        bars=bars_from_counts(counts, by),
        marked=marked_labels(cable, by),
        cables=context.store.count(query=query),
    )


def heading(timeline: Timeline) -> Text:
    text = Text.assemble(("Timeline", "bold"), (f" by {timeline.by}", "bold"))
    if not timeline.indexed:
        return text.append(": no index (build one with `cablescope index PATH`)", style="dim")
    scope = f"{timeline.cables:,} cable{'s' if timeline.cables != 1 else ''}"
    text.append(" · ")
    text.append(scope)
    if timeline.by == "tag":
        assignments = timeline.total
        text.append(f", {assignments:,} tag assignment{'s' if assignments != 1 else ''}")
    if timeline.query:
        text.append(" matching ")
        text.append(clean_line(timeline.query), style="bold magenta")
    return text


def render_timeline(timeline: Timeline) -> RenderableType:
    parts: list[RenderableType] = [heading(timeline)]
    if timeline.indexed and not timeline.bars:
        parts.append(Text("No cables to count.", style="dim"))
    elif timeline.bars:
        parts.append(BarChart(chart_rows(timeline.bars, timeline.by), set(timeline.marked)))
    return Group(*parts)


def timeline_data(timeline: Timeline) -> dict[str, Any]:
    return {
        "view": "timeline",
        "by": timeline.by,
        "query": timeline.query,
        "indexed": timeline.indexed,
        "cables": timeline.cables,
        "total": timeline.total,
        "marked": timeline.marked,
        "bars": [bar.model_dump(mode="json") for bar in timeline.bars],
    }
