"""The help screen (``?``): every key the explorer answers to, the plugins' view keys included."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.keys import format_key
from textual.screen import ModalScreen
from textual.widgets import Static


def describe_bindings(bindings: Iterable[BindingType]) -> list[tuple[str, str]]:
    """(keys as shown, description) for each described binding; keys of one action are merged."""
    rows: dict[tuple[str, str], list[str]] = {}
    for binding in Binding.make_bindings(bindings):
        if not binding.description:
            continue
        keys = rows.setdefault((binding.action, binding.description), [])
        display = binding.key_display or format_key(binding.key)
        if display not in keys:
            keys.append(display)
    return [(" ".join(keys), description) for (_, description), keys in rows.items()]


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close help"),
        Binding("j,down", "scroll(1)", "Down", show=False),
        Binding("k,up", "scroll(-1)", "Up", show=False),
        Binding("ctrl+d,pagedown", "page(1)", "Half page down", show=False),
        Binding("ctrl+u,pageup", "page(-1)", "Half page up", show=False),
        Binding("g,home", "top", "Top", show=False),
        Binding("G,end", "bottom", "Bottom", show=False),
    ]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > Vertical {
        width: 90%; max-width: 96; height: 90%; border: thick $accent; background: $surface;
    }
    HelpScreen VerticalScroll { height: 1fr; padding: 0 1; }
    HelpScreen .hint { color: $text-muted; padding: 0 1; }
    """

    def __init__(self, sections: list[tuple[str, list[tuple[str, str]]]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text("cablescope — keys", style="bold"), classes="hint")
            with VerticalScroll(id="help-body"):
                for title, rows in self.sections:
                    table = Table(
                        title=Text(title, style="bold"),
                        title_justify="left",
                        show_header=False,
                        box=None,
                        padding=(0, 2, 0, 0),
                        expand=False,
                    )
                    table.add_column(style="bold cyan", no_wrap=True, min_width=14)
                    table.add_column()
                    for keys, description in rows:
                        table.add_row(Text(keys), Text(description))
                    yield Static(table)
            yield Static(Text("escape close · j/k scroll · g/G top/bottom"), classes="hint")

    def action_scroll(self, step: int) -> None:
        self.query_one("#help-body", VerticalScroll).scroll_relative(y=step, animate=False)

    def action_page(self, direction: int) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        body.scroll_relative(y=direction * max(body.size.height // 2, 1), animate=False)

    def action_top(self) -> None:
        self.query_one("#help-body", VerticalScroll).scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.query_one("#help-body", VerticalScroll).scroll_end(animate=False)

    def action_close(self) -> None:
        self.dismiss(None)
