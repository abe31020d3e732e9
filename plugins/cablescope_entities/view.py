"""The ``entities`` view: who and what a cable names, grouped by type with counts."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.text import Text

from cablescope.api import Cable, View, ViewContext
from cablescope_entities.render import KIND_ORDER, cable_entities, entity_json, kind_table


class EntitiesView(View):
    name = "entities"
    title = "Entities"
    key = "E"
    description = "People, organisations, places and TAGS subjects the cable names, and where."

    def render(self, cable: Cable | None, context: ViewContext) -> RenderableType:
        if cable is None:
            return Text("No cable.")
        kind = context.options.get("type")
        own, appendix = cable_entities(cable, kind)
        parts: list[RenderableType] = []
        for k in KIND_ORDER:
            if any(e.kind == k for e in own):
                parts.append(kind_table(own, k))
                parts.append(Text(""))
        if not own:
            parts.append(Text("No entities found in the cable's text.", style="dim"))
        if appendix:
            parts.append(Text("In the republisher's appendix (not part of the cable)", style="bold yellow"))
            for k in KIND_ORDER:
                if any(e.kind == k for e in appendix):
                    parts.append(kind_table(appendix, k))
        return Group(*parts)

    def data(self, cable: Cable | None, context: ViewContext) -> dict[str, Any]:
        if cable is None:
            return {"view": self.name, "reference_id": None, "entities": [], "appendix": []}
        kind = context.options.get("type")
        own, appendix = cable_entities(cable, kind)
        counts = {k: sum(1 for e in own if e.kind == k) for k in KIND_ORDER if kind in (None, k)}
        return {
            "view": self.name,
            "reference_id": cable.reference_id,
            "counts": counts,
            "entities": [entity_json(e, cable) for e in own],
            "appendix": [entity_json(e, cable) for e in appendix],
        }

    def widget(self, cable: Cable | None, context: ViewContext):
        if cable is None:
            return None
        from cablescope_entities.widget import EntitiesPanel

        return EntitiesPanel(cable, context)
