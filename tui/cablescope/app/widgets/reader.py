"""The paragraph pane: one cable, paragraph by paragraph, wrapped to the pane.

Each paragraph shows its number and its marking in a coloured gutter; plugin annotations
become text styles and gutter marks, search terms and view-requested spans are highlighted.
All text is cleaned untrusted text in ``rich.text.Text`` objects, never markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

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

from cablescope.app.levels import gutter_style, level_style
from cablescope.excerpts import SHOWN_CHARS, cut_note, head
from cablescope.query import Matcher, QueryError, parse_query
from cablescope.sanitize import clean_line, clean_mapped

if TYPE_CHECKING:
    from cablescope.annotations import Annotation
    from cablescope.model import Cable, Paragraph

HEADER = -1
NUMBER_WIDTH = 4
MARK_WIDTH = 7
GUTTER_WIDTH = NUMBER_WIDTH + MARK_WIDTH + 2

SEARCH_STYLE = "bold black on yellow"
SPAN_STYLE = "black on dark_orange"
CURRENT_SPAN_STYLE = "bold white on magenta"

_ITEM = re.compile(r"(?:o|-{1,2}|\*|•|\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{2,4})[.)])\s")
"""A list item's lead: ``o``, ``-``, ``--``, ``*``, ``•``, ``1.``, ``(2)``, ``a)``, ``iv.``."""
_COLUMNS = re.compile(r"\S {3,}\S")
"""Columns of a table (sentences have at most two spaces in a row)."""
_ENDS_A_UNIT = ".:;!?)"


def _keeps_break(line: str, following: str, width: int, first: bool) -> bool:
    """Whether the cable's line break between ``line`` and ``following`` is its own (a list,
    a table, a short line) rather than where its sender's terminal wrapped. ``first``: ``line``
    is the text's first, which may have lost its paragraph number and marking to the parser,
    so its length says nothing."""
    if not line.strip() or not following.strip() or following[0] == " ":
        return True  # a blank line, or an indented one (a quotation, a table, an item)
    if _COLUMNS.search(line) or _COLUMNS.search(following):
        return True
    if _ITEM.match(following) and line.rstrip()[-1] in _ENDS_A_UNIT:
        return True  # "-- but", "15. Charge" or "(b) and (d)" after a word continue a sentence
    # A line that stopped well short of the width the next word would have needed was ended on
    # purpose (a tenth of slack: senders' terminals did not all wrap at the same column).
    return not first and len(line.rstrip()) + 1 + len(following.split(None, 1)[0]) <= width * 0.9


def reflow(text: str) -> str:
    """Join the cable's hard-wrapped lines so the pane can wrap them, keeping its own line
    structure: blank lines, list items, tables, indented and short lines.

    Newlines become spaces one for one, so offsets into the text stay valid.
    """
    lines = text.replace("\t", " ").split("\n")
    width = max(len(line.rstrip()) for line in lines)
    joins = (
        _keeps_break(line, following, width, first=(n == 0))
        for n, (line, following) in enumerate(zip(lines, lines[1:], strict=False))
    )
    out = [lines[0]]
    for keep, following in zip(joins, lines[1:], strict=True):
        out += ["\n" if keep else " ", following]
    return "".join(out)


def query_matcher(query: str | None) -> Matcher | None:
    """The search engine's own matcher for ``query`` (None when there is no valid query)."""
    if not query:
        return None
    try:
        return Matcher(parse_query(query))
    except QueryError:
        return None


@dataclass
class Line:
    """One painted line: which paragraph it belongs to and what it shows."""

    block: int
    """Paragraph index in ``cable.paragraphs``, or ``HEADER``."""
    body: Text
    first: bool = False
    """The paragraph's first text line (where number and marking go)."""
    mark: Text | None = None
    """A plugin gutter mark shown in the marking column."""


@dataclass
class Highlights:
    """Everything that colours the reader besides the cable itself."""

    annotations: list[Annotation] = field(default_factory=list)
    terms: Matcher | None = None
    hit_paragraphs: set[int] = field(default_factory=set)
    """Paragraph numbers the search matched."""
    spans: list[tuple[int | None, int, int]] = field(default_factory=list)
    current_span: int = 0


class CableReader(ScrollView, can_focus=True):
    """Reads one cable; the cursor is a paragraph."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "next_paragraph", "Next paragraph", show=False),
        Binding("k,up", "previous_paragraph", "Previous paragraph", show=False),
        Binding("g,home", "first", "First paragraph", show=False),
        Binding("G,end", "last", "Last paragraph", show=False),
        Binding("ctrl+d,pagedown", "half_page(1)", "Half page down", show=False),
        Binding("ctrl+u,pageup", "half_page(-1)", "Half page up", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"reader--cursor", "reader--rule", "reader--empty"}

    DEFAULT_CSS = """
    CableReader {
        overflow-x: hidden;
        overflow-y: scroll;
        scrollbar-size-vertical: 1;
    }
    CableReader > .reader--cursor { color: $text; background: $accent 50%; text-style: bold; }
    CableReader:focus > .reader--cursor { background: $accent; }
    CableReader > .reader--rule { color: $text-muted; }
    CableReader > .reader--empty { color: $text-muted; text-style: italic; }
    """

    cursor: reactive[int] = reactive(HEADER, repaint=False)
    """Index of the current paragraph (``HEADER`` for the heading block)."""

    class ParagraphChanged(Message):
        """The current paragraph changed."""

        def __init__(self, reader: CableReader, paragraph: Paragraph | None) -> None:
            super().__init__()
            self.reader = reader
            self.paragraph = paragraph

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.cable: Cable | None = None
        self.reference_id: str | None = None
        self.highlights = Highlights()
        self.empty_message = "No cable selected."
        self._lines: list[Line] = []
        self._block_rows: dict[int, tuple[int, int]] = {}
        self._layout_width = 0
        self._strips: LRUCache[tuple[int, bool], Strip] = LRUCache(1024)

    # -- content --------------------------------------------------------------------------

    def show(
        self,
        cable: Cable | None,
        highlights: Highlights | None = None,
        paragraph: int | None = None,
        *,
        reference_id: str | None = None,
    ) -> None:
        """Display ``cable`` (``reference_id``: its key in the index); cursor on paragraph ``paragraph``."""
        self.cable = cable
        self.reference_id = reference_id or (cable.reference_id if cable else None)
        self.highlights = highlights or Highlights()
        self._relayout()
        index = self.index_of(paragraph) if paragraph is not None else None
        self.set_reactive(CableReader.cursor, HEADER if index is None else index)
        self.scroll_to(y=0, animate=False, immediate=True)
        if index is not None:
            self._scroll_to_block(index, top=True)
        self.post_message(self.ParagraphChanged(self, self.current_paragraph))

    def set_highlights(self, highlights: Highlights) -> None:
        self.highlights = highlights
        self._relayout()

    def index_of(self, number: int | None) -> int | None:
        """Index of paragraph number ``number`` (None: the first unnumbered paragraph)."""
        if self.cable is None:
            return None
        for i, p in enumerate(self.cable.paragraphs):
            if p.number == number:
                return i
        return None

    @property
    def current_paragraph(self) -> Paragraph | None:
        if self.cable is None or not 0 <= self.cursor < len(self.cable.paragraphs):
            return None
        return self.cable.paragraphs[self.cursor]

    def go_to_paragraph(self, number: int | None) -> bool:
        index = self.index_of(number)
        if index is None:
            return False
        self.cursor = index
        self._scroll_to_block(index, top=True)
        return True

    def hit_indexes(self) -> list[int]:
        """The indexes of the paragraphs the search matched, in order."""
        if self.cable is None:
            return []
        numbers = self.highlights.hit_paragraphs
        return [
            i for i, p in enumerate(self.cable.paragraphs) if p.number in numbers and p.number is not None
        ]

    def go_to_index(self, index: int) -> None:
        """Put the cursor on the paragraph at ``index`` (a hit: every hit has a number)."""
        if self.cable is not None:
            self.go_to_paragraph(self.cable.paragraphs[index].number)

    def go_to_span(self, index: int) -> None:
        """Make span ``index`` of the highlighted spans current and scroll to it."""
        spans = self.highlights.spans
        if not spans:
            return
        self.highlights.current_span = index % len(spans)
        self._relayout()
        number = spans[self.highlights.current_span][0]
        block = self.index_of(number)
        if block is not None:
            self.cursor = block
            self._scroll_to_block(block, top=False)

    def plain_lines(self) -> list[str]:
        """The text of every laid-out line, gutter included (for tests and copying)."""
        return [self._line_text(line, False).plain for line in self._lines]

    # -- layout ---------------------------------------------------------------------------

    def _relayout(self) -> None:
        width = self.scrollable_content_region.width or self.size.width or 80
        self._layout_width = width
        self._strips.clear()
        self._lines = self._build_lines(max(width - GUTTER_WIDTH, 10))
        self._block_rows = {}
        for row, line in enumerate(self._lines):
            start, _ = self._block_rows.get(line.block, (row, row))
            self._block_rows[line.block] = (start, row)
        self.virtual_size = Size(width, len(self._lines))
        self.refresh()

    def _build_lines(self, width: int) -> list[Line]:
        cable = self.cable
        if cable is None:
            return []
        console = self.app.console
        lines: list[Line] = []
        # The heading block uses the gutter's width too: it has no numbers or markings.
        full = width + GUTTER_WIDTH - 1
        for body in self._header_texts(cable):
            lines.extend(Line(HEADER, row, first=(i == 0)) for i, row in enumerate(body.wrap(console, full)))
        lines.append(Line(HEADER, Text("─" * full, style="dim")))

        by_number: dict[int | None, list[Annotation]] = {}
        for annotation in self.highlights.annotations:
            by_number.setdefault(annotation.paragraph, []).append(annotation)
        spans_by_number: dict[int | None, list[tuple[int, int, bool]]] = {}
        for i, (number, start, end) in enumerate(self.highlights.spans):
            current = i == self.highlights.current_span
            spans_by_number.setdefault(number, []).append((start, end, current))

        previous_heading: str | None = None
        seen_numbers: set[int | None] = set()
        for index, paragraph in enumerate(cable.paragraphs):
            first_of_number = paragraph.number not in seen_numbers
            seen_numbers.add(paragraph.number)
            if paragraph.heading and paragraph.heading != previous_heading:
                heading = Text(clean_line(paragraph.heading), style="bold underline")
                lines.extend(Line(index, row) for row in heading.wrap(console, width))
            previous_heading = paragraph.heading
            annotations = by_number.get(paragraph.number, []) if first_of_number else []
            spans = spans_by_number.get(paragraph.number, []) if first_of_number else []
            body = self._paragraph_text(paragraph, annotations, spans)
            wrapped = list(body.wrap(console, width, overflow="fold")) or [Text("")]
            marks = [
                Text(clean_line(a.gutter)[: MARK_WIDTH - 1], style=a.gutter_style or "bold")
                for a in annotations
                if a.gutter
            ]
            for row_no, row in enumerate(wrapped):
                mark = marks[row_no - 1] if 0 < row_no <= len(marks) else None
                lines.append(Line(index, row, first=(row_no == 0), mark=mark))
            for extra in marks[len(wrapped) - 1 :]:
                lines.append(Line(index, Text(""), mark=extra))
            lines.append(Line(index, Text("")))
        if not cable.paragraphs and cable.text:
            body = Text(reflow(clean_mapped(cable.text)[0]))
            lines.extend(Line(HEADER, row) for row in body.wrap(console, width, overflow="fold"))
        return lines

    def _header_texts(self, cable: Cable) -> list[Text]:
        texts = [Text(clean_line(cable.subject) or "(no subject)", style="bold")]
        created = cable.created.strftime("%Y-%m-%d %H:%M") if cable.created else "date unknown"
        texts.append(
            Text.assemble(
                (clean_line(cable.reference_id) or "(no reference id)", "bold"),
                " · ",
                created,
                " · ",
                clean_line(cable.origin) or "origin unknown",
            )
        )
        meta = Text.assemble(
            (clean_line(cable.classification) or "unmarked", level_style(cable.classification)),
        )
        if cable.tags:
            meta.append("  TAGS " + " ".join(clean_line(t) for t in cable.tags), style="dim")
        texts.append(meta)
        if cable.classified_by:
            reasons = ", ".join(clean_line(r) for r in cable.reasons)
            texts.append(
                Text(
                    f"Classified by {clean_line(cable.classified_by)}"
                    + (f"; reasons {reasons}" if reasons else ""),
                    style="dim",
                )
            )
        if cable.partial:
            texts.append(Text("Partial extract of the original cable.", style="italic"))
        return texts

    def _paragraph_text(
        self, paragraph: Paragraph, annotations: list[Annotation], spans: list[tuple[int, int, bool]]
    ) -> Text:
        shown = head(paragraph.text, SHOWN_CHARS)
        cleaned, positions = clean_mapped(shown)
        text = Text(reflow(cleaned))
        size = len(positions) - 1
        if len(shown) < len(paragraph.text):
            text.append("\n" + cut_note(len(shown), len(paragraph.text)), style="dim italic")

        def clip(start: int | None, end: int | None) -> tuple[int, int] | None:
            if start is None or end is None:
                return None
            start, end = max(0, min(start, size)), max(0, min(end, size))
            return (positions[start], positions[end]) if end > start else None

        for annotation in annotations:
            span = clip(annotation.start, annotation.end)
            if span and annotation.style:
                try:
                    style = Style.parse(annotation.style)
                except Exception:  # noqa: BLE001, S112 - a plugin's malformed style must not break the reader
                    continue
                text.stylize(style, *span)
        if self.highlights.terms is not None:
            for start, end in self.highlights.terms.spans(text.plain):
                text.stylize(SEARCH_STYLE, start, end)
        for start, end, current in spans:
            span = clip(start, end)
            if span:
                text.stylize(CURRENT_SPAN_STYLE if current else SPAN_STYLE, *span)
        return text

    # -- painting -------------------------------------------------------------------------

    def _line_text(self, line: Line, is_current: bool) -> Text:
        if line.block == HEADER:
            return Text(" ") + line.body
        gutter = Text(no_wrap=True)
        paragraph = self.cable.paragraphs[line.block] if self.cable is not None and line.block >= 0 else None
        cursor_style = self.get_component_rich_style("reader--cursor") if is_current else None
        if paragraph is not None and line.first:
            number = "" if paragraph.number is None else str(paragraph.number)
            gutter.append(f"{number:>{NUMBER_WIDTH - 1}} ", style=cursor_style or "bold")
            marking = clean_line(paragraph.marking)
            if marking:
                cells = MARK_WIDTH - 1
                shown = marking if len(marking) <= cells else marking[: cells - 1] + "…"
                gutter.append(f"{shown:^{cells}}", style=gutter_style(marking))
                gutter.append(" ")
            else:
                gutter.append(" " * MARK_WIDTH)
        else:
            gutter.append(" " * NUMBER_WIDTH, style=cursor_style or "")
            if line.mark is not None:
                gutter.append_text(line.mark)
                gutter.append(" " * (MARK_WIDTH - line.mark.cell_len))
            else:
                gutter.append(" " * MARK_WIDTH)
        hit = paragraph is not None and paragraph.number in self.highlights.hit_paragraphs
        gutter.append("▌" if hit else "│", style="bold yellow" if hit else "dim")
        gutter.append(" ")
        return gutter + line.body

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if width != self._layout_width and self.cable is not None:
            self._relayout()
        index = round(self.scroll_y) + y
        if not self._lines:
            if y == 0:
                message = Text(self.empty_message, style=self.get_component_rich_style("reader--empty"))
                return Strip(message.render(self.app.console)).extend_cell_length(width, base)
            return Strip.blank(width, base)
        if index >= len(self._lines):
            return Strip.blank(width, base)
        line = self._lines[index]
        is_current = line.block == self.cursor and line.block != HEADER
        strip = self._strips.get((index, is_current))
        if strip is None:
            text = self._line_text(line, is_current)
            text.truncate(width, pad=True)
            segments = list(Segment.apply_style(text.render(self.app.console), base))
            strip = Strip(segments, width).adjust_cell_length(width, base)
            self._strips[(index, is_current)] = strip
        return strip.apply_offsets(0, index)

    # -- cursor and scrolling -------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        for block in (old, new):
            rows = self._block_rows.get(block)
            if rows:
                self.refresh_lines(rows[0], rows[1] - rows[0] + 1)
        self.post_message(self.ParagraphChanged(self, self.current_paragraph))

    def _scroll_to_block(self, block: int, top: bool) -> None:
        rows = self._block_rows.get(block)
        if rows is None:
            return
        start, end = rows
        height = max(self.scrollable_content_region.height, 1)
        y = round(self.scroll_y)
        if top or start < y:
            target = start
        elif end >= y + height:
            target = min(start, end - height + 1)
        else:
            return
        self.scroll_to(y=max(0, target), animate=False, immediate=True)

    def _paragraph_count(self) -> int:
        return len(self.cable.paragraphs) if self.cable is not None else 0

    def action_next_paragraph(self) -> None:
        if self.cable is None:
            return
        height = max(self.scrollable_content_region.height, 1)
        y = round(self.scroll_y)
        rows = self._block_rows.get(self.cursor)
        # A paragraph taller than the pane is read a page at a time before moving on.
        if rows and rows[1] >= y + height and rows[0] <= y + height:
            self.scroll_to(y=min(y + height - 2, rows[1] - height + 2), animate=False, immediate=True)
            return
        if self.cursor + 1 < self._paragraph_count():
            self.cursor += 1
            self._scroll_to_block(self.cursor, top=False)
        else:
            self.scroll_end(animate=False, immediate=True)

    def action_previous_paragraph(self) -> None:
        if self.cable is None:
            return
        y = round(self.scroll_y)
        height = max(self.scrollable_content_region.height, 1)
        rows = self._block_rows.get(self.cursor)
        if rows and rows[0] < y and rows[1] >= y:
            self.scroll_to(y=max(rows[0], y - height + 2), animate=False, immediate=True)
            return
        if self.cursor > HEADER:
            self.cursor -= 1
            rows = self._block_rows.get(self.cursor)
            if rows and rows[0] < round(self.scroll_y):
                self.scroll_to(y=max(rows[0], rows[1] - height + 1), animate=False, immediate=True)
        if self.cursor == HEADER:
            self.scroll_to(y=0, animate=False, immediate=True)

    def action_first(self) -> None:
        if self.cable is None:
            return
        self.cursor = 0 if self._paragraph_count() else HEADER
        self.scroll_to(y=0, animate=False, immediate=True)

    def action_last(self) -> None:
        if self.cable is None or not self._paragraph_count():
            return
        self.cursor = self._paragraph_count() - 1
        self._scroll_to_block(self.cursor, top=False)

    def action_half_page(self, direction: int) -> None:
        if self.cable is None:
            return
        height = max(self.scrollable_content_region.height, 1)
        target = max(0, min(round(self.scroll_y) + direction * (height // 2), self.max_scroll_y))
        self.scroll_to(y=target, animate=False, immediate=True)
        row = min(target + (height // 2 if direction > 0 else 0), len(self._lines) - 1)
        if 0 <= row < len(self._lines) and self._lines[row].block != HEADER:
            self.cursor = self._lines[row].block

    def on_click(self, event: events.Click) -> None:
        row = round(self.scroll_y) + event.y
        if 0 <= row < len(self._lines) and self._lines[row].block != HEADER:
            self.cursor = self._lines[row].block

    def on_resize(self, event: events.Resize) -> None:
        if self.cable is not None:
            self._relayout()
