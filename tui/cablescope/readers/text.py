"""Plain cable text: the telegram header and body as text (what the cable-viewer's two blocks hold)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from cablescope.model import Cable, Source
from cablescope.parse import parse_cable
from cablescope.reader import Reader
from cablescope.readers.decode import read_document

# Signs of a cable: a routing line, a date-time group, header lines, a banner (spaced, lower-cased
# in partial extracts), a marked paragraph, the cable viewer's partial-extract note.
_TELEGRAM_SIGNS = (
    re.compile(r"^[ \t]*DE[ \t]+RU[A-Z]{2,5}[ \t]+#\d+", re.MULTILINE),
    re.compile(
        r"^[ \t]*(?:[ZOPR]{1,2}(?:[ \t]+[ZOPR])?[ \t]+)?\d{6}Z[ \t]+[A-Za-z]{3}[ \t]+\d{2}", re.MULTILINE
    ),
    re.compile(
        r"^[ \t]*(?:E\.?[ \t]?O\.?[ \t]*\d{5}|TAGS?:|SUBJECT:|Classified By:)", re.MULTILINE | re.IGNORECASE
    ),
    re.compile(r"^[ \t]*(?:C O N F I D E N T I A L|S E C R E T|UNCLAS)\b", re.MULTILINE),
    re.compile(
        r"^[ \t]*(?:C ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|S ?E ?C ?R ?E ?T|U ?N ?C ?L ?A ?S)\b"
        r"[^\n]*\d{3,}[ \t]*$",
        re.MULTILINE | re.IGNORECASE,
    ),
    re.compile(r"^[ \t]*¶?\d{1,3}\.[ \t]?\((?:U|C|S|SBU|TS)(?://?[A-Z]{2,6})?\)", re.MULTILINE),
    re.compile(r"This record is a partial extract of the original cable"),
)


class TextReader(Reader):
    """A cable as plain text: one file, one cable."""

    name = "text"
    extensions = (".txt", ".text", ".cable")

    def sniff(self, head: str, path: Path | None) -> float:
        # No sign of a cable at all (a note, a word list, a one-byte file): not a cable document,
        # whatever the file is called.
        hits = sum(1 for sign in _TELEGRAM_SIGNS if sign.search(head))
        return min(0.3 + 0.15 * hits, 0.8) if hits else 0.0

    def read(self, path: Path) -> Iterator[Cable]:
        text, digest = read_document(path)
        cable = parse_cable(text)
        cable.source = Source(path=str(path), format="text", sha256=digest)
        yield cable
