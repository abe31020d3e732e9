"""Where the cable ends and the republishing site's page begins, and which signal says so.

Three signals, looked for in the whole page text: a copyright line (``© Scoop Media``), a
heading that opens another site's news (``World Headlines``, ``Top Stories``), and a run of
teaser items ending in ``More>>``. The boundary is the earliest signal; the others found are
kept as corroboration.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cablescope_appendix.furniture import COPYRIGHT_LINE, FOCUS_HEADING, MORE_MARKER, heading_name

# A headline or a section heading is short; a block longer than this between two teasers
# is the cable's own text, which ends a run of items.
SHORT_BLOCK_CHARS = 300
SHORT_BLOCK_LINES = 3
MIN_RUN_ITEMS = 2


@dataclass(frozen=True)
class Block:
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


def blocks(text: str, base: int = 0, first_line: int = 1) -> list[Block]:
    """Split ``text`` into blocks of consecutive non-blank lines, with offsets shifted by ``base``."""
    found: list[Block] = []
    current: list[str] = []
    start = 0
    end = 0
    start_line = 0
    position = 0
    for number, raw in enumerate(text.splitlines(keepends=True), start=first_line):
        line = raw.rstrip("\r\n")
        if line.strip():
            if not current:
                start = position + (len(line) - len(line.lstrip()))
                start_line = number
            current.append(line)
            end = position + len(line.rstrip())
        elif current:
            found.append(Block(tuple(current), base + start, base + end, start_line))
            current = []
        position += len(raw)
    if current:
        found.append(Block(tuple(current), base + start, base + end, start_line))
    return found


@dataclass(frozen=True)
class Signal:
    """One piece of evidence that the site's furniture starts here."""

    kind: str
    """``copyright``, ``heading`` or ``more-run``."""
    text: str
    """What was seen: the line itself, or a description of the run."""
    offset: int
    line: int


@dataclass
class Boundary:
    """The split of a page into cable and appendix."""

    offset: int
    line: int
    decided_by: Signal
    signals: list[Signal] = field(default_factory=list)
    """Every signal found, in page order, the deciding one first among equals."""


def teaser_marker(line: str) -> str:
    """The ``More>>``-style marker that ends ``line``, or "" when there is none."""
    match = MORE_MARKER.search(line)
    return match.group(0).strip() if match else ""


def is_copyright(line: str) -> bool:
    return bool(COPYRIGHT_LINE.match(line))


def is_section_heading(block: Block) -> bool:
    """A one-line title inside an appendix: a known heading, ``Focus On: …`` or similar."""
    if len(block.lines) != 1 or block.is_teaser:
        return False
    line = block.lines[0].strip()
    return heading_name(line) is not None or bool(FOCUS_HEADING.match(line))


def _teaser_runs(page: list[Block]) -> list[tuple[int, int, str]]:
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


def find_boundary(text: str) -> Boundary | None:
    """The boundary between the cable and the site's appendix in a page, or None when there is none."""
    page = blocks(text)
    signals: list[Signal] = []
    for block in page:
        if len(block.lines) == 1 and is_copyright(block.lines[0]):
            signals.append(Signal("copyright", block.lines[0].strip(), block.start, block.line_number))
    for first, count, marker in _teaser_runs(page):
        if count >= MIN_RUN_ITEMS:
            block = page[first]
            signals.append(
                Signal("more-run", f"{count} items ending in {marker}", block.start, block.line_number)
            )
    # A heading counts only when site furniture follows it: a teaser or the copyright line.
    last_furniture = max(
        (i for i, b in enumerate(page) if b.is_teaser or (len(b.lines) == 1 and is_copyright(b.lines[0]))),
        default=0,
    )
    for block in page[:last_furniture]:
        if len(block.lines) == 1 and heading_name(block.lines[0]) is not None:
            signals.append(Signal("heading", block.lines[0].strip(), block.start, block.line_number))
    if not signals:
        return None
    order = {"copyright": 0, "heading": 1, "more-run": 2}
    signals.sort(key=lambda s: (s.offset, order[s.kind]))
    decided = signals[0]
    return Boundary(offset=decided.offset, line=decided.line, decided_by=decided, signals=signals)
