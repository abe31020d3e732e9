"""Scoop Media republications ("Cablegate: <Subject>"): the cable, then Scoop's news appendix."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from cablescope.model import Cable, Source
from cablescope.parse import parse_cable
from cablescope.reader import Reader
from cablescope.readers.decode import read_document

_TITLE_RE = re.compile(r"\A\s*Cablegate:")


class ScoopReader(Reader):
    """A Scoop page saved as text: title, routing line, date-time group, body, "© Scoop Media"."""

    name = "scoop"
    extensions = (".txt",)

    def sniff(self, head: str, path: Path | None) -> float:
        score = 0.0
        if _TITLE_RE.match(head):
            score += 0.6
        if "Scoop Media" in head:
            score += 0.3
        return min(score, 0.95)

    def read(self, path: Path) -> Iterator[Cable]:
        text, digest = read_document(path)
        cable = parse_cable(text)
        cable.source = Source(path=str(path), format="scoop", sha256=digest)
        yield cable
