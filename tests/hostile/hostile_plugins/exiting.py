"""A plugin whose hooks and view call ``sys.exit``."""

from __future__ import annotations

import sys

from cablescope.api import View, hookimpl


class ExitingView(View):
    name = "exiting"
    title = "Exiting"
    key = "X"

    def render(self, cable, context):
        sys.exit(3)

    def data(self, cable, context):
        sys.exit(3)


@hookimpl
def register_views(register):
    register(ExitingView())


@hookimpl
def annotate_paragraphs(cable):
    sys.exit(4)


@hookimpl
def index_facts(cable):
    sys.exit(5)
