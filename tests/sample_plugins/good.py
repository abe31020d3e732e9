"""A plugin that works: a view and an annotation per paragraph."""

from rich.text import Text

from cablescope.api import Annotation, View, hookimpl

__version__ = "2.0"


class GoodView(View):
    name = "good"
    title = "Good"
    key = "G"

    def render(self, cable, context):
        return Text("good view of " + (cable.reference_id or "?"))

    def data(self, cable, context):
        return {"view": "good", "reference_id": cable.reference_id}


@hookimpl
def register_views(register):
    register(GoodView())


@hookimpl
def annotate_paragraphs(cable):
    return [Annotation(paragraph=p.number, gutter="ok") for p in cable.paragraphs]
