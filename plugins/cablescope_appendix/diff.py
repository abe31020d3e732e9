"""Two comparisons: the appendix against its own cable (is it related?) and against another page's appendix.

Relatedness is the cosine of the two content-word sets (stopwords out, plurals folded):
``|A ∩ B| / sqrt(|A| · |B|)``, which, unlike Jaccard, is not dragged down merely because a
cable is longer than a sidebar. Shared names are a small proper-noun overlap of our own
(capitalised runs and acronyms, found in one text and looked for in the other).
"""

from __future__ import annotations

import difflib
import math
import re
from itertools import zip_longest

from pydantic import BaseModel, Field

from cablescope_appendix.items import Item, ParsedAppendix
from cablescope_appendix.stopwords import NAME_OPENERS, STOPWORDS

WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:['’-][A-Za-z0-9]+)*")
MIN_WORD_LENGTH = 3
# Verdict thresholds on the cosine, set so that a sidebar of unrelated news (the seed: 0.09)
# reads low and a sidebar on the cable's own story (a test page: 0.36) reads high.
MEDIUM_FROM = 0.15
HIGH_FROM = 0.3

# Names: capitalised words (joined by "of"/"the" inside a name), acronyms, dotted initials.
_CAP = r"[A-Z][a-z]+(?:['’-][A-Za-z]+)*"
_ACRONYM = r"[A-Z]{2,6}(?:-\d+)?"
_DOTTED = r"(?:[A-Z]\.){2,}"
_JOINER = r"(?:of|for|the|of the|for the)"
NAME = re.compile(
    rf"(?<![\w.])(?:{_DOTTED}|{_ACRONYM}\b|{_CAP})(?:\s+(?:{_JOINER}\s+)?(?:{_CAP}|{_ACRONYM}\b))*"
)
# Spellings of one name, folded to one key so "U.S." in a cable meets "United States" in news.
ALIASES: dict[str, str] = {
    "u.s.": "united states",
    "us": "united states",
    "usa": "united states",
    "u.s.a.": "united states",
    "prc": "china",
    "u.n.": "un",
    "united nations": "un",
    "uk": "united kingdom",
    "u.k.": "united kingdom",
    "britain": "united kingdom",
}
# Capitalised by the calendar, not because they name anyone.
CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june"
    " july august september october november december".split()
)
SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“”]\s*|\n\s*)$")


def fold_word(word: str) -> str:
    """Lower-case, drop a possessive, fold a plain plural: "Countries" → "country"."""
    word = word.casefold().replace("’", "'")
    word = word.removesuffix("'s")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def content_words(text: str) -> dict[str, str]:
    """Folded content word → its first spelling in ``text`` (lower-cased)."""
    words: dict[str, str] = {}
    for match in WORD.finditer(text):
        surface = match.group(0)
        folded = fold_word(surface)
        if len(folded) < MIN_WORD_LENGTH or folded in STOPWORDS or surface.casefold() in STOPWORDS:
            continue
        words.setdefault(folded, surface.casefold())
    return words


def _entity_key(name: str) -> str:
    key = " ".join(name.replace("’", "'").split()).casefold()
    key = key.removesuffix("'s")
    key = key.removeprefix("the ")
    return ALIASES.get(key, key)


def proper_nouns(text: str) -> dict[str, str]:
    """Entity key → first spelling: capitalised runs, acronyms and dotted initials in ``text``.

    A single capitalised word that opens a sentence counts only if the text also capitalises
    it elsewhere, so "Although" or "Expert" at a sentence's start is not a name.
    """
    candidates: list[tuple[str, bool]] = []
    for match in NAME.finditer(text):
        words = match.group(0).split()
        while words and words[0].casefold() in NAME_OPENERS:
            words = words[1:]
        if not words:
            continue
        at_start = bool(SENTENCE_END.search(text[max(0, match.start() - 3) : match.start()]))
        candidates.append((" ".join(words), at_start and len(words) == 1))
    mid_sentence = {name for name, at_start in candidates if not at_start}
    names: dict[str, str] = {}
    for name, only_at_start in candidates:
        if only_at_start and name not in mid_sentence and not name.isupper():
            continue
        if name.endswith(("’s", "'s")):
            name = name[:-2]
        if name.casefold() in CALENDAR_WORDS:
            continue
        names.setdefault(_entity_key(name), name)
    return names


def _mostly_upper(text: str) -> bool:
    """Old cables are written all in capitals: there case says nothing about names."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > len(letters) / 2


def _mentions(name: str, text: str, *, ignore_case: bool) -> bool:
    """Whether ``name`` occurs in ``text`` as whole words (acronyms always case-sensitively)."""
    flags = re.IGNORECASE if ignore_case and not (name.isupper() or "." in name) else 0
    return re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", text, flags) is not None


def _spellings(key: str, names: dict[str, str]) -> list[str]:
    """The name as found, and its aliases as they are printed: "U.S.", "PRC", "United Nations"."""
    aliases = [alias for alias, target in ALIASES.items() if target == key]
    return [names[key]] + [a.upper() if "." in a or len(a) <= 3 else a.title() for a in aliases]


class CableRelatedness(BaseModel):
    score: float
    """Cosine of the content-word sets, 0..1, rounded to 3 places."""
    jaccard: float
    verdict: str
    """``low``, ``medium`` or ``high``."""
    cable_words: int
    appendix_words: int
    shared_words: list[str] = Field(default_factory=list)
    shared_entities: list[str] = Field(default_factory=list)


def verdict(score: float) -> str:
    if score >= HIGH_FROM:
        return "high"
    if score >= MEDIUM_FROM:
        return "medium"
    return "low"


def appendix_prose(parsed: ParsedAppendix) -> str:
    """The appendix's running text for name-finding: sources and leads (title-case headlines left out)."""
    return "\n".join(f"{item.source + '. ' if item.source else ''}{item.lead}" for item in parsed.items)


def relate(cable_text: str, parsed: ParsedAppendix) -> CableRelatedness:
    """How much the appendix shares with the cable's own text."""
    appendix_text = "\n".join(f"{item.title}\n{item.lead}" for item in parsed.items)
    cable_vocab = content_words(cable_text)
    appendix_vocab = content_words(appendix_text)
    shared = sorted(set(cable_vocab) & set(appendix_vocab))
    union = set(cable_vocab) | set(appendix_vocab)
    denominator = math.sqrt(len(cable_vocab) * len(appendix_vocab))
    score = len(shared) / denominator if denominator else 0.0

    prose = appendix_prose(parsed)
    appendix_names = proper_nouns(prose)
    cable_names = proper_nouns(cable_text)
    cable_upper, prose_upper = _mostly_upper(cable_text), _mostly_upper(prose)
    shared_keys = {
        key
        for key in appendix_names
        if any(_mentions(s, cable_text, ignore_case=cable_upper) for s in _spellings(key, appendix_names))
    } | {
        key
        for key in cable_names
        if any(_mentions(s, prose, ignore_case=prose_upper) for s in _spellings(key, cable_names))
    }
    spelled = {**cable_names, **appendix_names}
    return CableRelatedness(
        score=round(score, 3),
        jaccard=round(len(shared) / len(union), 3) if union else 0.0,
        verdict=verdict(score),
        cable_words=len(cable_vocab),
        appendix_words=len(appendix_vocab),
        shared_words=[appendix_vocab[word] for word in shared],
        shared_entities=sorted(spelled[key] for key in shared_keys),
    )


# --- one appendix against another -------------------------------------------------------


class SideBySideRow(BaseModel):
    tag: str
    """``equal``, ``replace``, ``delete`` (this page only) or ``insert`` (the other page only)."""
    left: str | None
    right: str | None


class PageDiff(BaseModel):
    against: str
    """The other page: its reference id, or its path when it has none."""
    chosen: str
    """``given`` (``--against``) or ``most-similar`` (picked from the index)."""
    similarity: float
    """difflib's ratio of the two appendices' lines, 0..1, rounded to 3 places."""
    shared_headlines: list[str] = Field(default_factory=list)
    """In both sidebars: the site's furniture."""
    new_headlines: list[str] = Field(default_factory=list)
    """Only on this page."""
    other_headlines: list[str] = Field(default_factory=list)
    """Only on the other page."""
    unified: list[str] = Field(default_factory=list)
    side_by_side: list[SideBySideRow] = Field(default_factory=list)


def appendix_lines(text: str) -> list[str]:
    """The appendix as the diff sees it: its non-blank lines, stripped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def compare_headlines(here: list[Item], there: list[Item]) -> tuple[list[str], list[str], list[str]]:
    """(shared, only here, only there) headline titles, each in its own page's order."""
    there_keys = {item.key for item in there}
    here_keys = {item.key for item in here}
    shared = [item.title for item in here if item.key in there_keys]
    new = [item.title for item in here if item.key not in there_keys]
    other = [item.title for item in there if item.key not in here_keys]
    return shared, new, other


def side_by_side(left: list[str], right: list[str]) -> list[SideBySideRow]:
    rows: list[SideBySideRow] = []
    matcher = difflib.SequenceMatcher(None, left, right, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for a, b in zip_longest(left[i1:i2], right[j1:j2]):
            if tag == "replace" and b is None:
                row_tag = "delete"
            elif tag == "replace" and a is None:
                row_tag = "insert"
            else:
                row_tag = tag
            rows.append(SideBySideRow(tag=row_tag, left=a, right=b))
    return rows


def similarity(left: list[str], right: list[str]) -> float:
    return round(difflib.SequenceMatcher(None, left, right, autojunk=False).ratio(), 3)


def diff_pages(
    this_text: str,
    this_items: list[Item],
    other_text: str,
    other_items: list[Item],
    *,
    this_name: str,
    other_name: str,
    chosen: str,
) -> PageDiff:
    """Line diff and headline comparison of two appendices."""
    left, right = appendix_lines(this_text), appendix_lines(other_text)
    shared, new, other = compare_headlines(this_items, other_items)
    unified = list(
        difflib.unified_diff(
            left, right, fromfile=f"{this_name} appendix", tofile=f"{other_name} appendix", lineterm="", n=1
        )
    )
    return PageDiff(
        against=other_name,
        chosen=chosen,
        similarity=similarity(left, right),
        shared_headlines=shared,
        new_headlines=new,
        other_headlines=other,
        unified=unified,
        side_by_side=side_by_side(left, right),
    )
