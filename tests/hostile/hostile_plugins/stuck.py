"""A plugin whose hooks and view never return (each loops forever, sleeping in short steps).

With ``HOSTILE_STUCK_MARK`` set to a path, it creates that file when it gets stuck, so a test
can wait for that instead of sleeping.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from rich.text import Text

from cablescope.api import Reader, View, hookimpl


def _forever() -> None:
    mark = os.environ.get("HOSTILE_STUCK_MARK")
    if mark:
        Path(mark).touch()
    while True:
        time.sleep(0.02)


class StuckView(View):
    name = "stuck"
    title = "Stuck"
    key = "Z"

    def render(self, cable, context):
        _forever()
        return Text("never")

    def data(self, cable, context):
        _forever()
        return {}


class StuckReader(Reader):
    """Claims ``*.stuck`` files and never finishes reading one."""

    name = "stuck"
    extensions = (".stuck",)

    def sniff(self, head, path):
        return 0.9 if path is not None and path.suffix == ".stuck" else 0.0

    def read(self, path):
        _forever()
        yield from ()


@hookimpl
def register_views(register):
    register(StuckView())


@hookimpl
def register_readers(register):
    register(StuckReader())


@hookimpl
def annotate_paragraphs(cable):
    _forever()


@hookimpl
def index_facts(cable):
    _forever()
