"""The telegram's header fields: banner, addressees, E.O. line, TAGS, SUBJECT, Classified By
(REF: ``references``; the TAGS list: ``tags``; an official's name and title: ``officials``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from cablescope.parse.fuzzy import edit_distance
from cablescope.parse.lines import LineRegex
from cablescope.parse.officials import split_name_title
from cablescope.parse.refids import station_name
from cablescope.parse.stations import MAX_NAME_WORDS as MAX_POST_WORDS
from cablescope.parse.stations import POST_PREFIXES, SPECIAL_ORIGINS, STATION_NAMES
from cablescope.parse.tags import parse_tags, tags_lines

_LETTERS = {
    "TS": r"T\s?O\s?P\s+S\s?E\s?C\s?R\s?E\s?T",
    # "SS E C R E T": a doubled first letter is a known typing slip in banners.
    "S": r"S?S\s?E\s?C\s?R\s?E\s?T",
    "C": r"C\s?O\s?N\s?F\s?I\s?D\s?E\s?N\s?T\s?I\s?A\s?L",
    # "U n c l a s s i f i e d": partial extracts space out and lower-case every banner.
    # "UUNCLAS": a doubled first letter, as in "SS E C R E T".
    "U": r"U?UNCLAS(?:SIFIED)?|U\sN\sC\sL\sA\sS(?:\sS\sI\sF\sI\sE\sD)?",
    "SBU": r"LIMITED\s+OFFICIAL\s+USE",
}
BANNER_RE = LineRegex(
    r"^[ \t]*(?:(?P<TS>"
    + _LETTERS["TS"]
    + r")|(?P<S>"
    + _LETTERS["S"]
    + r")|(?P<C>"
    + _LETTERS["C"]
    + r")|(?P<U>"
    + _LETTERS["U"]
    + r")|(?P<SBU>"
    + _LETTERS["SBU"]
    + r"))(?![A-Za-z])(?P<rest>[^\n]*)$",
    re.IGNORECASE,
)
_SECTION_RE = re.compile(r"\bSECTION\s+(\d{1,3})\s+OF\s+(\d{1,3})\b", re.IGNORECASE)
_CITY_SERIAL_RE = re.compile(
    r"(?:^|\s)(?P<city>[A-Za-z][A-Za-z.'\-]*(?:\s[A-Za-z][A-Za-z.'\-]*){0,3})\s+(?P<serial>\d{1,7})\s*$"
)
_CAVEAT_TOKEN_RE = re.compile(
    r"NOFORN|NOFORNDIS|SENSITIVE|E\s?F\s?T\s?O|SIPDIS|EXDIS|NODIS|LIMDIS|STADIS|ORCON|FOUO"
)
# What a banner line may hold besides a station and its serial: separators and caveats.
_NOT_STATION_RE = re.compile(r"[\s/,.\-]|" + _CAVEAT_TOKEN_RE.pattern)

# Lines between banner and E.O. that carry dissemination controls ("NOFORN", "SENSITIVE").
CONTROL_LINE_RE = LineRegex(
    r"^[ \t]*(?:(?:SECRET|CONFIDENTIAL)[ \t]+)?"
    r"(?P<words>(?:(?:NOFORN|NOFORNDIS|SENSITIVE|SIPDIS|EXDIS|NODIS|LIMDIS|"
    r"STADIS|ORCON|E[ \t]?F[ \t]?T[ \t]?O)\b[ ,;./]*)+)(?:NOT FOR INTERNET DISTRIBUTION)?[ \t.]*$",
)
ZNY_RE = LineRegex(r"^[ \t]*ZNY[ \t]+(?P<code>[A-Z])(?P=code){4}\b")
ZNY_LEVELS: dict[str, str] = {"U": "U", "E": "SBU", "C": "C", "S": "S", "T": "TS"}

EO_RE = LineRegex(
    r"^[ \t]*(?:1\.[ \t]*\(U\)[ \t]*)?(?:E\.[ \t]?[O0]\.?|EO(?=[ \t]*\d{5}))"
    r"[ \t]*(?P<order>\d{5})?[ \t]*[:;,]?[ \t]*"
    # "E.O. 12958:" with its "DECL: ..." wrapped onto the next line.
    r"(?P<rest>[^\n]*(?:(?<=[:;,])[ \t]*|(?<=\d{5})[ \t]*)(?:\n[ \t]*DECL[^\n]*)?|[^\n]*)$",
    re.IGNORECASE,
)
_DECL_RE = re.compile(r"DECL(?:ASSIFY)?(?:\s+ON)?\s*[:.]?\s*(?P<value>.*)$", re.IGNORECASE)
_DATE_FORMS = (
    re.compile(r"^(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})\b"),
    re.compile(r"^(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})\b"),
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    re.compile(r"^(?P<m>\d{1,2})[-.](?P<d>\d{1,2})[-.](?P<y>\d{4})\b"),
    re.compile(r"^(?P<d>\d{1,2})[ \-](?P<mon>[A-Za-z]{3,9})\.?[ \-,]+(?P<y>\d{4}|\d{2})\b"),
    re.compile(r"^(?P<mon>[A-Za-z]{3,9})\.?[ \t]+(?P<d>\d{1,2}),?[ \t]+(?P<y>\d{4})\b"),
)
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
TAGS_RE = LineRegex(r"^[ \t]*TAGS?(?:[ \t]*:[ \t]*|[ \t]+)(?P<tags>[^\n]*)$", re.IGNORECASE)
SUBJECT_RE = LineRegex(r"^[ \t]*SUBJ(?:ECT)?[ \t]*:[ \t]*(?P<subject>[^\n]*)$", re.IGNORECASE)
CLASSIFIED_BY_RE = LineRegex(
    r"^[ \t]*(?:\d{1,2}\.[ \t]*)?(?:\([A-Z/]+\)[ \t]*)?"
    r"(?:CLASSIFIED[ \t]+BY[ \t]*:?|(?P<derived>DERIVED[ \t]+FROM[ \t]*:))[ \t]*",
    re.IGNORECASE,
)
# "REF: LJUBLJANA 20 Classified By: DCM Robert Silverman ...": the line run on after another field.
# "... and MANAGEMENT (GSO and IT).  Classified by S/CT DAS, ...": after a sentence, without a colon.
# "1. (C) ENTIRE TEXT. CLASSIFIED BY AMBASSADOR ...": old telegrams name the authority in paragraph 1.
INLINE_CLASSIFIED_BY_RE = re.compile(
    r"(?<=[ \t])(?i:CLASSIFIED[ \t]+BY)[ \t]*:[ \t]*"
    r"|(?<=[.)])[ \t]+(?:Classified[ \t]+by|CLASSIFIED[ \t]+BY)[ \t]+"
)
_PARAGRAPH_ONE_OPENING_RE = re.compile(
    r"[ \t]*1[ \t]?\.[ \t]*(?:\([A-Z/ ]{1,12}\)[ \t]*)?(?:(?:TOP SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED)"
    r"(?:[ \t]*[-/][ \t]*NOFORN)?[ \t]*-*[ \t]*)?(?:ENTIRE[ \t]+TEXT)?[ \t]*[.:]?",
    re.IGNORECASE,
)


def opens_paragraph_one(text: str, match: re.Match[str], first_para: int) -> bool:
    """Whether a "Classified by" found at ``match`` follows only paragraph 1's number and marking."""
    return (
        first_para <= match.start()
        and _PARAGRAPH_ONE_OPENING_RE.fullmatch(text, first_para, match.start()) is not None
    )


FM_RE = LineRegex(r"^[ \t]*FM[ \t]+(?P<from>[^\n]+)$")
TO_RE = LineRegex(r"^[ \t]*TO[ \t]+(?P<first>[^\n]*)$")
INFO_RE = LineRegex(r"^[ \t]*INFO[ \t]+(?P<first>[^\n]*)$")
_ADDRESSEE_END_RE = re.compile(
    r"^[ \t]*(?:INFO\b|BT\b|ZEN\b|E\.?\s?O\.?|UNCLAS|SECRET|CONFIDENTIAL|C O N|S E C|$)"
)
# The precedence and the serial after an addressee ("SECSTATE WASHDC PRIORITY 5530"), on a stripped
# line. Both parts optional would make the engine try the whole pattern at every character;
# spelt as two alternatives that open on white space, it is twice as fast.
_ADDRESSEE_TAIL_RE = re.compile(
    r"(?:\s+(?:FLASH|NIACT IMMEDIATE|IMMEDIATE|PRIORITY|ROUTINE)(?:\s+\d{1,5})?|\s+\d{1,5})\s*$"
)
_TAIL_ENDS = ("FLASH", "IMMEDIATE", "PRIORITY", "ROUTINE")
_PAGE_HEADER_RE = re.compile(r"^[ \t]*PAGE[ \t]+\d+\b")
_RI_PREFIX_RE = re.compile(r"^[A-Z]{4,7}/")


@dataclass
class Banner:
    level: str
    controls: list[str]
    station: str | None
    serial: int | None
    section: int | None
    start: int
    end: int


@dataclass
class ClassifiedBy:
    name: str | None
    title: str | None
    reasons: list[str]
    start: int
    end: int


@dataclass
class Addressing:
    origin_line: str | None = None
    recipients: list[str] = field(default_factory=list)
    info_recipients: list[str] = field(default_factory=list)


def find_banner(text: str, start: int, end: int) -> Banner | None:
    """The first classification banner ("C O N F I D E N T I A L SECTION 01 OF 02 PARIS 002069")."""
    first: Banner | None = None
    for match in BANNER_RE.finditer(text, start, end):
        level = next(name for name in ("TS", "S", "C", "U", "SBU") if match.group(name))
        if not match.group(level).isupper() and not match.group("rest").strip():
            continue  # a lone "Secret" or "Confidential" word
        rest = match.group("rest")
        if len(rest) > 120:
            continue
        section = _SECTION_RE.search(rest)
        tail = rest[section.end() :] if section else rest
        city_serial = _CITY_SERIAL_RE.search(tail)
        controls = [" ".join(c.split()).replace(" ", "") for c in _CAVEAT_TOKEN_RE.findall(rest)]
        leftover = tail[: city_serial.start()] if city_serial else tail
        if city_serial is None and _NOT_STATION_RE.sub("", leftover):
            # A sentence that merely begins with a classification word.
            continue
        banner = Banner(
            level=level,
            controls=controls,
            station=city_serial.group("city") if city_serial else None,
            serial=int(city_serial.group("serial")) if city_serial else None,
            section=int(section.group(1)) if section else None,
            start=match.start(),
            end=match.end(),
        )
        if banner.station and not (banner.station.isupper() or station_name(banner.station) in STATION_NAMES):
            continue
        if banner.station and not _CAVEAT_TOKEN_RE.fullmatch(banner.station.replace(" ", "").upper()):
            return banner if first is None else _merge(first, banner)
        if first is None:
            first = banner
    return first


def _merge(first: Banner, with_station: Banner) -> Banner:
    # A bare "CONFIDENTIAL" line can precede the real banner (cable-viewer exports do this).
    first.station, first.serial, first.section = (
        with_station.station,
        with_station.serial,
        with_station.section,
    )
    first.controls = first.controls + [c for c in with_station.controls if c not in first.controls]
    first.end = with_station.end
    return first


# "DNG: CO 01/26/2021": downgrade (here to CONFIDENTIAL) on that date, the instruction's only date.
_DOWNGRADE_RE = re.compile(r"^DNG\s*:?\s*(?:[A-Z]{1,3}\s+)?", re.IGNORECASE)


def parse_declassify(raw: str) -> date | None:
    """The date of "10/22/2034", "1/29/2019", "2020/02/02", "DNG: CO 01/26/2021"; None for "N/A",
    "OADR", "X1"."""
    value = _DOWNGRADE_RE.sub("", raw.strip())
    for form in _DATE_FORMS:
        match = form.match(value)
        if match:
            year = int(match.group("y"))
            if year < 100:
                year += 2000 if year < 50 else 1900
            fields = match.groupdict()
            month_name = (fields.get("mon") or "")[:3].upper()
            if fields.get("mon") is not None and month_name not in _MONTHS:
                continue
            month = _MONTHS.index(month_name) + 1 if month_name else int(fields["m"])
            try:
                return date(year, month, int(match.group("d")))
            except ValueError:
                return None
    return None


def declassify_raw(eo_rest: str) -> str | None:
    """What the E.O. line says about declassification, as written."""
    rest = eo_rest.strip().rstrip(".").strip()
    decl = _DECL_RE.search(rest)
    if decl:
        value = decl.group("value").strip().rstrip(".").strip()
        return value or None
    return rest or None


def tags_span(text: str, match: re.Match[str], limit: int) -> tuple[list[str], int]:
    """The tags of the TAGS block at ``match`` (its continuation lines too) and where the block ends."""
    first = _SUBJECT_ON_TAGS_LINE_RE.split(match.group("tags"), maxsplit=1)[0]
    more, end = tags_lines(text, match.end(), limit) if first == match.group("tags") else ("", match.end())
    return parse_tags(f"{first} {more}" if more else first), end


# "TAGS: PREL, PGOV SUBJECT: ...": the subject run onto the TAGS line.
_SUBJECT_ON_TAGS_LINE_RE = re.compile(r"\s+SUBJ(?:ECT)?\s*:", re.IGNORECASE)


def following_lines(
    text: str, pos: int, limit: int, stop: re.Pattern[str] | None = None
) -> tuple[list[str], int]:
    """Non-blank lines that continue a field starting at ``pos`` (the end of its first line)."""
    lines: list[str] = []
    end = pos
    while len(lines) < limit and end < len(text):
        nl = text.find("\n", end + 1)
        line_end = len(text) if nl == -1 else nl
        line = text[end + 1 : line_end]
        if not line.strip() or (stop is not None and stop.match(line)):
            break
        lines.append(line)
        end = line_end
    return lines, end


_SUBJECT_STOP_RE = re.compile(
    r"^[ \t]*(?:(?i:REF(?:S|TELS?|ERENCES?)?\b|CLASSIFIED\b|DERIVED\b|TAGS?\b|E\.?\s?O\.?\s|SUMMARY\b"
    r"|SIPDIS\b)"
    r"|\d{1,3}\s*\.|[A-Z][A-Z.'\-]*(?:[ \t][A-Z][A-Z.'\-]*){0,3}\s\d{8}\s+\d{3}|-{5,}|\(?[A-Z]\)?\.\s)"
)
# A page marker at the end of a subject's line ("... TO WASHINGTON BRASILIA 00000351 001.2 OF 003").
_TRAILING_PAGE_MARK_RE = re.compile(r"\s\d{8}\s+\d{3}(?:\.\d)?\s+OF\s+\d{3}\s*$")
MAX_SUBJECT_LINES = 6

# "SUBJECT: ... COMES UP FAST REF: RIO DE JANEIRO 32", "... AS UK PRIMEREF: A. LONDON 1939", "... LULA
# CLASSIFIED BY: ...": a REF block or the Classified By line run onto the subject line.
_INLINE_REF_RE = re.compile(
    r"\sREF(?:S|TELS?)?:|\sREF(?:S|TELS?)?[ \t]+(?=\(?[A-Z][.)][ \t])"
    r"|(?<=[A-Z])REF(?:S|TELS?)?:(?=\s*(?:\(?[A-Z][.)]\s|\d{2}\s|[A-Z][A-Z ]+\d))"
    r"|\s(?i:CLASSIFIED\s+BY)\s*:"
)


def _without_page_mark(line: str) -> str:
    """``line`` without a page marker at its end: the post's name (one to four words) and the numbers."""
    mark = _TRAILING_PAGE_MARK_RE.search(line)
    if mark is None:
        return line
    words = line[: mark.start()].split()
    for count in range(1, min(MAX_POST_WORDS, len(words)) + 1):
        if station_name(" ".join(words[-count:])) in STATION_NAMES:
            return " ".join(words[:-count])
    return " ".join(words[:-1])


def subject_span(text: str, match: re.Match[str]) -> tuple[str, int]:
    """The subject over its lines (a REF or Classified By run onto it cut off) and where it ends."""
    lines = [match.group("subject")]
    end = match.end()
    # A page marker run onto a line ends the subject there: the page broke after it.
    while len(lines) < MAX_SUBJECT_LINES and not _TRAILING_PAGE_MARK_RE.search(lines[-1]):
        more, new_end = following_lines(text, end, 1, _SUBJECT_STOP_RE)
        if not more:
            break
        lines.append(more[0])
        end = new_end
    subject = " ".join(" ".join(_without_page_mark(line) for line in lines).split())
    inline_ref = (
        _INLINE_REF_RE.search(subject) if "REF" in subject or "LASSIFIED" in subject.upper() else None
    )
    if inline_ref:
        subject = subject[: inline_ref.start()].rstrip()
    return subject, end


_REASON_START_RE = re.compile(
    r"(?:\b(?:f\s?o\s?r|by)\s+)?\br\s?e\s?a\s?s\s?o?\s?n?\s?s?\b|\bE\.?\s?O\.?\s*12958\b|\b1\s?[.:]\s?[45]\b|\bsection\s+1\.",
    re.IGNORECASE,
)
# "1.4", "1. 4", "1:4", "1/4", and "14 (b)" where the point was lost.
_REASON_NUMBER_RE = re.compile(r"1\s?[.:/]\s?([45])|\b1([45])(?=\s*\(?[a-hA-H]\b)")
_REASON_LETTER_RE = re.compile(r"(?<![A-Za-z])([a-hA-H])(?![A-Za-z])")


def parse_reasons(text: str) -> list[str]:
    """ "Reasons 1.4 (b/d)" -> ["1.4(b)", "1.4(d)"]; also "1.5 (B) AND (D)", "1.4 (B), (D)", "1.4 b,d"."""
    reasons: list[str] = []
    numbers = list(_REASON_NUMBER_RE.finditer(text))
    for index, number in enumerate(numbers):
        stop = numbers[index + 1].start() if index + 1 < len(numbers) else len(text)
        section = f"1.{number.group(1) or number.group(2)}"
        letters = _REASON_LETTER_RE.findall(text[number.end() : stop])
        if not letters and f"{section}" not in reasons:
            reasons.append(section)
        for letter in letters:
            reason = f"{section}({letter.lower()})"
            if reason not in reasons:
                reasons.append(reason)
    return reasons


_INLINE_PARAGRAPH_RE = re.compile(r"\s\d{1,2}\s?\.\s?\([A-Za-z/ ]{1,12}\)\s")
_CLASSIFIED_BY_STOP_RE = re.compile(
    r"^[ \t]*(?:\d{1,3}\s*\.\s|\d{1,3}\.\(|SUMMARY|Summary|REF\b|[A-Z ]+\d{8}\s+\d{3}\b)"
)
_REASONS_DONE_RE = re.compile(r"1\s?\.\s?[45].*?(?<![A-Za-z])[a-hA-H](?![A-Za-z])\s*\)?\s*[.]?\s*$")
# A line that carries on a reasons list: "and (d).", "(c), and (d)", "& d".
_CONTINUED_RE = re.compile(r"^[ \t]*(?:and\b|&|,|\(?[a-hA-H]\)[ ,.]|\(?[a-hA-H]\)?\s*$|[).])", re.IGNORECASE)
_CLOSING_LINE_RE = re.compile(r"\n[ \t]*([).]{1,3})[ \t]*(?=\n|$)")
# A block that stops mid-list or mid-word ("(b) a" of "(b) a|nd (d)") goes on to the next line.
_DANGLING_RE = re.compile(
    r"(?:\band|&|,|\bor|\bfor|\breasons?:?|\(|1\s?\.\s?[45]?|\)\s+[a-z]{1,2})\s*$", re.IGNORECASE
)


# A line that goes on with the rest of a word cut at the line's end: lower-case letters, then a
# space or a stop ("od for reasons", "ns 1.4 b and d"); the common short words are whole words.
_WORD_CUT_RE = re.compile(r"[ \t]*[a-z]{2,5}(?=[\s.,;:]|$)")
_WHOLE_LAST_WORD_RE = re.compile(r"(?:\b(?:and|or|for|of|by|per|the|reasons?)|\b[A-Za-z])\s*$", re.IGNORECASE)
_WORD_START_RE = re.compile(r"[ \t]*(?:for|and|or|by|per|of|in|on|the|a|an|as|at|to|reasons?|under|with)\b")
# A page break inside the block: the page marker line ("PARIS 00001234 001.2 OF 003") or a printout's
# page header ("PAGE 02 STATE 012345 120000Z"), and the blank lines around it.
_PAGE_BREAK_RE = re.compile(
    r"(?:\n[ \t]*)+(?:[A-Z][A-Z .'\-]*\s\d{8}\s+\d{3}(?:\.\d)?\s+OF\s+\d{3}"
    r"|PAGE\s+\d{1,3}\s+[A-Z][A-Z .'\-]*?\s+\d{3,7}\s+\d{6}Z)[ \t]*(?=\n)(?:\n[ \t]*(?=\n))*"
)
# "for reaons 1.4", "Reasosn: 1.4", "REASONSL 1.4": a slip in "reasons" before the numbers.
_REASON_WORD_RE = re.compile(r"(?:\b(?:for|by)\s+)?\b([Rr][A-Za-z]{3,7})\s*[:.,]?\s*(?=1\s?[.:]\s?[45]|\()")


def _rejoins_word(block: str, line: str) -> bool:
    """ "(b) a" and "nd (d)": the halves of a word the reasons use."""
    last = block.rstrip().rsplit(None, 1)[-1]
    return f"{last}{line.split()[0]}".lower().strip(".,;:") in ("and", "reason", "reasons")


def _reasons_done(block: str) -> bool:
    return _REASONS_DONE_RE.search(block) is not None and _DANGLING_RE.search(block) is None


def _past_page_break(text: str, end: int) -> int:
    """``end`` moved past a page break that follows it, so that the block goes on after the break."""
    found = _PAGE_BREAK_RE.match(text, end)
    return found.end() if found else end


def _misspelt_reasons(block: str, end: int) -> re.Match[str] | None:
    for found in _REASON_WORD_RE.finditer(block, 0, end + 12):
        if _is_reasons_word(found.group(1).upper()):
            return found
    return None


@lru_cache(maxsize=1024)
def _is_reasons_word(word: str) -> bool:
    return min(edit_distance(word, "REASONS", 3), edit_distance(word, "REASON", 3)) <= 2


_CLASSIFIED_BY_WORDS_RE = re.compile(r"^(?:\s*Classified\s+By\s*:?)+", re.IGNORECASE)


def classified_by(text: str, match: re.Match[str]) -> ClassifiedBy:
    """The "Classified By:" block: who classified the cable, and under which reasons."""
    line_end = text.find("\n", match.end())
    line_end = len(text) if line_end == -1 else line_end
    inline = _INLINE_PARAGRAPH_RE.search(text, match.end(), line_end)
    if inline:
        # Flattened extracts run paragraph 1 on the same line: the block stops before it.
        line_end = inline.start() + 1
    block = text[match.end() : line_end]
    end = line_end
    for _ in range(0 if inline else 3):
        # A page break between the name and the reasons: the block goes on after it.
        after_break = _past_page_break(text, end)
        if after_break != end and not _reasons_done(block):
            end = after_break
        more, new_end = following_lines(text, end, 1, _CLASSIFIED_BY_STOP_RE)
        if not more:
            break
        if _reasons_done(block) and not _CONTINUED_RE.match(more[0]):
            break
        # A line cut mid-word ("Andrew Youngblo" / "od for reasons"): the halves join without a space.
        split_word = _WORD_CUT_RE.match(more[0])
        joined = (
            split_word is not None
            and block.rstrip()[-1:].isalpha()
            and not _WORD_START_RE.match(more[0])
            and (not _WHOLE_LAST_WORD_RE.search(block) or _rejoins_word(block, more[0]))
        )
        block = f"{block.rstrip()}{more[0].lstrip()}" if joined else f"{block} {more[0]}"
        end = new_end
    closing = _CLOSING_LINE_RE.match(text, end)
    if closing:
        # "(b/d" with its ")." wrapped onto the next line.
        block = f"{block}{closing.group(1)}"
        end = closing.end()
    block = _CLASSIFIED_BY_WORDS_RE.sub("", " ".join(block[:600].split()))
    reason_start = _REASON_START_RE.search(block)
    if reason_start is None or not reason_start.group()[:1].isalpha():
        # Only the numbers were found ("1.4"): a misspelt "reasons" may stand before them.
        misspelt = _misspelt_reasons(block, reason_start.start() if reason_start else len(block))
        reason_start = misspelt or reason_start
    who = block[: reason_start.start()] if reason_start else block
    if match.groupdict().get("derived"):
        who = f"Derived from {who.strip()}"
    reasons = parse_reasons(block[reason_start.start() :]) if reason_start else []
    name, title = split_name_title(who)
    return ClassifiedBy(name=name, title=title, reasons=reasons, start=match.start(), end=end)


_PLACE_RE = re.compile(r"[A-Z .'\-]+")


def origin_from_line(line: str) -> str | None:
    """WikiLeaks' origin name for an FM line: "AMEMBASSY PARIS" -> "Embassy Paris"."""
    line = " ".join(_without_tail(_RI_PREFIX_RE.sub("", line.strip().upper())).split())
    if line in SPECIAL_ORIGINS:
        return SPECIAL_ORIGINS[line]
    prefix, _, place = line.partition(" ")
    post = POST_PREFIXES.get(prefix)
    if post and place and _PLACE_RE.fullmatch(place):
        return f"{post} {place.title()}"
    return None


# Reference-id station names of FM lines that are not "AMEMBASSY <CITY>".
_FM_STATIONS: dict[str, str] = {
    "SECSTATE WASHDC": "STATE",
    "SECSTATE": "STATE",
    "USMISSION USNATO": "USNATO",
    "USEU BRUSSELS": "BRUSSELS",
    "USINT HAVANA": "HAVANA",
    "IRAN RPO DUBAI": "RPODUBAI",
    "RPO DUBAI": "RPODUBAI",
    "USMISSION USUN NEW YORK": "USUNNEWYORK",
    "USMISSION UNVIE VIENNA": "UNVIEVIENNA",
}


def station_of_line(line: str) -> str | None:
    """The reference-id station name of an FM line: "AMEMBASSY LA PAZ" -> "LAPAZ"."""
    line = " ".join(_without_tail(_RI_PREFIX_RE.sub("", line.strip().upper())).split())
    if line in _FM_STATIONS:
        return _FM_STATIONS[line]
    prefix, _, place = line.partition(" ")
    if prefix in POST_PREFIXES and place:
        return station_name(place)
    return None


def _without_tail(line: str) -> str:
    """``_ADDRESSEE_TAIL_RE.sub("", line)`` for a stripped line: the tail ends with a digit or a
    precedence word, so a line that ends otherwise (most addressees) is kept without the pattern."""
    return _ADDRESSEE_TAIL_RE.sub("", line) if line[-1:].isdigit() or line.endswith(_TAIL_ENDS) else line


def _addressee(line: str) -> str | None:
    if _PAGE_HEADER_RE.match(line):
        return None  # "PAGE 02  STATE 015113 182333Z": a printout's page header
    name = _without_tail(_RI_PREFIX_RE.sub("", line.strip()))
    name = " ".join(name.split())
    return name or None


def addressing(text: str, start: int, end: int) -> Addressing:
    """FM, TO and INFO lines of the telegram header."""
    result = Addressing()
    fm = FM_RE.search(text, start, end)
    if fm:
        result.origin_line = fm.group("from").strip()
        # Addressees follow the FM line; an "INFO LOG-00 ..." block above it is the
        # Department's internal distribution, not the telegram's addressees.
        start = fm.end()
    for regex, target in ((TO_RE, result.recipients), (INFO_RE, result.info_recipients)):
        found = regex.search(text, start, end)
        if not found:
            continue
        first = _addressee(found.group("first"))
        if first:
            target.append(first)
        pos = found.end()
        while pos < end:
            nl = text.find("\n", pos + 1)
            line_end = end if nl == -1 or nl > end else nl
            line = text[pos + 1 : line_end]
            if _ADDRESSEE_END_RE.match(line) or len(line) > 100:
                break
            name = _addressee(line)
            if name:
                target.append(name)
            pos = line_end
    return result
