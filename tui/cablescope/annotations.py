"""What plugins add to a cable besides views: reader annotations and indexed facts."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Annotation(BaseModel):
    """A mark a plugin puts on a paragraph in the reader.

    ``start``/``end`` index into ``Paragraph.text`` (not the source); leave them
    ``None`` for a gutter-only mark. ``style`` is a Rich style string such as
    ``"bold white on red"``; ``gutter`` is a short label (one to five cells)
    shown beside the paragraph number.
    """

    paragraph: int | None
    start: int | None = None
    end: int | None = None
    style: str = ""
    gutter: str | None = None
    gutter_style: str = ""
    label: str = ""
    """Why the mark is there, shown in tooltips and help (such as "redaction")."""
    plugin: str = ""
    """Filled in by cablescope with the name of the plugin that made it."""


class Fact(BaseModel):
    """Something a plugin knows about a cable that corpus queries need (an entity mention).

    ``kind`` groups facts ("person", "org", "place", "tag"); ``key`` is the
    canonical value ("Wen Jiabao"). One Fact per mention: ``paragraph`` and
    ``start``/``end`` (offsets into that paragraph's text) locate it.
    """

    kind: str
    key: str
    paragraph: int | None = None
    start: int | None = None
    end: int | None = None
    in_appendix: bool = False
    data: dict = Field(default_factory=dict)
    plugin: str = ""
