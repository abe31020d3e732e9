"""Reference ids (``09BEIJING2932``): their canonical form and how they are built from their parts."""

from __future__ import annotations

import re

from cablescope.parse.posts import ID_FUZZY_MIN_LENGTH, POSTS

_REFID_RE = re.compile(
    r"^\s*(\d{2}|\d{4})\s*[-/]?\s*([A-Za-z][A-Za-z .'\-]*?[A-Za-z])\s*[-/]?\s*(\d{1,7})\s*$"
)
# The letter O typed for a zero in the year or the serial: "O8 LIMA 12O4".
_LEADING_O = re.compile(r"^\s*[Oo](?=\d)")
_TRAILING_NUMBER_WITH_O = re.compile(r"(?<=[\s\-/])[\dOo]*\d[\dOo]*\s*$|(?<=\d)[Oo][\dOo]*\s*$")

_NOT_CAPITAL_RE = re.compile(r"[^A-Z]")


def station_name(raw: str) -> str:
    """The reference-id form of a post's name: "Rio de Jan" -> "RIODEJANEIRO", "SECSTATE" -> "STATE".

    Spellings, abbreviations and slips the posts table knows are folded ("SECTSTATE",
    "SANTIAG0", names cut short as page markers print them: "BUENOS AIR"); a name it does
    not know is kept as written, in capitals without spaces.
    """
    return POSTS.resolve(raw, ID_FUZZY_MIN_LENGTH) or _NOT_CAPITAL_RE.sub("", raw.upper())


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
    raw = _LEADING_O.sub("0", raw)
    raw = _TRAILING_NUMBER_WITH_O.sub(lambda m: m.group().replace("O", "0").replace("o", "0"), raw)
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
