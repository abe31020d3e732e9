"""WikiLeaks cable-viewer pages: a metadata table, then the header and body in two ``<pre>`` blocks.

Only the cable text is read; the page's metadata table is WikiLeaks' own summary, not the cable.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

from cablescope.model import Cable, Source
from cablescope.parse import parse_cable
from cablescope.readers.base import Reader, ReadError
from cablescope.readers.decode import read_document

# The viewer's paragraph anchors ("¶") are links WikiLeaks added, not cable text.
_ANCHOR_RE = re.compile(r"<a\b[^>]*\bhref=['\"]#par[^'\"]*['\"][^>]*>[^<]*</a>", re.IGNORECASE)
_TAG_RE = re.compile(r"<[^>]*>")


def pre_blocks(page: str) -> list[str]:
    """The decoded text of each ``<pre>`` block (a truncated last block is kept as far as it goes)."""
    blocks = []
    lowered = page.lower()  # str.find on a lower-cased copy beats a case-blind pattern on 45 KB pages
    pos = lowered.find("<pre")
    while pos != -1:
        if lowered[pos + 4 : pos + 5] not in (">", " ", "\t", "\n"):
            pos = lowered.find("<pre", pos + 4)  # "<preview>" is another element
            continue
        open_end = lowered.find(">", pos)
        if open_end == -1:
            break
        close = lowered.find("</pre", open_end)
        raw = page[open_end + 1 : len(page) if close == -1 else close]
        pos = -1 if close == -1 else lowered.find("<pre", close)
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
        cable = parse_cable(text, body_start=body_start)
        cable.source = Source(path=str(path), format="wikileaks-html", sha256=digest)
        yield cable
