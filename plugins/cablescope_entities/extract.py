"""Rule-based entity extraction tuned to cables: titles, gazetteers and the telegram's own fields.

The extractor reads each paragraph once, left to right, over a token list:
a run of titles followed by name tokens is a person ("Premier Wen Jiabao"); the
longest gazetteer match is a place or organisation; a capitalised run ending in an
organisation word is an organisation ("Iran Novin Party"); a known given name starts
a person. A second pass links bare surnames ("Wen said") to the people already
named. All-capitals paragraphs (older cables) are read with a list of ordinary words
instead of capital letters. Header fields add the Classified By official, the signer
and the TAGS. The republisher's appendix is read separately and flagged.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from pydantic import TypeAdapter

from cablescope.api import Cable, Fact
from cablescope_entities.cities import CITIES, PROVINCES
from cablescope_entities.countries import CAPS_AMBIGUOUS, COUNTRIES, REGION_NAMES
from cablescope_entities.governments import (
    CAPS_WORDS,
    FIXED_SHORTHAND,
    initials,
    resolve_shorthand,
    shorthand_letters,
)
from cablescope_entities.organisations import GEO_HEADS, ORG_HEADS, ORG_NON_STARTS, ORGANISATIONS
from cablescope_entities.people import (
    COMMON_SUFFIXES,
    COMMON_WORDS,
    FIRST_NAMES,
    KNOWN_SURNAMES,
    KNOWN_SURNAMES_MIXED_CASE_ONLY,
    NAME_PARTICLES,
    NOT_NAMES,
    PORTFOLIO_WORDS,
    TITLE_MODIFIERS,
    TITLES,
    UNIQUE_TITLES,
    WEAK_TITLES,
)
from cablescope_entities.phrases import government_phrases, post_phrases
from cablescope_entities.tags import COUNTRY_CODES, ORGANISATION_CODES, SUBJECT_CODES

KINDS = ("person", "org", "place", "tag")
PLUGIN = "entities"

# The gap is possessive and may end the text instead of a token: otherwise a trailing run of
# punctuation is scanned again from each of its characters (quadratic: 100 KB of "<" took
# minutes). Every character either opens a token or belongs to a gap, so no match is lost.
_TOKEN = re.compile(
    r"([^A-Za-z0-9\u00c0-\u024f+-]*+)"
    r"([A-Za-z]/[A-Za-z]{1,2}\b|[A-Za-z](?:\.[A-Za-z])+\.?"
    r"|[A-Za-z0-9\u00c0-\u024f]+(?:['\u2019][A-Za-z\u00c0-\u024f]+)*|[-+]|\Z)"
)
_REDACTION = re.compile(r"^X{3,}$", re.IGNORECASE)
_LOWER_TITLE_BEFORE = re.compile(
    r"\b((?:deputy |vice |foreign |defense |interior |finance |intelligence |policy |party |army )?"
    r"(?:chief|deputy|adviser|advisor|spokesman|spokeswoman|minister|director|leader|governor|"
    r"mayor|chairman|president|secretary|ambassador|commander|official|legislator|lawmaker|"
    r"senator|judge|prosecutor|editor|activist|journalist|founder|head))\s+\Z"
)
# An office held of a place or body, just before a name: "mayor of", "governor of", "minister of".
_OFFICE_OF_BEFORE = re.compile(
    r"\b(?:mayor|governor|president|minister|ambassador|prefect)\s+of\s+(?:the\s+)?\Z"
)
# The words ``_LOWER_TITLE_BEFORE`` can end on: the text before a token must end with one
# (then spaces) for that search to match, a cheap test that spares the search on most tokens.
_LOWER_TITLE_WORDS = (
    "chief",
    "deputy",
    "adviser",
    "advisor",
    "spokesman",
    "spokeswoman",
    "minister",
    "director",
    "leader",
    "governor",
    "mayor",
    "chairman",
    "president",
    "secretary",
    "ambassador",
    "commander",
    "official",
    "legislator",
    "lawmaker",
    "senator",
    "judge",
    "prosecutor",
    "editor",
    "activist",
    "journalist",
    "founder",
    "head",
)
# The last letters of those words: a name after any other letter and a space has no title before it.
_TITLE_ENDINGS = frozenset(word[-1] for word in _LOWER_TITLE_WORDS)
# Words after which a capitals "US" can be the pronoun.
_BEFORE_US_PRONOUN = frozenset(
    """about after against among ask asked assure assured at before between brief briefed by call called
    contact contacted for from gave give given gives help helped inform informed invite invited join
    joined keep kept leave left let like made make meet met of on remind reminded send sent show
    showed tell telling tells thank thanked to told toward towards upon urge urged visit visited warn
    warned with""".split()
)
# Words that show a world-list name is a place where capitals cannot ("IN TRABZON", "BISMIL DISTRICT").
_PLACE_BEFORE = frozenset(
    "in at from to near into outside around across via through toward towards visited northern southern "
    "eastern western central".split()
)
_PLACE_AFTER = frozenset(
    "province city district region governorate state county area prefecture town village river".split()
)
# Endings of English nouns and adjectives that names seldom have; a run of capitalised words with
# one of them and no given name is a phrase ("Infectious Diseases"), not a person.
_WORD_ENDINGS = (
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
# What a person does after their name: "Steinmeier has insisted", "Hoyer said".
_PERSON_VERB_AFTER = re.compile(
    r"(?:'s|\u2019s)?\s+(?:has\s+\w+ed|said|says|told|noted|added|stressed|insisted|argued|explained|"
    r"believes|believed|contends|wants|wanted|asked|declined|agreed|warned|urged|promised|complained)\b"
)
# The two characters that can follow a name set off by apposition (``_APPOSITION``).
_APPOSITION_OPENINGS = frozenset({", ", ",\n", " (", " s", " t", " n", " a", "'s", "\u2019s"})
# "ACRONYM (Its Name)" is found from its " (": a search for the literal skips ahead, where a pattern
# opening on the acronym is tried at every capital (six times slower on real paragraphs).
_OPENING_PARENTHESIS = re.compile(r" \((?=[A-Z])")
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,8}\Z")
_NAME_IN_PARENTHESES = re.compile(r"[A-Z][\w'\u2019-]*(?: [\w'\u2019-]+){1,8}(?=\))")
_ACRONYM_OF_BODY = re.compile(r" \(([A-Z][A-Za-z-]{1,9})\)")
_PARENTHESISED_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&-]{1,7})\)")
# What follows a person's name set off in a sentence: ", a ...", ", who", " (CDU)", " said".
_APPOSITION = re.compile(
    r",\s+(?:a|an|the|who|whose|one|head|chief|former|deputy|[a-z]+ of)\b"
    r"| \([A-Z]| (?:said|told|says|noted|added|stated)\b"
)
_UPPER_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOWER_BYTES = b"abcdefghijklmnopqrstuvwxyz"
# In mixed-case text only capitalised runs can hold names: tokenising just those (with the
# small words that sit inside names) keeps extraction fast.
# "A/S Feltman", "U/S Larson": a one-letter office before a slash is one word with it.
_WORD = r"(?:[A-Z](?:/[A-Z]{1,2}\b|[\w.'\u2019]*)|(?:al|el)-[\w.'\u2019]+|d'[A-Z]\w*)(?:[-+][\w.'\u2019]+)*"
# Grouped by first letter, so that the engine tries one branch per word, not thirty (each is
# followed by spaces, so "bin" and "bint" or "de" and "del" cannot both match).
_INNER = (
    r"(?:a(?:nd|bu|l)|b(?:int|in)|d(?:el|as|os|es|er|en|e|a|o|u|i)|el|for|i(?:bn|n)|l[ae]|o[fn]|plus"
    r"|t(?:he|er)|u(?:nd|l)|v[ao]n|y|zu)"
)
# The same first word as ``_WORD``, written to open on one character class (its first letter,
# then lookbehinds pick the branch) so the regex engine skips ahead to candidate letters
# instead of trying every position of the paragraph.
_FIRST_WORD = (
    r"[A-Zade](?:(?<=[A-Z])(?:/[A-Z]{1,2}\b|[\w.'\u2019]*)|(?<=[ae])l-[\w.'\u2019]+|(?<=d)'[A-Z]\w*"
    r"|(?<=\b[ae])l(?=[ \t]+[A-Z]))"
    r"(?:[-+][\w.'\u2019]+)*"
)
_ARTICLES = frozenset({"al", "el"})
# The Arabic article written apart before a name opens its run ("al Qaeda", "el Baradei"): where
# one may be, the runs are found with ``_REGION``. Found from its "l" and a blank, checked behind
# (a pattern opening on "\b" is tried at every position, ten times slower).
_ARTICLE = re.compile(r"l[ \t](?<=\b[ae]l[ \t])")
_REGION = re.compile(rf"{_FIRST_WORD}(?:\s+(?:{_INNER}\s+)*{_WORD})*")
# ``_REGION`` for text without "al-", "el-" or "d'" (most paragraphs), where its first word can
# only open on a capital: the engine then skips straight to capitals.
_REGION_UPPER = re.compile(
    rf"[A-Z](?:/[A-Z]{{1,2}}\b|[\w.'\u2019]*)(?:[-+][\w.'\u2019]+)*(?:\s+(?:{_INNER}\s+)*{_WORD})*"
)


@dataclass(slots=True)
class Token:
    text: str
    low: str
    start: int
    end: int
    joined: bool
    """Only whitespace (or nothing) separates it from the token before."""
    possessive: bool
    cap: bool


@dataclass(slots=True)
class Mention:
    paragraph: int | None
    start: int | None
    end: int | None
    in_appendix: bool = False
    source: str = "text"


@dataclass
class Entity:
    """One person, organisation, place or TAGS subject, with every place the cable names it."""

    kind: str
    key: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    title: str | None = None
    affiliation: str | None = None
    extra: dict = field(default_factory=dict)
    in_appendix: bool = False

    def data(self) -> dict:
        out: dict = {"type": self.type}
        if self.kind == "person":
            out["title"] = self.title
            out["affiliation"] = self.affiliation
        out.update(self.extra)
        return out


@dataclass(slots=True)
class _GazEntry:
    kind: str
    key: str
    type: str
    surface: tuple[str, ...]
    extra: tuple[tuple[str, str], ...] = ()
    weak: bool = False
    """From the generated world list: a place only where no name is meant (``_Paragraph.place_alone``)."""


def tokenize(text: str, pos: int = 0, endpos: int | None = None) -> list[Token]:
    """Every token of ``text[pos:endpos]``; the first is never joined to anything before it."""
    tokens: list[Token] = []
    append = tokens.append
    # Every character either can open a token or belongs to a gap, so the matches follow one
    # another without holes: offsets are running sums of the lengths, and ``findall`` (no match
    # objects) is enough.
    end = pos
    joined_ok = False
    for gap, raw in _TOKEN.findall(text, pos, len(text) if endpos is None else endpos):
        if not raw:
            break  # the gap that ends the text
        start = end + len(gap)
        end = start + len(raw)
        possessive = False
        if len(raw) > 2 and raw[-1] in "sS" and raw[-2] in "'\u2019":
            raw = raw[:-2]
            possessive = True
        # Only whitespace between two tokens keeps them in one name; a hyphen is a token itself.
        joined = joined_ok and (not gap or gap.isspace())
        joined_ok = True
        append(
            Token(
                raw, raw.lower(), start, end - 2 if possessive else end, joined, possessive, raw[0].isupper()
            )
        )
    return tokens


def capitalised_tokens(text: str) -> list[Token]:
    """The tokens of the capitalised runs of mixed-case text (all a name can be made of)."""
    tokens: list[Token] = []
    append = tokens.append
    lower_openings = "al-" in text or "el-" in text or "d'" in text or _ARTICLE.search(text)
    region = _REGION if lower_openings else _REGION_UPPER
    end = 0
    for word in region.findall(text):
        # The first capital after the last run always opens the next run (so does "al-" or "d'"
        # with ``_REGION``), and no earlier copy of the run's text can lie before it: a plain search
        # finds where it starts, cheaper than a match object.
        start = text.find(word, end)
        end = start + len(word)
        if word.isalpha():
            # Most runs are one plain word ("The", "Iran"): no need for the tokeniser.
            append(Token(word, word.lower(), start, end, False, False, True))
        elif word.replace(" ", "").replace("\n", "").isalpha():
            # Plain words and spaces ("Prime Minister Wen Jiabao"): split on the spaces.
            joined = False
            for part in word.split():
                start = text.find(part, start)
                append(Token(part, part.lower(), start, start + len(part), joined, False, part[0].isupper()))
                start += len(part)
                joined = True
        elif not (word.isascii() and _words_with_stops(text, word, start, append)):
            tokens.extend(tokenize(text, start, end))
    return tokens


def _words_with_stops(text: str, run: str, start: int, append: Callable[[Token], object]) -> bool:
    """The tokens of a run of ASCII words that may end in a full stop or a possessive ("Iran's",
    "End Summary.", "The U.S."), hold hyphens ("Al-Qaeda", "President-elect") or be an office
    before a slash ("U/S Larson"), as ``tokenize`` makes them, appended; False, with nothing
    appended, for any other run (most runs that are not plain words are of these shapes)."""
    words: list[tuple[str, bool, bool]] = []
    for part in run.split():
        stop = part[-1] == "." and part != "U.S."
        core = part[:-1] if stop else part
        possessive = len(core) > 2 and core[-1] in "sS" and core[-2] == "'"
        if possessive:
            core = core[:-2]
        if not (
            core.isalpha()
            or part == "U.S."
            or ("-" in core and core.replace("-", "").isalpha() and _HYPHENATED.fullmatch(core))
            or (not possessive and len(core) in (3, 4) and core[1] == "/" and _OFFICE_SLASH.fullmatch(core))
        ):
            return False
        words.append((core, possessive, stop))
    joined = False
    for core, possessive, stop in words:
        start = text.find(core, start)
        if "-" in core and core != "U.S.":
            # "Al-Qaeda": the hyphen is a token of its own, and nothing but it parts the pieces.
            pieces = core.split("-")
            last = len(pieces) - 1
            for n, piece in enumerate(pieces):
                append(
                    Token(
                        piece,
                        piece.lower(),
                        start,
                        start + len(piece),
                        joined,
                        possessive and n == last,
                        piece[0].isupper(),
                    )
                )
                start += len(piece)
                if n < last:
                    append(Token("-", "-", start, start + 1, True, False, False))
                    start += 1
                joined = True
        else:
            append(Token(core, core.lower(), start, start + len(core), joined, possessive, core[0].isupper()))
            start += len(core)
        # A full stop between two words parts them ("Mr. Smith"): only spaces join.
        joined = not stop
    return True


# Words the tokeniser splits at their hyphens ("Al-Qaeda", "al-Qaeda-linked") and "U/S", "D/S".
_HYPHENATED = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")
_OFFICE_SLASH = re.compile(r"[A-Za-z]/[A-Za-z]{1,2}")


def _surface_tokens(surface: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenize(surface))


def _build_gazetteer() -> tuple[dict[tuple[str, ...], list[_GazEntry]], dict[str, str]]:
    index: dict[tuple[str, ...], list[_GazEntry]] = {}
    demonyms: dict[str, str] = {}

    def add(surface: str, entry_kind: str, key: str, etype: str, extra=(), weak: bool = False) -> None:
        toks = _surface_tokens(surface)
        if not toks:
            return
        index.setdefault(tuple(t.lower() for t in toks), []).append(
            _GazEntry(entry_kind, key, etype, toks, tuple(extra), weak)
        )

    for name, aliases, dems in COUNTRIES:
        etype = "region" if name in REGION_NAMES else "country"
        for surface in (name, *aliases):
            add(surface, "place", name, etype)
        for dem in dems:
            demonyms[dem.lower()] = name
    for name, country, aliases in CITIES:
        for surface in (name, *aliases):
            add(surface, "place", name, "city", (("country", country),))
    for name, country, aliases in PROVINCES:
        for surface in (name, *aliases):
            add(surface, "place", name, "province", (("country", country),))
    for name, acronym, aliases in ORGANISATIONS:
        extra = (("acronym", acronym),) if acronym else ()
        for surface in (name, *aliases, *((acronym,) if acronym else ())):
            add(surface, "org", name, "organisation", extra)
    return index, demonyms


GAZETTEER, DEMONYMS = _build_gazetteer()
_GAZ_LENGTHS: dict[str, tuple[int, ...]] = {}
for _key in GAZETTEER:
    _GAZ_LENGTHS[_key[0]] = tuple(sorted({*_GAZ_LENGTHS.get(_key[0], ()), len(_key)}, reverse=True))
_GAZ_FIRST = set(_GAZ_LENGTHS)
_world_loaded = False


def load_world_places() -> None:
    """Add the generated world list (``world_places.py``) to the gazetteer, once, on first use:
    reading its 12,000 names costs some 50 ms that commands which never extract should not pay
    at start-up. Added last, so that a name our own lists hold keeps their meaning."""
    global _world_loaded
    if _world_loaded:
        return
    _world_loaded = True
    from cablescope_entities.world_places import PLACES

    for line in PLACES.splitlines():
        name, country, kind = line.split("\t")
        toks = (name,) if name.isalpha() else _surface_tokens(name)
        key = tuple(t.lower() for t in toks)
        GAZETTEER.setdefault(key, []).append(
            _GazEntry("place", name, kind, toks, (("country", country),), True)
        )
        _GAZ_LENGTHS[key[0]] = tuple(sorted({*_GAZ_LENGTHS.get(key[0], ()), len(key)}, reverse=True))
        _GAZ_FIRST.add(key[0])


_TITLE_TOKENS = {tuple(_surface_tokens(t.lower())) for t in TITLES}
_TITLE_FIRST = frozenset(t[0] for t in _TITLE_TOKENS)
_TITLE_LONGEST = max(len(t) for t in _TITLE_TOKENS)
_GEO_HEADS_LOW = frozenset(h.lower() for h in GEO_HEADS)
_ORG_HEADS_LOW = frozenset(h.lower() for h in ORG_HEADS) | _GEO_HEADS_LOW
# Last words of what an acronym may abbreviate that is not a body.
_NOT_BODY_TAILS = frozenset(
    "act agreement assessment conference consultations convention defense defence dialogue exercise "
    "framework initiative law network operation plan process program programme project protocol "
    "regulation resolution strategy summit system talks treaty".split()
)
_HEADS_BEFORE_OF = frozenset(
    "office ministry council bank court committee commission department bureau assembly university "
    "institute academy league directorate secretariat".split()
)
_DIVISIONS = frozenset({"state", "province", "region", "governorate", "district", "prefecture", "oblast"})
_ORG_NON_STARTS_LOW = frozenset(w.lower() for w in ORG_NON_STARTS)
_CONNECTORS = frozenset({"of", "for", "the", "-", "&"})
_ORG_BY_KEY = {name: acronym for name, acronym, _a in ORGANISATIONS}


def is_caps_text(text: str) -> bool:
    """True for a paragraph written in capitals, as older cables are (judged on its opening)."""
    # Counting ASCII letters in bytes (other characters dropped) is several times faster than
    # str.translate, which looks every character up in a table.
    sample = text[:600].encode("ascii", "ignore")
    upper = len(sample) - len(sample.translate(None, _UPPER_BYTES))
    lower = len(sample) - len(sample.translate(None, _LOWER_BYTES))
    return upper > 20 and lower * 6 < upper


def _title_case(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() if p else p for p in word.split("-"))


def _common_in_caps(low: str) -> bool:
    if low in COMMON_WORDS:
        return True
    if low in FIRST_NAMES:
        return False  # "MOHAMMED" ends like "CLAIMED" but is a name
    return len(low) > 3 and low.upper().endswith(COMMON_SUFFIXES)


class _Paragraph:
    """Extraction state for one stretch of text (a paragraph, the appendix, a header field)."""

    def __init__(
        self, text: str, number: int | None, in_appendix: bool, caps: bool | None = None, source: str = "text"
    ):
        self.text = text
        self.source = source
        self.number = number
        self.in_appendix = in_appendix
        self.caps = is_caps_text(text) if caps is None else caps
        self.tokens = tokens = tokenize(text) if self.caps else capitalised_tokens(text)
        n = len(tokens)
        self.owner: list[tuple[str, str] | None] = [None] * n
        self.lows = lows = [t.low for t in tokens]
        """Each token's lower-case text: slices of it key the gazetteer and the titles."""
        self.run_end = run_end = [n] * n
        """For each token, the index of the first later token not joined to it (past the end: none):
        a name of several words fits from i when it ends at run_end[i] or before."""
        end = n
        for j in range(n - 1, -1, -1):
            run_end[j] = end
            if not tokens[j].joined:
                end = j
        self.has_heads = not _ORG_HEADS_LOW.isdisjoint(lows)
        self.next_head: list[int] = []
        """For each token, the index of the next organisation head word after it (past the end: none)."""
        if self.has_heads:
            following = n + 7
            self.next_head = [0] * n
            for j in range(n - 1, -1, -1):
                self.next_head[j] = following
                if lows[j] in _ORG_HEADS_LOW:
                    following = j

    # -- token predicates ------------------------------------------------------------
    def namelike(self, i: int) -> bool:
        """Could token i be part of a person's name?"""
        tok = self.tokens[i]
        low = tok.low
        if not tok.text[0].isalpha() or low in NOT_NAMES or _REDACTION.match(tok.text):
            return False
        if (low,) in _TITLE_TOKENS or low in TITLE_MODIFIERS or low in _ORG_HEADS_LOW:
            return False
        if low in DEMONYMS:
            return False
        if self.caps:
            if _common_in_caps(low):
                return False
        elif not tok.cap:
            return False
        return low not in _GAZ_FIRST or self.gazetteer_at(i, weak=False) is None

    def _gaz_case_ok(self, entry: _GazEntry, i: int) -> bool:
        toks = self.tokens
        if self.caps:
            if len(entry.surface) == 1:
                s = entry.surface[0]
                if s == "US":
                    return not self.us_is_pronoun(i)
                # Only real words: "BEIJING" and "WYOMING" end like "-ING" words but are places.
                if s.upper() in CAPS_AMBIGUOUS or s.lower() in COMMON_WORDS:
                    return False
            return True
        for k, s in enumerate(entry.surface):
            t = toks[i + k].text
            if s == t or s.islower() or (t in _ARTICLES and s.lower() == t):
                continue  # the Arabic article is written either way ("Al Jazeera", "al Jazeera")
            if s.isupper() and len(s) > 1:
                return False
            if t.isupper() and len(t) > 1 and len(s) > 1:
                # "IRAN" written in capitals inside mixed text (a subject line) still counts.
                if t == s.upper():
                    continue
                return False
            if t[:1].upper() + t[1:] != s[:1].upper() + s[1:] or not t[:1].isupper():
                return False
        return True

    def names_a_body(self, i: int, k: int, acronym: str) -> bool:
        """Words i..k that ``acronym`` abbreviates name a body, not a law, plan, treaty or title
        ("Non-Proliferation Treaty (NPT)", "Deputy Chief of Mission (DCM)")."""
        if self.tokens[k - 1].low in _NOT_BODY_TAILS or (acronym.lower(),) in _TITLE_TOKENS:
            return False
        end, _strong = self.title_run(i)
        return end < k

    def us_is_pronoun(self, i: int) -> bool:
        """In capitals, "US" after a verb or preposition and before a small word or a stop is "us"
        ("TOLD US THAT", "WITH US."); elsewhere it is the country ("US IN FACT HAS", "OFF US COAST")."""
        toks = self.tokens
        if i == 0 or toks[i - 1].low not in _BEFORE_US_PRONOUN or not toks[i].joined:
            return False
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return nxt is None or not nxt.joined or nxt.low in COMMON_WORDS

    def place_alone(self, i: int, k: int) -> bool:
        """Tokens i..k are no part of a longer capitalised name ("Garcia" in "Genaro Garcia Luna" is not
        the town); in capitals, where that cannot be seen, a preposition or a place word must say so."""
        toks = self.tokens
        before = toks[i - 1] if i > 0 and toks[i].joined else None
        after = toks[k] if k < len(toks) and toks[k].joined else None
        if self.caps:
            return (before is not None and before.low in _PLACE_BEFORE) or (
                after is not None and after.low in _PLACE_AFTER
            )
        if before is not None and before.cap and before.low not in _PLACE_BEFORE | COMMON_WORDS:
            return False
        return after is None or not after.cap or after.low in _PLACE_AFTER or after.low in COMMON_WORDS

    def gazetteer_at(self, i: int, weak: bool = True) -> tuple[int, _GazEntry] | None:
        toks = self.tokens
        lengths = _GAZ_LENGTHS.get(toks[i].low)
        if lengths is None:
            return None
        fits = self.run_end[i] - i  # the most words joined from i
        for length in lengths:
            if length > fits and length > 1:
                continue
            entries = GAZETTEER.get(tuple(self.lows[i : i + length]))
            if not entries:
                continue
            for entry in entries:
                if entry.weak and not (weak and self.place_alone(i, i + length)):
                    continue
                if self._gaz_case_ok(entry, i):
                    if length == 1 and toks[i].text in "-+":
                        continue
                    return length, entry
        return None

    def title_at(self, i: int) -> int:
        """Length of the title that starts at token i (0 if none)."""
        toks = self.tokens
        if toks[i].low not in _TITLE_FIRST:
            return 0
        if not self.caps and not toks[i].cap:
            return 0
        lows = self.lows
        for length in range(min(_TITLE_LONGEST, self.run_end[i] - i), 0, -1):
            if tuple(lows[i : i + length]) in _TITLE_TOKENS:
                return length
        return 0

    def title_run(self, i: int) -> tuple[int, bool]:
        """End index (exclusive) of a run of title words and modifiers from i, and whether it holds a
        title."""
        toks = self.tokens
        n = len(toks)
        j = i
        strong = False
        floor = i  # the end of a portfolio ("Minister of Energy"): never trimmed back
        while j < n:
            if j > i and not toks[j].joined:
                break
            if j > i and toks[j - 1].possessive:
                break
            tok = toks[j]
            if not self.caps and not tok.cap:
                break
            length = self.title_at(j)
            if length:
                title_words = tuple(self.lows[j : j + length])
                if not (length == 1 and title_words[0] in WEAK_TITLES):
                    strong = True
                j += length
                if length > 1:
                    floor = j  # a whole title ("Secretary of State") is never trimmed
                # "Minister of Foreign Affairs", "Secretary of State", "Envoy for the Middle East"
                if j + 1 < n and toks[j].low in ("of", "for") and toks[j].joined:
                    k = j + 1
                    while k < n and toks[k].joined:
                        if toks[k].low in PORTFOLIO_WORDS:
                            k += 1
                            continue
                        place = self.gazetteer_at(k)
                        if place is None:
                            break
                        k += place[0]
                    while k > j + 1 and toks[k - 1].low in ("the", "and", "of"):
                        k -= 1
                    if k < n and toks[k].joined and toks[k].low in _ORG_HEADS_LOW:
                        k = j  # "Director of the National Security Bureau": a body, not a portfolio
                    if k > j + 1:
                        j = floor = k
                continue
            if tok.low in TITLE_MODIFIERS:
                j += 1
                continue
            break
        # A run must end on a title word, not on a modifier ("National Security Council").
        while j > floor and toks[j - 1].low in TITLE_MODIFIERS and not self.title_at(j - 1):
            j -= 1
        return j, strong

    def after_abbreviation(self, j: int) -> bool:
        """Token j follows an abbreviated title and its full stop ("Dr. Siddiqui", "Gen. Jones")."""
        prev = self.tokens[j - 1]
        return (
            j > 0
            and len(prev.text) <= 5
            and (prev.low,) in _TITLE_TOKENS
            and self.text[prev.end : self.tokens[j].start].strip() == "."
        )

    def name_from(self, j: int, limit: int = 4) -> int:
        """End index (exclusive) of the person's name that starts at token j (j if none)."""
        toks = self.tokens
        n = len(toks)
        k = j
        count = 0
        while k < n and count < limit:
            tok = toks[k]
            if k > j and not tok.joined:
                break
            if k > j and toks[k - 1].possessive:
                break
            if (
                tok.text == "-"
                and k > j
                and k + 1 < n
                and tok.start == toks[k - 1].end
                and toks[k + 1].start == tok.end
                and toks[k + 1].text.isalpha()
                and self.gazetteer_at(k + 1, weak=False) is None  # "Jiang Zemin-Shanghai" joins a place
            ):
                k += 2  # "Roh Moo-hyun", "Zia ul-Haq"
                continue
            if k > j and tok.low in NAME_PARTICLES and k + 1 < n and toks[k + 1].joined:
                nxt = k + 1
                # Particles come in runs ("von und zu Guttenberg", "Lula da Silva", "bin Abd al-Aziz").
                while nxt + 1 < n and toks[nxt].low in NAME_PARTICLES and toks[nxt + 1].joined:
                    nxt += 1
                if toks[nxt].text == "-" and nxt + 1 < n:
                    nxt += 1
                if self.namelike(nxt):
                    k = nxt + 1
                    count += 1
                    continue
            if (
                len(tok.text) == 1
                and tok.text.isupper()
                and k > j
                and self.text[tok.end : tok.end + 1] == "."
            ):
                k += 1  # a middle initial
                continue
            if tok.low in ("al", "el") and k + 2 < n and toks[k + 1].text == "-" and self.namelike(k + 2):
                k += 3
                count += 1
                continue
            if not self.namelike(k):
                break
            if self.owner[k] is not None:
                break
            k += 1
            count += 1
        # Never end on an initial or a particle ("Robert M." is a name cut short, not a name).
        while k > j and (
            toks[k - 1].low in NAME_PARTICLES or toks[k - 1].text == "-" or len(toks[k - 1].text) == 1
        ):
            k -= 1
        return k

    def name_key(self, j: int, k: int) -> str:
        parts: list[str] = []
        toks = self.tokens
        for idx in range(j, k):
            tok = toks[idx]
            word = tok.text
            if self.caps or (len(word) > 2 and word.isupper()):
                # a name in capitals ("JOSE LUIS PAREDES", "Michel BARNIER") is keyed as one is written
                word = word.lower() if word.lower() in NAME_PARTICLES else _title_case(word)
            if (len(word) == 1 and word.isupper()) or word.lower() in ("jr", "sr"):
                word += "."
            if idx > j and (tok.text == "-" or toks[idx - 1].text == "-"):
                parts[-1] += word
            else:
                parts.append(word)
        return " ".join(parts)

    def span_text(self, j: int, k: int) -> str:
        text = self.text[self.tokens[j].start : self.tokens[k - 1].end]
        return " ".join(text.split())


@dataclass
class _PersonCandidate:
    name: str
    title: str | None
    affiliation: str | None
    mentions: list[Mention]


class Extractor:
    """Collects entities from one cable (body and header) or one appendix."""

    def __init__(self, in_appendix: bool = False, home: str | None = None):
        self.in_appendix = in_appendix
        self.home = home
        """The country of the cable's post, which settles shorthand such as "GOI"."""
        self.persons: list[_PersonCandidate] = []
        self.entities: dict[tuple[str, str], Entity] = {}
        self.paragraphs: list[_Paragraph] = []
        self.shorthand: list[tuple[str, Mention]] = []
        """Government shorthand met in the text, resolved once every country named is known."""
        self.acronyms: dict[str, tuple[str, str]] = {}
        self.defined_as: dict[tuple[str, str], tuple[str, str]] = {}
        """A body the cable spells out before an acronym the gazetteer knows, to that acronym's body."""
        self.cluster_of: dict[str, Entity] = {}
        """Each person candidate's name, to the person it was found to be (``_cluster_people``)."""
        """Acronyms the cable defines ("Christian Social Union (CSU)"): acronym to (kind, key)."""

    # -- results ---------------------------------------------------------------------
    def _add(
        self,
        kind: str,
        key: str,
        etype: str,
        mention: Mention,
        extra: dict | tuple[tuple[str, str], ...] = (),
    ) -> None:
        """A mention of the entity; ``extra`` (a dict or a gazetteer entry's pairs) is read only when
        the entity is new (most mentions are of an entity already met)."""
        ent = self.entities.get((kind, key))
        if ent is None:
            ent = Entity(kind, key, etype, extra=dict(extra), in_appendix=self.in_appendix)
            self.entities[(kind, key)] = ent
        ent.mentions.append(mention)

    def _mention(self, p: _Paragraph, j: int, k: int, source: str = "text") -> Mention:
        return Mention(p.number, p.tokens[j].start, p.tokens[k - 1].end, self.in_appendix, source)

    # -- pass one: titles, gazetteer, organisation words, given names ---------------
    def read(self, text: str, number: int | None, caps: bool | None = None, source: str = "text") -> None:
        p = _Paragraph(text, number, self.in_appendix, caps, source)
        self.paragraphs.append(p)
        self._phrases(p)
        if not p.caps and " (" in text:
            self._acronyms_spelled_after(p)
        if not p.caps:
            self._bodies_before_lower_heads(p, source)
        toks = p.tokens
        n = len(toks)
        i = 0
        while i < n:
            tok = toks[i]
            if not tok.text[0].isalnum() or p.owner[i] is not None:
                i += 1  # punctuation, or a word a phrase already took ("DPRK" in "DPRK Government")
                continue
            if not p.caps and not tok.cap and tok.low not in _GAZ_FIRST:
                i += 1
                continue
            # Each rule is tried only where its first test can pass (the same tests it opens with).
            low = tok.low
            step = 0
            if low in _TITLE_FIRST or low in TITLE_MODIFIERS:
                step = self._person_by_title(p, i, source)
            if not step and (
                low in _GAZ_FIRST
                or (
                    p.has_heads
                    and (low in _ORG_HEADS_LOW or (p.next_head[i] <= i + 6 and p.next_head[i] < p.run_end[i]))
                )
            ):
                step = self._place_or_org(p, i, source)
            if not step and low in FIRST_NAMES:
                step = self._person_by_given_name(p, i, source)
            if (
                not step
                and 3 <= len(low) <= 5
                and (low[-1] == "g" or low[:2] in _SHORTHAND_OPENINGS)
                and tok.text.isupper()
            ):
                step = self._government_shorthand(p, i, source)
            if not step and (low in KNOWN_SURNAMES or (not p.caps and low in KNOWN_SURNAMES_MIXED_CASE_ONLY)):
                step = self._known_surname(p, i, source)
            if not step and not p.caps and i + 1 < n and toks[i + 1].joined and toks[i + 1].cap:
                # Only where a comma, a parenthesis or a verb follows the second or third word.
                ends = (toks[i + 1].end, toks[i + 2].end if i + 2 < n and toks[i + 2].joined else -1)
                if any(e >= 0 and text[e : e + 2] in _APPOSITION_OPENINGS for e in ends):
                    step = self._person_by_apposition(p, i, source)
            if not step and not p.caps and not tok.joined:
                # A lower-case title ends before the spaces in front of the name: most
                # capitalised words follow a full stop instead, and need no closer look.
                before = text[tok.start - 2 : tok.start]
                if (
                    len(before) == 2
                    and before[1].isspace()
                    and (before[0] in _TITLE_ENDINGS or before[0].isspace())
                ):
                    step = self._person_by_lower_title(p, i, source)
            i += step or 1

        if "(" in text:
            self._acronym_definitions(p)

    def _phrases(self, p: _Paragraph) -> None:
        """Governments ("the German Government") and posts ("Embassy Madrid"), before the word rules:
        the country or city inside them is part of the body's name, not a place of its own."""
        for phrase in government_phrases(p.text):
            found = _country_in(phrase.words)
            if found is not None:
                country, offset, length = found
                start = phrase.words_start + offset
                self._claim(
                    p, start, phrase.end, "org", _government_key(country), "government", {"country": country}
                )
        for phrase in post_phrases(p.text):
            ends = [m.end() for m in re.finditer(r"\w[\w'\u2019-]*", phrase.words)]
            for count in range(len(ends), 0, -1):
                place = " ".join(phrase.words[: ends[count - 1]].split())
                if _place_named(place):
                    post = " ".join(p.text[phrase.start : phrase.words_start].split())
                    key = f"{_post_word(post)} {_title_case_words(place) if p.caps else place}"
                    self._claim(p, phrase.start, phrase.words_start + ends[count - 1], "org", key, "post", {})
                    break

    def _claim(
        self, p: _Paragraph, start: int, end: int, kind: str, key: str, etype: str, extra: dict
    ) -> None:
        """An entity whose mention is text[start:end]; the tokens inside it belong to it."""
        self._add(kind, key, etype, Mention(p.number, start, end, self.in_appendix, p.source), extra)
        idx = bisect_left(p.tokens, start, key=_token_start)
        while idx < len(p.tokens) and p.tokens[idx].end <= end:
            p.owner[idx] = (kind, key)
            idx += 1

    def _government_shorthand(self, p: _Paragraph, i: int, source: str) -> int:
        """ "GOJ", "USG": kept until the countries the cable names are known (``finish``)."""
        tok = p.tokens[i]
        code = tok.text
        if p.owner[i] is not None or not code.isupper():
            return 0
        if shorthand_letters(code, _COUNTRY_INITIALS) is None:
            return 0
        if p.caps and code in CAPS_WORDS:
            return 0
        self.shorthand.append((code, self._mention(p, i, i + 1, source)))
        p.owner[i] = ("org", code)
        return 1

    def _acronym_definitions(self, p: _Paragraph) -> None:
        """ "Full Name (ACR)": the acronym names what stands before it, here and in the rest of the cable."""
        toks = p.tokens
        at: dict[int, int] = {}
        for m in _PARENTHESISED_ACRONYM.finditer(p.text):
            at = at or {tok.start: i for i, tok in enumerate(toks)}  # built on the first match only
            i = at.get(m.start(1))
            if not i or toks[i].end != m.end(1):
                continue
            acronym = m.group(1)
            before = p.owner[i - 1]
            if before is not None and before[0] == "org" and before[1] not in FIXED_SHORTHAND:
                self.acronyms.setdefault(acronym.upper(), before)
                if p.owner[i] is None:
                    self._add("org", before[1], "organisation", self._mention(p, i, i + 1, p.source))
                    p.owner[i] = before
                elif (
                    p.owner[i][0] == "org"
                    and p.owner[i] != before
                    and not p.owner[i][1].isupper()  # the list's key is a name, not a code
                    and self.entities[before].type != "government"
                ):
                    # The list knows the acronym: what the cable spells out is that body, under the
                    # list's key ("International Energy Administration (IEA)", "... Relations (MRE)").
                    self.defined_as[before] = p.owner[i]
                continue
            if before is not None or p.caps:
                continue
            start = _initials_start(toks, i, acronym)
            if start is None or not p.names_a_body(start, i, acronym):
                continue
            key = p.span_text(start, i)
            self._add("org", key, "organisation", self._mention(p, start, i, p.source), {"acronym": acronym})
            self._add("org", key, "organisation", self._mention(p, i, i + 1, p.source))
            for idx in range(start, i + 1):
                p.owner[idx] = ("org", key)
            self.acronyms.setdefault(acronym.upper(), ("org", key))

    def _bodies_before_lower_heads(self, p: _Paragraph, source: str) -> None:
        """A name and a body's word in lower case after it, as cables write them: "the Haqqani
        network", "the Junbesh party", "the Adda'wa mosque" (the word is part of the name); "the
        Al-Ayam newspaper", "daily Al-Ayam" (the name alone is the paper's); "the Milli Gorus
        Islamist movement" (the name is before the adjective). Not after a nationality, a common
        word, a title or a sentence's first word ("Afghan government", "The party")."""
        toks = p.tokens
        for head in _LOWER_HEAD.finditer(p.text):
            word = head["before"] or head["after"]
            if head["before"]:  # "daily Al-Ayam": the name follows
                i = bisect_left(toks, head.end(), key=_token_start)
                if i >= len(toks) or toks[i].start != head.end():
                    continue
                k = p.run_end[i] - 1
                if k - i > 5:
                    continue
            else:
                k = bisect_left(toks, head.start(), key=_token_start) - 1
                if k < 0 or toks[k].end != head.start() - 1:
                    continue
                i = k
                while i > k - 3 and toks[i].joined and (toks[i - 1].cap or toks[i - 1].text == "-"):
                    i -= 1
            while i < k and toks[i].text == "-":
                i += 1
            words = [t for t in toks[i : k + 1] if t.text != "-"]
            if (
                toks[k].possessive
                or not _opens_no_sentence(p.text, toks[i].start)
                or any(p.owner[idx] is not None for idx in range(i, k + 1))
                or any(not t.cap or t.low in DEMONYMS or t.low in COMMON_WORDS for t in words[1:])
                or not words[0].cap
                or words[0].low in DEMONYMS
                or (words[0].low in COMMON_WORDS and words[0].low not in _ARTICLES)
                or words[0].low in _ORG_NON_STARTS_LOW
                or any(p.title_at(idx) or p.gazetteer_at(idx) for idx in range(i, k + 1))
                or (words[0].low in FIRST_NAMES and len(words) > 1)
                or (
                    len(words) == 1
                    and (len(words[0].text) < 3 or words[0].low.endswith(("an", "ish", "ese", "ist")))
                )
            ):
                # "TV network"; "Catalan party", "Chechnyan network": of a people, not a name; "the
                # Socialist party": a creed, as "Islamist" below, that the party's name says otherwise
                continue
            if len(words) > 1 and words[-1].low.endswith("ist"):
                # "Milli Gorus Islamist movement": an adjective after the name, no part of it
                self._claim(p, toks[i].start, toks[k - 1].end, "org", p.span_text(i, k), "organisation", {})
            elif word in _MEDIA_WORDS or (len(words) == 1 and words[0].text.isupper()):
                # "the Al-Ayam newspaper"; "the PD party" is the PD
                self._claim(p, toks[i].start, toks[k].end, "org", p.span_text(i, k + 1), "organisation", {})
            elif head["after"]:
                key = f"{p.span_text(i, k + 1)} {word.title()}"
                self._claim(p, toks[i].start, head.end(), "org", key, "organisation", {})

    def _acronyms_spelled_after(self, p: _Paragraph) -> None:
        """ "the PKK (Kurdistan Workers' Party)": an acronym, then its name in parentheses (read before
        the word rules, which would take the name's words one by one)."""
        toks = p.tokens
        at: dict[int, int] = {}
        for acronym, name in _acronyms_then_names(p.text):
            at = at or {tok.start: i for i, tok in enumerate(toks)}  # built on the first match only
            i = at.get(acronym.start())
            first = at.get(name.start())
            if i is None or first is None or p.owner[i] is not None:
                continue
            last = first
            while last + 1 < len(toks) and toks[last + 1].end <= name.end():
                last += 1
            if _initials_start(toks, last + 1, acronym.group()) != first or toks[last].end != name.end():
                continue
            if not p.names_a_body(first, last + 1, acronym.group()):
                continue
            key = p.span_text(first, last + 1)
            extra = {"acronym": acronym.group()}
            self._add("org", key, "organisation", self._mention(p, i, i + 1, p.source), extra)
            self._add("org", key, "organisation", self._mention(p, first, last + 1, p.source))
            for idx in (i, *range(first, last + 1)):
                p.owner[idx] = ("org", key)
            self.acronyms.setdefault(acronym.group(), ("org", key))

    def _person_by_lower_title(self, p: _Paragraph, i: int, source: str) -> int:
        """A full name after a title in lower case: "PDVSA chief Rafael Ramirez", "opposition deputy ..."."""
        tok = p.tokens[i]
        if p.caps or tok.joined or p.owner[i] is not None:
            return 0
        window = p.text[max(0, tok.start - 40) : tok.start]
        if not window[-1:].isspace() or not window.rstrip().endswith(_LOWER_TITLE_WORDS):
            return 0
        before = _LOWER_TITLE_BEFORE.search(p.text, max(0, tok.start - 40), tok.start)
        if before is None:
            return 0
        k = p.name_from(i, 4)
        if k - i < 2 or any(len(t.text) == 1 for t in p.tokens[i:k]) and k - i < 3:
            return 0  # one word after "chief" may be anything; a full name is someone
        cand = _PersonCandidate(p.name_key(i, k), before.group(1), None, [self._mention(p, i, k, source)])
        self.persons.append(cand)
        for idx in range(i, k):
            p.owner[idx] = ("person", cand.name)
        return k - i

    def _affiliation(self, p: _Paragraph, i: int) -> str | None:
        """The organisation (or else country) named just before a title: "MFA ... Deputy Director"."""
        toks = p.tokens
        org = place = None
        j = i - 1
        while j >= 0 and toks[j + 1].joined and (p.caps or toks[j].cap) and i - j <= 12:
            if p.caps and p.owner[j] is None and _common_in_caps(toks[j].low):
                break
            owner = p.owner[j]
            if owner is not None:
                if owner[0] == "org":
                    org = owner[1]
                elif owner[0] == "place":
                    place = owner[1]
            elif j > 0 and f"{toks[j - 1].low} {toks[j].low}" in DEMONYMS:
                place = DEMONYMS[f"{toks[j - 1].low} {toks[j].low}"]
                j -= 1
            elif toks[j].low in DEMONYMS:
                place = DEMONYMS[toks[j].low]
            j -= 1
        if (
            org is None
            and place is None
            and i >= 1
            and toks[i].joined
            and toks[i - 1].possessive
            and p.owner[i - 1]
        ):
            return p.owner[i - 1][1]
        return org or place

    def _person_by_title(self, p: _Paragraph, i: int, source: str) -> int:
        low = p.tokens[i].low
        if low not in _TITLE_FIRST and low not in TITLE_MODIFIERS:
            return 0
        end, strong = p.title_run(i)
        if end == i:
            return 0
        affiliation = self._affiliation(p, i)
        if not strong and affiliation is None:
            return 0  # "leader", "official" name someone only with a country or body ("Chechen leader")
        if end >= len(p.tokens) or not (p.tokens[end].joined or p.after_abbreviation(end)):
            return 0
        if p.tokens[end - 1].possessive:
            return 0  # "the Queen's Speech", "the Ambassador's Residence": what the title holds
        k = p.name_from(end, 3 if p.caps else 4)
        if k == end or all(len(t.text) == 1 for t in p.tokens[end:k]):
            return 0  # nothing, or only an initial ("Ambassador P.")
        title_text = p.span_text(i, end)
        if p.caps:
            title_text = " ".join(_title_case(w) for w in title_text.split())
        cand = _PersonCandidate(
            p.name_key(end, k), title_text, affiliation, [self._mention(p, end, k, source)]
        )
        self.persons.append(cand)
        for idx in range(end, k):
            p.owner[idx] = ("person", cand.name)
        self._places_in_title(p, i, end, source)
        return k - i

    def _places_in_title(self, p: _Paragraph, i: int, end: int, source: str) -> None:
        """A place inside a title is still named ("Director General for the Middle East ...")."""
        idx = i
        while idx < end:
            found = p.gazetteer_at(idx) if p.tokens[idx].low in _GAZ_LENGTHS else None
            if found is None or found[1].kind != "place" or idx + found[0] > end:
                idx += 1
                continue
            length, entry = found
            self._add(
                "place", entry.key, entry.type, self._mention(p, idx, idx + length, source), entry.extra
            )
            for j in range(idx, idx + length):
                p.owner[j] = ("place", entry.key)
            idx += length

    def _known_surname(self, p: _Paragraph, i: int, source: str) -> int:
        """A well-known person's surname standing alone ("Castro holds", "MUGABE'S ZIMBABWE")."""
        if p.owner[i] is not None:
            return 0
        nxt = p.tokens[i + 1] if i + 1 < len(p.tokens) else None
        if nxt is not None and nxt.joined and not p.caps and nxt.cap and not p.tokens[i].possessive:
            return 0  # "Bush Administration", "Castro Ruz": the longer name is found otherwise
        name = _title_case(p.tokens[i].text)
        self.persons.append(_PersonCandidate(name, None, None, [self._mention(p, i, i + 1, source)]))
        p.owner[i] = ("person", name)
        return 1

    def _person_by_apposition(self, p: _Paragraph, i: int, source: str) -> int:
        """Two or three unknown capitalised words set off by a comma and a lower-case word, or followed by
        a parenthesis or a verb of saying: "Galip Demirel, a prominent follower", "Hans Mueller (CDU)"."""
        if p.owner[i] is not None or not p.namelike(i):
            return 0
        k = p.name_from(i, 3)
        if k - i < 2 or any(
            len(t.text) < 2 or not t.text.isalpha() and "-" not in t.text for t in p.tokens[i:k]
        ):
            return 0
        after = p.text[p.tokens[k - 1].end : p.tokens[k - 1].end + 12]
        if not (_APPOSITION.match(after) or (k < len(p.tokens) and p.tokens[k - 1].possessive)):
            return 0
        initials = "".join(t.text[0] for t in p.tokens[i:k] if t.low not in _CONNECTORS).upper()
        if after.startswith(f" ({initials}"):
            return 0  # "Highly Enriched Uranium (HEU)" defines an acronym: a thing, not a person
        if p.tokens[i].low.endswith(("ing", "ed")) or p.tokens[i].low in COMMON_WORDS:
            return 0  # "Modifying Mercadante ...", "Born Ayranci": a sentence opens on a verb
        if p.tokens[i].low not in FIRST_NAMES and not _inside_sentence(p.text, p.tokens[i].start):
            return 0  # "Whatever Medvedev said": a sentence's first word is a name only if a given one
        if _OFFICE_OF_BEFORE.search(p.text, max(0, p.tokens[i].start - 40), p.tokens[i].start):
            return 0  # "mayor of Riberao Preto (SP)": what an office is of is a place or a body
        words = p.tokens[i:k]
        if not any(t.low in FIRST_NAMES for t in words) and any(t.low.endswith(_WORD_ENDINGS) for t in words):
            return 0  # "Employment Contract", "Cluster Munitions": English words, not a name
        if after.startswith(" (") and not _ACRONYM_OF_BODY.match(after):
            return 0  # in parentheses only a party or body says a person is meant ("Hans Mueller (CDU)")
        cand = _PersonCandidate(p.name_key(i, k), None, None, [self._mention(p, i, k, source)])
        self.persons.append(cand)
        for idx in range(i, k):
            p.owner[idx] = ("person", cand.name)
        return k - i

    def _person_by_given_name(self, p: _Paragraph, i: int, source: str) -> int:
        tok = p.tokens[i]
        if tok.low not in FIRST_NAMES or p.owner[i] is not None:
            return 0
        if not p.caps and not tok.cap:
            return 0
        k = p.name_from(i, 3 if p.caps else 4)
        if k - i < 2:
            return 0
        if k < len(p.tokens) and p.tokens[k].joined and p.tokens[k].low in _ORG_HEADS_LOW:
            return 0  # "Mohammed Bin Rashid Foundation" names an organisation
        cand = _PersonCandidate(p.name_key(i, k), None, None, [self._mention(p, i, k, source)])
        self.persons.append(cand)
        for idx in range(i, k):
            p.owner[idx] = ("person", cand.name)
        return k - i

    def _org_by_head(self, p: _Paragraph, i: int) -> int:
        """Length of a capitalised run from i that ends in an organisation word ("Iran Novin Party")."""
        if not p.has_heads:
            return 0
        toks = p.tokens
        first = toks[i]
        if first.low in _ORG_HEADS_LOW and i + 2 < len(toks) and toks[i + 1].low == "of":
            # "Council of Representatives", "Bank of Kazakhstan": the head word first.
            if p.caps and first.low not in _HEADS_BEFORE_OF:
                return 0  # "FORCE OF MEDICAL ...": in capitals only a body's own word opens one
            grown = self._of_extension(p, i, 1)
            return grown if grown > 1 else 0
        if not p.caps and len(first.text) >= 5 and first.text.isupper():
            return 0  # a heading in capitals inside mixed-case text ("CHINESE PERCEPTIONS OF ...")
        if (
            first.low in _TITLE_FIRST
            and p.title_at(i)
            and (end := p.title_run(i)[0]) < p.run_end[i]
            and toks[end - 1].possessive
        ):
            # "the President's Office", "Prosecutor General's Office": the office a title holds
            head = toks[end]
            if head.low in _ORG_HEADS_LOW and head.low not in _GEO_HEADS_LOW and (p.caps or head.cap):
                return end + 1 - i
        if first.low in _ORG_NON_STARTS_LOW or first.low in _ORG_HEADS_LOW or first.low in _CONNECTORS:
            return 0  # dates, headings and sentence openers are not part of a name
        if first.start > 1 and p.text[first.start - 1] == "-" and p.text[first.start - 2].isalnum():
            return 0  # the second half of a hyphenated word ("ULTRA-NATIONALIST PAN IRANIST PARTY")
        if len(first.text) == 1 and i + 1 < len(toks) and toks[i + 1].cap:
            return 0  # a bullet letter ("Q The European Court ...") or an initial
        if first.low == "general" and (i + 1 >= len(toks) or toks[i + 1].low in ("and", "of", "-")):
            return 0  # "Consul General and Embassy" is two things
        if p.caps and _common_in_caps(first.low) and first.low not in DEMONYMS:
            return 0
        n = len(toks)
        if i + 1 >= n or not toks[i + 1].joined:
            return 0  # one word alone, not a head: no organisation starts here
        if p.next_head[i] > i + 6 or p.next_head[i] >= p.run_end[i]:
            return 0  # no head word within reach of the walk below (it stops where the run does)
        best = 0
        k = i
        while k < n and k - i < 7:
            tok = toks[k]
            if k > i and (not tok.joined or (toks[k - 1].possessive and not _common_plural(toks[k - 1]))):
                break  # "Iran's Revolutionary Guard" is two names; "Sudan People's Liberation Army" one
            if _REDACTION.match(tok.text) or (not p.caps and len(tok.text) >= 5 and tok.text.isupper()):
                break  # a redaction, or a heading in capitals inside mixed-case text
            after_hyphen = k > i and toks[k - 1].text == "-" and toks[k - 1].end == tok.start
            if k > i and (tok.low in _CONNECTORS or (tok.low == "and" and k + 1 < n and toks[k + 1].cap)):
                if tok.low == "and" and not any(t.low in ("of", "for") for t in toks[i:k]):
                    break  # "Ministry of Trade and Industry" is one body; "Fraga and Deutsche Bank" is not
                if p.caps and tok.text != "-":
                    break  # in capitals "GOALS OF ... PARTY" cannot be told from a name: no small words
                if tok.text != "-" and (found := p.gazetteer_at(i)) and found[0] == k - i:
                    break  # "China for ...": a whole name then a small word is not one organisation
                k += 1
                continue
            if not after_hyphen:
                if not p.caps and not tok.cap:
                    break
                armed = tok.low == "armed" and k + 1 < n and toks[k + 1].low == "forces"  # "ARMED FORCES"
                if (
                    p.caps
                    and k > i
                    and _common_in_caps(tok.low)
                    and tok.low not in _ORG_HEADS_LOW
                    and not armed
                ):
                    break
            if p.title_at(k) and tok.low not in _ORG_HEADS_LOW and tok.low != "general":
                break  # "General" is part of many names: "General Staff", "General Intelligence ..."
            if tok.low in _ORG_HEADS_LOW and k > i:
                if tok.low == "administration" and k == i + 1:
                    # "the Obama Administration" names the president, "US Administration" a country
                    return 0
                best = k + 1 - i
                break  # "West Asian Affairs Department | Iran Division": the first head ends a name
            k += 1
        return self._of_extension(p, i, best) if best else 0

    def _of_extension(self, p: _Paragraph, i: int, best: int) -> int:
        """Grow an organisation name by "of" and a place or capitalised words ("Bank of Kazakhstan")."""
        toks = p.tokens
        n = len(toks)
        # "Development Bank of Kazakhstan", "Council of Representatives"
        end = i + best
        if end + 1 < n and toks[end].low == "of" and toks[end].joined and toks[end + 1].joined:
            k = end + 1
            if toks[k].low == "the" and k + 1 < n and toks[k + 1].joined:
                k += 1  # "Office of the Presidency"
            named = p.gazetteer_at(k)
            if named is not None:
                return k + named[0] - i  # "Development Bank of Kazakhstan"
            start = k
            while k < n and k - start < (1 if p.caps else 4) and toks[k].joined and toks[k].text.isalpha():
                tok = toks[k]
                if tok.low == "and" and not p.caps and k > start and k + 1 < n and toks[k + 1].cap:
                    k += 1  # "Ministry of Maritime Affairs and Fisheries"
                    continue
                if not (p.caps or tok.cap) or (not p.caps and tok.text.isupper() and len(tok.text) > 1):
                    break
                # in capitals one word only, and no ordinary one ("ASSEMBLY OF 510" is no name)
                if p.caps and _common_in_caps(tok.low) or p.title_at(k) or tok.low in _ORG_HEADS_LOW:
                    break
                k += 1
                if tok.possessive:
                    break
            if k > start:
                best = k - i
        return best

    def _place_or_org(self, p: _Paragraph, i: int, source: str) -> int:
        found = p.gazetteer_at(i) if p.tokens[i].low in _GAZ_LENGTHS else None
        head_len = self._org_by_head(p, i)
        if found and (found[1].kind == "org" or found[0] >= head_len):
            length, entry = found
            if (
                entry.kind == "org"
                and length == 1
                and _in_office_symbol(p.text, p.tokens[i].start)
                and (i == 0 or p.owner[i - 1] is None or p.owner[i - 1][0] != "org")
            ):
                return 1  # an office symbol ("D/USTR"), not a pair of bodies ("CDU/CSU"): no body
            return self._place_with_division(p, i, length, entry, source)
        if head_len:
            toks = p.tokens
            key = p.span_text(i, i + head_len)
            if p.caps:
                key = " ".join(w.lower() if w.lower() in _CONNECTORS else _title_case(w) for w in key.split())
            if toks[i + head_len - 1].low == "embassy" and head_len == 2:
                country = DEMONYMS.get(toks[i].low) or (p.owner[i] or (None, None))[1]
                if toks[i].low in ("u.s.", "us", "american"):
                    return head_len  # the cable's own post: a stock phrase, not an entity
                if country is None:
                    return 0
                key = f"Embassy of {country}"
            if toks[i + head_len - 1].low in _GEO_HEADS_LOW:
                return self._feature(p, i, head_len, source)
            self._add("org", key, "organisation", self._mention(p, i, i + head_len, source))
            for idx in range(i, i + head_len):
                p.owner[idx] = ("org", key)
            return head_len
        if found:
            length, entry = found
            return self._place_with_division(p, i, length, entry, source)
        return 0

    def _feature(self, p: _Paragraph, i: int, length: int, source: str) -> int:
        """A place named by its feature word ("Black Sea", "Bagram Airfield", "Falkland Islands"): the
        words just before the feature word, two at most (one in capitals), plain capitalised words."""
        toks = p.tokens
        end = i + length
        start = end - 1
        while start > i and end - start < (2 if p.caps else 3):
            tok = toks[start - 1]
            if not tok.text.isalpha() or tok.low in _CONNECTORS or (p.caps and _common_in_caps(tok.low)):
                break
            start -= 1
        if start == end - 1 or (p.caps and toks[start].low.endswith("al")):
            return 0  # a feature word alone, or "TERRITORIAL SEA" (a kind of sea, not a sea)
        key = p.span_text(start, end)
        if p.caps:
            key = _title_case_words(key)
        self._add("place", key, "feature", self._mention(p, start, end, source))
        for idx in range(start, end):
            p.owner[idx] = ("place", key)
        return end - i

    def _place_with_division(self, p: _Paragraph, i: int, length: int, entry: _GazEntry, source: str) -> int:
        """A gazetteer name, with the division word after a place ("Kayah State", "Bahia Province")."""
        toks = p.tokens
        k = i + length
        if entry.kind == "place" and k < p.run_end[i] and toks[k].text == "U" and p.run_end[k] == k + 1:
            # "a degree from Ankara U.": a university named by its city, as biographies abbreviate it
            key = f"{p.span_text(i, k)} U."
            self._add("org", key, "organisation", self._mention(p, i, k + 1, source))
            for idx in range(i, k + 1):
                p.owner[idx] = ("org", key)
            return k + 1 - i
        division = k < len(toks) and toks[k].joined and toks[k].low in _DIVISIONS
        if entry.kind == "place" and division and (p.caps or toks[k].cap):
            k += 1
        self._add(entry.kind, entry.key, entry.type, self._mention(p, i, k, source), entry.extra)
        for idx in range(i, k):
            p.owner[idx] = (entry.kind, entry.key)
        return k - i

    # -- header fields ---------------------------------------------------------------
    def read_official(self, raw: str, title: str | None, source: str) -> None:
        """The Classified By official or a signer: a title and name, or a bare name."""
        text = re.split(
            r"[,;:]|\bfor reasons?\b|\breasons?\b|\b1\.[45]\b", raw, maxsplit=1, flags=re.IGNORECASE
        )[0]
        text = text.strip(" .")
        if not text or _REDACTION.search(text) or "XXXX" in text.upper():
            return
        before = len(self.persons)
        p = _Paragraph(text, None, self.in_appendix, caps=text.isupper())
        for i in range(len(p.tokens)):
            if self._person_by_title(p, i, source):
                break
        if len(self.persons) == before:
            if p.tokens and p.title_at(0):
                return  # a title alone ("Ambassador", "Charge d'Affaires") names no one here
            k = p.name_from(0, 4) if p.tokens else 0
            if k == 0 or k < len(p.tokens):
                names = [t for t in p.tokens if t.text[0].isalpha()]
                if not (1 <= len(names) <= 4) or any(t.low in NOT_NAMES for t in names):
                    return
                k = len(p.tokens)
            self.persons.append(_PersonCandidate(p.name_key(0, k), title, None, []))
        cand = self.persons[-1]
        cand.mentions = [Mention(None, None, None, self.in_appendix, source)]
        if title and not cand.title:
            cand.title = title

    # -- pass two: people ------------------------------------------------------------
    def _finish_organisations(self) -> None:
        """Shorthand resolved to its government; defined acronyms counted wherever they recur."""
        named = [
            e.key
            for e in sorted(self.entities.values(), key=lambda e: -len(e.mentions))
            if e.kind == "place" and e.type == "country"
        ]
        for code, mention in self.shorthand:
            country = resolve_shorthand(code, self.home, named)
            if country is not None:
                self._add("org", _government_key(country), "government", mention, {"acronym": code})
        for spelled, known in self.defined_as.items():
            if spelled in self.entities and known in self.entities:
                self.entities[known].mentions.extend(self.entities.pop(spelled).mentions)
                self.acronyms = {a: known if body == spelled else body for a, body in self.acronyms.items()}
        if not self.acronyms:
            return
        lowered = {acronym.lower() for acronym in self.acronyms}
        for p in self.paragraphs:
            if lowered.isdisjoint(p.lows):
                continue  # most paragraphs use none of the acronyms: a set test in C spares the walk
            for i in [i for i, low in enumerate(p.lows) if low in lowered]:
                tok = p.tokens[i]
                if p.owner[i] is None and tok.text.isupper() and (found := self.acronyms.get(tok.text)):
                    self._add(found[0], found[1], "organisation", self._mention(p, i, i + 1, p.source))
                    p.owner[i] = found

    def _unique_titles(self) -> None:
        """A title that names one person where the cable never names them ("the Shah" in Iran)."""
        countries = {key for kind, key in self.entities if kind == "place"}
        if not any(country == self.home or country in countries for country in UNIQUE_TITLES.values()):
            return
        for p in self.paragraphs:
            if UNIQUE_TITLES.keys().isdisjoint(p.lows):
                continue
            for i, tok in enumerate(p.tokens):
                country = UNIQUE_TITLES.get(tok.low)
                if country is None or p.owner[i] is not None or not (p.caps or tok.cap):
                    continue
                if country != self.home and country not in countries:
                    continue
                nxt = p.tokens[i + 1] if i + 1 < len(p.tokens) else None
                if nxt is not None and nxt.joined and not p.caps and nxt.cap:
                    continue  # "Shah Mahmood Qureshi": part of a name
                self.persons.append(
                    _PersonCandidate(tok.text.title(), None, None, [self._mention(p, i, i + 1, p.source)])
                )
                p.owner[i] = ("person", tok.text.title())

    def _recurring_surnames(self) -> None:
        """A word no list knows, used three times or more inside sentences of mixed-case text and at
        least twice as a person is ("Steinmeier has insisted", "Steinmeier's approach"): a surname.
        Its mentions are then linked like any short form."""
        known = {w for cand in self.persons for w in _name_parts(cand.name)}
        seen: dict[str, int] = {}
        acting: dict[str, int] = {}
        for p in self.paragraphs:
            if p.caps:
                continue
            owner, run_end, toks = p.owner, p.run_end, p.tokens
            # Only words alone, neither part of a longer capitalised run nor taken.
            for i in [i for i, end in enumerate(run_end) if end == i + 1 and owner[i] is None]:
                tok = toks[i]
                if tok.joined:
                    continue
                low = tok.low
                if len(low) < 4 or low in known or not (tok.text.isalpha() and tok.text[1:].islower()):
                    continue
                if not _inside_sentence(p.text, tok.start) or not p.namelike(i):
                    continue
                seen[low] = seen.get(low, 0) + 1
                if tok.possessive or _PERSON_VERB_AFTER.match(p.text, tok.end):
                    acting[low] = acting.get(low, 0) + 1
        for low, count in seen.items():
            if count >= 3 and acting.get(low, 0) >= 2:
                self.persons.append(_PersonCandidate(low.title(), None, None, []))

    def _merge_country_forms(self) -> None:
        """ "Iranian Resurgence Party" and "Iran Resurgence Party" are one body (keyed by the commoner)."""
        by_form: dict[str, Entity] = {}
        for (kind, key), ent in list(self.entities.items()):
            if kind != "org" or " " not in key:
                continue
            first, rest = key.split(" ", 1)
            form = f"{DEMONYMS.get(first.lower(), first)} {rest}".casefold()
            other = by_form.get(form)
            if other is None:
                by_form[form] = ent
                continue
            keep, drop = (other, ent) if len(other.mentions) >= len(ent.mentions) else (ent, other)
            keep.mentions.extend(drop.mentions)
            del self.entities[("org", drop.key)]
            by_form[form] = keep

    def _merge_short_bodies(self) -> None:
        """ "Spanish Police" is the "Spanish National Police" the cable names: a body of two words, a
        nationality and a head word, joins the one longer body with the same first and last words."""
        orgs = [e for (kind, _key), e in self.entities.items() if kind == "org"]
        for short in orgs:
            words = short.key.split()
            if len(words) != 2 or words[0].lower() not in DEMONYMS:
                continue
            longer = [
                e
                for e in orgs
                if e is not short
                and (parts := e.key.split())[0] == words[0]
                and parts[-1] == words[1]
                and len(parts) > 2
            ]
            if len(longer) == 1 and ("org", short.key) in self.entities:
                longer[0].mentions.extend(short.mentions)
                del self.entities[("org", short.key)]

    def finish(self) -> list[Entity]:
        self._finish_organisations()
        self._merge_country_forms()
        self._merge_short_bodies()
        self._unique_titles()
        self._recurring_surnames()
        clusters = self._cluster_people()
        if len(clusters) > 1:
            self._merge_also_known_as(clusters)
        alias_map: dict[str, Entity] = {}
        ambiguous: set[str] = set()
        for ent in clusters:
            for alias in _aliases(ent.key):
                if alias in alias_map and alias_map[alias] is not ent:
                    ambiguous.add(alias)
                alias_map.setdefault(alias, ent)
        for alias in ambiguous:
            del alias_map[alias]
        for p in self.paragraphs if alias_map else ():
            if alias_map.keys().isdisjoint(p.lows):
                continue  # most paragraphs name no one already found: a set test in C spares the walk
            toks = p.tokens
            for i in [i for i, low in enumerate(p.lows) if low in alias_map]:
                tok = toks[i]
                if p.owner[i] is not None:
                    continue
                if not p.caps and not tok.cap:
                    continue
                if p.caps and _common_in_caps(tok.low):
                    continue
                # A different capitalised word next ("Rahimi Group", "Ni Hao") makes it someone
                # or something else; full names were found by the first pass.
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                if nxt is not None and nxt.joined and nxt.cap and not p.caps and nxt.low not in alias_map:
                    continue
                ent = alias_map[tok.low]
                ent.mentions.append(Mention(p.number, tok.start, tok.end, self.in_appendix, p.source))
                p.owner[i] = ("person", ent.key)
        out = list(self.entities.values()) + [c for c in clusters if not _headline_words(c)]
        for ent in out:
            ent.mentions.sort(key=lambda m: (m.paragraph is not None, m.paragraph or 0, m.start or -1))
        return out

    def _merge_also_known_as(self, clusters: list[Entity]) -> None:
        """ "Eddin Barakat Yarkas, aka Abu Dahdah": the two names are one person's. Looked for right
        after each person's mention, not in the whole text ("aka" is inside "Dhaka" and "Osaka")."""
        numbered = {p.number: p for p in self.paragraphs if p.number is not None}
        for cand in self.persons:
            for mention in cand.mentions:
                p = numbered.get(mention.paragraph)
                if p is None or mention.end is None:
                    continue
                aka = _AKA.match(p.text, mention.end)
                if aka is None:
                    continue
                at = bisect_left(p.tokens, aka.end(), key=_token_start)
                owner = p.owner[at] if at < len(p.tokens) and p.tokens[at].start == aka.end() else None
                keep, drop = self.cluster_of.get(cand.name), self.cluster_of.get(owner[1]) if owner else None
                if owner is None or owner[0] != "person" or keep is None or drop is None or keep is drop:
                    continue
                keep.mentions.extend(drop.mentions)
                clusters.remove(drop)
                for name, cluster in self.cluster_of.items():
                    if cluster is drop:
                        self.cluster_of[name] = keep

    def _subject_prefix(self, cand: _PersonCandidate, clusters: list[Entity]) -> Entity | None:
        """The person whose name opens a subject line's run of words ("WEN PUSHES RAHIMI" is Wen's),
        with the mention cut to that name; None if no one's does."""
        words = cand.name.split()
        for n in range(len(words) - 1, 0, -1):
            for ent in clusters:
                if _same_person(" ".join(words[:n]), ent.key):
                    mention = cand.mentions[0]
                    subject = next(p.text for p in self.paragraphs if p.source == "subject")
                    spans = list(re.finditer(r"\S+", subject[mention.start : mention.end]))
                    mention.end = mention.start + spans[n - 1].end()
                    return ent
        return None

    def _cluster_people(self) -> list[Entity]:
        clusters: list[Entity] = []
        # The subject line's names come last: a headline's words run on after a name ("PREMIER
        # WEN PUSHES RAHIMI"), so there a name is only a form of someone the text names.
        ordered = sorted(
            self.persons,
            key=lambda c: (c.mentions[:1] == [] or c.mentions[0].source == "subject", -len(c.name.split())),
        )
        # A name met again joins the cluster it joined before: clusters are only appended to and
        # their keys never change, so the first one it matches stays the same (most candidates
        # are the same few names, and comparing each with every cluster was most of the work).
        joined: dict[str, Entity] = {}
        # Two names of one person share a word (``_name_words``): a test in C that spares the full
        # comparison for most pairs.
        words: list[frozenset[str]] = []
        for cand in ordered:
            target = joined.get(cand.name)
            if target is None:
                mine = _name_words(cand.name)
                for ent, theirs in zip(clusters, words, strict=True):
                    if not mine.isdisjoint(theirs) and _same_person(cand.name, ent.key):
                        target = joined[cand.name] = ent
                        break
            if target is None and cand.mentions and cand.mentions[0].source == "subject":
                target = self._subject_prefix(cand, clusters)
            if target is None:
                target = Entity("person", cand.name, "person", in_appendix=self.in_appendix)
                clusters.append(target)
                words.append(_name_words(cand.name))
            target.mentions.extend(cand.mentions)
            self.cluster_of[cand.name] = target
            if cand.title and (not target.title or len(cand.title) > len(target.title)):
                target.title = cand.title
            if cand.affiliation and not target.affiliation:
                target.affiliation = cand.affiliation
        return clusters


_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
_KNOWN_ALONE = KNOWN_SURNAMES | KNOWN_SURNAMES_MIXED_CASE_ONLY  # "Lula" is "Lula da Silva"
_SHORTHAND_OPENINGS = frozenset({"go", *(code[:2].lower() for code in FIXED_SHORTHAND)})
_COUNTRY_INITIALS = frozenset(i for name, _a, _d in COUNTRIES if len(i := initials(name)) >= 2)


def _country_in(words: str) -> tuple[str, int, int] | None:
    """The country one or two words name ("Kenyan", "DPRK", "South Sudan"), with where those words
    are inside ``words``; the first words that do, or None."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", words)]
    for size in (2, 1):
        for k in range(len(spans) - size + 1):
            start, end = spans[k][0], spans[k + size - 1][1]
            text = words[start:end]
            country = DEMONYMS.get(text.lower())
            if country is None:
                entries = GAZETTEER.get(tuple(t.low for t in tokenize(text)), [])
                country = next((e.key for e in entries if e.kind == "place" and e.type == "country"), None)
            if country is not None:
                return country, start, end - start
    return None


def _place_named(words: str) -> bool:
    entries = GAZETTEER.get(tuple(t.low for t in tokenize(words)), [])
    return any(e.kind == "place" for e in entries)


_POST_WORDS = {
    "amembassy": "Embassy",
    "embassy": "Embassy",
    "consulate": "Consulate",
    "congen": "Consulate General",
    "general": "Consulate General",
    "amconsul": "Consulate",
    "usdao": "USDAO",
    "mission": "Mission",
}


def _post_word(post: str) -> str:
    """ "U.S. Embassy" and "AMEMBASSY" are both "Embassy"."""
    return _POST_WORDS.get(post.split()[-1].lower(), post)


def _title_case_words(text: str) -> str:
    return " ".join(_title_case(w) for w in text.split())


# Country names that take "the" ("the Government of the Netherlands").
_THE_COUNTRIES = frozenset(
    {"Bahamas", "Gambia", "Netherlands", "Philippines", "Maldives", "Comoros", "Seychelles", "Vatican"}
)


def _government_key(country: str) -> str:
    the = country.startswith(
        ("United ", "Czech", "Central African", "Dominican", "Democratic Republic", "Republic of")
    )
    return f"Government of {'the ' if the or country in _THE_COUNTRIES else ''}{country}"


# "X, aka Y", "X (a.k.a. Y)", "X, also known as Y", "X alias Y": Y is another name of X.
_AKA = re.compile(r"(?i)(?:,[ \t\n]*|[ \t\n]+)\(?(?:aka|a\.k\.a\.|also known as|alias)[ \t\n]+")


# Words for a body written in lower case after its name ("the Haqqani network"); after a media
# word the name alone is the body's ("the Al-Ayam newspaper").
_MEDIA_WORDS = frozenset({"newspaper", "daily", "weekly", "magazine"})
_LOWER_HEAD = re.compile(
    r"\b(?P<before>newspaper|daily|weekly|magazine)\s(?=[A-Z])"
    r"|(?<=[ \t\n])"
    r"(?P<after>party|network|mosque|brotherhood|movement|militia|newspaper|daily|weekly|magazine)\b"
)


def _opens_no_sentence(text: str, start: int) -> bool:
    """The word at ``start`` follows no full stop, colon or other sentence end (a line break inside
    a sentence, as telegrams wrap them, does not end it)."""
    before = text[max(0, start - 40) : start].rstrip()
    return bool(before) and before[-1] not in '.:;!?"'


def _in_office_symbol(text: str, start: int) -> bool:
    """The word at ``start`` follows a slash and one capital ("D/USTR", "S/CT"): an office symbol.
    A longer word before the slash may be a body or a place ("CDU/CSU", "US/EU")."""
    return (
        start > 1
        and text[start - 1] == "/"
        and text[start - 2].isupper()
        and (start == 2 or not text[start - 3].isalnum())
    )


def _token_start(tok: Token) -> int:
    return tok.start


def _headline_words(person: Entity) -> bool:
    """A "person" named only in the subject line whose words are a headline's ("AMBASSADOR REGRETS
    UNHELPFUL ...", "MEDVEDEV TOUTS ..."): no given name opens it, or a word is a verb or a stock word;
    a well-known surname alone is kept."""
    if any(m.source != "subject" for m in person.mentions):
        return False
    words = _name_parts(person.key)
    if len(words) == 1:
        return words[0] not in _KNOWN_ALONE
    return words[0] not in FIRST_NAMES or any(w in COMMON_WORDS or w.endswith("s") for w in words[1:])


def _inside_sentence(text: str, start: int) -> bool:
    """The word at ``start`` does not open a sentence, a line or the paragraph."""
    before = text[max(0, start - 3) : start].rstrip(" ")
    return bool(before) and before[-1] not in '.:;!?\n"(-'


def _common_plural(tok: Token) -> bool:
    """A possessive that belongs inside a body's name: "People's", "Workers'", "Seafarers'"."""
    return tok.low in COMMON_WORDS or tok.text.endswith(("s'", "s\u2019"))


def _acronyms_then_names(text: str) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """Each acronym (a whole word of 2 to 8 capitals) and the name in parentheses right after it."""
    for opening in _OPENING_PARENTHESIS.finditer(text):
        at = opening.start()
        acronym = _ACRONYM_BEFORE.search(text, max(0, at - 8), at)
        if acronym is not None and (name := _NAME_IN_PARENTHESES.match(text, opening.end())) is not None:
            yield acronym, name


def _initials_start(toks: list[Token], i: int, acronym: str) -> int | None:
    """Where the capitalised words before token i begin whose initials spell ``acronym`` (None if none)."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    need = len(letters)
    j = i - 1
    found: list[str] = []
    while j >= 0 and len(found) < need:
        tok = toks[j]
        if j + 1 < i and not toks[j + 1].joined:
            return None
        if tok.low in _CONNECTORS or tok.low == "and":
            j -= 1
            continue
        if not tok.cap:
            return None
        found.append(tok.text[0].upper())
        j -= 1
    if found[::-1] != letters:
        return None
    return j + 1


# Clustering compares every person found in a cable with every other: the names' parts and
# aliases are worked out once per name (both are pure functions of it).
@lru_cache(maxsize=4096)
def _name_parts(name: str) -> tuple[str, ...]:
    """The words of a name that tell people apart (no initials, particles or "Jr.")."""
    return tuple(
        w
        for w in name.lower().replace(".", "").replace(",", "").split()
        if len(w) > 1 and w not in NAME_PARTICLES and w not in _GENERATIONS
    )


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    """The name's parts and the pieces of its hyphenated parts: ``_same_person`` holds only for two
    names that share one of these (each of its tests compares whole parts or hyphen pieces)."""
    parts = _name_parts(name)
    return frozenset((*parts, *(piece for part in parts if "-" in part for piece in part.split("-"))))


@lru_cache(maxsize=4096)
def _aliases(name: str) -> frozenset[str]:
    parts = _name_parts(name)
    if not parts:
        return frozenset()
    out = {parts[-1]}
    if "-" in parts[-1]:
        out.update(x for x in parts[-1].split("-") if len(x) > 2 and x not in ("al", "el"))
    if len(parts) == 2 and parts[0] not in FIRST_NAMES:
        out.add(parts[0])  # family name first: "Wen Jiabao" is "Wen"
    if len(parts) >= 3 and parts[0] in FIRST_NAMES and parts[1] not in FIRST_NAMES:
        out.add(parts[1])  # two surnames: "Guillermo Corral van Damme" is "Corral"
    return frozenset(a for a in out if a not in NOT_NAMES and a not in COMMON_WORDS)


def spelled_otherwise(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Name parts with the same surname and given names that differ by a letter or two
    ("condoleeza", "condoleezza"; "dmitriy", "dmitry"): one name spelled two ways."""
    if len(mine) != len(theirs) or len(mine) < 2 or mine[-1] != theirs[-1] or mine == theirs:
        return False
    given, other = " ".join(mine[:-1]), " ".join(theirs[:-1])
    return SequenceMatcher(None, given, other).ratio() >= SPELLING_SIMILARITY


# How alike two given names must be to be one name spelled two ways: "nicolas"/"nicholas" are
# 0.93, "dmitriy"/"dmitry" 0.92, "jean"/"nicolas" 0.18.
SPELLING_SIMILARITY = 0.85


def _same_person(short: str, full: str) -> bool:
    a, b = _name_parts(short), _name_parts(full)
    if not a or not b:
        return False
    if a == b or " ".join(a).replace("-", " ") == " ".join(b).replace("-", " ") or spelled_otherwise(a, b):
        return True  # "Gonzalez-Sinde" and "Gonzalez Sinde", "Condoleeza" and "Condoleezza"
    if len(a) == 1:
        return a[0] in _aliases(full) or (a[0] in b and a[0] in _KNOWN_ALONE)
    # "Jose Luis Paredes" is "Jose Luis Paredes Munoz" (a second surname dropped), but "Jose Maria"
    # is not "Jose Maria Aznar".
    return set(a) <= set(b) and (a[-1] == b[-1] or a[-1] not in FIRST_NAMES)


# -- the cable ---------------------------------------------------------------------------


def extract_entities(cable: Cable) -> list[Entity]:
    """Every entity in the cable's own text and header, then (flagged) in its appendix."""
    from cablescope_entities.backends import selected_backend

    load_world_places()
    backend = selected_backend()
    body = backend.extractor(in_appendix=False, home=home_country(cable))
    if cable.subject:
        # Subject lines are written in capitals or in title case: either way a capital tells
        # nothing, so they are read as capitals are, by the words themselves.
        words = [w for w in cable.subject.split() if w[:1].isalpha()]
        headline = sum(w[0].isupper() for w in words) * 3 >= len(words) * 2
        body.read(cable.subject, None, caps=headline or None, source="subject")
    signers = list(cable.signers)
    last = len(cable.paragraphs) - 1
    for n, para in enumerate(cable.paragraphs):
        text = para.text
        # The National Archives' declassification stamp after the signature, and the "Visit ...
        # Classified Website" line, are not the cable's.
        if "Declassified/Released" in text or "Classified Website" in text:  # spares a search per line
            for furniture in _FURNITURE.finditer(text):
                text = text[: furniture.start()]
                break
        signature = _SIGNATURE.search(text) if n == last and not signers else None
        # A signature the header parser did not take (it sits above an archive stamp).
        if signature and signature.group(1).lower() not in COMMON_WORDS | NOT_NAMES:
            signers.append(signature.group(1))
            text = text[: signature.start()]
        body.read(text, para.number)
    if cable.classified_by:
        body.read_official(cable.classified_by, cable.classified_by_title, "classified_by")
    for signer in signers:
        body.read_official(signer, None, "signer")
    entities = body.finish()
    entities.extend(_tag_entities(cable, entities))
    if cable.appendix is not None and cable.appendix.text.strip():
        appendix = backend.extractor(in_appendix=True)
        appendix.read(cable.appendix.text, None)
        entities.extend(appendix.finish())
    return [e for e in entities if e.mentions]


_SIGNATURE = re.compile(r"\n[ \t]*(?:\n|[xX]{3,}[ \t]*\n)[ \t]*([A-Z][A-Za-z'\-]+(?: [A-Z][A-Z'\-]+)?)\s*\Z")
_FURNITURE = re.compile(r"Declassified/Released|\n[^\n]*Visit [^\n]*Classified Website")


def home_country(cable: Cable) -> str | None:
    """The country of the cable's post ("Embassy Tokyo": Japan), else of its first TAGS country code."""
    if cable.origin:
        p = _Paragraph(cable.origin, None, False, caps=False)
        for i in range(len(p.tokens)):
            found = p.gazetteer_at(i)
            if found is not None and found[1].kind == "place":
                entry = found[1]
                return dict(entry.extra).get("country") or (entry.key if entry.type == "country" else None)
    for code in cable.tags:
        if code.strip().upper() in COUNTRY_CODES:
            return COUNTRY_CODES[code.strip().upper()]
    return None


def _tag_entities(cable: Cable, found: list[Entity]) -> list[Entity]:
    """The TAGS line: subject codes expanded, country codes as places, organisation codes as organisations."""
    by_key = {(e.kind, e.key): e for e in found}
    new: list[Entity] = []
    for raw in cable.tags:
        code = raw.strip().upper()
        if not code:
            continue
        mention = Mention(None, None, None, False, "tags")
        if code in COUNTRY_CODES:
            kind, key, etype, extra = "place", COUNTRY_CODES[code], "country", {}
        elif code in ORGANISATION_CODES:
            key = ORGANISATION_CODES[code]
            acronym = _ORG_BY_KEY.get(key)
            kind, etype, extra = "org", "organisation", ({"acronym": acronym} if acronym else {})
        else:
            kind, key, etype = "tag", code, "subject"
            extra = {"expansion": SUBJECT_CODES.get(code)}
        ent = by_key.get((kind, key))
        if ent is None:
            ent = Entity(kind, key, etype, extra=extra)
            by_key[(kind, key)] = ent
            new.append(ent)
        ent.extra.setdefault("tags_code", code)
        ent.mentions.append(mention)
    return new


_FACTS = TypeAdapter(list[Fact])


def entity_facts(cable: Cable) -> list[Fact]:
    """One Fact per mention, for the index."""
    facts: list[dict] = []
    for ent in extract_entities(cable):
        data = ent.data()
        for m in ent.mentions:
            facts.append(
                {
                    "kind": ent.kind,
                    "key": ent.key,
                    "paragraph": m.paragraph,
                    "start": m.start,
                    "end": m.end,
                    "in_appendix": m.in_appendix,
                    "data": {**data, "source": m.source},
                }
            )
    # Validated as one list: a real cable has about a hundred mentions, and one call into
    # pydantic-core for all of them costs less than a model built for each.
    return _FACTS.validate_python(facts)
