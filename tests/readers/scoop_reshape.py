"""Re-shape a cable-viewer page's text as a Scoop Media page (form 1 of issue 2), for tests.

Written independently of cablescope's parser: what Scoop did to a cable, done again
by plain text rules. The appendix is a synthetic news sidebar of our own.
"""

from __future__ import annotations

import functools
import re
import textwrap

_BANNER = re.compile(
    r"^\s*(?:S?S ?E ?C ?R ?E ?T|C ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|UNCLAS(?:SIFIED)?|TOP SECRET)\b.*\d\s*$",
    re.IGNORECASE,
)
_EO = re.compile(r"^\s*(?:E\.\s?O\.?|EO\s+\d{5})", re.IGNORECASE)
# Header lines Scoop leaves out; "FM"/"TO" only above the first paragraph (a body line may open
# with "to").
_DROP = re.compile(r"^\s*(?:TAGS?\b|SUBJ(?:ECT)?:|SIPDIS\s*$)", re.IGNORECASE)
_ADDRESS = re.compile(r"^\s*(?:FM|TO)\s")
_FIRST_PARAGRAPH = re.compile(r"^\s*1\s?\.")
_SUBJECT = re.compile(r"^\s*SUBJ(?:ECT)?:\s*(.*)$", re.IGNORECASE)
_DE = re.compile(r"^DE\s+RU\w+\s+#\d+.*$", re.MULTILINE)
_DTG = re.compile(r"^\s*(?:[ZOPR]{1,2}\s+){0,2}\d{6}Z\s+[A-Z]{3}\s+\d{2}\b.*$", re.MULTILINE)
_PAGE_MARKER = re.compile(r"^\s*[A-Z][A-Z .]*\s\d{8}\s+\d{3}(?:\.\d)?\s+OF\s+\d{3}\s*$")
_DASHES = re.compile(r"^\s*[-= ]{4,}\s*$")

SYNTHETIC_APPENDIX = """© Scoop Media

World Headlines


Harbour Board: Ferry Timetable Changes Over Summer

The regional harbour board has announced a revised ferry timetable for the summer months, with two
extra evening sailings on weekdays and a later last departure on Fridays ... More>>

Weather Service: Heavy Rain Warning For Northern Districts

Forecasters expect up to 120 millimetres of rain in the northern districts over the next two days,
and advise drivers to take care on hill roads ... More>>

Focus On: Community Libraries

Library Week: Reading Programme Reaches Rural Schools

A mobile reading programme now visits forty rural schools each term, lending books and running
storytelling sessions for younger pupils ... More>>
"""


def subject_of(body: str) -> str:
    lines = body.split("\n")
    for index, line in enumerate(lines):
        match = _SUBJECT.match(line)
        if match:
            parts = [match.group(1).strip()]
            for follow in lines[index + 1 : index + 3]:
                if not follow.strip() or re.match(r"^\s*(?:REF|Classified|\d+\.)", follow, re.IGNORECASE):
                    break
                parts.append(follow.strip())
            return " ".join(p for p in parts if p)
    return ""


def _rewrap(block: list[str]) -> list[str]:
    if all(_DASHES.match(line) or _PAGE_MARKER.match(line) for line in block):
        return [line.strip() for line in block]
    if max(len(line) for line in block) > 90:
        # Unwrapped source (one paragraph per line): each line is wrapped on its own.
        return [wrapped for line in block for wrapped in (textwrap.wrap(line.strip(), 60) or [""])]
    out: list[str] = []
    prose: list[str] = []
    for line in block:
        if _DASHES.match(line) or _PAGE_MARKER.match(line):
            if prose:
                out.extend(textwrap.wrap(" ".join(prose), 60) or [""])
                prose = []
            out.append(line.strip())
        else:
            prose.append(line.strip())
    if prose:
        out.extend(textwrap.wrap(" ".join(prose), 60) or [""])
    return out


@functools.cache
def to_scoop(header: str, body: str) -> str:
    """The Scoop page Scoop Media would have printed for this cable (kept per cable: two forms
    start from it, and rewrapping every page costs some 1.5 CPU-seconds)."""
    title = "Cablegate: " + subject_of(body).title()
    routing = [m.group(0).strip() for m in (_DE.search(header), _DTG.search(header)) if m]
    lines = body.split("\n")
    start = next((i for i, line in enumerate(lines) if _EO.match(line)), 0)
    kept: list[str] = []
    skip_subject = False
    in_header = True
    for line in lines[start:]:
        in_header = in_header and not _FIRST_PARAGRAPH.match(line)
        if _SUBJECT.match(line):
            skip_subject = True
            continue
        if skip_subject:
            if line.strip() and not re.match(r"^\s*(?:REF|Classified|\d+\.)", line, re.IGNORECASE):
                continue
            skip_subject = False
        if _BANNER.match(line) or _DROP.match(line) or (in_header and _ADDRESS.match(line)):
            continue
        kept.append(line.rstrip())
    blocks: list[list[str]] = [[]]
    for line in kept:
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    text_blocks = ["\n".join(_rewrap(block)) for block in blocks if block]
    return "\n\n".join([title, "\n".join(routing), "\n", *text_blocks]) + "\n\n" + SYNTHETIC_APPENDIX
