"""Named bodies written as set phrases around a country or a city: governments and diplomatic posts.

"the German Government", "the DPRK Government", "the Government of South Sudan" name the
government of a country; "Embassy Madrid", "U.S. Embassy Rangoon", "USDAO Rangoon",
"ConGen Shanghai", "Mission Afghanistan" name a U.S. post; "Sina.com" names a website. Each
finder yields the phrase's span and the words that name the country or the city; the extractor
looks those words up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

_NAME = r"[A-Z][\w'\u2019.-]*"
# The word "government" is found first (substring searches), then the words before or after it are read.
_BEFORE_GOVERNMENT = re.compile(rf"(?P<words>{_NAME}(?:[ \t\n]+{_NAME})?)\s+(?:[Ff]ederal\s+|FEDERAL\s+)?\Z")
_ARTICLES = frozenset({"The", "THE", "A", "This", "THIS"})
_AFTER_GOVERNMENT = re.compile(rf"\s+(?:of|OF)\s+(?:the\s+|THE\s+)?(?P<words>{_NAME}(?:\s+{_NAME}){{0,2}})")
# The post word opens the pattern (the regex engine then skips to its letters); a "U.S." before it is
# taken into the phrase afterwards.
_POST = re.compile(
    r"(?:Embassy|EMBASSY|Consulate\s+General|CONSULATE\s+GENERAL|Consulate|CONSULATE|ConGen|CONGEN|"
    r"AmEmbassy|AMEMBASSY|AmConsul|AMCONSUL|USDAO|Mission|MISSION)\s+"
    rf"(?P<place>{_NAME}(?:\s+{_NAME})?)"
)
_PLACE_TAIL = re.compile(r"(?:['\u2019][sS]|\.)$")
_US_BEFORE = re.compile(r"(?:U\.S\.|US|American)\s+\Z")
# Most paragraphs name no post: substring tests for its words spare them the pattern above (a
# pattern of the words opens on one of four capitals, and its scan tests each character for them).
_POST_HINTS = ("Embassy", "EMBASSY", "Consul", "CONSUL", "ConGen", "CONGEN", "USDAO", "Mission", "MISSION")


class Phrase(NamedTuple):
    start: int
    end: int
    words: str
    """The country or city words inside the phrase, as written."""
    words_start: int


def _government_words(text: str) -> list[int]:
    """Where "government", "Government" and "GOVERNMENT" start, in the order of the text: found by
    their tails (a pattern opening on a choice of letters, "[Gg]overnment", is tried at every position)."""
    found: list[int] = []
    for tail, heads in (("overnment", "Gg"), ("OVERNMENT", "G")):
        at = text.find(tail, 1)
        while at != -1:
            if text[at - 1] in heads:
                found.append(at - 1)
            at = text.find(tail, at + len(tail))
    found.sort()
    return found


def government_phrases(text: str) -> Iterator[Phrase]:
    for start in _government_words(text):
        end = start + len("government")
        before = _BEFORE_GOVERNMENT.search(text, max(0, start - 60), start)
        if before is not None and before.group("words") in _ARTICLES:
            before = None  # "The Government of Kenya" opening a sentence: the country comes after
        if before is not None:
            yield Phrase(before.start(), end, before.group("words"), before.start("words"))
        elif text[start] == "G" and (after := _AFTER_GOVERNMENT.match(text, end)) is not None:
            yield Phrase(start, after.end(), after.group("words"), after.start("words"))


def post_phrases(text: str) -> Iterator[Phrase]:
    if not any(map(text.__contains__, _POST_HINTS)):
        return
    for m in _POST.finditer(text):
        us = _US_BEFORE.search(text, max(0, m.start() - 10), m.start())
        start = us.start() if us else m.start()
        # A full stop or a possessive after the place is not part of its name.
        place = _PLACE_TAIL.sub("", m.group("place"))
        yield Phrase(start, m.start("place") + len(place), place, m.start("place"))


# A website named by its address ("Sina.com", "wenxuecity.com", "b92.net"): a news site or a company.
_WEBSITE = re.compile(r"(?<![\w./@-])(?:www\.)?([A-Za-z][\w-]*\.(?:com|net|org|cn|ru|info|tv))(?![\w/.-]*\w)")
# Most paragraphs name no website: this search (on the full stop, in C) spares them the pattern above.
_WEBSITE_HINT = re.compile(r"\.(?:com|net|org|cn|ru|info|tv)\b")


def websites(text: str) -> Iterator[tuple[int, int, str]]:
    """Where websites are named by their address, and the address (without "www."); not inside a
    longer address or a path ("http://www.state.sgov.gov/...", "someone@state.gov")."""
    if _WEBSITE_HINT.search(text) is None:
        return
    for m in _WEBSITE.finditer(text):
        yield m.start(1), m.end(1), m.group(1)
