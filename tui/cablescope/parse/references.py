"""The REF block grammar: what a cable cites, item by item.

A cable names the messages it answers or follows up in a block under its subject line::

    REF: A. 07 BEIJING 7197
         B. STATE 1234 (NOTAL)
         C. PARKER/PETTIT E-MAIL 1/4/07

Items are lettered (``A.``, ``A)``, ``(A)``, ``A:``, doubled as ``A. (A)``), numbered
(``(1)``), run on (``REF: A) BEIJING 123 B) 08 STATE 456``), or simply listed
(``BELGRADE 19; STATE 9661``). A cited cable is a station and a serial (or several:
``LIMA 1234 AND 1240``) with an optional year: before it (``07``, ``2007``, glued as
``07BEIJING``, in parentheses, joined by dashes), or after the serial in parentheses; without
one the year is the citing cable's. An ``O`` typed for a zero is read as one. Station names
are looked up in the posts table (``posts.py``: spellings, abbreviations, prefixes such as
``EMBASSY``, one slip of the keyboard: ``SANTIAG0``, ``ISLAMBAD``). A printout's page header
inside the block is not a citation. Items that cite no cable (emails, meetings, intelligence
reports, letters) are kept as text with their kind.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel

from cablescope.parse.lines import LineRegex
from cablescope.parse.posts import POSTS
from cablescope.parse.refids import make_reference_id
from cablescope.parse.stations import MAX_NAME_WORDS, station_id

Kind = Literal["cable", "email", "meeting", "iir", "other"]


class Reference(BaseModel):
    """One item of a REF block."""

    label: str | None = None
    """The item's letter or number as written ("A", "2"); ``None`` for an unlabelled list."""
    raw: str
    """The item's text, whitespace collapsed."""
    reference_id: str | None = None
    """Canonical id of the cited cable (``07BEIJING7197``); ``None`` for non-cable items."""
    kind: Kind


# --- finding the block ------------------------------------------------------------------

# "REF:", "REFS:", "Ref(s):", "REFTEL:", "REFERENCES:", "REF.", "REF:09 Paris", and "REF A <item>" lines.
_BLOCK_START = LineRegex(
    r"^[ \t¶]*(?:(?i:REF(?:\(S\)|S|TELS?|ERENCES?)?)[ \t]*:|(?i:REFS?)\."
    r"|REF(?:S|TELS?)?[ \t]+(?=\(?[A-Z][.):]?[ \t]))[ \t]*",
)
_REPEATED_REF = LineRegex(r"^[ \t]*REF(?:S|TELS?)?[ \t]+(?=\(?[A-Z][.):]?[ \t])")
_BLOCK_END_LINE = re.compile(
    r"^\s*(?:Classified\b|CLASSIFIED\b|Derived\b|DERIVED\b|¶\s*\d|\d{1,2}\.\s|\(\w{1,4}\)\s+\w"
    r"|SUMMARY\b|Summary\b|SUBJECT\b|E\.\s?O\.\s|TAGS\b|-{3,}|_{3,}|={3,}|BEGIN SUMMARY|SIPDIS\b)"
)
_CUT = re.compile(r"\b(?:classified\s+by|derived\s+from)\b.*", re.DOTALL | re.IGNORECASE)
# A REF block run onto the subject line: "SUBJECT: ... AMBASSADOR FORD REF: OFFICIAL BIOS".
# "... AS UK PRIMEREF: A. LONDON 1939": glued to the subject's last word, when a REF item follows.
_INLINE_START = re.compile(r"REF(?:S|TELS?)?(?P<colon>:)?[ \t]*")
_INLINE_ITEM_AHEAD = re.compile(r"\(?[A-Z][.)][ \t]")
_INLINE_YEAR_AHEAD = re.compile(r"\d{2}[ \t]")
# A page header inserted where a long telegram was split: "BRASILIA 00000034 001.2 OF 005".
_PAGE_MARK = re.compile(r"[A-Z][A-Z ]*\s\d{8}\s+\d{3}(?:\.\d+)?\s+OF\s+\d{3}")
# A printout's page header ("PAGE 02 TEHRAN 02069 041200Z"): the page's telegram, not a citation.
_PRINTOUT_PAGE = re.compile(r"\bPAGE\s+\d{1,3}\s+[A-Z][A-Z ]*?\s+\d{3,7}\s+\d{6}Z\b")
_LAST_WORD = re.compile(r"([A-Za-z]+)\s*$")
_LONE_SERIAL = re.compile(r"\s*\d{1,7}\s*")
_WORD = re.compile(r"[A-Za-z0-9']+")
_WORD_PART = re.compile(r"\d+|[A-Za-z']+")
_NAME_PUNCTUATION = re.compile(r"(?<=[A-Za-z])[-.](?=[A-Za-z ])")
_DATE_OR_DECIMAL = re.compile(r"[/.:]\d")
_SERIAL_PAIR = re.compile(r"\d{3,7}/\d{3,7}\b")
_LEADING_REF = re.compile(r"^\s*REF(?:\(S\)|S|TELS?)?\s*[:.]?\s+(?=\(?[A-Z][.)])", re.IGNORECASE)
_LABEL_ANY = re.compile(r"(?:^|(?<=[\s;,]))\(?([A-Za-z])[.):](?=\s|\(|[A-Za-z])")


def find_ref_block(text: str, start: int = 0, end: int | None = None) -> tuple[str, int] | None:
    """The REF block in ``text[start:end]``: its lines joined by newlines without "REF:", and where it ends.

    A header may carry an empty "Ref: None" (a cable-viewer summary above the telegram) before
    the telegram's own block: the first block that says something is the one.
    """
    end = len(text) if end is None else end
    region = text[start:end]
    starts = [*_BLOCK_START.finditer(region)] or _inline_starts(region)
    for found in starts:
        block = _block_from(region[found.end() :])
        if block is not None and not _EMPTY_ITEM.match(block[0]):
            return block[0], start + found.end() + block[1]
    return None


def _inline_starts(region: str) -> list[re.Match[str]]:
    """ "REF:" after a space, "REF A." after a space, or "REF: A." glued to a word ("PRIMEREF: A.")."""
    starts = []
    for found in _INLINE_START.finditer(region):
        before = region[found.start() - 1 : found.start()]
        colon = found.group("colon") is not None
        item_ahead = _INLINE_ITEM_AHEAD.match(region, found.end()) is not None
        after_space = before.isspace() and (colon or item_ahead)
        glued = (
            before.isupper()
            and colon
            and (item_ahead or _INLINE_YEAR_AHEAD.match(region, found.end()) is not None)
        )
        if after_space or glued:
            starts.append(found)
    return starts


def _block_from(rest: str) -> tuple[str, int] | None:
    """The block at the start of ``rest`` and how many characters of ``rest`` its lines take."""
    lines = rest.split("\n")
    kept = [lines[0]]
    consumed = len(lines[0])
    index = 1
    position = consumed + 1
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            following = next((candidate for candidate in lines[index + 1 :] if candidate.strip()), "")
            if not _continues_after_gap("\n".join(kept), following):
                break
            index += 1
            position += len(line) + 1
            continue
        if _BLOCK_END_LINE.match(line) and not _starts_with_next_label("\n".join(kept), line):
            break
        kept.append(line)
        consumed = position + len(line)
        position += len(line) + 1
        index += 1
    joined = "\n".join(kept)
    cut = _CUT.search(joined)
    if cut:
        joined = joined[: cut.start()]
    block = joined.strip()
    return (block, min(consumed, len(rest))) if block else None


def _next_label(block: str) -> str:
    """The letter the block's next item would have: after A, B, C in order (a stray "(S)" does not count)."""
    expected = "A"
    for match in _LABEL_ANY.finditer(block):
        if match.group(1).upper() == expected:
            expected = chr(ord(expected) + 1)
    return expected


@lru_cache(maxsize=64)
def _next_label_start(label: str) -> re.Pattern[str]:
    return re.compile(rf"\(?{re.escape(label)}[.):]?\s", re.IGNORECASE)


def _starts_with_next_label(block: str, line: str) -> bool:
    stripped = _REPEATED_REF.sub("", line.lstrip(" \t¶"))
    expected = _next_label(block)
    return _next_label_start(expected).match(stripped) is not None


def _continues_after_gap(block: str, following: str) -> bool:
    """A blank line ends the block unless the next item (or a serial cut off by the gap) follows."""
    if _starts_with_next_label(block, following):
        return True
    # "(C) SECSTATE" / blank line / "36633": the serial of a citation broken by the gap.
    last_word = _LAST_WORD.search(block)
    return (
        last_word is not None
        and station_id(last_word.group(1)) is not None
        and _LONE_SERIAL.fullmatch(following) is not None
    )


# --- splitting into items ----------------------------------------------------------------


@lru_cache(maxsize=128)
def _label_regex(label: str) -> re.Pattern[str]:
    """Where item ``label`` begins: "(B)", "B)", "B.", "B:", or a bare "B" at a line's start."""
    forms = [rf"\({label}\)", rf"{label}\)"]
    if label.isalpha():
        lower = label.lower()
        forms += [rf"\({lower}\)", rf"{lower}\)", rf"[{label}{lower}]\.(?=\s|\()", rf"{label}:(?=\s)"]
        bare = rf"|(?:^|(?<=\n))[ \t]*{label}(?=[ \t]+\S)"
    else:
        bare = ""
    return re.compile(rf"(?:(?:^|(?<=[\s;,]))(?:{'|'.join(forms)}){bare})")


_MAX_SKIPPED_LABELS = 4


def _label_sequence(first: str) -> list[str]:
    if first.isdigit():
        return [str(n) for n in range(1, 41)]
    return [chr(code) for code in range(ord("A"), ord("Z") + 1)]


def _find_next_label(
    block: str, labels: list[str], position: int, start: int
) -> tuple[int, re.Match[str]] | None:
    """The next item's label after ``start``; a list may skip a letter or two ("A. … B. … D. …")."""
    for index in range(position, min(position + _MAX_SKIPPED_LABELS + 1, len(labels))):
        match = _label_regex(labels[index]).search(block, start)
        if match is not None:
            return index, match
    return None


def split_items(block: str) -> list[tuple[str | None, str]]:
    """``[(label, text)]``: the lettered or numbered items, or one unlabelled item."""
    starts_lettered = _label_regex("A").match(block)
    starts_numbered = _label_regex("1").match(block)
    if not starts_lettered and not starts_numbered:
        return [(None, block)]
    labels = _label_sequence("1" if starts_numbered and not starts_lettered else "A")
    first = starts_lettered or starts_numbered
    assert first is not None  # one of the two matched, by the test above
    bounds: list[tuple[str, int, int]] = [(labels[0], first.start(), first.end())]
    position = 1
    while (found := _find_next_label(block, labels, position, bounds[-1][2])) is not None:
        position, match = found
        bounds.append((labels[position], match.start(), match.end()))
        position += 1
    items: list[tuple[str | None, str]] = []
    for position, (label, _start, end) in enumerate(bounds):
        stop = bounds[position + 1][1] if position + 1 < len(bounds) else len(block)
        text = block[end:stop]
        # "A. (A) PARIS 7682", "A. A) BRASILIA 236": the label written twice.
        doubled = _label_regex(label).match(text.lstrip())
        if doubled:
            text = text.lstrip()[doubled.end() :]
        items.append((label, text))
    return items


# --- cited cables inside an item ------------------------------------------------------------

_DIGIT_AS_LETTER = str.maketrans({"0": "O", "1": "I", "5": "S", "8": "B"})


@dataclass
class _Token:
    text: str
    start: int
    end: int


def _tokens(text: str) -> list[_Token]:
    """Words and numbers; a word mixing both is a slip ("SANTIAG0") or glued ("07BEIJING", "ASHGABAT687")."""
    tokens: list[_Token] = []
    for word in _WORD.finditer(text):
        value = word.group()
        if value.isalpha() or value.isdigit():
            tokens.append(_Token(value, word.start(), word.end()))
            continue
        as_letters = value.translate(_DIGIT_AS_LETTER)
        if as_letters.isalpha() and station_id(as_letters) is not None:
            tokens.append(_Token(as_letters, word.start(), word.end()))
            continue
        for part in _WORD_PART.finditer(value):
            tokens.append(_Token(part.group(), word.start() + part.start(), word.start() + part.end()))
    return tokens


def _resolve_station(words: str) -> str | None:
    """A post's reference-id name for ``words``: a spelling the posts table knows, or a guarded slip."""
    return POSTS.resolve(words)


def _year_of_token(value: str) -> int | None:
    if len(value) == 3 and value[:2] == "20":
        return 2000 + int(value[2])  # "208": a digit of "2008" dropped
    if len(value) == 5 and value[:3] == "200":
        return 2000 + int(value[3:])  # "20009": a zero too many
    if len(value) == 2:
        number = int(value)
        return 1900 + number if number >= 50 else 2000 + number
    if len(value) == 4 and value[:2] in ("19", "20"):
        return int(value)
    return None


@dataclass
class _Citation:
    reference_id: str | None
    start: int
    end: int


def _gap_is_space(text: str, left: _Token, right: _Token) -> bool:
    return text[left.end : right.start].strip() == ""


# Scan-only rewrites, each keeping the text's length so that offsets still point into it:
# "07-LIMA-1234" (dashes between a year, a post and a serial), "(07) LIMA 1234" (a year in
# parentheses before the post), "STATE: 1234" (a colon after the post).
_DASH_JOIN = re.compile(r"(?<=\d)-(?=[A-Za-z])|(?<=[A-Za-z])-(?=\d)")
_YEAR_IN_PARENS_BEFORE = re.compile(r"\((\d{2}|\d{4})\)(?=\s*[A-Za-z])")
_COLON_BEFORE_SERIAL = re.compile(r"(?<=[A-Za-z]):(?=\s*\d)")
# The letter O typed for a zero inside a number: "12O4", "O8", "2O07".
_NUMBER_WITH_O = re.compile(r"\b(?=[\dOo]*\d)[\dOo]+\b")
# A year after the serial: "STATE 12345 (2007)", "LIMA 1234 (07)", "LIMA 1234, 2007".
_YEAR_AFTER = re.compile(r"\s*\((\d{2}|\d{4})\)|,\s*((?:19[5-9]|20[0-2])\d)\b(?!\s*(?:,|AND\b|&)\s*\d)")
# Further serials of the same post: "LIMA 1234 AND 1240", "QUITO 12, 45, 67".
_MORE_SERIALS = re.compile(r"\s*(?:,|&|\bAND\b|/)\s*(?:\bAND\s+)?(\d{1,7})\b(?![/.:]\d)", re.IGNORECASE)


def _scan_form(text: str) -> str:
    """``text`` with the punctuation that joins a citation's parts turned into spaces (same length)."""
    # Hyphens and full stops inside a name ("PORT-AU-PRINCE", "ST. PETERSBURG") act as spaces.
    scan = _NAME_PUNCTUATION.sub(" ", text)
    scan = _DASH_JOIN.sub(" ", scan)
    scan = _COLON_BEFORE_SERIAL.sub(" ", scan)
    scan = _YEAR_IN_PARENS_BEFORE.sub(lambda m: f" {m.group(1)} ", scan)
    if "O" in scan or "o" in scan:
        scan = _NUMBER_WITH_O.sub(lambda m: m.group().replace("O", "0").replace("o", "0"), scan)
    return scan


def find_cables(text: str, citing_year: int | None) -> list[_Citation]:
    """Every "[year] STATION serial" in ``text``; ``reference_id`` is ``None`` when no year is known."""
    scan = _scan_form(text)
    tokens = _tokens(scan)
    serials = [t.text.isdigit() and len(t.text) <= 7 for t in tokens]
    found: list[_Citation] = []
    index = 0
    while index < len(tokens):
        if not any(serials[index + 1 : index + MAX_NAME_WORDS + 2]):
            # A citation at ``index`` has its serial within the next MAX_NAME_WORDS tokens (one
            # more after a year): with no number there, ``_citation_at`` finds none.
            index += 1
            continue
        citations, index_after = _citation_at(scan, tokens, index, citing_year)
        if not citations:
            index += 1
        else:
            found.extend(citations)
            index = index_after
    return found


def _citation_at(
    scan: str, tokens: list[_Token], index: int, citing_year: int | None
) -> tuple[list[_Citation], int]:
    year: int | None = None
    cursor = index
    if tokens[cursor].text.isdigit():
        year = _year_of_token(tokens[cursor].text)
        if (
            year is None
            or cursor + 1 >= len(tokens)
            or not _gap_is_space(scan, tokens[cursor], tokens[cursor + 1])
        ):
            return [], index
        cursor += 1
    for width in range(MAX_NAME_WORDS, 0, -1):
        # The serial is checked first: most positions have no number after them and fail at once.
        serial_at = cursor + width
        if serial_at >= len(tokens):
            continue
        serial = tokens[serial_at]
        if not serial.text.isdigit() or len(serial.text) > 7:
            continue
        words = tokens[cursor:serial_at]
        if not all(w.text.replace("'", "").isalpha() for w in words):
            continue
        if any(not _gap_is_space(scan, a, b) for a, b in itertools.pairwise(words)):
            continue
        if not _gap_is_space(scan, words[-1], serial):
            continue
        if not _serial_ends_cleanly(scan, tokens, serial_at):
            continue
        written = " ".join(w.text for w in words)
        station = _resolve_station(written)
        if station is None or int(serial.text) == 0:
            continue
        if _year_not_serial(scan, tokens, serial_at, written, station):
            continue
        serials = [(int(serial.text), serial.end)]
        next_index = serial_at + 1
        position = serial.end
        while (
            (more := _MORE_SERIALS.match(scan, position)) is not None
            and not _YEAR_AFTER.match(scan, position)
            and not _starts_citation(scan, more.end())
        ):
            serials.append((int(more.group(1)), more.end()))
            position = more.end()
        after = _YEAR_AFTER.match(scan, position)
        if after is not None and year is None:
            year = _year_of_token(after.group(1) or after.group(2))
        while next_index < len(tokens) and tokens[next_index].start < position:
            next_index += 1
        effective_year = year if year is not None else citing_year
        start = tokens[index].start
        citations = []
        for number, end in serials:
            if number == 0:
                continue
            reference_id = (
                make_reference_id(effective_year, station, number) if effective_year is not None else None
            )
            citations.append(_Citation(reference_id, start, end))
            start = end
        citations[0].start = tokens[index].start
        return citations, next_index
    return [], index


_YEAR_LIKE = re.compile(r"(?:19[5-9]\d|20[01]\d)")
# Words after a serial that belong to a citation ("LIMA 1234 (NOTAL)", "LIMA 1234 AND PREVIOUS").
_CITATION_WORDS = frozenset(
    {"AND", "NOTAL", "EXDIS", "NODIS", "LIMDIS", "PREVIOUS", "PARA", "PARAS", "PARAGRAPH"}
)


def _year_not_serial(scan: str, tokens: list[_Token], serial_at: int, written: str, station: str) -> bool:
    """ "ISRAEL 2009 ELECTIONS": a country's name and a year, not a cable of its embassy."""
    if not _YEAR_LIKE.fullmatch(tokens[serial_at].text) or POSTS.is_own_name(written, station):
        return False
    following = tokens[serial_at + 1] if serial_at + 1 < len(tokens) else None
    return (
        following is not None and following.text.isalpha() and following.text.upper() not in _CITATION_WORDS
    )


_STATION_AHEAD = re.compile(r"\s+([A-Za-z][A-Za-z'\-.]*)")


def _starts_citation(scan: str, position: int) -> bool:
    """Whether the number just read is the year of a new citation ("LAHORE 25 AND 07 ISLAMABAD 5")."""
    word = _STATION_AHEAD.match(scan, position)
    return word is not None and _resolve_station(word.group(1)) is not None


def _serial_ends_cleanly(scan: str, tokens: list[_Token], serial_at: int) -> bool:
    """Not a date or a decimal ("9/16/2009", "42.1"), and not glued to a word ("1234Z")."""
    after = scan[tokens[serial_at].end : tokens[serial_at].end + 2]
    # "LIMA 1234/1240" is two serials; "9/16/2009" and "42.1" are a date and a decimal.
    if _DATE_OR_DECIMAL.match(after) and not _SERIAL_PAIR.match(scan, tokens[serial_at].start):
        return False
    if serial_at + 1 < len(tokens) and tokens[serial_at + 1].start == tokens[serial_at].end:
        return not tokens[serial_at + 1].text.isalpha()
    return True


# --- kinds of non-cable items ---------------------------------------------------------------

_KIND_PATTERNS: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    ("iir", re.compile(r"\bIIR\b|INTELLIGENCE INFORMATION REPORT", re.IGNORECASE)),
    ("email", re.compile(r"\bE-?\s?MAIL(?:S|ED)?\b", re.IGNORECASE)),
    (
        "meeting",
        re.compile(
            r"\b(?:MEETINGS?|MTGS?|TELCONS?|TELECONS?|SVTC|D?VTC|VIDEO\s?CONFERENCE|CONVERSATIONS?"
            r"|PHONE\s?CALLS?|TELEPHONE|DISCUSSIONS?|CONSULTATIONS?|BRIEFINGS?)\b",
            re.IGNORECASE,
        ),
    ),
)
_EMPTY_ITEM = re.compile(r"^\W*(?:NONE|N/?A)?\W*$", re.IGNORECASE)


def kind_of(text: str) -> Kind:
    """What an item that cites no cable is: an email, a meeting or call, an IIR, or something else."""
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(text):
            return kind
    return "other"


def _squash(text: str) -> str:
    return " ".join(text.split()).strip(" ;,")


def _item_references(label: str | None, text: str, citing_year: int | None) -> list[Reference]:
    citations = find_cables(text, citing_year)
    if len(citations) == 1:
        return [
            Reference(label=label, raw=_squash(text), reference_id=citations[0].reference_id, kind="cable")
        ]
    if citations:
        return [
            Reference(
                label=label, raw=_squash(text[c.start : c.end]), reference_id=c.reference_id, kind="cable"
            )
            for c in citations
        ]
    if _EMPTY_ITEM.match(text):
        return []
    return [Reference(label=label, raw=_squash(text), reference_id=None, kind=kind_of(text))]


def parse_ref_block(block: str, citing_year: int | None) -> list[Reference]:
    """The items of a REF block (without its "REF:"), cited cables resolved to canonical ids."""
    references: list[Reference] = []
    for label, text in _item_texts(block):
        references.extend(_item_references(label, text, citing_year))
    return references


def cited_in_block(block: str, citing_year: int | None) -> list[str]:
    """``cited_ids(parse_ref_block(block, citing_year))``, without the items' models and kinds: an
    item's references carry the ids of the cables ``find_cables`` finds in it, and no other."""
    items = _item_texts(block)
    return _distinct(c.reference_id for _label, text in items for c in find_cables(text, citing_year))


def _item_texts(block: str) -> Iterator[tuple[str | None, str]]:
    """The items of a REF block, each (label, text); an unlabelled list gives one item a segment."""
    block = _PAGE_MARK.sub(" ", _PRINTOUT_PAGE.sub(" ", block.replace("¶", " ")))
    block = _REPEATED_REF.sub("", block)
    block = _LEADING_REF.sub("", block.strip())
    for label, text in split_items(block):
        if label is None:
            # An unlabelled list: "BELGRADE 19; STATE 9661", "LAHORE 25 07 ISLAMABAD 5138".
            for segment in text.split(";"):
                yield None, segment
        else:
            yield label, text


def parse_references(text: str, citing_year: int | None = None) -> list[Reference]:
    """The items of the REF block in ``text`` (a cable's header, or a lone REF line).

    Citations without a year take ``citing_year`` (the citing cable's); when it is unknown
    their ``reference_id`` is ``None``. Give a cable's text only up to its first numbered
    paragraph: a REF line inside the body is not the cable's REF block.
    """
    found = find_ref_block(text)
    return parse_ref_block(found[0], citing_year) if found is not None else []


def cited_ids(references: list[Reference]) -> list[str]:
    """The distinct canonical ids of the cited cables, in the order cited."""
    return _distinct(reference.reference_id for reference in references)


def _distinct(ids: Iterable[str | None]) -> list[str]:
    """The ids given, each once, in the order first given; an empty one or None left out."""
    return [reference_id for reference_id in dict.fromkeys(ids) if reference_id]
