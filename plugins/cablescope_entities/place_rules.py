"""Places found beside the gazetteer's: the part of a place a compass word names ("Eastern Sudan"),
a feature named by its word first ("Gulf of Guinea"), and the names of events, programmes and
documents that hold a place the guideline does not count ("Turin Winter Olympics", "Plan Colombia").
"""

from __future__ import annotations

from cablescope_entities.collector import Collector
from cablescope_entities.gazetteer import DEMONYMS, GAZETTEER, GazEntry
from cablescope_entities.lexicon import (
    GEO_HEADS_LOW,
    ORG_HEADS_LOW,
    ORG_NON_STARTS_LOW,
    title_case_name,
    title_case_words,
)
from cablescope_entities.paragraph import Passage
from cablescope_entities.regions import REGIONAL_ADJECTIVES
from cablescope_entities.tokens import tokenize

# The last word of the name of an event, a programme or a document (``_event_end``).
EVENT_WORDS = frozenset(
    """olympics games conference summit ministerial protocol process accord accords agreement declaration
    initiative strategy program programme project compact act treaty convention conventions talks round
    roadmap pact charter doctrine consensus awakening revolution uprising incident massacre bombing
    bombings attacks prize award cup festival expo exercise framework plan""".split()
)
EVENTS_BEFORE = frozenset({"plan", "operation"})  # "Plan Colombia", "Operation Mountain Thrust"
EVENTS_BEFORE_OF = frozenset(
    "battle treaty siege declaration peace protocol statute summit conference convention charter".split()
)
COMPASS_LOW = frozenset(
    "north south east west northern southern eastern western central northeast northwest southeast "
    "southwest northeastern northwestern southeastern southwestern upper lower greater continental".split()
)


def _event_end(p: Passage, i: int, k: int) -> int:
    """Where the name of an event, a programme or a document that place i..k opens or is held in
    ends ("Turin Winter Olympics", "Iraq Donors Conference", "Plan Colombia", "Treaty of Lisbon"), or 0:
    the guideline counts no place inside such a name. In capitals only the next word may say so."""
    toks = p.tokens
    n = len(toks)
    if i and toks[i].joined and p.owner[i - 1] is None:
        before = toks[i - 1]
        if before.low in EVENTS_BEFORE and (p.caps or before.cap):
            return k
        # "Treaty of Lisbon", "Summit of the Americas"
        at = i - 2 if before.low == "the" and i > 2 and toks[i - 1].joined else i - 1
        if (
            toks[at].low == "of"
            and at > 0
            and toks[at].joined
            and toks[at - 1].low in EVENTS_BEFORE_OF
            and (p.caps or toks[at - 1].cap)
        ):
            return k
    j = k
    while j < n and j - k < (1 if p.caps else 4) and toks[j].joined:
        tok = toks[j]
        if tok.low in EVENT_WORDS and (p.caps or tok.cap):
            return j + 1
        if not (p.caps or tok.cap or tok.text == "-") or tok.low in ORG_HEADS_LOW:
            break
        j += 1
    return 0


def _compass_part(p: Passage, i: int, entry: GazEntry) -> bool:
    """The capitalised compass word just before place i names a part of it ("Northern Iraq"): the
    word is joined to the place, no rule took it, and the place is a country, region, province or
    city (not a feature, and not a name that already holds one, as "South Africa" does)."""
    before = p.tokens[i - 1]
    return (
        p.tokens[i].joined
        and p.owner[i - 1] is None
        # in capitals "SOUTHERN ARGENTINA" may be "southern Argentina", but "SOUTH TEHRAN" is a name
        and (before.low in ("north", "south", "east", "west", "greater") if p.caps else before.cap)
        and (p.caps or not before.text.isupper())
        and entry.type in ("country", "region", "province", "city")
    )


# Feature words that open a place's name before "of" ("Gulf of Guinea", "Sea of Japan"); the others
# do not ("Province of Buenos Aires", "Coast of Somalia": the name is the place after them).
HEAD_FIRST_FEATURES = frozenset("sea gulf strait straits bay lake island islands peninsula valley".split())
# The second half of a hyphenated modifier before a name ("Hong Kong-based", "US-backed").
MODIFIER_ENDINGS = frozenset(
    "based backed led funded run owned affiliated linked sponsored supported controlled dominated".split()
)
ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
# Words that may stand before a feature's word without naming it: kinds of base, ordinals.
_FEATURE_KINDS = ORDINALS | frozenset(
    "naval air forward operating support military transit army marine main logistics focused".split()
)


def not_a_feature_name(low: str, text: str, caps: bool) -> bool:
    """A word before a feature's word that names none ("Forward Operating Base", "Argentine Coast",
    "CWC Gulf"): a kind of base, an ordinal, a nationality, a sentence word or, in mixed case, an
    acronym."""
    return (
        low in _FEATURE_KINDS
        or low in DEMONYMS
        or low in ORG_NON_STARTS_LOW
        or (not caps and len(text) > 1 and text.isupper())
    )


def body_word_after(p: Passage, k: int) -> bool:
    """Token k, a feature's or a division's word, is followed by a body's word within three words
    ("Kampala District Court", "Iran Region Presence Office", "Zhejiang Province Communist Party")."""
    toks = p.tokens
    for nxt in toks[k + 1 : k + 4]:
        if not nxt.joined or not (p.caps or nxt.cap):
            return False
        if nxt.low in ORG_HEADS_LOW and nxt.low not in GEO_HEADS_LOW:
            return True
    return False


# Words between a region's name and "government" that are part of the body's name.
_LEVELS = frozenset({"regional", "provincial", "municipal", "state", "city", "local", "autonomous"})


def regional_government(words: str) -> int | None:
    """Where in the words before "government" (or after "Government of") a region, a province or a
    city is named ("Catalan", "Madrid Regional", "the Sichuan Provincial", "Punjab"), not a country
    (``country_in`` has looked) nor a person ("the Zapatero government"); None when none is."""
    toks = tokenize(words)
    lows = [t.low for t in toks]
    level = False
    while lows and lows[-1] in _LEVELS:
        lows.pop()
        level = True
    first = 1 if lows and lows[0] in ("the", "a") else 0
    lows = lows[first:]
    if not lows:
        return None
    # A city needs its level ("Madrid Regional Government"): "the Madrid government" is Spain's.
    kinds = ("province", "city") if level else ("province",)
    if " ".join(lows) in REGIONAL_ADJECTIVES or any(
        e.kind == "place" and e.type in kinds and not e.weak for e in GAZETTEER.get(tuple(lows), ())
    ):
        return toks[first].start
    return None


class PlaceRules(Collector):
    """The rules of this module that add or hold back a place."""

    def _place_in_a_name(self, p: Passage, i: int, k: int, entry: GazEntry, source: str) -> int:
        """Place i..k inside the name of an event (no mention: the words are taken, their length
        returned) or after a compass word (a place of its own); 0 when neither."""
        if blocked := _event_end(p, i, k):
            for idx in range(i, blocked):
                p.owner[idx] = ("event", p.span_text(i, blocked))
            return blocked - i
        if i and p.tokens[i - 1].low in COMPASS_LOW and _compass_part(p, i, entry):
            return self._compass_place(p, i, k, source)
        return 0

    def _named_feature(self, p: Passage, i: int, length: int, source: str) -> int:
        key = p.span_text(i, i + length)
        if p.caps:
            key = title_case_name(key)
        self._take(p, i, i + length, "place", key, "feature", source)
        return length

    def _compass_place(self, p: Passage, i: int, k: int, source: str) -> int:
        """ "Eastern Sudan", "South Tehran": a part of a place named by a compass word, a place of its
        own (a lower-case "northern Iraq" is Iraq)."""
        key = p.span_text(i - 1, k)
        if p.caps:
            key = title_case_words(key)
        self._take(p, i - 1, k, "place", key, "region", source)
        return k - i
