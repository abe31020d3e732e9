"""Classification markings: paragraph portion marks such as ``(S//NF)`` and banner classifications."""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, Field

from cablescope.banner_levels import named_level

LEVELS: tuple[str, ...] = ("U", "SBU", "C", "S", "TS")
"""Classification levels from lowest to highest."""

LEVEL_RANK: dict[str, int] = {level: rank for rank, level in enumerate(LEVELS)}

# Level words as they are written in portion marks and banners.
_LEVEL_WORDS: dict[str, str] = {
    "U": "U",
    "UNCLAS": "U",
    "UNCLASSIFIED": "U",
    "SBU": "SBU",
    "LOU": "SBU",
    "LIMITED OFFICIAL USE": "SBU",
    "C": "C",
    "CONF": "C",
    "CONFIDENTIAL": "C",
    "S": "S",
    "SECRET": "S",
    "TS": "TS",
    "TOP SECRET": "TS",
}

# Dissemination controls and their canonical names.
_CAVEAT_WORDS: dict[str, str] = {
    "NF": "NOFORN",
    "NOFORN": "NOFORN",
    "NOFORNDIS": "NOFORN",
    "OC": "ORCON",
    "ORCON": "ORCON",
    "FOUO": "FOUO",
    "FOR OFFICIAL USE ONLY": "FOUO",
    "PROPIN": "PROPIN",
    "PR": "PROPIN",
    "SENSITIVE": "SENSITIVE",
    "REL": "REL TO",
    "EXDIS": "EXDIS",
    "NODIS": "NODIS",
    "LIMDIS": "LIMDIS",
    "STADIS": "STADIS",
    "SIPDIS": "SIPDIS",
}

_SHORT_CAVEATS: dict[str, str] = {"NOFORN": "NF", "ORCON": "OC", "PROPIN": "PR"}

# Banner names of the levels, in WikiLeaks' classification form.
LEVEL_NAMES: dict[str, str] = {
    "U": "UNCLASSIFIED",
    "SBU": "UNCLASSIFIED//FOR OFFICIAL USE ONLY",
    "C": "CONFIDENTIAL",
    "S": "SECRET",
    "TS": "TOP SECRET",
}

_SEPARATOR_RE = re.compile(r"\s*(?:/+|-)\s*")
_GLUED_RE = re.compile(r"^(TS|SBU|S|C|U)(NF)$")
_CONTROL_TOKEN_RE = re.compile(r"[A-Z]{2,6}")
_NOT_CONTROLS = frozenset(
    {"AND", "OR", "THE", "FOR", "TO", "OF", "IN", "ON", "SEE", "BELOW", "ABOVE", "NOTE"}
)
_MARK_RE = re.compile(r"^\(?\s*([A-Za-z][A-Za-z /,\-]*?)\s*\)?$")
_REL_RE = re.compile(r"^REL(?:EASABLE)?(?:\s+TO)?\s+(.+)$")
# Names in a release list are separated by commas or "AND": "USA, GBR", "USA AND GBR".
_RELEASE_SPLIT_RE = re.compile(r"\s*(?:,|;|\bAND\b)\s*")
_RELEASE_NAME_RE = re.compile(r"[A-Z]{2,}(?: [A-Z]{2,})*")
_CODE_RE = re.compile(r"[A-Z]{2,4}")
# "(C0": a zero typed for the closing parenthesis.
_ZERO_FOR_PAREN_RE = re.compile(r"^(\(\s*[A-Za-z][A-Za-z /\-]{0,11})0$")


class Marking(BaseModel):
    """A parsed classification marking: a level and its dissemination controls."""

    level: str
    """One of U, SBU, C, S, TS."""
    caveats: list[str] = Field(default_factory=list)
    """Canonical controls: NOFORN, ORCON, FOUO, "REL TO USA, GBR"..."""
    raw: str

    @property
    def short(self) -> str:
        """The compact portion mark: "S//NF", "C", "U//FOUO", "S//REL TO USA, GBR"."""
        parts = [self.level, *(_SHORT_CAVEATS.get(c, c) for c in self.caveats)]
        return "//".join(parts)

    @property
    def classification(self) -> str:
        """The marking in WikiLeaks' classification form: "SECRET//NOFORN"."""
        return classification_of(self.level, self.caveats)


def _caveat(token: str) -> str | None:
    token = " ".join(token.split())
    if not token:
        return None
    rel = _REL_RE.match(token)
    if rel:
        names = _release_names(rel.group(1))
        return "REL TO " + ", ".join(names) if names else None
    if token in _CAVEAT_WORDS:
        return _CAVEAT_WORDS[token]
    # Other control markings ("FGI", "LES") are kept as written; prose is not a control.
    if _CONTROL_TOKEN_RE.fullmatch(token) and token not in _NOT_CONTROLS:
        return token
    return None


def _release_names(written: str) -> list[str] | None:
    """ "NATO, ISAF" -> [NATO, ISAF]; "USA AND GBR" -> [USA, GBR]; "FRANCE" and "FVEY" kept whole.

    Codes run together with spaces ("NATO ISAF") are separate names; a word longer than a
    code ("AUSTRALIA") is a name of its own. ``None`` when a part is not a name at all.
    """
    names: list[str] = []
    for piece in _RELEASE_SPLIT_RE.split(written.strip()):
        piece = " ".join(piece.split())
        if not piece:
            continue
        if not _RELEASE_NAME_RE.fullmatch(piece):
            return None
        words = piece.split()
        parts = words if all(_CODE_RE.fullmatch(w) for w in words) else [piece]
        names.extend(p for p in parts if p not in names)
    return names or None


def parse_marking(raw: str | None) -> Marking | None:
    """Parse a portion mark or banner marking: "(S/NF)", "SBU", "U//FOUO", "(C/REL TO USA, GBR)".

    Returns ``None`` when the text is not a marking, such as "(see below)".
    """
    if not raw or len(raw) > 60:
        return None
    parsed = _parse_cached(raw)
    return None if parsed is None else Marking(level=parsed[0], caveats=list(parsed[1]), raw=raw)


@lru_cache(maxsize=1024)
def marking_parts(raw: str) -> tuple[str, tuple[str, ...], str] | None:
    """(level, caveats, short form) of a marking, cached: the few forms cables use repeat endlessly."""
    parsed = _parse_cached(raw)
    if parsed is None:
        return None
    level, caveats = parsed
    return level, caveats, "//".join([level, *(_SHORT_CAVEATS.get(c, c) for c in caveats)])


@lru_cache(maxsize=1024)
def _parse_cached(raw: str) -> tuple[str, tuple[str, ...]] | None:
    if len(raw) > 60:
        return None
    stripped = raw.strip()
    zero = _ZERO_FOR_PAREN_RE.match(stripped)
    if zero:
        stripped = zero.group(1) + ")"
    match = _MARK_RE.match(stripped)
    if not match:
        return None
    body = match.group(1).upper()
    glued = _GLUED_RE.match(body)
    if glued:
        body = f"{glued.group(1)}/{glued.group(2)}"  # "(SNF)" is "(S/NF)" typed without the slash
    # "S-NF" uses a hyphen for the slash; "LIMITED OFFICIAL USE" has no hyphen to lose.
    parts = [p.strip() for p in _SEPARATOR_RE.split(body) if p.strip()]
    if not parts:
        return None
    head = parts[0]
    level = _LEVEL_WORDS.get(" ".join(head.split()))
    rest = parts[1:]
    if level is None:
        # "SBU NOFORN", "S NF": level and control separated by a space.
        words = head.split()
        level = _LEVEL_WORDS.get(words[0]) if words else None
        if level is None:
            return None
        rest = [" ".join(words[1:]), *rest] if len(words) > 1 else rest
    caveats: list[str] = []
    for token in rest:
        # "REL TO USA, GBR" stays whole; other commas separate controls.
        pieces = [token] if token.startswith("REL") else re.split(r"\s*,\s*", token)
        for piece in pieces:
            caveat = _caveat(piece)
            if caveat is None:
                return None
            if caveat not in caveats:
                caveats.append(caveat)
    if level == "U" and "SENSITIVE" in caveats:
        level = "SBU"
        caveats.remove("SENSITIVE")
    return level, tuple(caveats)


def level_of_classification(classification: str | None) -> str | None:
    """The level of a WikiLeaks-form classification: "SECRET//NOFORN" -> "S".

    "UNCLASSIFIED//FOR OFFICIAL USE ONLY" is WikiLeaks' name for sensitive-but-unclassified
    cables, so its level is "SBU". Short forms ("S//NF", "C") are accepted too.
    """
    if not classification:
        return None
    level = named_level(classification)
    if level is not None:
        return level
    marking = parse_marking(" ".join(classification.upper().split()))
    return marking.level if marking else None


def classification_of(level: str, caveats: list[str] | tuple[str, ...] = ()) -> str:
    """WikiLeaks' classification form for a level and controls: ("S", ["NOFORN"]) -> "SECRET//NOFORN".

    Unclassified "for official use only" is what WikiLeaks calls sensitive but unclassified.
    """
    if level == "U" and "FOUO" in caveats:
        level = "SBU"
    name = LEVEL_NAMES[level]
    if "NOFORN" in caveats and level not in ("U", "SBU"):
        return f"{name}//NOFORN"
    return name
