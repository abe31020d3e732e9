"""The ``timeline`` view: the index's cables (or a search's hits) counted per month or year as bars."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import RenderableType

from cablescope.api import TIME_AXES, Cable, View, ViewContext

from .render import DEFAULT_BY, build_timeline, render_timeline, timeline_data, view_options

if TYPE_CHECKING:
    from textual.widget import Widget


class TimelineView(View):
    name = "timeline"
    title = "Timeline"
    key = "T"
    description = "cables per month or year (of the search's hits, if any) as bars; enter narrows the list"
    needs_cable = False

    def render(self, cable: Cable | None, context: ViewContext) -> RenderableType:
        return render_timeline(build_timeline(cable, context))

    def data(self, cable: Cable | None, context: ViewContext) -> dict[str, Any]:
        return timeline_data(build_timeline(cable, context))

    def widget(self, cable: Cable | None, context: ViewContext) -> Widget | None:
        from .widget import TimelineWidget

        by, _query = view_options(context)
        return TimelineWidget(cable, context, by=by if by in TIME_AXES else DEFAULT_BY)
