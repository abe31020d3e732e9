"""The explorer's search box (/) and paragraph box (:), which share one bar under the panes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Input

if TYPE_CHECKING:
    from cablescope.app.screens.explorer import ExplorerScreen


class SearchBar:
    """Opens the bar on the search box or the paragraph box, and goes to the paragraph typed."""

    def __init__(self, screen: ExplorerScreen) -> None:
        self.screen = screen

    def open_search(self) -> None:
        screen = self.screen
        bar = screen.query_one("#searchbar")
        bar.display = True
        screen.query_one("#goto").display = False
        search = screen.query_one("#search", Input)
        search.display = True
        search.value = screen.navigation.state.query or ""
        search.focus()

    def open_goto(self) -> None:
        screen = self.screen
        if screen.cable is None:
            screen.notify("Open a cable first.", severity="warning")
            return
        screen.query_one("#searchbar").display = True
        screen.query_one("#search").display = False
        goto = screen.query_one("#goto", Input)
        goto.display = True
        goto.value = ""
        goto.focus()

    def go_to(self, value: str) -> None:
        """Go to the paragraph numbered ``value`` ("12" or "¶12"), or say which numbers there are."""
        screen = self.screen
        cable = screen.cable
        numbers = [p.number for p in cable.paragraphs if p.number is not None] if cable else []
        text = value.strip().lstrip("¶")
        if text.isdigit() and screen.reader.go_to_paragraph(int(text)):
            screen.query_one("#searchbar").display = False
            screen.record()
            screen.reader.focus()
            return
        held = f"{min(numbers)}–{max(numbers)}" if numbers else "none"
        screen.notify(
            f"No paragraph {text!r} here (numbered paragraphs: {held}).", severity="warning", markup=False
        )
