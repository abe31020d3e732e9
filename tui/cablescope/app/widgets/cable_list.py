"""The document list: a virtual table over the index, one line per cable, painted on demand.

Only the rows on screen are ever fetched (a page at a time, a few pages cached), so the list
costs the same for ten cables as for a quarter of a million.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from cablescope.app.levels import level_style
from cablescope.sanitize import clean_line

if TYPE_CHECKING:
    from cablescope.store import CableSummary

PAGE_SIZE = 100
CACHED_PAGES = 16

SORT_KEYS = ("date", "reference_id", "origin", "classification", "subject")
SORT_LABELS = {
    "date": "date",
    "reference_id": "reference id",
    "origin": "origin",
    "classification": "classification",
    "subject": "subject",
}


class RowSource(Protocol):
    """Where the list's rows come from (the index, with the current search and filters)."""

    def count(self) -> int: ...

    def rows(self, offset: int, limit: int) -> list[CableSummary]: ...


@dataclass(frozen=True)
class Columns:
    """Cell widths of the list's columns for a given pane width."""

    reference_id: int
    date: int
    origin: int
    classification: int
    subject: int

    @classmethod
    def fit(cls, width: int) -> Columns:
        reference_id, date, classification = 17, 10, 14
        rest = max(width - (reference_id + date + classification + 4), 10)
        origin = max(min(24, rest // 3), 8)
        return cls(reference_id, date, origin, classification, max(rest - origin - 1, 1))


def header_text(width: int, sort: str, descending: bool) -> Text:
    """The column titles, with an arrow on the sort column."""
    cols = Columns.fit(width)
    arrow = "▼" if descending else "▲"
    parts = [
        ("reference_id", "Reference", cols.reference_id),
        ("date", "Date", cols.date),
        ("origin", "Origin", cols.origin),
        ("classification", "Class", cols.classification),
        ("subject", "Subject", cols.subject),
    ]
    text = Text(no_wrap=True, overflow="ellipsis")
    for i, (key, title, size) in enumerate(parts):
        label = f"{title}{arrow}" if key == sort else title
        text.append(label.ljust(size)[:size], style="bold underline" if key == sort else "bold")
        if i < len(parts) - 1:
            text.append(" ")
    return text


def row_text(summary: CableSummary, cols: Columns) -> Text:
    """One list row; every field is cleaned untrusted text, never markup."""

    def cell(value: str | None, size: int) -> str:
        value = clean_line(value)
        if len(value) > size:
            return value[: max(size - 1, 0)] + "…"
        return value.ljust(size)

    date = summary.created.strftime("%Y-%m-%d") if summary.created else ""
    text = Text(no_wrap=True, overflow="crop")
    text.append(cell(summary.reference_id, cols.reference_id), style="bold")
    text.append(" ")
    text.append(cell(date, cols.date), style="dim")
    text.append(" ")
    text.append(cell(summary.origin, cols.origin))
    text.append(" ")
    text.append(cell(summary.classification, cols.classification), style=level_style(summary.classification))
    text.append(" ")
    text.append(cell(summary.subject, cols.subject))
    return text


class CableList(ScrollView, can_focus=True):
    """A virtual list of cable summaries with a cursor; posts Highlighted and Selected."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor(1)", "Down", show=False),
        Binding("k,up", "cursor(-1)", "Up", show=False),
        Binding("g,home", "first", "First", show=False),
        Binding("G,end", "last", "Last", show=False),
        Binding("ctrl+d", "half_page(1)", "Half page down", show=False),
        Binding("ctrl+u", "half_page(-1)", "Half page up", show=False),
        Binding("pagedown,ctrl+f", "page(1)", "Page down", show=False),
        Binding("pageup,ctrl+b", "page(-1)", "Page up", show=False),
        Binding("enter", "select", "Open", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"cable-list--cursor", "cable-list--empty"}

    DEFAULT_CSS = """
    CableList {
        overflow-x: hidden;
        overflow-y: scroll;
        scrollbar-size-vertical: 1;
    }
    CableList > .cable-list--cursor { background: $panel-lighten-2; }
    CableList:focus > .cable-list--cursor { background: $accent 60%; }
    CableList > .cable-list--empty { color: $text-muted; text-style: italic; }
    """

    cursor: reactive[int] = reactive(0, always_update=False, repaint=False)

    class Highlighted(Message):
        """The cursor is on another cable."""

        def __init__(self, cable_list: CableList, index: int, summary: CableSummary | None) -> None:
            super().__init__()
            self.cable_list = cable_list
            self.index = index
            self.summary = summary

    class Selected(Message):
        """The user opened the cable under the cursor (enter, double-click)."""

        def __init__(self, cable_list: CableList, index: int, summary: CableSummary) -> None:
            super().__init__()
            self.cable_list = cable_list
            self.index = index
            self.summary = summary

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._source: RowSource | None = None
        self._count = 0
        self._pages: OrderedDict[int, list[CableSummary]] = OrderedDict()
        self._strips: LRUCache[tuple, Strip] = LRUCache(512)
        self.empty_message = "Loading…"
        self._announce = True

    # -- data -----------------------------------------------------------------------------

    @property
    def count(self) -> int:
        return self._count

    def set_source(
        self,
        source: RowSource,
        count: int,
        first_page: list[CableSummary] | None = None,
        cursor: int = 0,
        *,
        announce: bool = True,
    ) -> None:
        """Show rows from ``source`` (``count`` of them, first page already fetched if given)."""
        self._source = source
        self._count = count
        self._pages.clear()
        self._strips.clear()
        if first_page is not None:
            self._pages[0] = first_page
        self.virtual_size = Size(self.size.width, count)
        self.set_reactive(CableList.cursor, max(0, min(cursor, count - 1)))
        self.scroll_to(y=max(0, self.cursor - self.size.height // 2), animate=False, immediate=True)
        self.refresh()
        if announce:
            self.post_message(self.Highlighted(self, self.cursor, self.summary_at(self.cursor)))

    def summary_at(self, index: int) -> CableSummary | None:
        if self._source is None or not 0 <= index < self._count:
            return None
        page_no, row = divmod(index, PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            page = self._source.rows(page_no * PAGE_SIZE, PAGE_SIZE)
            self._pages[page_no] = page
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[row] if row < len(page) else None

    @property
    def highlighted(self) -> CableSummary | None:
        return self.summary_at(self.cursor)

    def index_of(self, reference_id: str) -> int | None:
        """Where ``reference_id`` is among the rows already fetched (None if not seen)."""
        for page_no, page in self._pages.items():
            for row, summary in enumerate(page):
                if summary.reference_id == reference_id:
                    return page_no * PAGE_SIZE + row
        return None

    # -- cursor ---------------------------------------------------------------------------

    def move_to(self, index: int, *, announce: bool = True) -> None:
        """Put the cursor on row ``index``; ``announce=False`` moves it without posting Highlighted
        (the screen already shows that cable and only the list catches up)."""
        if self._count == 0:
            return
        self._announce = announce
        try:
            self.cursor = max(0, min(index, self._count - 1))
        finally:
            self._announce = True

    def watch_cursor(self, old: int, new: int) -> None:
        height = max(self.scrollable_content_region.height, 1)
        top = round(self.scroll_y)
        if new < top:
            self.scroll_to(y=new, animate=False, immediate=True)
        elif new >= top + height:
            self.scroll_to(y=new - height + 1, animate=False, immediate=True)
        self.refresh_line(old)
        self.refresh_line(new)
        if self._announce:
            self.post_message(self.Highlighted(self, new, self.summary_at(new)))

    def refresh_line(self, y: int) -> None:
        self._strips.discard((y, True))
        self._strips.discard((y, False))
        super().refresh_line(y)

    def action_cursor(self, step: int) -> None:
        self.move_to(self.cursor + step)

    def action_first(self) -> None:
        self.move_to(0)

    def action_last(self) -> None:
        self.move_to(self._count - 1)

    def action_half_page(self, direction: int) -> None:
        self.move_to(self.cursor + direction * max(self.scrollable_content_region.height // 2, 1))

    def action_page(self, direction: int) -> None:
        self.move_to(self.cursor + direction * max(self.scrollable_content_region.height - 1, 1))

    def action_select(self) -> None:
        summary = self.highlighted
        if summary is not None:
            self.post_message(self.Selected(self, self.cursor, summary))

    def on_click(self, event: events.Click) -> None:
        index = round(self.scroll_y) + event.y
        if 0 <= index < self._count:
            self.move_to(index)
            if event.chain >= 2:
                self.action_select()

    # -- painting -------------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self._strips.clear()
        self.virtual_size = Size(event.size.width, self._count)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = round(self.scroll_y) + y
        base = self.rich_style
        if self._count == 0:
            if y == 0:
                message = Text(self.empty_message, style=self.get_component_rich_style("cable-list--empty"))
                return Strip(message.render(self.app.console), message.cell_len).extend_cell_length(
                    width, base
                )
            return Strip.blank(width, base)
        if index >= self._count:
            return Strip.blank(width, base)
        is_cursor = index == self.cursor
        key = (index, is_cursor)
        strip = self._strips.get(key)
        if strip is None or strip.cell_length != width:
            summary = self.summary_at(index)
            if summary is None:
                strip = Strip.blank(width, base)
            else:
                text = row_text(summary, Columns.fit(width))
                text.truncate(width, pad=True)
                style: Style = base + (
                    self.get_component_rich_style("cable-list--cursor") if is_cursor else Style()
                )
                segments = list(Segment.apply_style(text.render(self.app.console), style))
                strip = Strip(segments, width).adjust_cell_length(width, style)
            self._strips[key] = strip
        return strip.apply_offsets(0, index)
