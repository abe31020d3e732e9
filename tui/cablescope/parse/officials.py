"""Who an official is, from the words of a "Classified By" line: the name, and the title around it.

"Political Minister Counselor Aubrey Carlson" names Aubrey Carlson, whose title is Political
Minister Counselor. The words of titles, ranks and offices are data (``TITLE_WORDS``, written
by the cablescope team from the titles the shared pages and State Department usage show);
everything else that is capitalised and stands after them is the name. Suffixes (``Jr.``,
``III``) stay with the name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cablescope.parse.fuzzy import edit_distance

# Words that make up officials' titles in "Classified By" lines; the rest is the name.
TITLE_WORDS: frozenset[str] = frozenset(
    [
        "ACTING",
        "AMBASSADOR",
        "AMB",
        "AMB.",
        "CHARGE",
        "CHARGE'",
        "D'AFFAIRES",
        "D’AFFAIRES",
        "D,AFFAIRES",
        "AFFAIRES",
        "A.I.",
        "A.I",
        "AI",
        "DCM",
        "ADCM",
        "DEPUTY",
        "CHIEF",
        "OF",
        "MISSION",
        "POLITICAL",
        "POLITICAL-MILITARY",
        "ECONOMIC",
        "MINISTER",
        "COUNSELOR",
        "COUNSELLOR",
        "MINISTER-COUNSELOR",
        "POL",
        "POLOFF",
        "ECON",
        "ECONOFF",
        "POL/ECON",
        "ECON/POL",
        "POLECON",
        "ECOPOL",
        "POL/MIL",
        "POLMIL",
        "POL/MC",
        "POLCOUNS",
        "POLCOUNSELOR",
        "OFFICER",
        "SECTION",
        "HEAD",
        "DIRECTOR",
        "DEPUTY",
        "ASSISTANT",
        "SECRETARY",
        "SECRETARY",
        "OF",
        "STATE",
        "UNDER",
        "CONSUL",
        "GENERAL",
        "CONSULATE",
        "PRINCIPAL",
        "COM",
        "CDA",
        "CG",
        "DPO",
        "PO",
        "DAS",
        "PDAS",
        "A/S",
        "U/S",
        "T",
        "S/S",
        "AND",
        "FOR",
        "INTERNAL",
        "AFFAIRS",
        "UNIT",
        "OFFICE",
        "CHARGE'",
        "COUNSELOR,",
        "EXTERNAL",
        "PUBLIC",
        "DIPLOMACY",
        "PAO",
        "PAS",
        "ECONOMIC-POLITICAL",
        "POLITICAL/ECONOMIC",
        "POLITICAL-ECONOMIC",
        "MGMT",
        "MANAGEMENT",
        "RSO",
        "REGIONAL",
        "SECURITY",
        "LEGAL",
        "ATTACHE",
        "DEFENSE",
        "MILITARY",
        "INTERIM",
        "SENIOR",
        "SPECIAL",
        "ENVOY",
        "ADVISOR",
        "ADVISER",
        "COORDINATOR",
        "THE",
        "CHIEF,",
        "ECOPOL",
        "POLITICAL/MILITARY",
        "ECON-POL",
        "AFFAIRS,",
        "MISSION,",
        "SUB-NATIONAL",
        "GOVERNANCE",
        "PRT",
        # offices and compound titles
        "MC",
        "M-C",
        "MIN-COUNS",
        "ECONMIN",
        "POLMIN",
        "ECONMINCOUNS",
        "POLMINCOUNS",
        "POLCOUNS",
        "ECONCOUNS",
        "USEU",
        "USNATO",
        "USUN",
        "USDAO",
        "DATT",
        "DAO",
        "INR",
        "CHEIF",
        "CHARGE'D'AFFAIRES",
        "CHARGE,",
        "EXEC",
        # military and civil ranks
        "COL",
        "LTC",
        "LT",
        "COLONEL",
        "LIEUTENANT",
        "GEN",
        "GENERAL",
        "MAJ",
        "CAPT",
        "CAPTAIN",
        "CDR",
        "COMMANDER",
        "ADM",
        "RADM",
        "VADM",
        "ADMIRAL",
        "BG",
        "BGEN",
        "MG",
        "MGEN",
        "LTG",
        "LTGEN",
        "SGT",
        "DR",
        "MR",
        "MRS",
        "MS",
    ]
)
# Long title words whose misspellings are forgiven ("Couselor", "Ambasador").
_LONG_TITLE_WORDS: tuple[str, ...] = tuple(sorted(w for w in TITLE_WORDS if len(w) >= 7 and w.isalpha()))


# Words that end the name before the reasons: "Robert Downes for 1.4 (d)", "Dell under Section 1.4".
_TRAILING_CONNECTOR_RE = re.compile(
    r"(?:[\s,]+(?:for|under|per|by|with|and|in\s+accordance\s+with))+\s*$", re.IGNORECASE
)
# "Derived from Multiple Sources", "Derived from DSCG 05-01": a source of classification, not a person.
DERIVED_FROM_RE = re.compile(r"^derived\s+from\b", re.IGNORECASE)
# Words that name an office or a department, never a person: "U.S. Embassy Tripoli", "Dept of State".
_ORGANISATION_WORDS: frozenset[str] = frozenset(
    {"EMBASSY", "AMEMBASSY", "US", "U.S", "USG", "DEPARTMENT", "DEPT", "DOS", "STATE", "GOVERNMENT"}
)
_NAME_WORD_RE = re.compile(r"(?:[A-Z]\.)+|(?:[A-Z]\.)*[A-Z][A-Za-z'’\-]*\.?")
_REDACTED_RE = re.compile(r"X{5,}", re.IGNORECASE)
# "Clark T. Randt, Jr.": a suffix after a comma belongs to the name.
_SUFFIX_RE = re.compile(r",\s*(Jr\.?|Sr\.?|II|III|IV)(?=,|\s|$)", re.IGNORECASE)
MAX_NAME_WORDS = 5


@lru_cache(maxsize=4096)  # the same officials sign cable after cable
def split_name_title(who: str) -> tuple[str | None, str | None]:
    """Who classified a cable, as (name, title).

    "Political Minister Counselor Aubrey Carlson" -> ("Aubrey Carlson", "Political Minister Counselor");
    "J. Chris Stevens, DCM, U.S. Embassy Tripoli" -> ("J. Chris Stevens", "DCM, U.S. Embassy Tripoli");
    "S/CT DAS, Susan F. Burk" -> ("Susan F. Burk", "S/CT DAS"). When no person is named
    ("Charge d'Affaires", "Derived from Multiple Sources", a redacted name) the name is ``None``
    and what the line says stands in the title.
    """
    who = " ".join(who.replace(";", " ").split()).strip(" ,.:;-")
    who = _TRAILING_CONNECTOR_RE.sub("", who).strip(" ,.:;-")
    who = _SUFFIX_RE.sub(r" \1", who)
    who = _OFFICE_IN_PARENTHESES_RE.sub("", who)  # "Maria Otero (G)": her office's symbol
    who = _GLUED_INITIAL_RE.sub(r"\1 ", who)  # "DOUGLAS C.GREENE"
    who = _DASH_SEPARATOR_RE.sub(", ", who)  # "Political Counselor - Mark Twain": a dash for a comma
    who = _D_COMMA_AFFAIRES_RE.sub("d'", who)  # "Charge d,Affaires"
    if not who:
        return None, None
    if DERIVED_FROM_RE.match(who):
        return None, who
    parts = [p.strip() for p in who.split(",") if p.strip(" .")]
    # In a line written in mixed case, a word in capitals is an office or a rank ("ECONMIN", "LTC").
    mixed = any(ch.islower() for ch in who)
    for index, part in enumerate(parts):
        if _REDACTED_RE.fullmatch(part):
            continue
        name, part_title = _split_words(part, mixed)
        if name is not None and _looks_like_name(name):
            after = parts[index + 1 :]
            if " " not in name and after and _is_given_names(after[0]):
                # "Martinez, Vilma, Ambassador", "Twine, Mark A, Political Counselor": surname first.
                name, after = f"{after[0]} {name}", after[1:]
            name = _SUFFIX_END_RE.sub(r"\1.", name)  # "Clark T. Randt Jr." keeps the suffix's stop
            title_parts = [*parts[:index], *([part_title] if part_title else []), *after]
            title = ", ".join(p for p in title_parts if not _REDACTED_RE.fullmatch(p))
            return name, title or None
    others = [p for p in parts if not _REDACTED_RE.fullmatch(p)]
    return None, ", ".join(others) or None


def _split_words(part: str, mixed: bool = False) -> tuple[str | None, str | None]:
    """The trailing words that are not title words (the name) and the words before them (the title)."""
    words = part.split()
    cut = len(words)
    while cut > 0 and not _is_title_word(words[cut - 1], mixed):
        cut -= 1
    return " ".join(words[cut:]) or None, " ".join(words[:cut]) or None


def _looks_like_name(name: str) -> bool:
    """Mostly capitalised words or initials, none naming an office ("Michae l Corbin" passes)."""
    words = name.split()
    if len(words) > MAX_NAME_WORDS or any(w.upper().rstrip(".") in _ORGANISATION_WORDS for w in words):
        return False
    name_like = sum(1 for w in words if _NAME_WORD_RE.fullmatch(w))
    return bool(_NAME_WORD_RE.fullmatch(words[0])) and 2 * name_like >= len(words)


def _is_given_names(part: str) -> bool:
    """ "Vilma", "Mark A", "Mark A.": a given name, with an initial or two after it."""
    first, *initials = part.split()
    return (
        len(initials) <= 2 and all(_INITIAL_WORD_RE.fullmatch(w) for w in initials) and _is_given_name(first)
    )


def _is_given_name(word: str) -> bool:
    return (
        bool(_NAME_WORD_RE.fullmatch(word))
        and not _is_title_word(word)
        and word.upper() not in _ORGANISATION_WORDS
    )


def _is_title_word(word: str, mixed: bool = False) -> bool:
    if _INITIAL_RE.fullmatch(word):
        return False  # "A." in "Mark A. Tokola" is part of a name
    upper = word.upper().strip(".,:;")
    if upper in TITLE_WORDS or word.upper() in TITLE_WORDS or "/" in word:
        return True
    if _OFFICE_WORD_RE.fullmatch(upper):
        return True  # "POLCHIEF", "ECONCOUNSELOR", "POLMILOFF"
    if "-" in upper and all(part in TITLE_WORDS or part in ("AT", "LARGE") for part in upper.split("-")):
        return True  # "Ambassador-at-Large", "Minister-Counselor"
    if len(upper) >= 5 and upper.endswith("OFF"):
        return True  # "PolOff", "ESTOFF", "EconOff": an officer of a section
    if (
        mixed
        and len(upper) >= 2
        and word.strip(".,:;").isupper()
        and upper not in _SUFFIXES
        and not _INITIALS_RE.fullmatch(word)
    ):
        return True
    if sum(ch.isupper() for ch in word) >= 3 and any(ch.islower() for ch in word):
        return True  # "EconMinCouns"
    return len(upper) >= 7 and _misspelt_title(upper)


@lru_cache(maxsize=2048)
def _misspelt_title(word: str) -> bool:
    """One slip from a long title word ("COUSELOR"); the first letter is taken as typed right."""
    return any(edit_distance(word, title, 2) <= 1 for title in _LONG_TITLE_WORDS if title[0] == word[0])


_INITIAL_RE = re.compile(r"[A-Z]\.")
_INITIAL_WORD_RE = re.compile(r"[A-Z]\.?")
# One word for a section's officer or chief: "POLCHIEF", "EconCouns", "POLMILOFF", "ESTOFF".
_OFFICE_WORD_RE = re.compile(
    r"(?:POL|ECON?|ESTH?|MGMT|CONS?|PD|PA|MIL|ENV|SCI|LAB|AG|DEF|POLMIL|POLECON|ECONPOL|ECOPOL|PE)[A-Z/\-]*"
    r"(?:OFF|OFFICER|CHIEF|COUNS|COUNSELOR|COUNSELLOR|MIN|MC|M/C)"
)
_SUFFIXES = frozenset({"JR", "SR", "II", "III", "IV"})
_INITIALS_RE = re.compile(r"(?:[A-Z]\.)+,?")
_SUFFIX_END_RE = re.compile(r"(?<=\s)(Jr|Sr|JR|SR)$")
_OFFICE_IN_PARENTHESES_RE = re.compile(r"\s*\([A-Z/&]{1,8}\)")
_DASH_SEPARATOR_RE = re.compile(r"\s+-{1,2}\s+")
_D_COMMA_AFFAIRES_RE = re.compile(r"\bd,\s?(?=Affaires)", re.IGNORECASE)
_GLUED_INITIAL_RE = re.compile(r"\b([A-Z]\.)(?=[A-Z][A-Za-z'’\-]{2,})")
