"""The bookmarks list (``'``): pick one to jump there, ``d`` to delete."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from cablescope.app.bookmarks import Bookmark, Bookmarks
from cablescope.sanitize import clean_line


def bookmark_prompt(bookmark: Bookmark) -> Text:
    where = f" ¶{bookmark.paragraph}" if bookmark.paragraph is not None else ""
    return Text.assemble(
        (bookmark.reference_id + where, "bold"),
        "  ",
        (clean_line(bookmark.subject), ""),
        ("  " + bookmark.created.strftime("%Y-%m-%d"), "dim"),
    )


class BookmarksScreen(ModalScreen[Bookmark | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Close"),
        Binding("d,delete", "delete", "Delete bookmark"),
        Binding("j", "cursor(1)", "Down", show=False),
        Binding("k", "cursor(-1)", "Up", show=False),
    ]

    DEFAULT_CSS = """
    BookmarksScreen { align: center middle; }
    BookmarksScreen > Vertical {
        width: 90%; max-width: 100; height: 70%; border: thick $accent; background: $surface;
    }
    BookmarksScreen OptionList { height: 1fr; border: none; }
    BookmarksScreen .hint { color: $text-muted; padding: 0 1; }
    """

    def __init__(self, bookmarks: Bookmarks) -> None:
        super().__init__()
        self.bookmarks = bookmarks

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text("Bookmarks", style="bold"), classes="hint")
            yield OptionList(*self._options(), id="bookmark-list")
            yield Static(Text("enter open · d delete · escape close"), classes="hint")

    def _options(self) -> list[Option]:
        if not self.bookmarks.items:
            return [Option(Text("No bookmarks yet: press m in the reader to add one."), disabled=True)]
        return [Option(bookmark_prompt(b)) for b in self.bookmarks.items]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if self.bookmarks.items:
            self.dismiss(self.bookmarks.items[event.option_index])

    def action_cursor(self, step: int) -> None:
        option_list = self.query_one(OptionList)
        option_list.action_cursor_down() if step > 0 else option_list.action_cursor_up()

    def action_delete(self) -> None:
        option_list = self.query_one(OptionList)
        index = option_list.highlighted
        if index is None or not self.bookmarks.items:
            return
        self.bookmarks.remove(self.bookmarks.items[index])
        option_list.clear_options()
        option_list.add_options(self._options())
        if self.bookmarks.items:
            option_list.highlighted = min(index, len(self.bookmarks.items) - 1)

    def action_close(self) -> None:
        self.dismiss(None)
