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
from bisect import bisect_right
from dataclasses import dataclass

TOKEN_RE = re.compile(r"[^\W_]+")
_WORD_RE = re.compile(r'[^\s"()]+')
OPERATORS = ("AND", "OR", "NOT")
MAX_DEPTH = 64
"""How deep parentheses and NOTs may nest: far beyond any real search, well within Python's
recursion limit and FTS5's own (256)."""
_COLUMN_RE = re.compile(r"^([^\W\d_][\w-]*):(?=[^\W_])")
"""A word of the form ``name:term``, which other search languages read as a column filter."""


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


def words(text: str) -> list[str]:
    """Folded tokens of ``text`` (what ``tokens`` gives, without offsets, faster)."""
    if text.isascii():
        return TOKEN_RE.findall(text.lower())
    return [fold(t) for t in TOKEN_RE.findall(text)]


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
        column = _COLUMN_RE.match(word)
        if column:
            raise QueryError(
                f"'{word}': searches have no field prefixes such as {column.group(1)}:; use --origin, "
                "--classification, --tag, --from/--to or --entity, "
                f'or quote it to search the words ("{word}")'
            )
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
        self.depth = 0

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
        return parts[0] if len(parts) == 1 else Or(tuple(p for p in parts if p is not None))

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
                        "NOT needs something before it: search for what you want first, "
                        "as in iran NOT nuclear"
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
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise QueryError(f"parentheses nested too deeply: at most {MAX_DEPTH} levels")
            node = self.or_expr()
            self.depth -= 1
            if self.peek() != ")":
                raise QueryError("unbalanced parenthesis: a ( is never closed")
            self.take()
            if node is None:
                raise QueryError("empty parentheses: put words inside ( )")
            return node
        return _term(*self.take())


def operator_hint(query: str) -> str | None:
    """A hint when ``query`` has ``or``, ``and`` or ``not`` in lower case (outside quotes), which
    are searched as words: operators are upper-case. None when there is nothing to say."""
    try:
        lexemes = _lex(query)
    except QueryError:
        return None
    lowered = [value for kind, value in lexemes if kind == "word" and value.upper() in OPERATORS]
    if not lowered:
        return None
    shown = ", ".join(dict.fromkeys(lowered))
    operators = ", ".join(dict.fromkeys(word.upper() for word in lowered))
    return f"{shown} searched as a word; operators are upper-case ({operators})"


def parse_query(query: str) -> Node:
    """Parse what the user typed; raise ``QueryError`` with a one-line reason when it is malformed."""
    if not query or not query.strip():
        raise QueryError("nothing to search for: the query is empty")
    node = _Parser(_lex(query)).parse()
    if _depth(node) > MAX_DEPTH:
        raise QueryError(f"the query nests too deeply (parentheses and NOTs): at most {MAX_DEPTH} levels")
    return node


def _depth(root: Node) -> int:
    """How deep the tree goes, without recursion (a chain of NOTs nests one level per NOT)."""
    deepest = 0
    stack: list[tuple[Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if isinstance(node, Not):
            stack += [(node.keep, depth + 1), (node.drop, depth + 1)]
        elif isinstance(node, (And, Or)):
            stack += [(part, depth + 1) for part in node.parts]
    return deepest


def to_fts(node: Node, columns: tuple[str, ...] | None = None) -> str:
    """The FTS5 MATCH expression for a parsed query, optionally limited to some columns."""
    expression = node.fts()
    if columns:
        return "{" + " ".join(columns) + "} : (" + expression + ")"
    return expression


def _phrase_positions(phrase: Phrase, words: list[str]) -> list[int]:
    """Indexes in ``words`` where the phrase starts."""
    n = len(phrase.words)
    first, last = phrase.words[0], phrase.words[-1]
    if n == 1:
        if phrase.prefix:
            return [i for i, w in enumerate(words) if w.startswith(first)]
        return [i for i, w in enumerate(words) if w == first]
    found = []
    for i in [i for i, w in enumerate(words[: len(words) - n + 1]) if w == first]:
        if all(words[i + k] == phrase.words[k] for k in range(1, n - 1)):
            w = words[i + n - 1]
            if w == last or (phrase.prefix and w.startswith(last)):
                found.append(i)
    return found


def _present(phrase: Phrase, words: list[str], vocabulary: set[str]) -> bool:
    """Whether the phrase occurs in ``words`` (``vocabulary`` is ``set(words)``, for a quick no)."""
    if len(phrase.words) == 1 and not phrase.prefix:
        return phrase.words[0] in vocabulary
    needed = phrase.words[:-1] if phrase.prefix else phrase.words
    if any(w not in vocabulary for w in needed):
        return False
    if len(phrase.words) == 1:
        return any(w.startswith(phrase.words[0]) for w in vocabulary)
    return bool(_phrase_positions(phrase, words))


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

    def any_word_fts(self) -> str:
        """An FTS5 expression matching any one word of the wanted terms (to rank phrase matches by)."""
        terms: list[Phrase] = []
        for phrase in self.positive:
            for i, word in enumerate(phrase.words):
                term = Phrase((word,), phrase.prefix and i == len(phrase.words) - 1)
                if term not in terms:
                    terms.append(term)
        return terms[0].fts() if len(terms) == 1 else Or(tuple(terms)).fts()

    def _eval(self, node: Node, found: list[str], vocabulary: set[str]) -> bool:
        if isinstance(node, Phrase):
            return _present(node, found, vocabulary)
        if isinstance(node, Not):
            return self._eval(node.keep, found, vocabulary) and not self._eval(node.drop, found, vocabulary)
        if isinstance(node, And):
            return all(self._eval(p, found, vocabulary) for p in node.parts)
        return any(self._eval(p, found, vocabulary) for p in node.parts)

    def matches(self, text: str) -> bool:
        found = words(text)
        return self._eval(self.node, found, set(found))

    def score(self, text: str) -> tuple[bool, int]:
        """(whole query matches, number of distinct wanted terms present): higher is a better paragraph."""
        found = words(text)
        vocabulary = set(found)
        present = sum(1 for p in self.positive if _present(p, found, vocabulary))
        return self._eval(self.node, found, vocabulary), present

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Offsets in ``text`` of every occurrence of a wanted term or phrase, sorted, not overlapping."""
        toks = tokens(text)
        folded = [t for t, _, _ in toks]
        found: list[tuple[int, int]] = []
        for phrase in self.positive:
            n = len(phrase.words)
            for i in _phrase_positions(phrase, folded):
                found.append((toks[i][1], toks[i + n - 1][2]))
        found.sort()
        merged: list[tuple[int, int]] = []
        for start, end in found:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged


# Runs of whitespace, control and invisible format characters (escape sequences, bidi overrides,
# zero-width and soft hyphens): an excerpt shows each run as one space, or nothing.
_JUNK_RE = re.compile("[\\s\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]+")


def snippet(text: str, spans: list[tuple[int, int]], width: int = 200) -> tuple[str, list[tuple[int, int]]]:
    """A one-line excerpt of ``text`` around its first span, with spans moved into it.

    Whitespace is collapsed and control characters dropped, so the excerpt is safe to print.
    """
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 3)
    if start > 0:
        start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    end = min(len(text), start + width)
    if end < len(text):
        cut = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
        if cut > first:
            end = cut
    pieces: list[str] = ["…"] if start > 0 else []
    length = len(pieces)
    segments: list[tuple[int, int]] = []  # (offset in text, offset in excerpt) where a kept run starts
    pos = start
    for junk in _JUNK_RE.finditer(text, start, end):
        if junk.start() > pos:
            segments.append((pos, length))
            pieces.append(text[pos : junk.start()])
            length += junk.start() - pos
            if junk.end() < end and any(ch.isspace() for ch in junk.group()) and length > (start > 0):
                pieces.append(" ")
                length += 1
        pos = junk.end()
    if pos < end:
        segments.append((pos, length))
        pieces.append(text[pos:end])
    excerpt = "".join(pieces).rstrip(" ")
    if end < len(text):
        excerpt += "…"

    def moved(offset: int) -> int:
        source, target = segments[bisect_right(segments, (offset, len(excerpt) + 1)) - 1]
        return target + offset - source

    return excerpt, [(moved(s), moved(e - 1) + 1) for s, e in spans if s >= start and e <= end and e > s]
