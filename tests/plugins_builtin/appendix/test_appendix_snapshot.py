"""How the appendix view looks on the seed, in a pane of the explorer's size, at 100x30."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from cablescope.api import Cable, ViewContext, read_path
from cablescope_appendix.view import AppendixView


class AppendixApp(App):
    """The view's render in a scrollable pane, as the explorer shows views without a widget."""

    def __init__(self, cable: Cable) -> None:
        super().__init__()
        self.cable = cable

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(AppendixView().render(self.cable, ViewContext()))


def test_appendix_view_snapshot_on_seed(snap_compare, seed_path) -> None:
    (cable,) = list(read_path(seed_path))
    assert snap_compare(AppendixApp(cable), terminal_size=(100, 30))
