"""Word sets derived from the data modules, and small tests on words, that every rule reads."""

from __future__ import annotations

import re

from cablescope_entities.gazetteer import surface_tokens
from cablescope_entities.organisations import GEO_HEADS, ORG_HEADS, ORG_NON_STARTS
from cablescope_entities.people import (
    COMMON_SUFFIXES,
    COMMON_WORDS,
    FIRST_NAMES,
    KNOWN_SURNAMES,
    KNOWN_SURNAMES_MIXED_CASE_ONLY,
    TITLES,
)

REDACTION = re.compile(r"^X{3,}$", re.IGNORECASE)
# Endings of English nouns and adjectives that names seldom have; a run of capitalised words with
# one of them and no given name is a phrase ("Infectious Diseases"), not a person.
WORD_ENDINGS = (
    "tion",
    "tions",
    "sion",
    "sions",
    "ment",
    "ments",
    "ity",
    "ities",
    "ness",
    "ance",
    "ence",
    "ism",
    "ship",
    "ure",
    "ures",
    "ing",
    "ive",
    "ives",
    "ous",
    "ics",
    "ies",
    "ary",
    "ory",
    "ed",
    "ons",
    "als",
    "ists",
    "ers",
    "ors",
    "ts",
    "ls",
    "ces",
)
# Endings of English nouns that name a portfolio after a title ("Minister of Government
# Coordination", "Director of General Procurement") and open no name.
PORTFOLIO_ENDINGS = ("tion", "tions", "ment", "ments", "ance", "ence", "ity", "ities", "ship", "ure", "ures")
ARTICLES = frozenset({"al", "el"})
TITLE_TOKENS = {tuple(surface_tokens(t.lower())) for t in TITLES}
TITLE_LENGTHS: dict[str, tuple[int, ...]] = {}
"""Each title's first word, to the lengths of the titles it opens, longest first."""
for _title in TITLE_TOKENS:
    TITLE_LENGTHS[_title[0]] = tuple(sorted({*TITLE_LENGTHS.get(_title[0], ()), len(_title)}, reverse=True))
TITLE_FIRST = frozenset(TITLE_LENGTHS)
GEO_HEADS_LOW = frozenset(h.lower() for h in GEO_HEADS)
ORG_HEADS_LOW = frozenset(h.lower() for h in ORG_HEADS) | GEO_HEADS_LOW
# Last words of what an acronym may abbreviate that is not a body.
NOT_BODY_TAILS = frozenset(
    "act agreement assessment conference consultations convention defense defence dialogue exercise "
    "framework initiative law network operation plan process program programme project protocol "
    "regulation resolution strategy summit system talks treaty".split()
)
HEADS_BEFORE_OF = frozenset(
    "office ministry council bank court committee commission department bureau assembly university "
    "institute academy league directorate secretariat chamber union federation confederation organization "
    "organisation association party front movement".split()
)
# Ordinary words that open many bodies' names, in capitals too, after "THE": "THE ARMED FORCES",
# "THE GENERAL ASSEMBLY", "THE SECURITY COUNCIL", "THE FEDERAL POLICE".
CAPS_BODY_OPENERS = frozenset("armed general national united federal security special".split())
# Ordinary words that stand just before a body's head word in capitals: "... OIL COMPANY",
# "... INVESTIGATIVE UNIT", "... SECURITY SERVICE".
CAPS_BODY_INNER = CAPS_BODY_OPENERS | frozenset(
    "oil gas trade economic military civil investigative intelligence executive "
    "legislative consultative electoral cooperative".split()
)
# Levels of government that name a branch of a ruling party, not a party ("Provincial Party").
LOCAL_LEVELS = frozenset("provincial municipal local county city district regional prefectural".split())
DIVISIONS = frozenset(
    {"state", "province", "region", "governorate", "district", "prefecture", "oblast", "division"}
)
ORG_NON_STARTS_LOW = frozenset(w.lower() for w in ORG_NON_STARTS)
# State Department bureaus and embassy sections and agencies' offices at post, written in capitals
# before a title ("NEA A/S", "POL Chief", "RSO"): office symbols, no bodies (the guideline).
OFFICE_CODES = frozenset(
    """af eap eur nea sca wha isn inl drl prm oes eeb iip ca ds io pm ct inr ecp pol econ pao rso dao odc
    milgrp nas legatt cons mgmt fcs fas pas gso ima hro mfa pd dcm amb ppd polad polecon poloff econoff
    acting senior former deputy chief rao datt cjcs coas dasd""".split()
)
DATE_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
CONNECTORS = frozenset({"of", "for", "the", "-", "&"})


def title_case(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() if p else p for p in word.split("-"))


def common_in_caps(low: str) -> bool:
    if low in COMMON_WORDS:
        return True
    if low in FIRST_NAMES:
        return False  # "MOHAMMED" ends like "CLAIMED" but is a name
    return len(low) > 3 and low.upper().endswith(COMMON_SUFFIXES)


GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
KNOWN_ALONE = KNOWN_SURNAMES | KNOWN_SURNAMES_MIXED_CASE_ONLY  # "Lula" is "Lula da Silva"


def title_case_words(text: str) -> str:
    return " ".join(title_case(w) for w in text.split())


def title_case_name(text: str) -> str:
    """A name written in capitals, in title case but for its connectors ("GULF OF GUINEA" is
    "Gulf of Guinea")."""
    return " ".join(w.lower() if w.lower() in CONNECTORS else title_case(w) for w in text.split())


def opens_no_sentence(text: str, start: int) -> bool:
    """The word at ``start`` follows no full stop, colon or other sentence end (a line break inside
    a sentence, as telegrams wrap them, does not end it)."""
    before = text[max(0, start - 40) : start].rstrip()
    return bool(before) and before[-1] not in '.:;!?"'


def inside_sentence(text: str, start: int) -> bool:
    """The word at ``start`` does not open a sentence, a line or the paragraph."""
    before = text[max(0, start - 3) : start].rstrip(" ")
    return bool(before) and before[-1] not in '.:;!?\n"(-'
