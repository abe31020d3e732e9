"""When was the page captured? An estimate from the dates the sidebar's items carry.

A news sidebar shows the site's current stories, so the newest date among its items is the
best evidence of when the page was saved. Dates with a year count most; a day and month
without a year ("11 May") take the year of the nearest dated item; terms such as "COVID-19"
give a month before which the page cannot have been printed.
"""

from __future__ import annotations

import math
import re
from datetime import date

from pydantic import BaseModel, Field

from cablescope_appendix.eras import ERA_TERMS
from cablescope_appendix.items import ParsedAppendix

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_YEAR = r"(?:19|20)\d\d"
# Most specific first: a span matched by one pattern is not matched again by a later one.
DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ymd", re.compile(rf"\b(?P<year>{_YEAR})-(?P<month>\d\d)-(?P<day>\d\d)\b")),
    ("dmy", re.compile(rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH}),?\s+(?P<year>{_YEAR})\b")),
    (
        "mdy",
        re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>{_YEAR})\b"),
    ),
    ("my", re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<year>{_YEAR})\b")),
    ("dm", re.compile(rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})(?![\w])")),
    ("md", re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]?\d)")),
    ("y", re.compile(rf"\b(?P<year>{_YEAR})\b")),
)
# "by 2030", "until 2025": a target year, not a date the story was written.
FUTURE_YEAR = re.compile(r"\b(?:by|until|till|to|before|through)\s+$", re.IGNORECASE)
# The order evidence is listed in: strongest first.
EVIDENCE_ORDER = ("explicit", "year-inferred", "month", "year", "copyright-year", "undated", "era")
# How far a yearless "11 May" may sit from the dated item that lends it a year.
INFERENCE_WINDOW_DAYS = 183


class Evidence(BaseModel):
    text: str
    """The words as printed: "6 May 2021", "11 May", "COVID-19"."""
    kind: str
    """``explicit`` (a full date), ``year-inferred``, ``month`` (month and year), ``year``,
    ``copyright-year``, ``undated`` (a day and month whose year could not be inferred) or
    ``era`` (a term with a lower bound)."""
    date: str | None = None
    """YYYY-MM-DD, YYYY-MM or YYYY, as precise as the evidence allows."""
    items: list[int] = Field(default_factory=list)
    """Numbers of the items it was found in (empty for the copyright line)."""
    note: str = ""


class CaptureEstimate(BaseModel):
    estimate: str | None
    """YYYY-MM (or YYYY with only years to go on); None without any dated evidence."""
    confidence: str
    """``high`` (a full date), ``medium`` (inferred or month-only), ``low`` (years only), ``none``."""
    latest: str | None = None
    """The newest dated evidence the estimate rests on."""
    not_before: str | None = None
    """YYYY-MM: the latest lower bound from era terms."""
    evidence: list[Evidence] = Field(default_factory=list)
    reason: str = ""


def _month_number(name: str) -> int:
    return MONTHS[name.rstrip(".")[:3].casefold()]


def _find_dates(text: str) -> list[tuple[str, str, dict[str, int]]]:
    """(kind, matched text, fields) for each date in ``text``, in text order, without overlaps."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, str, str, dict[str, int]]] = []
    for kind, pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            if kind == "y" and FUTURE_YEAR.search(text[max(0, start - 10) : start]):
                continue
            fields: dict[str, int] = {}
            for name, value in match.groupdict().items():
                fields[name] = _month_number(value) if name == "month" and not value.isdigit() else int(value)
            if "day" in fields and not _valid_day(fields):
                continue
            taken.append((start, end))
            found.append((start, kind, match.group(0), fields))
    return [(kind, text_, fields) for _, kind, text_, fields in sorted(found, key=lambda f: f[0])]


def _valid_day(fields: dict[str, int]) -> bool:
    try:
        date(fields.get("year", 2000), fields["month"], fields["day"])
    except ValueError:
        return False
    return True


def _infer_year(month: int, day: int, anchors: list[date]) -> date | None:
    """The date with this day and month nearest to a dated item, if one lies within the window."""
    candidates: list[tuple[int, date]] = []
    for anchor in anchors:
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                candidate = date(year, month, day)
            except ValueError:
                continue
            candidates.append((abs((candidate - anchor).days), candidate))
    distance, best = min(candidates, default=(INFERENCE_WINDOW_DAYS + 1, None))
    return best if distance <= INFERENCE_WINDOW_DAYS else None


def _nearest(day: date, anchors: list[date]) -> date:
    return min(anchors, key=lambda a: abs((day - a).days))


def estimate_capture(parsed: ParsedAppendix) -> CaptureEstimate:
    """Estimate the capture month of a page from its parsed appendix."""
    evidence: list[Evidence] = []
    raw: list[tuple[int | None, str, str, dict[str, int]]] = []
    for item in parsed.items:
        for kind, text, fields in _find_dates(f"{item.title}\n{item.lead}"):
            raw.append((item.number, kind, text, fields))
    for line in parsed.furniture:
        if line.kind == "copyright":
            for kind, text, fields in _find_dates(line.text):
                if kind == "y":
                    raw.append((None, "copyright-year", text, fields))

    anchors = [
        date(f["year"], f["month"], f["day"]) for _, kind, _, f in raw if kind in ("ymd", "dmy", "mdy")
    ]
    anchor_text = {
        date(f["year"], f["month"], f["day"]): t for _, k, t, f in raw if k in ("ymd", "dmy", "mdy")
    }
    years_seen = sorted({f["year"] for _, kind, _, f in raw if "year" in f and kind != "y"})

    def add(kind: str, text: str, value: str | None, item: int | None, note: str = "") -> None:
        for existing in evidence:
            if existing.kind == kind and existing.text == text and existing.date == value:
                if item is not None and item not in existing.items:
                    existing.items.append(item)
                return
        evidence.append(Evidence(text=text, kind=kind, date=value, items=[item] if item else [], note=note))

    for number, kind, text, fields in raw:
        if kind in ("ymd", "dmy", "mdy"):
            add("explicit", text, date(fields["year"], fields["month"], fields["day"]).isoformat(), number)
        elif kind in ("dm", "md"):
            inferred = _infer_year(fields["month"], fields["day"], anchors) if anchors else None
            if inferred is not None:
                anchor = _nearest(inferred, anchors)
                note = f"year {inferred.year} from '{anchor_text[anchor]}'"
                add("year-inferred", text, inferred.isoformat(), number, note)
            elif len(years_seen) == 1 and _valid_day({"year": years_seen[0], **fields}):
                value = date(years_seen[0], fields["month"], fields["day"]).isoformat()
                add(
                    "year-inferred",
                    text,
                    value,
                    number,
                    f"year {years_seen[0]}, the only year the items give",
                )
            else:
                add("undated", text, None, number, "no dated item to take a year from")
        elif kind == "my":
            add("month", text, f"{fields['year']:04d}-{fields['month']:02d}", number)
        elif kind in ("y", "copyright-year"):
            add(kind if kind == "copyright-year" else "year", text, f"{fields['year']:04d}", number)

    for term in ERA_TERMS:
        numbers = [item.number for item in parsed.items if term.pattern.search(f"{item.title}\n{item.lead}")]
        if numbers:
            evidence.append(
                Evidence(text=term.label, kind="era", date=term.not_before, items=numbers, note=term.why)
            )

    rank = {kind: index for index, kind in enumerate(EVIDENCE_ORDER)}
    evidence.sort(key=lambda e: (rank[e.kind], e.items[:1] or [0]))
    eras = [e.date for e in evidence if e.kind == "era" and e.date]
    not_before = max(eras) if eras else None
    return _decide(evidence, not_before)


def _decide(evidence: list[Evidence], not_before: str | None) -> CaptureEstimate:
    def latest(kinds: tuple[str, ...]) -> Evidence | None:
        dated = [e for e in evidence if e.kind in kinds and e.date]
        return max(dated, key=lambda e: e.date or "") if dated else None

    days = latest(("explicit", "year-inferred"))
    if days is not None and days.date:
        explicit = any(e.kind == "explicit" for e in evidence)
        return CaptureEstimate(
            estimate=days.date[:7],
            confidence="high" if explicit else "medium",
            latest=days.date,
            not_before=not_before,
            evidence=evidence,
            reason=f"the newest dated item: '{days.text}' ({days.date})",
        )
    month = latest(("month",))
    if month is not None and month.date:
        return CaptureEstimate(
            estimate=month.date,
            confidence="medium",
            latest=month.date,
            not_before=not_before,
            evidence=evidence,
            reason=f"the newest month named: '{month.text}'",
        )
    year = latest(("year", "copyright-year"))
    if year is not None and year.date:
        return CaptureEstimate(
            estimate=year.date,
            confidence="low",
            latest=year.date,
            not_before=not_before,
            evidence=evidence,
            reason=f"only years to go on; the newest is {year.date}",
        )
    reason = (
        f"no dates in the appendix; not before {not_before}" if not_before else "no dates in the appendix"
    )
    return CaptureEstimate(
        estimate=None, confidence="none", not_before=not_before, evidence=evidence, reason=reason
    )


def months_between(earlier: date, later_month: str) -> int:
    """Whole months from ``earlier``'s month to ``later_month`` (YYYY-MM or YYYY-MM-DD)."""
    year, month = int(later_month[:4]), int(later_month[5:7])
    return (year - earlier.year) * 12 + (month - earlier.month)


def describe_gap(months: int) -> str:
    """139 → "11½ years"; rounded to the nearest half year (months under a year as months)."""
    if abs(months) < 12:
        return f"{months} month{'s' if abs(months) != 1 else ''}"
    halves = math.floor(months / 6 + 0.5)  # half up, not Python's half-to-even
    whole, half = divmod(halves, 2)
    return f"{whole}{'½' if half else ''} years"
