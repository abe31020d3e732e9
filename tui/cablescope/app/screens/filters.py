"""The filters dialog (``f``): origin, classification, tag and a date range."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from cablescope.store import SearchFilters

LEVELS = [
    ("Unclassified", "U"),
    ("Sensitive but unclassified", "SBU"),
    ("Confidential", "C"),
    ("Secret", "S"),
    ("Top secret", "TS"),
]


def _parse_date(value: str) -> date | None:
    value = value.strip()
    return date.fromisoformat(value) if value else None


class FiltersScreen(ModalScreen[SearchFilters | None]):
    """Edit the list's filters; dismisses with the new SearchFilters, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "apply", "Apply"),
        Binding("ctrl+r", "clear", "Clear all"),
    ]

    DEFAULT_CSS = """
    FiltersScreen { align: center middle; }
    FiltersScreen > Vertical {
        width: 64; max-width: 100%; height: auto; max-height: 100%;
        border: thick $accent; background: $surface; padding: 0 1;
    }
    FiltersScreen Grid { grid-size: 2; grid-columns: 16 1fr; grid-rows: 3; height: auto; }
    FiltersScreen Label { padding: 1 0 0 0; }
    FiltersScreen #filters-error { color: $error; height: auto; }
    FiltersScreen Horizontal { height: auto; align-horizontal: right; }
    FiltersScreen Button { margin: 0 0 0 1; min-width: 10; }
    """

    def __init__(self, filters: SearchFilters) -> None:
        super().__init__()
        self.filters = filters

    def compose(self) -> ComposeResult:
        f = self.filters
        with Vertical():
            yield Static(Text("Filters", style="bold"), id="filters-title")
            with Grid():
                yield Label("Origin")
                yield Input(f.origin or "", placeholder="Embassy Beijing", id="origin")
                yield Label("Classification")
                yield Select(LEVELS, value=f.classification or Select.NULL, prompt="any", id="level")
                yield Label("Tag")
                yield Input(f.tag or "", placeholder="PREL", id="tag")
                yield Label("From")
                yield Input(
                    f.date_from.isoformat() if f.date_from else "", placeholder="YYYY-MM-DD", id="date_from"
                )
                yield Label("To")
                yield Input(
                    f.date_to.isoformat() if f.date_to else "", placeholder="YYYY-MM-DD", id="date_to"
                )
            yield Static("", id="filters-error")
            with Horizontal():
                yield Button("Clear", id="clear")
                yield Button("Cancel", id="cancel")
                yield Button("Apply", id="apply", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#origin", Input).focus()

    def _collect(self) -> SearchFilters | None:
        error = self.query_one("#filters-error", Static)
        try:
            date_from = _parse_date(self.query_one("#date_from", Input).value)
            date_to = _parse_date(self.query_one("#date_to", Input).value)
        except ValueError:
            error.update(Text("Dates are written YYYY-MM-DD, such as 2009-10-22."))
            return None
        if date_from and date_to and date_from > date_to:
            error.update(Text("The From date is after the To date."))
            return None
        level = self.query_one("#level", Select).value
        return replace(
            self.filters,
            origin=self.query_one("#origin", Input).value.strip() or None,
            # The banner's level; the markers view narrows by paragraph level instead.
            classification=None if level is Select.NULL else str(level),
            tag=self.query_one("#tag", Input).value.strip().upper() or None,
            date_from=date_from,
            date_to=date_to,
        )

    @on(Input.Submitted)
    def action_apply(self) -> None:
        filters = self._collect()
        if filters is not None:
            self.dismiss(filters)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_clear(self) -> None:
        self.dismiss(SearchFilters())

    @on(Button.Pressed)
    def _button(self, event: Button.Pressed) -> None:
        {"apply": self.action_apply, "cancel": self.action_cancel, "clear": self.action_clear}[
            event.button.id or "cancel"
        ]()
