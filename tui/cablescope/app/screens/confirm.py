"""A yes-or-no question before the explorer does something it cannot undo (removing a cable)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static


class ConfirmScreen(ModalScreen[bool]):
    """Asks ``question``; answers True for y, False for n or escape."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; }
    ConfirmScreen > Vertical {
        width: 70%; max-width: 80; height: auto; border: thick $warning; background: $surface; padding: 1 2;
    }
    ConfirmScreen .hint { color: $text-muted; }
    """

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            # The question names a cable: plain text, never markup.
            yield Static(Text(self.question))
            yield Static(Text("y: yes   n or escape: no"), classes="hint")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
