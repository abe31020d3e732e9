"""Messages a view widget posts to ask the explorer to act; they bubble up to the app."""

from __future__ import annotations

from datetime import date

from textual.message import Message


class OpenCable(Message):
    """Jump to a cable (and optionally a paragraph); recorded in back/forward history."""

    def __init__(self, reference_id: str, paragraph: int | None = None) -> None:
        super().__init__()
        self.reference_id = reference_id
        self.paragraph = paragraph


class HighlightSpans(Message):
    """Highlight spans in the reader: (paragraph number, start, end) into paragraph text; ``current``
    is scrolled to."""

    def __init__(self, spans: list[tuple[int | None, int, int]], current: int = 0, label: str = "") -> None:
        super().__init__()
        self.spans = spans
        self.current = current
        self.label = label


class NarrowList(Message):
    """Narrow the document list to a date range (a timeline bar) or to reference ids (an entity's cables)."""

    def __init__(
        self,
        label: str,
        date_from: date | None = None,
        date_to: date | None = None,
        reference_ids: list[str] | None = None,
    ) -> None:
        super().__init__()
        self.label = label
        self.date_from = date_from
        self.date_to = date_to
        self.reference_ids = reference_ids
