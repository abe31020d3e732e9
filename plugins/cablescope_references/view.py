"""The ``references`` view: what a cable cites, what cites it, and its neighbours from the same post."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import RenderableType

from cablescope.api import Cable, View, ViewContext

from .render import render_report
from .report import build_report, report_data

if TYPE_CHECKING:
    from textual.widget import Widget


def _required(cable: Cable | None) -> Cable:
    if cable is None:
        raise ValueError("the references view needs a cable")
    return cable


class ReferencesView(View):
    name = "references"
    title = "References"
    key = "R"
    description = "what the cable cites (in the index or missing) and which cables cite it"

    def render(self, cable: Cable | None, context: ViewContext) -> RenderableType:
        report = build_report(_required(cable), context)
        return render_report(report, cited_by_only=bool(context.options.get("cited_by")))

    def data(self, cable: Cable | None, context: ViewContext) -> dict[str, Any]:
        return report_data(
            build_report(_required(cable), context), cited_by_only=bool(context.options.get("cited_by"))
        )

    def widget(self, cable: Cable | None, context: ViewContext) -> Widget | None:
        from .widget import ReferencesWidget

        return ReferencesWidget(_required(cable), context)
