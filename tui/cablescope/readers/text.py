"""Plain cable text: the telegram header and body as text (what the cable-viewer's two blocks hold)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from cablescope.model import Cable, Source
from cablescope.parse import parse_cable
from cablescope.readers.base import Reader
from cablescope.readers.decode import read_document

_TELEGRAM_SIGNS = (
    re.compile(r"^[ \t]*DE[ \t]+RU[A-Z]{2,5}[ \t]+#\d+", re.MULTILINE),
    re.compile(r"^[ \t]*[ZOPR]{1,2}(?:[ \t]+[ZOPR])?[ \t]+\d{6}Z[ \t]+[A-Z]{3}[ \t]+\d{2}", re.MULTILINE),
    re.compile(
        r"^[ \t]*(?:E\.?[ \t]?O\.?[ \t]*\d{5}|TAGS?:|SUBJECT:|Classified By:)", re.MULTILINE | re.IGNORECASE
    ),
    re.compile(r"^[ \t]*(?:C O N F I D E N T I A L|S E C R E T|UNCLAS)\b", re.MULTILINE),
)


class TextReader(Reader):
    """A cable as plain text: one file, one cable."""

    name = "text"
    extensions = (".txt", ".text", ".cable")

    def sniff(self, head: str, path: Path | None) -> float:
        hits = sum(1 for sign in _TELEGRAM_SIGNS if sign.search(head))
        if hits:
            return min(0.3 + 0.15 * hits, 0.8)
        return 0.1 if path is not None and path.suffix.lower() in self.extensions else 0.0

    def read(self, path: Path) -> Iterator[Cable]:
        text, digest = read_document(path)
        cable = parse_cable(text)
        cable.source = Source(path=str(path), format="text", sha256=digest)
        yield cable
