"""Read a cable's security markings: per paragraph, overall, who classified it, why, until when."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from cablescope.api import Cable, Marking, Paragraph, level_of_classification, parse_marking

from . import eo_categories as eo

LEVELS: tuple[str, ...] = ("U", "SBU", "C", "S", "TS")
CLASSIFIED = frozenset({"C", "S", "TS"})

# How serious a level is for "is this paragraph above the banner": SBU is unclassified
# information with a handling caveat, so it ranks with U; the caveat is compared separately.
_RANK = {"U": 0, "SBU": 0, "C": 1, "S": 2, "TS": 3}

# Caveats WikiLeaks' metadata keeps in its classification string.
_WIKILEAKS_CAVEATS = {"NOFORN": "NOFORN", "FOUO": "FOR OFFICIAL USE ONLY"}

# WikiLeaks replaced protected names with runs of X (usually twelve, sometimes three to fourteen,
# a few in lower case), at times glued to the next word ("XXXXXXXXXXXXtold"); no English word
# holds three x in a row. Written to open on a character class, which the regex engine skips
# ahead to, rather than on a repeat ([Xx]{3,}), which it tries at every position.
REDACTION = re.compile(r"[Xx][Xx][Xx]+")

IssueKind = Literal[
    "above-banner",
    "below-banner",
    "unmarked",
    "caveat-missing-from-banner",
    "banner-caveat-unsupported",
    "unreadable-marking",
]
DeclassificationKind = Literal["date", "downgrade", "declassified", "word", "exemption", "unknown", "none"]


class ParagraphMarking(BaseModel):
    """One paragraph's marking, read and normalised."""

    index: int
    """Position in ``Cable.paragraphs`` (unnumbered lead text has no number)."""
    paragraph: int | None
    raw: str | None
    level: str | None
    """U, SBU, C, S or TS; ``None`` when the paragraph is unmarked or unreadable."""
    caveats: list[str] = Field(default_factory=list)
    short: str | None = None
    redactions: list[tuple[int, int]] = Field(default_factory=list)
    """Runs of X, as offsets into ``Paragraph.text``."""


class Classification(BaseModel):
    """An overall classification: a level and its caveats."""

    level: str
    caveats: list[str] = Field(default_factory=list)

    @property
    def short(self) -> str:
        return "//".join([self.level, *(_short_caveat(c) for c in self.caveats)])

    @property
    def name(self) -> str:
        return "//".join([eo.LEVEL_NAMES[self.level], *self.caveats])

    @property
    def wikileaks(self) -> str:
        """The form WikiLeaks' metadata uses: the level's name plus NOFORN or FOR OFFICIAL USE ONLY."""
        if self.level in ("U", "SBU"):
            official_use = self.level == "SBU" or "FOUO" in self.caveats
            return "UNCLASSIFIED//FOR OFFICIAL USE ONLY" if official_use else "UNCLASSIFIED"
        kept = [_WIKILEAKS_CAVEATS[c] for c in self.caveats if c == "NOFORN"]
        return "//".join([eo.LEVEL_NAMES[self.level], *kept])


class Issue(BaseModel):
    """Something about the markings that does not add up."""

    kind: IssueKind
    message: str
    paragraphs: list[int | None] = Field(default_factory=list)


class Reason(BaseModel):
    """One cited classification category, such as 1.4(b)."""

    section: str
    letter: str
    meaning: str | None
    order: str

    @property
    def citation(self) -> str:
        return f"{self.section}({self.letter})"


class Exemption(BaseModel):
    code: str
    meaning: str


class Declassification(BaseModel):
    """The declassification instruction and what it means today."""

    raw: str | None
    kind: DeclassificationKind
    on: date | None = None
    days_remaining: int | None = None
    """Days from today to ``on``; negative once it has passed."""
    phrase: str
    """Plain words: "in 7 years, 10 months", "passed 3 years ago", "not applicable ..."."""
    exemptions: list[Exemption] = Field(default_factory=list)
    downgrade_to: str | None = None


class MarkerReport(BaseModel):
    """Everything the markers view shows about one cable."""

    reference_id: str | None
    banner: Classification | None
    """The classification as stated in the cable (``None`` when it was only inferred)."""
    banner_raw: str | None
    inferred: str | None
    """The classification when the copy states none: inferred by the reader (a Scoop page), or
    stated by the source beside the text (a cable-viewer page's table, a cables.csv column)."""
    inferred_from: str | None = None
    """Where ``inferred`` came from: "derived" (the reader's inference), "page-table", "csv-column"."""
    disagreement: str | None = None
    """The other classification when the text and its source disagree, with where it is stated
    ("CONFIDENTIAL//NOFORN (page-table)")."""
    derived: Classification | None
    """Highest paragraph level with the caveats that carry over; ``None`` with no markings."""
    paragraphs: list[ParagraphMarking]
    issues: list[Issue]
    classified_by: str | None
    classified_by_title: str | None
    order: str | None
    """The executive order the cable cites, as written ("E.O. 12958")."""
    reasons: list[Reason]
    reasons_raw: list[str]
    declassification: Declassification
    redaction_count: int
    redactions_outside_paragraphs: int

    @property
    def consistent(self) -> bool:
        return not self.issues

    @property
    def classified(self) -> bool:
        """Whether the cable is classified, going by the banner, else by the paragraphs."""
        overall = self.banner or self.derived
        return overall is not None and overall.level in CLASSIFIED

    @property
    def marked(self) -> list[ParagraphMarking]:
        return [p for p in self.paragraphs if p.level is not None]

    def count_by_level(self) -> dict[str, int]:
        counts = {level: 0 for level in LEVELS}
        for p in self.marked:
            counts[p.level] += 1  # type: ignore[index]
        return {level: n for level, n in counts.items() if n}


def _short_caveat(caveat: str) -> str:
    return {"NOFORN": "NF", "FOUO": "FOUO"}.get(caveat, caveat)


def rank(level: str) -> int:
    return _RANK[level]


# A portion mark at the start of a paragraph in the source: "3. (S-NF) ...", "(U) Demonstrations",
# also after a short lead-in: "1. Summary: (C) ...", "1. Key Points:\n\n- (S/NF) ...", and
# without its opening parenthesis: "1. C) Summary: ...".
_LEADING_MARK = re.compile(
    r"[ \t]*(?:\d{1,3}[ \t]?\.[ \t]*)?(?:[A-Za-z][A-Za-z ,&]{0,30}:\s*(?:-[ \t]*)?)?"
    r"(\([^()\n]{1,40}\)|\([A-Za-z][A-Za-z /]{0,11}0(?=\s)|(?<!\()[A-Za-z][A-Za-z/]{0,7}\)(?=\s))"
)


# What is unreadable but still a marking: a slash after a short capital code, or a leading slash:
# "(N/SF)", "(/Rel UK)".
_MARK_SHAPED = re.compile(r"\((?:/|[A-Z]{1,4}\s*/)")


def leading_mark(cable: Cable, paragraph: Paragraph) -> str | None:
    """The parenthesised mark opening the paragraph in the source, when the parser recorded none.

    The parser records the mark that opens a numbered paragraph; marks after a lead-in
    ("1. Summary: (C) ...", "- (S/NF) ...") stay in the text and are found here, in
    ``Cable.text`` at the paragraph's start, or at the start of its text.
    """
    for source in (cable.text[paragraph.start : paragraph.start + 60], paragraph.text[:60]):
        match = _LEADING_MARK.match(source)
        if match:
            return match.group(1)
    return None


def read_paragraph_marking(cable: Cable, paragraph: Paragraph) -> tuple[str | None, Marking | None]:
    """The paragraph's marking as written and as read: the parser's first, else the source's."""
    for candidate in (paragraph.marking_raw, paragraph.marking):
        if candidate:
            return paragraph.marking_raw or candidate, parse_marking(candidate)
    raw = leading_mark(cable, paragraph)
    if raw is None:
        return None, None
    marking = parse_marking(raw)
    if marking is None and not _MARK_SHAPED.match(raw):
        # A parenthesis that is not a marking ("(Comment: ...)", "(U.S.)") leaves the paragraph unmarked.
        return None, None
    return raw, marking


def parse_banner(classification: str | None) -> Classification | None:
    """``"SECRET//NOFORN"`` -> level S with caveat NOFORN."""
    level = level_of_classification(classification)
    if level is None or classification is None:
        return None
    caveats: list[str] = []
    for part in classification.split("//")[1:]:
        part = " ".join(part.split()).upper()
        if part in ("FOR OFFICIAL USE ONLY", "FOUO"):
            caveat = "FOUO"
        elif part in ("NOFORN", "NF", "NOT RELEASABLE TO FOREIGN NATIONALS"):
            caveat = "NOFORN"
        else:
            caveat = part
        if caveat not in caveats:
            caveats.append(caveat)
    return Classification(level=level, caveats=caveats)


def derive(paragraphs: list[ParagraphMarking]) -> Classification | None:
    """The overall classification the paragraph markings imply.

    The level is the highest paragraph level. NOFORN anywhere makes the whole NOFORN; other
    caveats of classified paragraphs carry over; FOUO (and SBU's own caveats) only count when
    the whole is unclassified; REL TO carries over only when every classified paragraph has
    it (the countries all of them share), and never beside NOFORN.
    """
    marked = [p for p in paragraphs if p.level is not None]
    if not marked:
        return None
    levels = [p.level for p in marked if p.level is not None]
    level = max(levels, key=lambda name: (rank(name), name == "SBU"))
    classified = level in CLASSIFIED
    caveats: list[str] = []
    for p in marked:
        for caveat in p.caveats:
            if caveat.startswith("REL TO"):
                continue
            if classified and caveat != "NOFORN" and (caveat == "FOUO" or p.level not in CLASSIFIED):
                continue
            if caveat not in caveats:
                caveats.append(caveat)
    if "NOFORN" not in caveats:
        rel = _shared_release([p for p in marked if (p.level in CLASSIFIED) == classified])
        if rel:
            caveats.append(rel)
    return Classification(level=level, caveats=caveats)


def _shared_release(paragraphs: list[ParagraphMarking]) -> str | None:
    shared: list[str] | None = None
    for p in paragraphs:
        rel = next((c for c in p.caveats if c.startswith("REL TO")), None)
        if rel is None:
            return None
        countries = [c.strip() for c in rel[len("REL TO") :].split(",") if c.strip()]
        shared = countries if shared is None else [c for c in shared if c in countries]
    if not shared:
        return None
    return "REL TO " + ", ".join(shared)


def _official_use(c: Classification) -> bool:
    return c.level == "SBU" or "FOUO" in c.caveats


def _label(number: int | None) -> str:
    return f"¶{number}" if number is not None else "unnumbered text"


def find_issues(
    banner: Classification | None, derived: Classification | None, paragraphs: list[ParagraphMarking]
) -> list[Issue]:
    issues: list[Issue] = []
    unreadable = [p for p in paragraphs if p.level is None and p.raw]
    if unreadable:
        issues.append(
            Issue(
                kind="unreadable-marking",
                message="unreadable marking " + ", ".join(repr(p.raw) for p in unreadable),
                paragraphs=[p.paragraph for p in unreadable],
            )
        )
    overall = banner or derived
    if overall is not None and overall.level in CLASSIFIED and derived is not None:
        unmarked = [p for p in paragraphs if p.level is None and not p.raw and p.paragraph is not None]
        if unmarked:
            issues.append(
                Issue(
                    kind="unmarked",
                    message=f"{len(unmarked)} numbered paragraph(s) unmarked in a {overall.name} cable",
                    paragraphs=[p.paragraph for p in unmarked],
                )
            )
    if banner is None or derived is None:
        return issues
    above = [p for p in paragraphs if p.level is not None and rank(p.level) > rank(banner.level)]
    if above:
        issues.append(
            Issue(
                kind="above-banner",
                message=f"paragraph(s) marked above the banner {banner.name}: "
                + ", ".join(f"{_label(p.paragraph)} ({p.short})" for p in above),
                paragraphs=[p.paragraph for p in above],
            )
        )
    if rank(derived.level) < rank(banner.level):
        issues.append(
            Issue(
                kind="below-banner",
                message=f"banner says {banner.name} but no paragraph is marked higher than "
                f"{eo.LEVEL_NAMES[derived.level]}",
            )
        )
    noforn = [p.paragraph for p in paragraphs if "NOFORN" in p.caveats]
    if noforn and "NOFORN" not in banner.caveats:
        issues.append(
            Issue(
                kind="caveat-missing-from-banner",
                message=f"NOFORN paragraph(s) under a banner without it ({banner.name})",
                paragraphs=noforn,
            )
        )
    if "NOFORN" in banner.caveats and not noforn and rank(derived.level) >= rank(banner.level):
        issues.append(
            Issue(
                kind="banner-caveat-unsupported",
                message=f"banner {banner.name} carries NOFORN but no paragraph does",
            )
        )
    if banner.level not in CLASSIFIED and derived.level not in CLASSIFIED:
        # Among unclassified cables the FOUO/SBU handling caveat is what distinguishes them.
        official_use = [p.paragraph for p in paragraphs if p.level == "SBU" or "FOUO" in p.caveats]
        if official_use and not _official_use(banner):
            issues.append(
                Issue(
                    kind="caveat-missing-from-banner",
                    message=f"SBU/FOUO paragraph(s) under a banner without it ({banner.name})",
                    paragraphs=official_use,
                )
            )
        elif _official_use(banner) and not official_use:
            issues.append(
                Issue(
                    kind="banner-caveat-unsupported",
                    message=f"banner {banner.name} is for official use only but no paragraph is",
                )
            )
    return issues


_ORDER = re.compile(r"E\.\s?O\.\s?(\d{5})")
_SECTION = re.compile(r"1\s*\.\s*([45])")
_PAREN = re.compile(r"\(([^)]*)\)")
_LETTER = re.compile(r"(?<![a-z])([a-h])(?![a-z])")


def cited_order(cable: Cable) -> str | None:
    """The executive order named in the header (before the first paragraph), as written."""
    end = cable.paragraphs[0].start if cable.paragraphs else len(cable.text)
    match = _ORDER.search(cable.text, 0, end) or _ORDER.search(cable.text)
    return f"E.O. {match.group(1)}" if match else None


def parse_reasons(reasons: list[str], order: str | None) -> list[Reason]:
    """Turn "1.4 (b) and (d)" (or "1.4(b)", "1.5 B/D", ...) into one ``Reason`` per letter.

    Letters with no section number before them are read as section 1.4, the usual one.
    """
    amended_order = eo.EO_13526 if order == "E.O. 13526" else eo.EO_12958_AMENDED
    found: list[Reason] = []
    for text in reasons:
        sections = list(_SECTION.finditer(text))
        if sections:
            ends = [m.start() for m in sections[1:]] + [len(text)]
            segments = [
                (f"1.{m.group(1)}", text[m.end() : end]) for m, end in zip(sections, ends, strict=True)
            ]
        else:
            segments = [("1.4", text)]
        for section, rest in segments:
            source = rest.lower()
            groups = _PAREN.findall(source)
            # "(b) a nd (d)": when letters are in parentheses, only those count.
            letters = [m for g in groups for m in _LETTER.findall(g)] if groups else _LETTER.findall(source)
            order_name = eo.EO_12958 if section == "1.5" else amended_order
            table = eo.categories_for(order_name, section)
            for letter in letters:
                if not any(r.section == section and r.letter == letter for r in found):
                    found.append(
                        Reason(section=section, letter=letter, meaning=table.get(letter), order=order_name)
                    )
    return found


_DATE_WORDS = re.compile(r"\b(N/A|OADR|GDS)\b", re.IGNORECASE)
_EXEMPTION = re.compile(r"(?<![0-9A-Z])(25)?X([1-9])(?![0-9])", re.IGNORECASE)
_DOWNGRADE = re.compile(r"\bDNG\s*:?\s*(CO|C|S|SE|SBU)\b", re.IGNORECASE)
_DOWNGRADE_LEVEL = {"CO": "C", "C": "C", "S": "S", "SE": "S", "SBU": "SBU"}


# "DECLASSIFIED BY NARA 09/02/2009": a copy released after review, not an instruction.
_ALREADY_DECLASSIFIED = re.compile(r"\bDECLASSIFIED\b", re.IGNORECASE)
_WRITTEN_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


def _written_date(raw: str) -> date | None:
    """A month/day/year date in a declassification line the parser left undated ("DECLASSIFIED BY
    NARA 09/02/2009")."""
    match = _WRITTEN_DATE.search(raw)
    if match is None:
        return None
    month, day, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def span_phrase(start: date, end: date) -> str:
    """ "7 years, 10 months" between two dates (whole months, rounded down)."""
    if end < start:
        start, end = end, start
    months = (end.year - start.year) * 12 + (end.month - start.month) - (end.day < start.day)
    years, months = divmod(months, 12)
    parts = []
    if years:
        parts.append(f"{years} year{'s' * (years != 1)}")
    if months:
        parts.append(f"{months} month{'s' * (months != 1)}")
    if not parts:
        days = (end - start).days
        parts.append(f"{days} day{'s' * (days != 1)}")
    return ", ".join(parts)


def read_declassification(cable: Cable, today: date) -> Declassification:
    raw = cable.declassify_raw
    on = cable.declassify_on
    exemptions: list[Exemption] = []
    for twenty_five, digit in _EXEMPTION.findall(raw or ""):
        code = f"{twenty_five}X{digit}"
        table = eo.TWENTY_FIVE_YEAR_EXEMPTIONS if twenty_five else eo.TEN_YEAR_EXEMPTIONS
        if code in table and all(e.code != code for e in exemptions):
            exemptions.append(Exemption(code=code, meaning=table[code]))
    if on is None and raw:
        on = _written_date(raw)
    downgrade = _DOWNGRADE.search(raw or "")
    downgrade_to = _DOWNGRADE_LEVEL[downgrade.group(1).upper()] if downgrade else None
    if on is not None:
        kind: DeclassificationKind
        days = (on - today).days
        future = days >= 0
        span = span_phrase(today, on) if future else span_phrase(on, today)
        if _ALREADY_DECLASSIFIED.search(raw or ""):
            kind = "declassified"
            phrase = f"declassified {span} ago" if not future else f"declassified on {on.isoformat()}"
        elif downgrade_to:
            kind = "downgrade"
            name = eo.LEVEL_NAMES[downgrade_to]
            phrase = f"downgrade to {name} in {span}" if future else f"downgrade to {name} was due {span} ago"
        else:
            kind = "date"
            phrase = f"in {span}" if future else f"passed {span} ago"
        return Declassification(
            raw=raw,
            kind=kind,
            on=on,
            days_remaining=days,
            phrase=phrase,
            exemptions=exemptions,
            downgrade_to=downgrade_to,
        )
    if exemptions:
        return Declassification(
            raw=raw,
            kind="exemption",
            phrase="exempt from scheduled declassification: "
            + "; ".join(f"{e.code} {e.meaning}" for e in exemptions),
            exemptions=exemptions,
        )
    word = _DATE_WORDS.search(raw or "")
    if word:
        key = word.group(1).upper()
        return Declassification(raw=raw, kind="word", phrase=f"{key}: {eo.DECLASSIFY_WORDS[key]}")
    if raw:
        return Declassification(raw=raw, kind="unknown", phrase=f"as written: {raw}")
    return Declassification(raw=None, kind="none", phrase="no declassification instruction")


def redaction_spans(text: str) -> list[tuple[int, int]]:
    if "xxx" not in text.lower():
        return []  # most paragraphs: no need to run the regex (only X and x lower to x)
    return [m.span() for m in REDACTION.finditer(text)]


def read_markings(cable: Cable, *, redactions: bool = True) -> list[ParagraphMarking]:
    """Each paragraph's marking, with its redactions unless ``redactions`` is false."""
    paragraphs: list[ParagraphMarking] = []
    for index, paragraph in enumerate(cable.paragraphs):
        raw, marking = read_paragraph_marking(cable, paragraph)
        paragraphs.append(
            ParagraphMarking(
                index=index,
                paragraph=paragraph.number,
                raw=raw,
                level=marking.level if marking else None,
                caveats=list(marking.caveats) if marking else [],
                short=marking.short if marking else None,
                redactions=redaction_spans(paragraph.text) if redactions else [],
            )
        )
    return paragraphs


def marking_findings(
    cable: Cable,
) -> tuple[list[ParagraphMarking], Classification | None, list[Issue]]:
    """What index facts need of ``analyse``: paragraph markings (no redactions), derived level, issues.

    The same values ``analyse`` reports, without the reasons, declassification and redaction
    counts it also works out, which indexing does not store.
    """
    paragraphs = read_markings(cable, redactions=False)
    stated = "classification" not in cable.derived
    banner = parse_banner(cable.classification) if stated else None
    derived = derive(paragraphs)
    return paragraphs, derived, find_issues(banner, derived, paragraphs)


def analyse(cable: Cable, today: date) -> MarkerReport:
    """Read every marking of ``cable``; ``today`` dates the declassification instruction."""
    paragraphs = read_markings(cable)
    source = cable.provenance.get(
        "classification", "derived" if "classification" in cable.derived else "text"
    )
    stated = source == "text"
    banner = parse_banner(cable.classification) if stated else None
    derived = derive(paragraphs)
    in_paragraphs = sum(len(p.redactions) for p in paragraphs)
    # The parser's redactions carry source offsets; those in no paragraph are in the header.
    outside = sum(
        1 for r in cable.redactions if not any(p.start <= r.start < p.end for p in cable.paragraphs)
    )
    order = cited_order(cable)
    return MarkerReport(
        reference_id=cable.reference_id,
        banner=banner,
        banner_raw=cable.classification if stated else None,
        inferred=None if stated else cable.classification,
        inferred_from=None if stated or cable.classification is None else source,
        disagreement=cable.disagreements.get("classification"),
        derived=derived,
        paragraphs=paragraphs,
        issues=find_issues(banner, derived, paragraphs),
        classified_by=cable.classified_by,
        classified_by_title=cable.classified_by_title,
        order=order,
        reasons=parse_reasons(cable.reasons, order),
        reasons_raw=list(cable.reasons),
        declassification=read_declassification(cable, today),
        redaction_count=in_paragraphs + outside,
        redactions_outside_paragraphs=outside,
    )
