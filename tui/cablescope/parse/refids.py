"""Reference ids (``09BEIJING2932``): their canonical form and how they are built from their parts."""

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


_PLACEHOLDER_RE = re.compile(r"UNKNOWN-[0-9a-f]{12}(?:-\d+)?", re.IGNORECASE)


def placeholder_reference_id(sha256: str, row: int | None = None) -> str:
    """The stable id of a cable that states none: "UNKNOWN-" and its source's hash (and CSV row)."""
    return f"UNKNOWN-{sha256[:12].lower()}" + (f"-{row}" if row else "")


def library_key(raw: str) -> str | None:
    """What a library files a cable under: its reference id, or the placeholder id of a cable
    without one ("unknown-f59ccb6f378b" -> "UNKNOWN-f59ccb6f378b"); ``None`` for neither."""
    canonical = canonical_reference_id(raw)
    if canonical:
        return canonical
    written = raw.strip()
    if _PLACEHOLDER_RE.fullmatch(written):
        return "UNKNOWN-" + written[8:].lower()
    return None
