"""The indexing progress row under the panes: a label and a bar, hidden when nothing is indexed."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import ProgressBar, Static


class IndexProgress(Horizontal):
    """What an indexing run started by the explorer has done; ``None`` totals show a busy bar."""

    def compose(self) -> ComposeResult:
        yield Static(Text("Indexing…"), id="progress-label")
        yield ProgressBar(id="progress-bar", show_eta=True)

    def on_mount(self) -> None:
        self.display = False

    def show(self, label: str, done: int | None, total: int | None) -> None:
        self.display = True
        self.query_one("#progress-label", Static).update(Text(label))
        self.query_one("#progress-bar", ProgressBar).update(total=total, progress=done or 0)

    def hide(self) -> None:
        self.display = False
