"""Tokens of cable text: every word of capitals text, the capitalised runs of mixed-case text.

Mixed-case text is tokenised run by run (all a name can be made of), and most runs take a fast
path that gives the tokens the tokeniser would (``test_entities_tokens.py`` holds them to it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The gap is possessive and may end the text instead of a token: otherwise a trailing run of
# punctuation is scanned again from each of its characters (quadratic: 100 KB of "<" took
# minutes). Every character either opens a token or belongs to a gap, so no match is lost.
_TOKEN = re.compile(
    r"([^A-Za-z0-9\u00c0-\u024f+-]*+)"
    r"([A-Za-z]/[A-Za-z]{1,2}\b|[A-Za-z](?:\.[A-Za-z])+\.?"
    r"|[A-Za-z0-9\u00c0-\u024f]+(?:['\u2019][A-Za-z\u00c0-\u024f]+)*|[-+]|\Z)"
)
_LETTER_CASES = bytes.maketrans(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", b"U" * 26 + b"l" * 26
)
# In mixed-case text only capitalised runs can hold names: tokenising just those (with the
# small words that sit inside names) keeps extraction fast.
# "A/S Feltman", "U/S Larson": a one-letter office before a slash is one word with it.
# Quantifiers here are possessive: what follows each can match nothing, so a greedy one never
# gives back what it took (the runs are the same), and the engine keeps no state to backtrack.
_WORD = (
    r"(?:[A-Z](?:/[A-Z]{1,2}\b|[\w.'\u2019]*+)|(?:al|el)-[\w.'\u2019]++|d'[A-Z]\w*+)"
    r"(?:[-+][\w.'\u2019]++)*+"
)
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
    r"[A-Zade](?:(?<=[A-Z])(?:/[A-Z]{1,2}\b|[\w.'\u2019]*+)|(?<=[ae])l-[\w.'\u2019]++|(?<=d)'[A-Z]\w*+"
    r"|(?<=\b[ae])l(?=[ \t]+[A-Z]))"
    r"(?:[-+][\w.'\u2019]++)*+"
)
# "al-" or "el-", or the Arabic article written apart before a name ("al Qaeda", "el Baradei"),
# opens its run: where one may be (or "d'"), the runs are found with ``REGION``. Found from the
# "l" and checked behind (a pattern opening on "\b" is tried at every position, ten times slower).
_LOWER_OPENING = re.compile(r"l[- \t](?<=[ae]l-|\b[ae]l[ \t])")
# (Neither a small word nor ``_WORD`` opens on a blank, and ``_WORD`` never opens on a small word
# and its blank: the blanks and the small words are possessive too.)
REGION = re.compile(rf"{_FIRST_WORD}(?:\s++(?:{_INNER}\s++)*+{_WORD})*+")
# ``REGION`` for text without "al-", "el-" or "d'" (most paragraphs), where its first word can
# only open on a capital: the engine then skips straight to capitals.
_REGION_UPPER = re.compile(
    rf"[A-Z](?:/[A-Z]{{1,2}}\b|[\w.'\u2019]*+)(?:[-+][\w.'\u2019]++)*+(?:\s++(?:{_INNER}\s++)*+{_WORD})*+"
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
    region = REGION if "d'" in text or _LOWER_OPENING.search(text) else _REGION_UPPER
    for m in region.finditer(text):
        word = m[0]
        start = m.start()
        if word.isalpha():
            # Most runs are one plain word ("The", "Iran"): no need for the tokeniser.
            append(Token(word, word.lower(), start, start + len(word), False, False, True))
        elif all(map(str.isalpha, parts := word.split(" "))):
            # Plain words and single spaces ("Prime Minister Wen Jiabao"), the next commonest:
            # each word opens one place after the last ended.
            joined = False
            for part in parts:
                append(Token(part, part.lower(), start, start + len(part), joined, False, part[0].isupper()))
                start += len(part) + 1
                joined = True
        elif word == "U.S.":
            append(Token(word, "u.s.", start, start + 4, False, False, True))
        elif word[-2] in "'\u2019" and word[-1] in "sS" and (core := word[:-2]).isalpha() and core.isascii():
            # One word and a possessive ("Iran's", "Pakistan\u2019s"), the next commonest runs.
            append(Token(core, core.lower(), start, start + len(core), False, True, core[0].isupper()))
        elif word.isascii() and (found := _words_with_stops(text, word, start)) is not None:
            tokens += found
        elif word.replace(" ", "").replace("\n", "").isalpha():
            # Plain words and other spaces ("Zürich\nÓlafur"; "The  Hague" and other ASCII runs take
            # the branch above, which makes the same tokens): split on the spaces.
            parts = word.split()
            first = parts[0]
            append(Token(first, first.lower(), start, start + len(first), False, False, first[0].isupper()))
            start += len(first)
            for part in parts[1:]:
                start = text.find(part, start)
                append(Token(part, part.lower(), start, start + len(part), True, False, part[0].isupper()))
                start += len(part)
        else:
            tokens += tokenize(text, start, m.end())
    return tokens


def _words_with_stops(text: str, run: str, start: int) -> list[Token] | None:
    """The tokens of a run of ASCII words that may end in a full stop or a possessive ("Iran's",
    "End Summary.", "The U.S."), hold hyphens ("Al-Qaeda", "President-elect") or be an office
    before a slash ("U/S Larson"), as ``tokenize`` makes them; None for any other run (most runs
    that are not plain words are of these shapes)."""
    tokens: list[Token] = []
    append = tokens.append
    joined = False
    for part in run.split():
        stop = part[-1] == "." and part != "U.S."
        core = part[:-1] if stop else part
        possessive = len(core) > 2 and core[-1] in "sS" and core[-2] == "'"
        if possessive:
            core = core[:-2]
        start = text.find(core, start)
        if core.isalpha() or part == "U.S.":
            append(Token(core, core.lower(), start, start + len(core), joined, possessive, core[0].isupper()))
            start += len(core)
        elif "-" in core and core.replace("-", "").isalpha() and _HYPHENATED.fullmatch(core):
            # "Al-Qaeda": the hyphen is a token of its own, and nothing but it parts the pieces.
            pieces = core.split("-")
            last = len(pieces) - 1
            for n, piece in enumerate(pieces):
                end = start + len(piece)
                cap = piece[0].isupper()
                append(Token(piece, piece.lower(), start, end, joined, possessive and n == last, cap))
                start = end
                if n < last:
                    append(Token("-", "-", start, start + 1, True, False, False))
                    start += 1
                joined = True
        elif not possessive and len(core) in (3, 4) and core[1] == "/" and _OFFICE_SLASH.fullmatch(core):
            append(Token(core, core.lower(), start, start + len(core), joined, False, core[0].isupper()))
            start += len(core)
        else:
            return None
        # A full stop between two words parts them ("Mr. Smith"): only spaces join.
        joined = not stop
    return tokens


# Words the tokeniser splits at their hyphens ("Al-Qaeda", "al-Qaeda-linked") and "U/S", "D/S".
_HYPHENATED = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")
_OFFICE_SLASH = re.compile(r"[A-Za-z]/[A-Za-z]{1,2}")


def is_caps_text(text: str) -> bool:
    """True for a paragraph written in capitals, as older cables are (judged on its opening)."""
    # Counting ASCII letters in bytes (other characters dropped) is several times faster than
    # str.translate, which looks every character up in a table: one pass marks each capital "U"
    # and each small letter "l" (no other byte is either), and counting a byte is quick.
    sample = text[:600].encode("ascii", "ignore").translate(_LETTER_CASES)
    upper = sample.count(b"U")
    return upper > 20 and sample.count(b"l") * 6 < upper


def token_start(tok: Token) -> int:
    return tok.start
