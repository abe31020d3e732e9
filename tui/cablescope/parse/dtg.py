"""Date-time groups (``221203Z OCT 09``), precedence and the ``DE`` routing line."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from cablescope.parse.lines import LineRegex
from cablescope.parse.refids import year_of

MONTHS: dict[str, int] = {
    name: number
    for number, name in enumerate(
        ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), start=1
    )
}

# Precedence prosigns of the transmission line ("O 221203Z OCT 09") and the words they stand for.
PRECEDENCE_PROSIGNS: dict[str, str] = {
    "Z": "FLASH",
    "O": "IMMEDIATE",
    "P": "PRIORITY",
    "R": "ROUTINE",
    "Y": "EMERGENCY",
}

DTG_RE = re.compile(
    r"(?P<day>\d{2})(?P<hour>\d{2})(?P<minute>\d{2})\s?Z\s+(?P<month>[A-Z]{3})\s+(?P<year>\d{2}(?:\d{2})?)\b"
)
# The transmission line: precedence prosigns, then the DTG, alone on a line.
# "O 221203Z OCT 09"; partial extracts write the month in lower case ("201247Z Jan 04").
TRANSMISSION_RE = LineRegex(
    r"^[ \t]*(?P<prec>(?:[ZOPRY]{1,2}[ \t]+){0,2})"
    r"(?P<dtg>\d{6}\s?Z\s+(?:[A-Z]{3}|[A-Z][a-z]{2})\s+\d{2}(?:\d{2})?)"
    # Trailing operating signals ("ZDS", "ZDK", "ZFF4") may follow the DTG.
    r"(?:[ \t]+Z[A-Z0-9]{2,3})*[ \t]*$",
)
ROUTING_RE = LineRegex(
    r"^[ \t]*DE[ \t]+(?P<station>RU[A-Z]{2,5})[ \t]+#(?P<serial>\d{1,6})(?:/(?P<section>\d{1,3}))?"
    r"(?:[ \t]+(?P<julian>\d{7}))?",
)
# "Friday, 23 February 2001, 15:53": how partial extracts printed the cable's date.
DATELINE_RE = LineRegex(
    r"^[ \t]*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),[ \t]+(?P<day>\d{1,2})[ \t]+"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"[ \t]+(?P<year>\d{4}),[ \t]+(?P<hour>\d{1,2}):(?P<minute>\d{2})[ \t]*$",
)


def parse_dtg(dtg: str) -> datetime | None:
    """The UTC moment of a date-time group: "221203Z OCT 09" -> 2009-10-22 12:03 UTC."""
    match = DTG_RE.search(dtg.upper())
    if not match:
        return None
    month = MONTHS.get(match.group("month"))
    if month is None:
        return None
    try:
        return datetime(
            year_of(match.group("year")),
            month,
            int(match.group("day")),
            int(match.group("hour")),
            int(match.group("minute")),
            tzinfo=UTC,
        )
    except ValueError:
        return None


def parse_dateline(match: re.Match[str]) -> datetime | None:
    """The moment printed on a partial extract's date line."""
    try:
        return datetime.strptime(
            f"{match.group('day')} {match.group('month')} {match.group('year')} "
            f"{match.group('hour')}:{match.group('minute')}",
            "%d %B %Y %H:%M",
        ).replace(tzinfo=UTC)
    except ValueError:
        return None


def precedence_of(prosigns: str) -> str | None:
    """The action precedence of the prosigns before a DTG: "O" -> IMMEDIATE, "P R" -> PRIORITY."""
    first = prosigns.split()[0] if prosigns.split() else ""
    return PRECEDENCE_PROSIGNS.get(first[:1]) if first else None
