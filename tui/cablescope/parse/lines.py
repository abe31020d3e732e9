"""Patterns tried at every line start, scanned fast.

A pattern that begins with ``^`` (in MULTILINE mode) makes the regular-expression engine test every
position of the text; one that begins with a literal newline lets it skip ahead to the next
newline, several times faster on long texts. Both classes here search with the newline form.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator


class LinePattern:
    """A pattern tried at every line start, for callers that take the line as the group ``line``:
    a match found after a newline holds that newline (``start("line")`` is where the line begins).
    The first line of the region is tried separately.
    """

    def __init__(self, body: str, flags: int = 0, first: str | None = None) -> None:
        # ``first``: a character class holding every character a line that matches can begin with.
        # The engine then leaves a newline after one check when the next line cannot match (most
        # lines begin with a letter), instead of entering the whole pattern.
        ahead = f"(?={first})" if first else ""
        self._after_newline = re.compile(r"\n" + ahead + "(?P<line>" + body + ")", flags | re.MULTILINE)
        self._at_start = re.compile(r"(?P<line>" + body + ")", flags | re.MULTILINE)

    def match(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """The pattern at ``start`` exactly (a line start the caller vouches for)."""
        return self._at_start.match(text, start, end)

    def finditer(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        if start == 0 or text[start - 1] == "\n":
            first = self._at_start.match(text, start, end)
            if first:
                yield first
        yield from self._after_newline.finditer(text, start, end)


class LineRegex:
    """A compiled ``^`` pattern (MULTILINE) whose ``search``, ``finditer`` and ``sub`` find what the
    pattern's own would, faster: the newline before each candidate line is searched for, and the
    pattern is then matched where that line begins.

    The pattern must open with ``^`` that governs all of it (no top-level ``|``) and must not match
    an empty string; ``sub`` takes a literal replacement.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        if not pattern.startswith("^"):
            raise ValueError(f"not a line-start pattern: {pattern[:40]!r}")
        self.regex = re.compile(pattern, flags | re.MULTILINE)
        self._newline_before = re.compile("\n(?:" + pattern[1:] + ")", flags | re.MULTILINE)
        self.match = self.regex.match
        self.fullmatch = self.regex.fullmatch

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        found = self.regex.match(text, pos, endpos)  # "^" holds at ``pos`` only at a line start
        if found is not None:
            return found
        newline = self._newline_before.search(text, pos, endpos)
        return None if newline is None else self.regex.match(text, newline.start() + 1, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        while (found := self.search(text, pos, endpos)) is not None:
            yield found
            pos = found.end()

    def sub(self, replacement: str, text: str) -> str:
        pieces: list[str] = []
        done = 0
        for found in self.finditer(text):
            pieces += (text[done : found.start()], replacement)
            done = found.end()
        return "".join(pieces) + text[done:] if pieces else text
