"""Government shorthand in cables ("GOJ", "USG", "HMG"), and which country each one means.

Written by us from State Department usage. Cables name a host government by "GO" and the
country's initial letters ("GOJ" is the Government of Japan in a Tokyo cable, "GOI" is
Iraq's in Baghdad, India's in New Delhi); ``resolve_shorthand`` settles those by the cable's
own post first, then by the countries the cable names. The codes below name one country
wherever they appear.
"""

from __future__ import annotations

import re

# Codes that mean one country wherever they appear.
FIXED_SHORTHAND: dict[str, str] = {
    "USG": "United States",
    "HMG": "United Kingdom",
    "ROKG": "South Korea",
    "ROYG": "Yemen",
    "RTG": "Thailand",
    "RGC": "Cambodia",
    "GVN": "Vietnam",
    "SARG": "Syria",
    "UAEG": "United Arab Emirates",
    "IRIG": "Iran",
    "GOAJ": "Azerbaijan",
    "GOES": "El Salvador",
    "GOSS": "South Sudan",
    "TFG": "Somalia",
    "PRCG": "China",
    "GRP": "Philippines",
    "RGOB": "Bhutan",
}

# "GO" and one to three capitals: the initials of a host country's name.
GO_SHORTHAND = re.compile(r"GO[A-Z]{1,3}")

# Shorthand that is also an English word: not read as shorthand in all-capitals text.
CAPS_WORDS = frozenset({"GOLD", "GOAL", "GOOD", "GONE", "GOES", "GOT"})


def initials(country: str) -> str:
    """The capitals a shorthand uses for a country: "Saudi Arabia" is "SA", "Iraq" "I"."""
    words = re.split(r"[\s-]+", country)
    return "".join(w[0] for w in words if w and w[0].isupper() and w.lower() not in ("of", "the"))


def shorthand_letters(code: str, country_initials: frozenset[str]) -> str | None:
    """The country initials inside a shorthand: "GOJ" and "SAG" give "J" and "SA" (None: not shorthand).

    Initials followed by "G" ("SAG", "UAEG") count only when some country has those initials, so
    that capitals words ending in G ("BEING") are not taken for shorthand."""
    if code in FIXED_SHORTHAND:
        return ""
    if GO_SHORTHAND.fullmatch(code):
        return code[2:]
    if 3 <= len(code) <= 5 and code[-1] == "G" and code[:-1] in country_initials:
        return code[:-1]
    return None


def resolve_shorthand(code: str, home: str | None, named: list[str]) -> str | None:
    """The country a shorthand names, given the cable's host country and the countries it names
    (most named first); None when nothing fits."""
    fixed = FIXED_SHORTHAND.get(code)
    if fixed is not None:
        return fixed
    letters = code[2:] if code.startswith("GO") else code[:-1]
    candidates = ([home] if home else []) + named
    for country in candidates:
        if initials(country) == letters:
            return country
    if not code.startswith("GO"):
        return None
    # One letter may stand for a longer name ("GOB" in a Sarajevo cable is Bosnia and Herzegovina's).
    for country in candidates:
        if len(letters) == 1 and country[0] == letters:
            return country
    return None
