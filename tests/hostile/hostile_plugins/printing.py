"""A plugin that prints to standard output from its import, its hooks and its view, and whose
view title and description carry escape sequences."""

from __future__ import annotations

from cablescope.api import Fact, View, hookimpl

print("printing plugin imported \x1b[2J")


class PrintingView(View):
    name = "printing"
    title = "Printing \x1b]0;retitled\x07\x1b[2J"  # escape sequences in a plugin-supplied string
    description = "Prints \x9b31m everywhere \u202e"
    key = "Y"

    def render(self, cable, context):
        print("render was here")
        return "printed view"

    def data(self, cable, context):
        print("data was here")
        return {"view": self.name, "reference_id": cable.reference_id}


@hookimpl
def register_views(register):
    print("registering a view")
    register(PrintingView())


@hookimpl
def annotate_paragraphs(cable):
    print("annotating", cable.reference_id)
    return []


@hookimpl
def index_facts(cable):
    print("facts for", cable.reference_id)
    return [Fact(kind="printed", key=cable.reference_id or "?")]
