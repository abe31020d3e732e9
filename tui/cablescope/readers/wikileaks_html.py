"""WikiLeaks cable-viewer pages: a metadata table, then the header and body in two ``<pre>`` blocks.

The cable is parsed from its text; what the page states about it (the table's reference id,
created date, classification and origin, and the ``YYYY/MM/REFID.html`` file name) fills what the
text lacks or overrides the text's identity, and every field records where it came from (see
``readers.stated``).
"""

from __future__ import annotations

import contextlib
import html
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from cablescope.model import Cable, Source
from cablescope.parse import parse_cable
from cablescope.parse.refids import canonical_reference_id
from cablescope.reader import Reader, ReadError
from cablescope.readers.decode import read_document
from cablescope.readers.stated import Stated, merge_stated

# The viewer's paragraph anchors ("¶") are links WikiLeaks added, not cable text.
_ANCHOR_RE = re.compile(r"<a\b[^>]*\bhref=['\"]#par[^'\"]*['\"][^>]*>[^<]*</a>", re.IGNORECASE)
_TAG_RE = re.compile(r"<[^>]*>")
_PRE_OPEN_RE = re.compile(r"<pre[> \t\n]", re.IGNORECASE)
"""A ``<pre>`` element's start ("<preview>" is another element)."""
_PRE_CLOSE_RE = re.compile(r"</pre", re.IGNORECASE)
_TABLE_RE = re.compile(r"<table class=['\"]cable['\"]>(.*?)</table>", re.DOTALL | re.IGNORECASE)
_HEAD_CELL_RE = re.compile(r"<th>(.*?)</th>", re.DOTALL | re.IGNORECASE)
_DATA_CELL_RE = re.compile(r"<td>(.*?)</td>", re.DOTALL | re.IGNORECASE)
_TABLE_CREATED_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})")


def pre_blocks(page: str) -> list[str]:
    """The decoded text of each ``<pre>`` block (a truncated last block is kept as far as it goes)."""
    blocks = []
    # Case-blind patterns with a literal start: faster than str.find on a lower-cased copy of a
    # 45 KB page (lowering a page that is not all ASCII costs more than the searches).
    opening = _PRE_OPEN_RE.search(page)
    while opening:
        open_end = page.find(">", opening.start())
        if open_end == -1:
            break
        close = _PRE_CLOSE_RE.search(page, open_end)
        raw = page[open_end + 1 : close.start() if close else len(page)]
        opening = _PRE_OPEN_RE.search(page, close.start()) if close else None
        if "<" in raw:
            raw = _TAG_RE.sub("", _ANCHOR_RE.sub("", raw))
        # The viewer writes every line end as "&#x000A;": replacing those first leaves
        # html.unescape little to do.
        raw = raw.replace("&#x000A;", "\n")
        blocks.append(html.unescape(raw) if "&" in raw else raw)
    return blocks


def cable_text(page: str) -> str:
    """Header block, a blank line, body block: the cable as the model's ``text``."""
    return cable_parts(page)[0]


def cable_parts(page: str) -> tuple[str, int]:
    """The cable's text and where its body (the second block) begins in it."""
    blocks = pre_blocks(page)
    if not blocks:
        raise ReadError("no cable text (<pre> block) in this HTML page")
    if len(blocks) == 1:
        return blocks[0], 0
    return blocks[0] + "\n\n" + blocks[1], len(blocks[0]) + 2


def page_table(page: str) -> dict[str, str]:
    """The viewer's metadata table, heading to value: {"Reference ID": "08LAPAZ2623", ...}."""
    table = _TABLE_RE.search(page)
    if not table:
        return {}
    heads = [_cell_text(cell) for cell in _HEAD_CELL_RE.findall(table.group(1))]
    cells = [_cell_text(cell) for cell in _DATA_CELL_RE.findall(table.group(1))]
    return {head: cell for head, cell in zip(heads, cells, strict=False) if head and cell}


def _cell_text(cell: str) -> str:
    return " ".join(html.unescape(_TAG_RE.sub("", cell)).split())


def stated_facts(page: str, path: Path | None) -> dict[str, Stated]:
    """What the page states about its cable: the table's fields, else the file name's reference id."""
    table = page_table(page)
    stated: dict[str, Stated] = {}
    refid = canonical_reference_id(table.get("Reference ID", ""))
    if refid:
        stated["reference_id"] = Stated(refid, "page-table")
    elif path is not None and (named := canonical_reference_id(path.stem)) == path.stem.upper():
        stated["reference_id"] = Stated(named, "file-name")
    created = _TABLE_CREATED_RE.fullmatch(table.get("Created", ""))
    if created:
        # A date the calendar lacks is passed over: the text's date (if any) stands.
        with contextlib.suppress(ValueError):
            year, month, day, hour, minute = map(int, created.groups())
            stated["created"] = Stated(datetime(year, month, day, hour, minute, tzinfo=UTC), "page-table")
    for name, heading in (("origin", "Origin"), ("classification", "Classification")):
        if table.get(heading):
            stated[name] = Stated(table[heading], "page-table")
    return stated


class WikiLeaksHtmlReader(Reader):
    """One cable-viewer page, one cable."""

    name = "wikileaks-html"
    extensions = (".html", ".htm")

    def sniff(self, head: str, path: Path | None) -> float:
        lowered = head[:4096].lower()
        if "<html" not in lowered and "<!doctype html" not in lowered and "<pre" not in lowered:
            return 0.0
        if "cable viewer" in lowered or "wikileaks" in lowered or "class='cable'" in lowered:
            return 0.9
        return 0.5

    def read(self, path: Path) -> Iterator[Cable]:
        page, digest = read_document(path)
        text, body_start = cable_parts(page)
        stated = stated_facts(page, path)
        created = stated.get("created")
        year = created.value.year if created and isinstance(created.value, datetime) else None
        cable = parse_cable(text, body_start=body_start, year=year)
        # The banner is the cable's own marking: the table's classification only fills a gap, and a
        # difference (WikiLeaks added or dropped NOFORN on a few pages) is kept as a disagreement.
        merge_stated(cable, stated, text_first=("classification",))
        cable.source = Source(path=str(path), format="wikileaks-html", sha256=digest)
        yield cable
