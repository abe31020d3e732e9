"""The appendix read as a news sidebar: sections ("World Headlines", "Focus On: …") and items.

An item is a headline block followed by a teaser block that ends in ``More>>``; the headline
may carry its source as a prefix ("UN News: …"). A one-line block that introduces items is a
section heading; the copyright line and anything else unattached is kept as furniture.
"""

from __future__ import annotations

import re
from itertools import count

from pydantic import BaseModel, Field

from cablescope.api import (
    TextBlock,
    is_appendix_section_heading,
    is_copyright_line,
    teaser_marker,
    text_blocks,
)

# A teaser cut short: "... More>>" or "… More>>".
ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)\s*$")
# "UN News: Vaccine Inequity …" — a source is a short name before the first colon.
SOURCE_PREFIX = re.compile(r"^(?P<source>[A-Z][^:]{0,39}?)\s*:\s+(?P<headline>\S.*)$")
MAX_SOURCE_WORDS = 4


class Item(BaseModel):
    """One teaser in the sidebar."""

    number: int
    """1-based position in the appendix."""
    section: str | None = None
    source: str | None = None
    """The prefix before the headline's colon ("UN News"), when there is one."""
    headline: str
    lead: str = ""
    """The teaser text, without the ellipsis and the marker."""
    marker: str = ""
    """The link marker that ended the teaser ("More>>"), or "" when it had none."""
    truncated: bool = False
    """The teaser was cut short with an ellipsis."""
    start: int
    end: int
    """Offsets into ``Cable.text``."""

    @property
    def title(self) -> str:
        """The headline as printed, with its source prefix."""
        return f"{self.source}: {self.headline}" if self.source else self.headline

    @property
    def key(self) -> str:
        """The headline folded for comparison across pages (case, spacing and quote style ignored)."""
        return " ".join(_fold_quotes(self.title).casefold().split())


class Section(BaseModel):
    title: str | None
    """``None`` for items printed before any heading."""
    start: int
    items: list[Item] = Field(default_factory=list)


class Furniture(BaseModel):
    """A line of the appendix that is neither a heading nor part of an item."""

    kind: str
    """``copyright`` or ``other``."""
    text: str
    start: int


class ParsedAppendix(BaseModel):
    sections: list[Section] = Field(default_factory=list)
    furniture: list[Furniture] = Field(default_factory=list)

    @property
    def items(self) -> list[Item]:
        return [item for section in self.sections for item in section.items]


_QUOTES = str.maketrans("‘’“”–—", "''\"\"--")


def _fold_quotes(text: str) -> str:
    return text.translate(_QUOTES)


def split_source(title: str) -> tuple[str | None, str]:
    """``"UN News: Vaccine …"`` → ``("UN News", "Vaccine …")``; no prefix → ``(None, title)``."""
    match = SOURCE_PREFIX.match(title)
    if match and len(match.group("source").split()) <= MAX_SOURCE_WORDS:
        return match.group("source").strip(), match.group("headline").strip()
    return None, title


def _lead_text(lines: tuple[str, ...]) -> tuple[str, str, bool]:
    """Teaser lines → (lead without marker and ellipsis, marker, truncated)."""
    text = " ".join(line.strip() for line in lines)
    marker = teaser_marker(lines[-1])
    if marker:
        text = text[: len(text) - len(marker)].rstrip()
    truncated = bool(ELLIPSIS.search(text))
    return ELLIPSIS.sub("", text).rstrip(), marker, truncated


def parse_appendix(text: str, offset: int = 0, first_line: int = 1) -> ParsedAppendix:
    """Read the appendix ``text`` (which starts at ``offset`` in the page) into sections and items."""
    parsed = ParsedAppendix()
    page = text_blocks(text, base=offset, first_line=first_line)
    headline_of: dict[int, int] = {}
    for index, block in enumerate(page):
        previous = page[index - 1] if index else None
        if (
            block.is_teaser
            and previous is not None
            and not previous.is_teaser
            and previous.is_short
            and not is_appendix_section_heading(previous)
            and not _is_copyright_block(previous)
        ):
            headline_of[index - 1] = index
    teasers_taken = set(headline_of.values())
    section: Section | None = None

    def current_section(start: int) -> Section:
        nonlocal section
        if section is None:
            section = Section(title=None, start=start)
            parsed.sections.append(section)
        return section

    numbers = count(1)
    for index, block in enumerate(page):
        if index in teasers_taken:
            continue
        if index in headline_of:
            teaser = page[headline_of[index]]
            item = _item(block.text, teaser.lines, block.start, teaser.end)
        elif block.is_teaser and len(block.lines) > 1:
            # A teaser with no headline block of its own: its first line is the headline.
            item = _item(block.lines[0].strip(), block.lines[1:], block.start, block.end)
        elif block.is_teaser:
            # A lone "Headline More>>" line: a headline with no lead.
            title, marker, _ = _lead_text(block.lines)
            item = _item(title, (), block.start, block.end, marker=marker)
        elif _is_copyright_block(block):
            parsed.furniture.append(Furniture(kind="copyright", text=block.text, start=block.start))
            continue
        elif is_appendix_section_heading(block) or (
            block.is_short and len(block.lines) == 1 and _opens_items(page, index)
        ):
            section = Section(title=block.text, start=block.start)
            parsed.sections.append(section)
            continue
        else:
            parsed.furniture.append(Furniture(kind="other", text=block.text, start=block.start))
            continue
        target = current_section(block.start)
        target.items.append(item.model_copy(update={"number": next(numbers), "section": target.title}))
    parsed.sections = [s for s in parsed.sections if s.items]
    return parsed


def _is_copyright_block(block: TextBlock) -> bool:
    return len(block.lines) == 1 and is_copyright_line(block.lines[0])


def _opens_items(page: list[TextBlock], index: int) -> bool:
    """A one-line block whose next two blocks are a headline and its teaser."""
    after = page[index + 1 : index + 3]
    return len(after) == 2 and not after[0].is_teaser and after[1].is_teaser


def _item(title: str, teaser: tuple[str, ...], start: int, end: int, *, marker: str = "") -> Item:
    """An item not yet placed: its number and section are set when it joins a section."""
    source, headline = split_source(title)
    lead, found_marker, truncated = _lead_text(teaser) if teaser else ("", marker, False)
    return Item(
        number=0,
        source=source,
        headline=headline,
        lead=lead,
        marker=found_marker,
        truncated=truncated,
        start=start,
        end=end,
    )
