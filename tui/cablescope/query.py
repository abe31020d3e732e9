"""The search language users type, turned into a safe SQLite FTS5 expression.

Syntax: words (all must appear), ``"exact phrases"``, ``OR``, ``NOT`` (binary:
``iran NOT nuclear``), ``AND`` (optional), parentheses, and ``prefix*``. Every
term is quoted before it reaches FTS5, so nothing a user types can be read as
FTS5 syntax or SQL. The same parsed query is evaluated in Python against single
paragraphs, which is how a hit knows its paragraph and its highlighted words.

Tokens follow SQLite's ``unicode61`` tokenizer (letters and digits, case and
diacritics folded), so ``U.S.`` searches for the phrase ``u s``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

TOKEN_RE = re.compile(r"[^\W_]+")
_WORD_RE = re.compile(r'[^\s"()]+')
OPERATORS = ("AND", "OR", "NOT")


class QueryError(ValueError):
    """A query that cannot be searched; ``str(error)`` is one line meant for the user."""


def fold(token: str) -> str:
    """Case- and diacritic-fold a token the way ``unicode61 remove_diacritics 2`` does."""
    if token.isascii():
        return token.lower()
    decomposed = unicodedata.normalize("NFKD", token.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text: str) -> list[tuple[str, int, int]]:
    """Folded tokens of ``text`` with their offsets."""
    return [(fold(m.group()), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


@dataclass(frozen=True)
class Phrase:
    """One word or a run of consecutive words; ``prefix`` makes the last one a prefix."""

    words: tuple[str, ...]
    prefix: bool = False

    def fts(self) -> str:
        return '"' + " ".join(self.words) + '"' + (" *" if self.prefix else "")


@dataclass(frozen=True)
class And:
    parts: tuple[Node, ...]

    def fts(self) -> str:
        return "(" + " AND ".join(p.fts() for p in self.parts) + ")"


@dataclass(frozen=True)
class Or:
    parts: tuple[Node, ...]

    def fts(self) -> str:
        return "(" + " OR ".join(p.fts() for p in self.parts) + ")"


@dataclass(frozen=True)
class Not:
    keep: Node
    drop: Node

    def fts(self) -> str:
        return "(" + self.keep.fts() + " NOT " + self.drop.fts() + ")"


Node = Phrase | And | Or | Not


def _lex(query: str) -> list[tuple[str, str]]:
    """Lexemes as (kind, value): kind is "phrase", "word", "(", ")" or an operator name."""
    out: list[tuple[str, str]] = []
    pos = 0
    while pos < len(query):
        if query[pos].isspace():
            pos += 1
            continue
        if query[pos] == '"':
            close = query.find('"', pos + 1)
            if close < 0:
                raise QueryError('unbalanced quote: every " that opens a phrase needs a closing "')
            inner = query[pos + 1 : close]
            pos = close + 1
            star = pos < len(query) and query[pos] == "*"
            if star:
                pos += 1
            if not TOKEN_RE.search(inner):
                raise QueryError(f'empty phrase "{inner}": put words between the quotes')
            out.append(("phrase*" if star else "phrase", inner))
            continue
        if query[pos] in "()":
            out.append((query[pos], query[pos]))
            pos += 1
            continue
        m = _WORD_RE.match(query, pos)
        assert m is not None
        word = m.group()
        pos = m.end()
        out.append((word, word) if word in OPERATORS else ("word", word))
    return out


def _term(kind: str, value: str) -> Phrase | None:
    """A word or phrase lexeme as a Phrase; None for a word with no letters or digits."""
    prefix = kind == "phrase*"
    original = value
    if kind == "word":
        if value.startswith("*"):
            raise QueryError(f"'{value}': a * goes at the end of a word to search by prefix, as in nucle*")
        if value.endswith("*"):
            value = value[:-1]
            prefix = True
        if "*" in value:
            raise QueryError(f"'{original}': a * may only end a word (prefix search), as in nucle*")
    words = tuple(t for t, _, _ in tokens(value))
    if not words:
        if prefix:
            raise QueryError(f"'{original}': a prefix search needs letters or digits before the *")
        return None
    return Phrase(words, prefix)


class _Parser:
    def __init__(self, lexemes: list[tuple[str, str]]) -> None:
        self.lexemes = lexemes
        self.pos = 0

    def peek(self) -> str | None:
        return self.lexemes[self.pos][0] if self.pos < len(self.lexemes) else None

    def take(self) -> tuple[str, str]:
        lexeme = self.lexemes[self.pos]
        self.pos += 1
        return lexeme

    def parse(self) -> Node:
        node = self.or_expr()
        if self.peek() == ")":
            raise QueryError("unbalanced parenthesis: a ) has no ( before it")
        if node is None:
            raise QueryError("nothing to search for: type some words")
        return node

    def or_expr(self) -> Node | None:
        parts = [self.and_expr()]
        while self.peek() == "OR":
            self.take()
            parts.append(self.and_expr())
        if len(parts) > 1 and any(p is None for p in parts):
            raise QueryError("OR needs something to search for on both sides, as in iran OR iraq")
        return parts[0] if len(parts) == 1 else Or(tuple(parts))

    def and_expr(self) -> Node | None:
        parts: list[Node] = []
        while True:
            kind = self.peek()
            if kind == "AND":
                self.take()
                if not parts or self.peek() in (None, "OR", ")", "AND", "NOT"):
                    raise QueryError("AND needs something to search for on both sides, as in iran AND oil")
                continue
            if kind == "NOT":
                if not parts:
                    raise QueryError(
                        "NOT needs something before it: search for what you want first, as in iran NOT nuclear"
                    )
                self.take()
                drop = self.primary()
                if drop is None:
                    raise QueryError("NOT needs something after it, as in iran NOT nuclear")
                parts[-1] = Not(parts[-1], drop)
                continue
            if kind in (None, "OR", ")"):
                break
            node = self.primary()
            if node is not None:
                parts.append(node)
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else And(tuple(parts))

    def primary(self) -> Node | None:
        kind = self.peek()
        if kind is None or kind in OPERATORS or kind == ")":
            return None
        if kind == "(":
            self.take()
            node = self.or_expr()
            if self.peek() != ")":
                raise QueryError("unbalanced parenthesis: a ( is never closed")
            self.take()
            if node is None:
                raise QueryError("empty parentheses: put words inside ( )")
            return node
        return _term(*self.take())


def parse_query(query: str) -> Node:
    """Parse what the user typed; raise ``QueryError`` with a one-line reason when it is malformed."""
    if not query or not query.strip():
        raise QueryError("nothing to search for: the query is empty")
    return _Parser(_lex(query)).parse()


def to_fts(node: Node, columns: tuple[str, ...] | None = None) -> str:
    """The FTS5 MATCH expression for a parsed query, optionally limited to some columns."""
    expression = node.fts()
    if columns:
        return "{" + " ".join(columns) + "} : (" + expression + ")"
    return expression


def _phrase_positions(phrase: Phrase, words: list[str]) -> list[int]:
    """Indexes in ``words`` where the phrase starts."""
    n = len(phrase.words)
    last = phrase.words[-1]
    found = []
    for i in range(len(words) - n + 1):
        if all(words[i + k] == phrase.words[k] for k in range(n - 1)):
            w = words[i + n - 1]
            if w == last or (phrase.prefix and w.startswith(last)):
                found.append(i)
    return found


class Matcher:
    """A parsed query evaluated against single pieces of text (paragraphs)."""

    def __init__(self, node: Node) -> None:
        self.node = node
        self.positive: list[Phrase] = []
        self._collect(node)

    def _collect(self, node: Node) -> None:
        if isinstance(node, Phrase):
            self.positive.append(node)
        elif isinstance(node, Not):
            self._collect(node.keep)
        else:
            for part in node.parts:
                self._collect(part)

    def _eval(self, node: Node, words: list[str]) -> bool:
        if isinstance(node, Phrase):
            return bool(_phrase_positions(node, words))
        if isinstance(node, Not):
            return self._eval(node.keep, words) and not self._eval(node.drop, words)
        if isinstance(node, And):
            return all(self._eval(p, words) for p in node.parts)
        return any(self._eval(p, words) for p in node.parts)

    def matches(self, text: str) -> bool:
        return self._eval(self.node, [t for t, _, _ in tokens(text)])

    def score(self, text: str) -> tuple[bool, int]:
        """(whole query matches, number of distinct wanted terms present): higher is a better paragraph."""
        words = [t for t, _, _ in tokens(text)]
        present = sum(1 for p in self.positive if _phrase_positions(p, words))
        return self._eval(self.node, words), present

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Offsets in ``text`` of every occurrence of a wanted term or phrase, sorted, not overlapping."""
        toks = tokens(text)
        words = [t for t, _, _ in toks]
        found: list[tuple[int, int]] = []
        for phrase in self.positive:
            n = len(phrase.words)
            for i in _phrase_positions(phrase, words):
                found.append((toks[i][1], toks[i + n - 1][2]))
        found.sort()
        merged: list[tuple[int, int]] = []
        for start, end in found:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged


def snippet(text: str, spans: list[tuple[int, int]], width: int = 200) -> tuple[str, list[tuple[int, int]]]:
    """A one-line excerpt of ``text`` around its first span, with spans moved into it.

    Whitespace is collapsed and control characters dropped, so the excerpt is safe to print.
    """
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 3)
    if start > 0:
        space = text.rfind(" ", 0, start)
        nl = text.rfind("\n", 0, start)
        start = max(space, nl) + 1
    end = min(len(text), start + width)
    if end < len(text):
        cut = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
        if cut > first:
            end = cut
    out: list[str] = []
    mapping: dict[int, int] = {}
    if start > 0:
        out.append("…")
    in_space = False
    for i in range(start, end):
        ch = text[i]
        if ch not in "\t\n" and unicodedata.category(ch) in ("Cc", "Cf"):
            # Control and format characters (escape sequences, bidi overrides) never reach a terminal.
            mapping[i] = len(out)
            continue
        if ch.isspace():
            mapping[i] = len(out) - (1 if in_space else 0) if out else 0
            if not in_space and out:
                out.append(" ")
            in_space = True
            continue
        in_space = False
        mapping[i] = len(out)
        out.append(ch)
    while out and out[-1] == " ":
        out.pop()
    if end < len(text):
        out.append("…")
    moved = []
    for s, e in spans:
        if s >= start and e <= end and e > s:
            moved.append((mapping[s], mapping[e - 1] + 1))
    return "".join(out), moved
