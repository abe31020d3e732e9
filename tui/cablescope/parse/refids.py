"""Reference ids (``09BEIJING2932``): canonical form, and the ids cited in REF lines."""

from __future__ import annotations

import re
from functools import lru_cache

from cablescope.parse.stations import STATION_NAME_VARIANTS, STATION_NAMES

_REFID_RE = re.compile(r"^\s*(\d{2}|\d{4})\s*([A-Za-z][A-Za-z .'\-]*?[A-Za-z])\s*[-/]?\s*(\d{1,7})\s*$")


@lru_cache(maxsize=4096)
def station_name(raw: str) -> str:
    """The reference-id form of a post's name: "Rio de Jan" -> "RIODEJANEIRO", "SECSTATE" -> "STATE".

    Names cut short, as page markers print them ("BUENOS AIR", "VLADIVOSTO"), are completed
    when exactly one known post begins that way.
    """
    squashed = re.sub(r"[^A-Z]", "", raw.upper())
    if squashed in STATION_NAME_VARIANTS:
        return STATION_NAME_VARIANTS[squashed]
    if squashed in STATION_NAMES or len(squashed) < 6:
        return squashed
    completions = [name for name in STATION_NAMES if name.startswith(squashed)]
    return completions[0] if len(completions) == 1 else squashed


def year_of(two_or_four: str | int) -> int:
    """The full year of a cable year as written: 66 -> 1966, 9 -> 2009, 2008 -> 2008."""
    year = int(two_or_four)
    if year >= 100:
        return year
    return 1900 + year if year >= 50 else 2000 + year


def make_reference_id(year: int, station: str, serial: int) -> str | None:
    """Build an id from its parts: (2009, "BEIJING", 2932) -> "09BEIJING2932"."""
    name = station_name(station)
    if not name or serial <= 0:
        return None
    return f"{year % 100:02d}{name}{serial}"


def canonical_reference_id(raw: str) -> str | None:
    """Fold a written reference id to WikiLeaks' form, or ``None`` if it is not one.

    "05RIODEJAN123" -> "05RIODEJANEIRO123"; "09 Beijing 002932" -> "09BEIJING2932";
    "2008 BOGOTA 4165" -> "08BOGOTA4165".
    """
    if not raw or len(raw) > 60:
        return None
    match = _REFID_RE.match(raw)
    if not match:
        return None
    year, station, serial = match.groups()
    return make_reference_id(year_of(year), station, int(serial))


def _station_pattern() -> str:
    names = set(STATION_NAMES) | set(STATION_NAME_VARIANTS)
    # Longest first so "RIODEJANEIRO" wins over "RIO"; letters may be separated by spaces
    # as posts are written in REF lines ("BUENOS AIRES", "LA PAZ").
    alternatives = []
    for name in sorted(names, key=len, reverse=True):
        if len(name) < 3:
            continue
        alternatives.append(r"\s?".join(re.escape(ch) for ch in name))
    return "|".join(alternatives)


# A cited cable: optional year ("09 ", "2008 ", "09"), a post, a serial.
_CITATION_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:(?P<year>(?:19|20)\d\d|\d\d)\s?)?(?P<station>"
    + _station_pattern()
    + r")\s?(?P<serial>\d{1,6})(?![0-9])(?!\s*/\d)",
    re.IGNORECASE,
)


def find_citations(text: str, default_year: int | None) -> list[str]:
    """Canonical ids of the cables cited in a REF block, the citing cable's year for those without one.

    ``B. STATE 1234`` in a 2009 cable -> "09STATE1234". Citations without a year are
    skipped when ``default_year`` is unknown.
    """
    found: list[str] = []
    for match in _CITATION_RE.finditer(text):
        year_text = match.group("year")
        if year_text is not None:
            year = year_of(year_text)
        elif default_year is not None:
            year = default_year
        else:
            continue
        refid = make_reference_id(year, match.group("station"), int(match.group("serial")))
        if refid and refid not in found:
            found.append(refid)
    return found
