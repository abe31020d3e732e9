"""Where the cable ends and the republishing site's page begins, and which signal says so.

Sites that republish a cable print their own furniture after it. Three signals mark where
it starts, looked for in the whole page text: a copyright line (``© Scoop Media``), a heading
that opens the site's news (``World Headlines``, ``Top Stories``) with site items after it,
and a run of teaser items ending in ``More>>``. The earliest signal is the boundary; the
others found are kept as corroboration.

What the signals look like is data (the tuples and patterns below), written by us from how
news sites lay out their sidebars: Scoop closes a republished cable with ``© Scoop Media``
and a "World Headlines" block of items ending in ``More>>``; other sites use the same three
signals under other names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# --- the furniture, as data ------------------------------------------------------------------

APPENDIX_HEADINGS: tuple[str, ...] = (
    "World Headlines",
    "Related Headlines",
    "Latest Headlines",
    "More Headlines",
    "Top Stories",
    "Related Stories",
    "More Stories",
    "Related News",
    "Latest News",
    "Most Popular",
    "Most Read",
    "You May Also Like",
    "Recommended For You",
)
"""Headings that open a block of the site's news, compared case-insensitively with a whole line."""

FOCUS_HEADING = re.compile(r"^(?:Focus On|In Focus|Spotlight|Special Report)\s*:\s*\S.*$", re.IGNORECASE)
"""A section inside an appendix whose title names its theme: Scoop's "Focus On: UN SDGs"."""

# The copyright line a site prints under the article: "© Scoop Media", "© 2011 The Example
# Tribune. All rights reserved.", "Copyright © 2010 Example News", "&copy; Scoop Media" (an
# entity left undecoded). Only "©", "&copy;" or the word "Copyright" open it: a cable's own
# "(C)" is a classification marking ("(C) Background" is a heading), never a copyright.
COPYRIGHT_LINE = re.compile(
    r"^\s*(?:Copyright\s*(?:(?:©|&copy;)\s*)?|(?:©|&copy;)\s*)"
    r"(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?P<site>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z&][\w&.'’-]*|of|the|and)){0,6})"
    r"\s*[.,]?\s*(?:All rights reserved\.?)?\s*$"
)

MORE_MARKER = re.compile(r"(?:\bMore\s*(?:>>|»)|\bRead more(?:\s*(?:>>|»|…|\.\.\.))?)\s*$")
"""The mark that ends a teaser and links to the full story: "More>>", "More »", "Read more"."""


def _has_signal_hint(text: str) -> bool:
    """Whether a copyright sign or a teaser marker stands anywhere: without one no signal can be
    found, and the page need not be split into blocks (most cables).

    Plain substrings; ">>" and "&copy;" only in a text that holds their first character (a search
    for one character is far faster than for two or more, and most cables have neither ">" nor
    "&"): 12 us instead of 24 on a 10 KB cable.
    """
    return (
        # An ASCII text (told at no cost) holds neither sign: two searches saved in most cables.
        (not text.isascii() and ("©" in text or "»" in text))
        or ("&" in text and "&copy;" in text)
        or (">" in text and ">>" in text)
        or "Copyright" in text
        or "Read more" in text
    )


SHORT_BLOCK_CHARS = 300
"""A headline or a heading is short; a longer block between two teasers is the cable's own text."""
SHORT_BLOCK_LINES = 3
MIN_RUN_ITEMS = 2
"""A lone teaser is not a run: it takes two items ending in a marker to make one."""


# --- blocks of lines --------------------------------------------------------------------------


@dataclass(frozen=True)
class TextBlock:
    """A run of non-blank lines: ``start``/``end`` index into the text it came from."""

    lines: tuple[str, ...]
    start: int
    end: int
    line_number: int
    """1-based line number of the block's first line."""

    @property
    def text(self) -> str:
        return " ".join(line.strip() for line in self.lines)

    @property
    def is_teaser(self) -> bool:
        """Ends with a ``More>>``-style marker."""
        return bool(MORE_MARKER.search(self.lines[-1]))

    @property
    def is_short(self) -> bool:
        return len(self.lines) <= SHORT_BLOCK_LINES and len(self.text) <= SHORT_BLOCK_CHARS


def text_blocks(text: str, base: int = 0, first_line: int = 1) -> list[TextBlock]:
    """Split ``text`` into blocks of consecutive non-blank lines, with offsets shifted by ``base``."""
    found: list[TextBlock] = []
    current: list[str] = []
    start = end = start_line = position = 0
    for number, raw in enumerate(text.splitlines(keepends=True), start=first_line):
        line = raw.rstrip("\r\n")
        if line.strip():
            if not current:
                start = position + (len(line) - len(line.lstrip()))
                start_line = number
            current.append(line)
            end = position + len(line.rstrip())
        elif current:
            found.append(TextBlock(tuple(current), base + start, base + end, start_line))
            current = []
        position += len(raw)
    if current:
        found.append(TextBlock(tuple(current), base + start, base + end, start_line))
    return found


def heading_name(line: str) -> str | None:
    """The canonical name of an appendix heading if ``line`` is one, else None."""
    folded = line.strip().rstrip(":").strip().casefold()
    return next((heading for heading in APPENDIX_HEADINGS if folded == heading.casefold()), None)


def teaser_marker(line: str) -> str:
    """The ``More>>``-style marker that ends ``line``, or "" when there is none."""
    match = MORE_MARKER.search(line)
    return match.group(0).strip() if match else ""


def is_copyright_line(line: str) -> bool:
    return bool(COPYRIGHT_LINE.match(line))


def is_appendix_section_heading(block: TextBlock) -> bool:
    """A one-line title inside an appendix: a known heading, ``Focus On: …`` or similar."""
    if len(block.lines) != 1 or block.is_teaser:
        return False
    line = block.lines[0].strip()
    return heading_name(line) is not None or bool(FOCUS_HEADING.match(line))


# --- the boundary ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AppendixSignal:
    """One piece of evidence that the site's furniture starts here."""

    kind: str
    """``copyright``, ``heading`` or ``more-run``."""
    text: str
    """What was seen: the line itself, or a description of the run ("2 items ending in More>>")."""
    offset: int
    line: int


@dataclass
class AppendixBoundary:
    """The split of a page into cable and appendix."""

    offset: int
    line: int
    decided_by: AppendixSignal
    signals: list[AppendixSignal] = field(default_factory=list)
    """Every signal found, in page order, the deciding one first among equals."""


def _teaser_runs(page: list[TextBlock]) -> list[tuple[int, int, str]]:
    """Index of the first block, the number of teasers and the first marker of each run of teasers.

    A run starts at the headline before its first teaser and goes on across teasers,
    headlines and section headings; any long block that is not a teaser ends it.
    """
    runs: list[tuple[int, int, str]] = []
    first: int | None = None
    count = 0
    marker = ""
    for index, block in enumerate(page):
        if block.is_teaser:
            if first is None:
                before = index - 1
                first = (
                    before if before >= 0 and page[before].is_short and not page[before].is_teaser else index
                )
                marker = teaser_marker(block.lines[-1])
            count += 1
        elif not block.is_short:
            if first is not None:
                runs.append((first, count, marker))
            first, count = None, 0
    if first is not None:
        runs.append((first, count, marker))
    return runs


_SIGNAL_ORDER = {"copyright": 0, "heading": 1, "more-run": 2}


def find_appendix_boundary(text: str) -> AppendixBoundary | None:
    """The boundary between the cable and the site's appendix in a page, or None when there is none."""
    if not _has_signal_hint(text):
        return None
    page = text_blocks(text)
    signals: list[AppendixSignal] = []
    for block in page:
        if len(block.lines) == 1 and is_copyright_line(block.lines[0]):
            signals.append(
                AppendixSignal("copyright", block.lines[0].strip(), block.start, block.line_number)
            )
    for first, count, marker in _teaser_runs(page):
        if count >= MIN_RUN_ITEMS:
            block = page[first]
            signals.append(
                AppendixSignal(
                    "more-run", f"{count} items ending in {marker}", block.start, block.line_number
                )
            )
    # A heading counts only when site furniture follows it: a teaser or the copyright line.
    last_furniture = max(
        (
            i
            for i, b in enumerate(page)
            if b.is_teaser or (len(b.lines) == 1 and is_copyright_line(b.lines[0]))
        ),
        default=0,
    )
    for block in page[:last_furniture]:
        if len(block.lines) == 1 and heading_name(block.lines[0]) is not None:
            signals.append(AppendixSignal("heading", block.lines[0].strip(), block.start, block.line_number))
    if not signals:
        return None
    signals.sort(key=lambda s: (s.offset, _SIGNAL_ORDER[s.kind]))
    decided = signals[0]
    return AppendixBoundary(offset=decided.offset, line=decided.line, decided_by=decided, signals=signals)
