"""How the appendix view looks on the seed in the explorer's pane, at 100x30."""

from __future__ import annotations

from textual.app import App, ComposeResult

from cablescope.api import Cable, ViewContext, read_path
from cablescope_appendix.view import AppendixView


class AppendixApp(App):
    """Just the view's widget, as the explorer mounts it."""

    def __init__(self, cable: Cable) -> None:
        super().__init__()
        self.cable = cable

    def compose(self) -> ComposeResult:
        widget = AppendixView().widget(self.cable, ViewContext())
        assert widget is not None
        yield widget


def test_appendix_view_snapshot_on_seed(snap_compare, seed_path, workers_done) -> None:
    (cable,) = list(read_path(seed_path))
    assert snap_compare(AppendixApp(cable), terminal_size=(100, 30), run_before=workers_done)
