"""The ``markers`` view in the explorer: the report, and the levels to narrow the list to."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from cablescope.api import NarrowList, ViewContext

from .analysis import LEVELS, MarkerReport
from .view import ALL_CABLES, ISSUE_STYLE, inconsistent_cables, level_style, plural, render_report

PICKER_KEYS = {"U": "u", "SBU": "b", "C": "c", "S": "s", "TS": "t"}


class MarkersPane(Vertical):
    """The markers view in the explorer: the report, and levels to narrow the document list to."""

    DEFAULT_CSS = """
    MarkersPane { height: 1fr; }
    MarkersPane > VerticalScroll { height: 1fr; }
    MarkersPane > OptionList { height: auto; max-height: 8; border-top: solid $primary; }
    """

    # Letters work wherever the focus is inside the pane (the report or the level list).
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("u", "pick('U')", "Cables with U paragraphs", show=False),
        Binding("b", "pick('SBU')", "Cables with SBU paragraphs", show=False),
        Binding("c", "pick('C')", "Cables with C paragraphs", show=False),
        Binding("s", "pick('S')", "Cables with S paragraphs", show=False),
        Binding("t", "pick('TS')", "Cables with TS paragraphs", show=False),
        Binding("i", "pick('issues')", "Cables with inconsistent markings", show=False),
    ]

    def __init__(self, report: MarkerReport, context: ViewContext, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.report = report
        self.context = context

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(render_report(self.report), id="markers-report")
        if self.context.store is not None:
            picker = OptionList(*self._options(self.context.store), id="markers-levels")
            picker.border_title = "Narrow the list: cables with ¶ at"
            yield picker

    def _options(self, store: Any) -> list[Option]:
        by_level = {row["key"]: row for row in store.top_facts(kind="marking", limit=len(LEVELS) * 2)}
        options = []
        for level in LEVELS:
            row = by_level.get(level)
            label = Text.assemble(
                (f" {level} ", level_style(level)),
                f" [{PICKER_KEYS[level]}] ",
                (
                    f"{plural(row['cables'], 'cable')}, {plural(row['mentions'], 'paragraph')}"
                    if row
                    else "none",
                    "dim",
                ),
            )
            options.append(Option(label, id=level, disabled=row is None))
        findings = store.top_facts(kind="marking-issue", limit=50)
        flagged = len(inconsistent_cables(store))
        options.append(
            Option(
                Text.assemble(
                    (" ! ", ISSUE_STYLE),
                    " [i] ",
                    (
                        f"{plural(flagged, 'cable')} with inconsistent markings"
                        if findings
                        else "no inconsistent markings",
                        "dim",
                    ),
                ),
                id="issues",
                disabled=not findings,
            )
        )
        return options

    def action_pick(self, choice: str) -> None:
        pickers = self.query(OptionList)
        if not pickers:
            return
        picker = pickers.first()
        picker.highlighted = picker.get_option_index(choice)
        picker.action_select()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id:
            self.narrow(event.option_id)

    def narrow(self, choice: str) -> None:
        """Ask the explorer to list only the cables with a paragraph at ``choice`` (or with findings)."""
        store = self.context.store
        if store is None:
            return
        if choice == "issues":
            ids = inconsistent_cables(store)
            label = "inconsistent markings"
        else:
            ids = [s.reference_id for s in store.cables_with_fact("marking", choice, limit=ALL_CABLES)]
            label = f"paragraphs at {choice}"
        self.post_message(NarrowList(label, reference_ids=ids))
