"""The appendix view in the explorer: the rendering, plus keys to open the compared page and flip the diff.

The analysis asks the index for other pages, so it runs in a thread worker; the pane says so
until it is done. ``o`` opens the page the appendix is compared with (the explorer records the
jump, so back returns); ``d`` switches the page diff between unified and side by side.
"""

from __future__ import annotations

from typing import ClassVar

from rich.console import RenderableType
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static
from textual.worker import Worker

from cablescope.api import Cable, OpenCable, ViewContext
from cablescope_appendix.analysis import Analysis, analyse
from cablescope_appendix.render import render_analysis


class AppendixPane(VerticalScroll, can_focus=True):
    """The appendix view of one cable."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("o", "open_other", "Open the compared page"),
        Binding("d", "flip_diff", "Diff unified / side by side"),
        Binding("j", "scroll_down", "Scroll down", show=False),
        Binding("k", "scroll_up", "Scroll up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "Bottom", show=False),
    ]

    DEFAULT_CSS = """
    AppendixPane { height: 1fr; padding: 0 1; }
    AppendixPane > Static { width: 1fr; height: auto; }
    """

    def __init__(self, cable: Cable, context: ViewContext) -> None:
        super().__init__()
        self.cable = cable
        self.context = context
        self.analysis: Analysis | None = None
        self.side_by_side = bool(context.options.get("side_by_side"))

    def compose(self) -> ComposeResult:
        yield Static(Text("Reading the appendix…", style="dim"))

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="appendix", exit_on_error=False)
    def load(self) -> None:
        analysis = analyse(self.cable, self.context)
        self.app.call_from_thread(self.show, analysis)

    def show(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._draw(render_analysis(self.cable, analysis, side_by_side=self.side_by_side))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "appendix" and event.worker.error is not None:
            event.stop()
            message = str(event.worker.error).splitlines()[0] if str(event.worker.error) else ""
            self._draw(Text(f"This view failed: {message}", style="red"))

    def _draw(self, renderable: RenderableType) -> None:
        # A load that ends as the explorer closes finds the pane's content already gone.
        shown = self.query(Static)
        if shown:
            shown.first().update(renderable)

    def action_open_other(self) -> None:
        analysis = self.analysis
        if analysis is None:
            return
        if analysis.other_reference_id is None:
            self.notify("There is no other page in the index to open.", timeout=3)
            return
        self.post_message(OpenCable(analysis.other_reference_id))

    def action_flip_diff(self) -> None:
        self.side_by_side = not self.side_by_side
        if self.analysis is not None:
            self.show(self.analysis)
