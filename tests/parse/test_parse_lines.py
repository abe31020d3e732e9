"""LineRegex finds what its "^" pattern finds with re, at every start and end of the region."""

from __future__ import annotations

import re

import pytest

from cablescope.parse.body import _PARAGRAPH, PARAGRAPH_LINES
from cablescope.parse.dtg import TRANSMISSION_RE
from cablescope.parse.header import EO_RE, TAGS_RE
from cablescope.parse.lines import LinePattern, LineRegex

TEXT = (
    "TAGS: PREL\n  TAGS  PGOV, ECON\nnot TAGS: here\nE.O. 12958: DECL: 02/10/2019\n"
    "E.O. 12958:\n   DECL: 1.4\n\nO 221203Z OCT 09\nP 101210Z FEB 09 ZDK\nTAGS:"
)


def spans(found) -> list[tuple[int, int, dict]]:
    return [(m.start(), m.end(), m.groupdict()) for m in found]


def test_search_finditer_and_sub_find_what_the_plain_pattern_finds():
    for line_regex in (TAGS_RE, EO_RE, TRANSMISSION_RE):
        plain = line_regex.regex
        for pos in range(len(TEXT) + 1):
            for endpos in (pos, pos + 3, pos + 30, len(TEXT)):
                ours, theirs = line_regex.search(TEXT, pos, endpos), plain.search(TEXT, pos, endpos)
                assert spans([ours] if ours else []) == spans([theirs] if theirs else []), (pos, endpos)
            assert spans(line_regex.finditer(TEXT, pos)) == spans(plain.finditer(TEXT, pos))
        assert line_regex.sub("", TEXT) == plain.sub("", TEXT)
    assert len(list(TAGS_RE.finditer(TEXT))) == 3  # the third at the very end, "not TAGS" passed over


def test_only_a_line_start_pattern_is_taken():
    with pytest.raises(ValueError, match="not a line-start pattern"):
        LineRegex(r"[ \t]*TAGS")
    assert LineRegex(r"^X", re.IGNORECASE).search("a\nx") is not None


PARAGRAPHS = (
    "1. (C) One.\n 2.(S) Two\n\t3. Three\n¶ 4. Four\nword 5. not one\n٣. an Arabic-Indic digit\n"
    "6.no blank after the stop\n  ¶7. (U) Seven"
)


def line_spans(found) -> list[tuple[int, int, dict]]:
    return [(m.start("line"), m.end(), m.groupdict()) for m in found]


def test_a_line_pattern_told_its_first_characters_finds_what_it_finds_without():
    # PARAGRAPH_LINES tries its pattern only after a newline followed by a blank, "¶" or a digit.
    plain = LinePattern(_PARAGRAPH)
    for pos in range(len(PARAGRAPHS) + 1):
        for endpos in (pos + 5, len(PARAGRAPHS)):
            ours = line_spans(PARAGRAPH_LINES.finditer(PARAGRAPHS, pos, endpos))
            assert ours == line_spans(plain.finditer(PARAGRAPHS, pos, endpos)), (pos, endpos)
    found = PARAGRAPH_LINES.finditer(PARAGRAPHS, 0, len(PARAGRAPHS))
    assert [m.group("num") for m in found] == ["1", "2", "3", "4", "٣", "7"]  # not "6.no"
