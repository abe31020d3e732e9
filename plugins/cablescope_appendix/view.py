"""The ``appendix`` view: where the cable ends, what the site printed after it, when, and how it differs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import RenderableType
from rich.text import Text

from cablescope.api import Cable, View, ViewContext
from cablescope_appendix.analysis import analyse
from cablescope_appendix.render import analysis_data, render_analysis

if TYPE_CHECKING:
    from textual.widget import Widget


class AppendixView(View):
    name = "appendix"
    title = "Appendix"
    key = "A"
    description = "Where the cable ends and the republishing site's page begins: items, capture date, diffs."

    def data(self, cable: Cable | None, context: ViewContext) -> dict[str, Any]:
        if cable is None:
            return {"view": self.name, "reference_id": None, "has_appendix": False}
        return analysis_data(cable, analyse(cable, context))

    def applies_to(self, cable: Cable | None) -> bool:
        # Only a republished page has an appendix: other cables open on another view.
        return cable is not None and cable.appendix is not None

    def widget(self, cable: Cable | None, context: ViewContext) -> Widget | None:
        if cable is None:
            return None
        from cablescope_appendix.widget import AppendixPane

        return AppendixPane(cable, context)

    def render(self, cable: Cable | None, context: ViewContext) -> RenderableType:
        if cable is None:
            return Text("No cable selected.")
        return render_analysis(
            cable, analyse(cable, context), side_by_side=bool(context.options.get("side_by_side"))
        )
