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
# in partial extracts), a marked paragraph, and the cable viewer's partial-extract note below. Those
# at a line start begin with "\n" and are searched for in the head with a "\n" put before it: a
# search for "^" in MULTILINE mode tries every character of the head, one for "\n" only the line
# ends (five times faster on an 8 KB head).
_LINE_START_SIGNS = (
    re.compile(r"\n[ \t]*DE[ \t]+RU[A-Z]{2,5}[ \t]+#\d+"),
    re.compile(r"\n[ \t]*(?:[ZOPR]{1,2}(?:[ \t]+[ZOPR])?[ \t]+)?\d{6}Z[ \t]+[A-Za-z]{3}[ \t]+\d{2}"),
    re.compile(r"\n[ \t]*(?:E\.?[ \t]?O\.?[ \t]*\d{5}|TAGS?:|SUBJECT:|Classified By:)", re.IGNORECASE),
    re.compile(r"\n[ \t]*(?:C O N F I D E N T I A L|S E C R E T|UNCLAS)\b"),
    re.compile(
        r"\n[ \t]*(?:C ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|S ?E ?C ?R ?E ?T|U ?N ?C ?L ?A ?S)\b"
        r"[^\n]*\d{3,}[ \t]*$",
        re.MULTILINE | re.IGNORECASE,
    ),
    re.compile(r"\n[ \t]*¶?\d{1,3}\.[ \t]?\((?:U|C|S|SBU|TS)(?://?[A-Z]{2,6})?\)"),
)
_PARTIAL_SIGN = "This record is a partial extract of the original cable"
# A line that opens (after blanks) as one of the line-start signs may: one quick pass that finds
# none (a web page's lines open with "<") spares the six searches.
_SIGN_LINE_START = re.compile(r"\n[ \t]*(?:[DZOPR¶\d]|(?i:[ETSCU]))")


class TextReader(Reader):
    """A cable as plain text: one file, one cable."""

    name = "text"
    extensions = (".txt", ".text", ".cable")

    def sniff(self, head: str, path: Path | None) -> float:
        # No sign of a cable at all (a note, a word list, a one-byte file): not a cable document,
        # whatever the file is called.
        lines = "\n" + head
        hits = int(_PARTIAL_SIGN in head)
        if _SIGN_LINE_START.search(lines):
            hits += sum(1 for sign in _LINE_START_SIGNS if sign.search(lines))
        return min(0.3 + 0.15 * hits, 0.8) if hits else 0.0

    def read(self, path: Path) -> Iterator[Cable]:
        text, digest = read_document(path)
        cable = parse_cable(text)
        cable.source = Source(path=str(path), format="text", sha256=digest)
        yield cable
