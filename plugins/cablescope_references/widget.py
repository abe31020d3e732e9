"""The references view in the explorer: pick a cited or citing cable and jump to it.

The index is asked in a thread worker, so a slow lookup never holds up the screen. Enter on a
cable in the index posts ``OpenCable`` (the explorer records it, so back returns); a missing
one only says so. ``h`` highlights in the reader where the paragraphs cite the item under the
cursor; ``>`` and ``<`` open the next and previous cable from the same origin.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from cablescope.api import Cable, HighlightSpans, KeyedOptionList, OpenCable, ViewContext

from .mentions import mentions
from .render import (
    MUTED_STYLE,
    OneLine,
    cited_by_heading,
    cited_line,
    cites_heading,
    citing_line,
    same_origin_line,
)
from .report import ReferencesReport, build_report

KEYS_HINT = "enter open · h where cited · < > same origin"


class ReferenceList(KeyedOptionList):
    """The cited and citing cables, with the explorer's movement keys."""


class ReferencesWidget(Vertical):
    """What the cable cites and what cites it, as a list to jump from."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("greater_than_sign", "same_origin(1)", "Next from the same origin"),
        Binding("less_than_sign", "same_origin(-1)", "Previous from the same origin"),
        Binding("h", "show_mentions", "Where the text cites this"),
    ]

    DEFAULT_CSS = """
    ReferencesWidget { height: 1fr; }
    ReferencesWidget > .refs-title { height: auto; padding: 0 1; }
    ReferencesWidget > ReferenceList,
    ReferencesWidget > ReferenceList:focus { height: 1fr; border: none; padding: 0 1; }
    ReferencesWidget > .refs-footer { height: auto; padding: 0 1; color: $text-muted; }
    """

    def __init__(self, cable: Cable, context: ViewContext) -> None:
        super().__init__()
        self.cable = cable
        self.context = context
        self.report: ReferencesReport | None = None
        self._targets: dict[str, tuple[str, bool | None]] = {}
        """Option id -> (reference id, whether the index holds that cable; None without an index)."""

    def compose(self) -> ComposeResult:
        title = Text.assemble(
            ("References of ", "bold"), (self.cable.reference_id or "this cable", "bold cyan")
        )
        yield Static(title, classes="refs-title")
        yield ReferenceList(
            Option(Text("Looking the references up in the index…", style=MUTED_STYLE), disabled=True)
        )
        yield Static(Text(KEYS_HINT), classes="refs-footer")

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="references")
    def load(self) -> None:
        report = build_report(self.cable, self.context)
        self.app.call_from_thread(self.show_report, report)

    def show_report(self, report: ReferencesReport) -> None:
        self.report = report
        self._targets.clear()
        options: list[Option | None] = [Option(OneLine(cites_heading(report)), disabled=True)]
        for index, item in enumerate(report.cites):
            option_id = f"cites-{index}"
            reference_id = item.reference.reference_id
            if item.reference.kind == "cable" and reference_id is not None:
                self._targets[option_id] = (reference_id, item.reference.present_in_corpus)
            options.append(Option(OneLine(cited_line(item)), id=option_id))
        options += [None, Option(OneLine(cited_by_heading(report)), disabled=True)]
        for index, brief in enumerate(report.cited_by or []):
            option_id = f"cited-by-{index}"
            self._targets[option_id] = (brief.reference_id, True)
            options.append(Option(OneLine(citing_line(brief)), id=option_id))
        neighbours = same_origin_line(report)
        if neighbours is not None:
            options += [None, Option(OneLine(neighbours), disabled=True)]
        lists = self.query(ReferenceList)
        if not lists:
            return  # a load that ends as the explorer closes finds the list already gone
        listing = lists.first()
        listing.clear_options()
        listing.add_options(options)
        first = next((i for i, option in enumerate(listing.options) if not option.disabled), None)
        listing.highlighted = first

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id
        if option_id is None:
            return
        if option_id not in self._targets:
            self.notify("This reference is not a cable.", timeout=3)
            return
        reference_id, present = self._targets[option_id]
        if present is None:
            self.notify(f"No index to open {reference_id} from.", severity="warning", timeout=3)
            return
        if not present:
            self.notify(f"{reference_id} is not in the index.", severity="warning", timeout=3)
            return
        self.post_message(OpenCable(reference_id))

    def action_show_mentions(self) -> None:
        """Highlight, in the reader, the paragraphs' mentions of the REF item under the cursor."""
        listing = self.query_one(ReferenceList)
        if self.report is None or listing.highlighted is None:
            return
        option_id = listing.get_option_at_index(listing.highlighted).id or ""
        if not option_id.startswith("cites-"):
            self.notify("Pick one of the cable's own references (above).", timeout=3)
            return
        label = self.report.cites[int(option_id.removeprefix("cites-"))].reference.label
        spans = mentions(self.cable, label)
        name = f"REF {label}" if label else "REFTEL"
        if not spans:
            self.notify(f"The text never mentions {name}.", timeout=3)
            return
        self.post_message(HighlightSpans(spans, current=0, label=name))

    def action_same_origin(self, step: int) -> None:
        if self.report is None:
            return
        if not self.report.indexed:
            self.notify("No index: the same-origin neighbours are unknown.", severity="warning", timeout=3)
            return
        neighbour = self.report.next if step > 0 else self.report.previous
        if neighbour is None:
            which = "last" if step > 0 else "first"
            self.notify(f"This is the {which} cable from its origin in the index.", timeout=3)
            return
        self.post_message(OpenCable(neighbour.reference_id))
