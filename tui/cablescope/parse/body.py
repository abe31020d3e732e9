"""The body's structure: numbered paragraphs and their markings, headings, page markers, signers (the
summary is ``summary``'s)."""

from __future__ import annotations

import heapq
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple

from cablescope.markings import marking_parts
from cablescope.parse.lines import LinePattern, LineRegex

# The cable viewer's "¶" anchor may stand before the number in text copied from its pages.
_PARAGRAPH = (
    r"[ \t]*(?:¶[ \t]*)?(?P<num>\d{1,3})[ \t]?\.(?:[ \t]+|(?=\())(?:(?P<mark>\([A-Za-z][A-Za-z /,\-]{0,40}\)"
    r"|\([A-Z]{1,3}(?:/{1,2}[A-Z]{1,5})?0(?=[ \t])|[A-Z]{1,3}(?:/{1,2}[A-Z]{1,5})?\))[ \t]*)?"
)
# "BEIJING 00002932 002 OF 002" (page 2 of 2), and an old printout's page header
# "PAGE 02 HARARE 06677 01 OF 03 291400Z" (page 2; section 1 of 3; the date-time group).
_PAGE_MARKER = (
    r"[ \t]*(?:PAGE[ \t]+(?P<printed_page>\d{1,3})[ \t]+)?"
    r"(?P<city>[A-Z][A-Z.'\-]*(?:[ \t][A-Z][A-Z.'\-]*){0,3})[ \t]+(?P<serial>\d{5,8})[ \t]+"
    r"(?P<page>\d{2,3})(?:\.\d)?[ \t]+OF[ \t]+\d{2,3}(?:(?<=\d)[ \t]+\d{6}Z)?[ \t]*$"
)
PAGE_MARKER_RE = LineRegex("^" + _PAGE_MARKER)


PARAGRAPH_LINES = LinePattern(_PARAGRAPH, first=r"[ \t¶\d]")  # blanks, the anchor, or the number
PAGE_MARKER_LINES = LinePattern(_PAGE_MARKER)
# " OF " and a digit, as every page marker holds them: opened on the literal, which the engine skips to.
_OF_AND_DIGIT_RE = re.compile(r"OF(?<=[ \t]OF)[ \t]+\d")
# Five or more X's, spelt with a literal prefix so the regex engine searches for "XXXXX" instead of
# trying a repeat at every position.
REDACTION_RE = re.compile(r"XXXXX+")
_TRAILING_SPACE_RE = re.compile(r"[ \t]+\n")
DASHES_RE = re.compile(r"^[ \t]*[-=_* \t]{3,}[ \t]*$")
_NOT_HEADING_START_RE = re.compile(
    r"^(?:\(?[A-Za-z0-9]{1,2}[.)]\s|--?\s|\(|\d|[a-z]|(?i:SUBJ(?:ECT)?|REF|TAGS?|E\.\s?O\.|CLASSIFIED BY)\b)"
)
# "HUNTSMAN", "De Vries", "Timken jr", "morrison" (after a web banner), "STEPHENS / HARTLEY" (two
# signers), "SOBEL 2008-01-08" (a date after it).
_SIGNER_RE = re.compile(
    r"^[ \t]*(?P<name>(?:[A-Z]\.[ \t]?)?(?:[A-Z][A-Za-z'\-]+|[a-z][a-z'\-]{2,})"
    r"(?:[ \t]+(?:[A-Z]\.|[A-Z][A-Za-z'\-]+|[JjSs]r\.?)){0,2})"
    r"(?:[ \t]*/[ \t]*(?P<second>[A-Z][A-Za-z'\-]+))?[ \t]*\.?"
    r"(?:[ \t]+\d{4}-\d{2}-\d{2}|[ \t]+\d{1,2}/\d{1,2}/\d{2,4})?[ \t]*$"
)
# Lines after a signature that are not the cable's: a web banner, a declassification stamp, a
# mail system's header, a rule of stars.
_AFTER_SIGNATURE_RE = re.compile(
    r"^[ \t]*(?:\*[\s*]*|(?!\d{1,3}\.).{0,90}"
    r"(?:https?:|intelink|sgov\.gov|wiki/Portal|Classified\s+Web\s*site|From\s+DB/Inbox).{0,90}"
    r"|Declassified/Released\b.*|Systematic\s+Review\b.*)$",
    re.IGNORECASE,
)
# A cheap first test for those lines: most lines have none of these.
_AFTER_SIGNATURE_HINTS = (
    "*",
    "http",
    "sgov",
    "intelink",
    "portal",
    "web",
    "inbox",
    "declassified",
    "systematic",
)
# What may stand just before a signature: a redaction, a rule of stars, a web banner, "Best,".
_BEFORE_SIGNATURE_RE = re.compile(
    r"^[ \t]*(?:X{5,}|\*[\s*]*|.{1,20},|.*(?:https?:|intelink|sgov\.gov).*)$", re.IGNORECASE
)
# Words that stand on a signature line without being the signer's name.
_SIGNATURE_NOISE = frozenset({"MINIMIZE", "CONSIDERED", "QUOTE", "UNQUOTE", "END"})
_FOR_RE = re.compile(r"\s+(?:FOR|for)\s+")
_TRAILER_RE = re.compile(
    r"^[ \t]*(?:NNNN|BT|#\d+|\d{1,2}|\.{1,3}|End(?: of)? (?:Cable|Message)(?: Text)?\.?|X{5,}|SIPDIS)?"
    r"[ \t]*$",
    re.IGNORECASE,
)
_TAIL_SIGNER_RE = re.compile(
    r"(?<=[.!?)\"”’])[ \t]+(?P<name>[A-Z][A-Za-z'\-]{2,}(?:[ \t]+[A-Z][A-Za-z'\-]{2,})?)[ \t]*$"
)
_SENTENCE_ENDS = (".", ")", '"', "”", ":", "-")
_NOT_SIGNERS = frozenset(
    {
        "END",
        "END TEXT",
        "END CABLE",
        "SIPDIS",
        "NOFORN",
        "UNCLASSIFIED",
        "CONFIDENTIAL",
        "SECRET",
        "COMMENT",
        "END COMMENT",
        "SUMMARY",
        "END SUMMARY",
        "UNCLAS",
        "NNNN",
        "BT",
        "TEXT",
        "BACKGROUND",
        "ACTION REQUEST",
        "THANKS",
        "REGARDS",
        "BEST",
        "CONSIDERED",
        "MINIMIZE CONSIDERED",
        "CONCLUSION",
    }
)


@dataclass
class RawParagraph:
    number: int | None
    marking_raw: str | None
    start: int
    text_start: int
    end: int


# A paragraph that runs on inside a line ("... End summary. 2. (C) Comment: ...", a page whose
# paragraph breaks collapsed): a number of one to three digits after a space, its stop, then a
# marking or a word. Written to open on the stop, a literal the engine skips ahead to, with the
# number checked behind it: opening on the number made the engine try every position.
_INLINE_PARAGRAPH_RE = re.compile(
    r"\.(?:(?<=[ \t]\d\.)|(?<=[ \t]\d\d\.)|(?<=[ \t]\d\d\d\.))"
    r"(?:[ \t]*\n?[ \t]*(?P<mark>\([A-Za-z][A-Za-z /,\-\n]{0,40}\))"
    r"|[ \t]*\n?[ \t]*(?<=\s)(?=[A-Za-z\"“]))[ \t]*"
)
_SENTENCE_END_BEFORE_RE = re.compile(r"[.!?:;\"'”’)\]][ \t]+$")


class _Candidate(NamedTuple):
    """A number that may open a paragraph: where it starts, its value, its marking as written,
    where the paragraph's text would start, and whether it stands inside a line."""

    start: int
    number: int
    mark: str | None
    text_start: int
    inline: bool


def numbered_paragraphs(text: str, start: int, end: int) -> list[RawParagraph]:
    """Numbered paragraphs in sequence (1, 2, 3...); numbers out of sequence are list items, not
    paragraphs.

    A number at a line start opens a paragraph when it continues the sequence (a marked one may
    skip up to ten numbers: paragraphs were withheld from some releases). A number inside a line
    opens one only when its marking agrees, or when it is exactly the next and follows the end of
    a sentence.
    """
    found: list[RawParagraph] = []
    last = 0
    for candidate in _paragraph_candidates(text, start, end):
        number, mark = candidate.number, candidate.mark
        if mark and "\n" in mark:
            mark = " ".join(mark.split())  # a marking wrapped over two lines: "(S/Rel\nUK)"
        mark_ok = mark is not None and marking_parts(mark) is not None
        if candidate.inline:
            accepted = (last < number <= last + 10 and mark_ok) or (
                number == last + 1
                and _SENTENCE_END_BEFORE_RE.search(text, max(start, candidate.start - 4), candidate.start)
                is not None
            )
        else:
            accepted = number == last + 1 or (last < number <= last + 10 and mark_ok)
        if accepted:
            if found:
                found[-1].end = candidate.start
            found.append(
                RawParagraph(number, mark if mark_ok else None, candidate.start, candidate.text_start, end)
            )
            last = number
    return found


def _paragraph_candidates(text: str, start: int, end: int) -> Iterator[_Candidate]:
    """Line-start and inline paragraph numbers, in text order. Most cables have no inline one: their
    line-start ones are taken as they come, without the cost of a merge."""
    lines = (
        _Candidate(m.start("line"), int(m.group("num")), m.group("mark"), m.end(), False)
        for m in PARAGRAPH_LINES.finditer(text, start, end)
    )
    inline = (c for c in map(_inline_candidate, _INLINE_PARAGRAPH_RE.finditer(text, start, end)) if c)
    first_inline = next(inline, None)
    if first_inline is None:
        return lines
    return heapq.merge(lines, itertools.chain((first_inline,), inline), key=attrgetter("start"))


def _inline_candidate(match: re.Match[str]) -> _Candidate | None:
    text = match.string
    stop = match.start()
    number_start = stop
    while text[number_start - 1].isdigit():
        number_start -= 1
    if _at_line_start(text, number_start):
        return None  # a line-start number: the line pattern's to judge
    return _Candidate(number_start, int(text[number_start:stop]), match.group("mark"), match.end(), True)


def _at_line_start(text: str, pos: int) -> bool:
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos == 0 or text[pos - 1] == "\n"


def page_markers(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The page-marker lines between offsets: those ``PAGE_MARKER_LINES.finditer`` finds (the same
    ``line`` spans, ends and fields), tried only at the lines that hold " OF " and a digit.

    Every marker holds them, and the pattern tried at every line start costs more than the rest
    of the search: in capitals each line's first words are taken for a post's name first.
    """
    if text.find(" OF 0", start, end) == -1:  # cheap test first: most cables have one page
        return []
    found: list[re.Match[str]] = []
    pos = start
    while (of := _OF_AND_DIGIT_RE.search(text, pos, end)) is not None:
        line_start = text.rfind("\n", 0, of.start()) + 1
        if line_start >= start:  # a line begun before ``start`` is not one of the region's
            marker = PAGE_MARKER_LINES.match(text, line_start, end)
            if marker is not None:
                found.append(marker)
                pos = marker.end()
                continue
        pos = text.find("\n", of.end(), end)
        if pos == -1:
            break
    return found


def clean_text(text: str, start: int, end: int, markers: list[tuple[int, int]]) -> str:
    """The text between offsets with page-marker lines (and the blank lines around them) removed."""
    pieces: list[str] = []
    pos = start
    for m_start, m_end in markers:
        if m_end <= start or m_start >= end:
            continue
        before = text[pos:m_start].rstrip()
        pieces.append(before)
        pos = m_end
        while pos < end and text[pos] in " \t\n":
            pos += 1
    pieces.append(text[pos:end])
    joined = "\n".join(p for p in pieces if p)
    # Trailing blanks on each line (cable-viewer pages have one): str.replace is much faster
    # than a regular expression here, and there are rarely more than two. A replace that finds
    # none costs no more than looking for one first; a tab, rare, is looked for alone first.
    while len(fewer := joined.replace(" \n", "\n")) != len(joined):
        joined = fewer
    if "\t" in joined and "\t\n" in joined:
        joined = _TRAILING_SPACE_RE.sub("\n", joined)
    return joined.strip()


def split_heading(text: str, start: int, end: int) -> tuple[int, str | None]:
    """Where the paragraph before a heading ends, and the heading ("Wen Pushes Iranian Vice President...")."""
    # Headings are short: only the region's tail can hold one.
    window = max(start, end - 600)
    region = text[window:end]
    stripped = region.rstrip()
    blank = max(stripped.rfind("\n\n"), stripped.rfind("\n \n"), stripped.rfind("\n  \n"))
    if blank == -1:
        # Headings set off by dashes can follow the text directly.
        lines = stripped.rsplit("\n", 3)
        if len(lines) == 4 and DASHES_RE.match(lines[-1]) and DASHES_RE.match(lines[-3]):
            blank = len(stripped) - len(lines[-1]) - len(lines[-2]) - len(lines[-3]) - 3
        else:
            return end, None
    block = stripped[blank:]
    if block.count("\n") > 8 or len(block) > 400:
        return end, None  # prose after a blank line inside the paragraph, not a heading
    heading = heading_of(block)
    return (window + blank, heading) if heading else (end, None)


def heading_of(block: str) -> str | None:
    """The heading a short block of lines stands for ("Summary" over its dashes), or None for prose."""
    lines = [
        line.strip() for line in block.strip("\n").split("\n") if line.strip() and not DASHES_RE.match(line)
    ]
    if not lines or len(lines) > 2:
        return None
    # Decorations around a heading ("//A TOUGH YEAR//", "COMMENT -------") are not its words.
    heading = " ".join(lines).strip(" -=_*/")
    if (
        len(heading) > 100
        # A sentence ends with a stop; a heading in capitals may ("COMMENT.").
        or (heading.endswith((".", ",", ";", ":")) and not heading.isupper())
        or _NOT_HEADING_START_RE.match(heading)
        or PAGE_MARKER_RE.match(heading)
        or not any(ch.isalpha() for ch in heading)
    ):
        return None
    return heading


def _after_signature_hint(line: str) -> bool:
    lowered = line.lower()
    return any(hint in lowered for hint in _AFTER_SIGNATURE_HINTS)


def find_signers(text: str, start: int, end: int) -> tuple[list[str], int]:
    """The signature at the end of the body ("HUNTSMAN") and where the body ends without it."""
    pos = end
    for _ in range(8):
        if pos <= start:
            break
        line_start = max(start, text.rfind("\n", start, pos - 1) + 1)
        line = text[line_start:pos].rstrip("\n")
        if (
            _TRAILER_RE.match(line)
            or (len(line) < 120 and PAGE_MARKER_RE.match(line))
            or (_after_signature_hint(line) and _AFTER_SIGNATURE_RE.match(line))
        ):
            pos = line_start
            continue
        if len(line) <= 80:
            match = _SIGNER_RE.match(line)
            if match and _is_signature(match.group("name")):
                name = _signature_name(match.group("name"))
                # A signature stands apart: after a sentence, a link line, a separator or a blank, or
                # in capitals.
                before = text[max(start, line_start - 200) : line_start].rstrip()
                last_line = before[before.rfind("\n") + 1 :]
                if PAGE_MARKER_RE.match(last_line):
                    before = before[: len(before) - len(last_line)].rstrip()
                    last_line = before[before.rfind("\n") + 1 :]
                lower_case = name.islower()
                if _continues_a_sentence(line, text[max(start, line_start - 2) : line_start], last_line):
                    break  # "... APPRECIATES TRINIDAD'S" / "ASSISTANCE.": a sentence's last word
                if (
                    not before
                    or _BEFORE_SIGNATURE_RE.match(last_line)
                    or (not lower_case and (before.endswith(_SENTENCE_ENDS) or name.isupper()))
                    or (not lower_case and "http" in before[-150:])
                ):
                    second = match.group("second")
                    return ([name, second] if second else [name]), line_start
        # Flattened extracts put the signature at the end of the last sentence's line.
        tail = _TAIL_SIGNER_RE.search(line, max(0, len(line) - 60))
        if tail and _is_signature(tail.group("name")):
            return [_signature_name(tail.group("name"))], line_start + tail.start("name")
        break
    return [], end


def _continues_a_sentence(line: str, gap: str, last_line: str) -> bool:
    """A short line that ends a sentence right under a line that does not (no blank between them)
    is that sentence's last words, not a signature."""
    return (
        line.rstrip().endswith(".")
        and gap.endswith("\n")
        and not gap.endswith("\n\n")
        and bool(last_line.strip())
        and not last_line.rstrip().endswith(_SENTENCE_ENDS)
        and not _BEFORE_SIGNATURE_RE.match(last_line)
    )


def _is_signature(name: str) -> bool:
    return len(name) <= 40 and name.upper() not in _NOT_SIGNERS and bool(_signature_name(name))


def _signature_name(raw: str) -> str:
    """ "MINIMIZE CONSIDERED SHANNON" -> "SHANNON"; "CLINTON UNQUOTE CLINTON" -> "CLINTON";
    "PASCUAL FOR SHANNON" -> "PASCUAL" (who signed, for whom)."""
    words: list[str] = []
    for word in _FOR_RE.split(raw.strip(), maxsplit=1)[0].split():
        if word.upper() not in _SIGNATURE_NOISE and word.upper() not in (w.upper() for w in words):
            words.append(word)
    return " ".join(words)
