"""The explorer's search box (/) and paragraph box (:), which share one bar under the panes, and
the moves from hit to hit (n, N)."""

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

    def next_hit(self, step: int) -> None:
        """The next (``step`` 1) or previous (-1) hit of the search: a marked span in span mode,
        else a matching paragraph of this cable, else the first (last) of the next cable's."""
        screen = self.screen
        reader = screen.reader
        if screen.span_mode and reader.highlights.spans:
            reader.go_to_span(reader.highlights.current_span + step)
            screen.update_marks()
            return
        if not screen.navigation.state.query:
            screen.notify("No search: press / to search.", severity="warning")
            return
        hits = screen.reader.hit_indexes()
        here = reader.cursor
        following = [i for i in hits if (i > here if step > 0 else i < here)]
        if following:
            target = following[0] if step > 0 else following[-1]
            reader.go_to_index(target)
            screen.record()
            return
        # No more hits in this cable: go on to the next (previous) cable in the list, and from
        # the last (first) cable round to the first (last), saying so.
        cable_list = screen.cable_list
        index = cable_list.cursor + step
        if not 0 <= index < cable_list.count:
            index = index % cable_list.count if cable_list.count else 0
            where = "back to the first hit" if step > 0 else "on to the last hit"
            screen.notify(f"Search wrapped: {where}.", severity="information")
            if index == cable_list.cursor and hits:
                # The only cable: round within it.
                target = hits[0] if step > 0 else hits[-1]
                reader.go_to_index(target)
                screen.record()
                return
        summary = cable_list.summary_at(index)
        if summary is not None:
            screen.navigation.open_row(index, summary.reference_id, "first" if step > 0 else "last")
