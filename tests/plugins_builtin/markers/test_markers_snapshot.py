"""How the markers view looks on the seed, in the explorer's pane, at 100x30."""

from __future__ import annotations

from datetime import date

from textual.app import App, ComposeResult

from cablescope.api import Cable, ViewContext, read_path
from cablescope_markers.view import MarkersView

TODAY = date(2026, 1, 15)


class MarkersApp(App):
    """Just the view's widget, as the explorer mounts it."""

    def __init__(self, cable: Cable) -> None:
        super().__init__()
        self.cable = cable

    def compose(self) -> ComposeResult:
        widget = MarkersView().widget(self.cable, ViewContext(today=TODAY))
        assert widget is not None
        yield widget


def test_markers_view_on_seed(snap_compare, seed_path) -> None:
    (cable,) = list(read_path(seed_path))
    assert snap_compare(MarkersApp(cable), terminal_size=(100, 30))
