"""Named bodies written as set phrases around a country or a city: governments and diplomatic posts.

"the German Government", "the DPRK Government", "the Government of South Sudan" name the
government of a country; "Embassy Madrid", "U.S. Embassy Rangoon", "USDAO Rangoon",
"ConGen Shanghai", "Mission Afghanistan" name a U.S. post. Each finder yields the phrase's
span and the words that name the country or the city; the extractor looks those words up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

_NAME = r"[A-Z][\w'\u2019.-]*"
_GOVERNMENT = re.compile(
    rf"(?P<before>{_NAME}(?:\s+{_NAME})?)\s+(?:[Ff]ederal\s+|FEDERAL\s+)?(?:[Gg]overnment|GOVERNMENT)\b"
    rf"|(?:Government|GOVERNMENT)\s+(?:of|OF)\s+(?:the\s+|THE\s+)?(?P<after>{_NAME}(?:\s+{_NAME}){{0,2}})"
)
_POST = re.compile(
    r"(?P<post>(?:(?:U\.S\.|US|American)\s+)?(?:Embassy|EMBASSY|Consulate\s+General|CONSULATE\s+GENERAL|Consulate|"
    r"CONSULATE|ConGen|CONGEN|AmEmbassy|AMEMBASSY|AmConsul|AMCONSUL|USDAO|Mission|MISSION))\s+"
    rf"(?P<place>{_NAME}(?:\s+{_NAME})?)"
)
# Post words are opened by these letters; a paragraph without any has no post phrase.
_POST_HINTS = ("mbass", "MBASS", "onsul", "ONSUL", "onGen", "ONGEN", "USDAO", "ission", "ISSION")


class Phrase(NamedTuple):
    start: int
    end: int
    words: str
    """The country or city words inside the phrase, as written."""
    words_start: int


def government_phrases(text: str) -> Iterator[Phrase]:
    if "overnment" not in text and "OVERNMENT" not in text:
        return
    for m in _GOVERNMENT.finditer(text):
        group = "before" if m.group("before") else "after"
        yield Phrase(m.start(), m.end(), m.group(group), m.start(group))


def post_phrases(text: str) -> Iterator[Phrase]:
    if not any(hint in text for hint in _POST_HINTS):
        return
    for m in _POST.finditer(text):
        # A full stop or a possessive after the place is not part of its name.
        place = re.sub(r"(?:['\u2019][sS]|\.)$", "", m.group("place"))
        yield Phrase(m.start(), m.start("place") + len(place), place, m.start("place"))
