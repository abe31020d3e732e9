"""The search language: what users type becomes a quoted FTS5 expression, or a one-line QueryError."""

from __future__ import annotations

import pytest

from cablescope.query import Matcher, QueryError, parse_query, snippet, to_fts


@pytest.mark.parametrize(
    ("query", "expression"),
    [
        ("iran nuclear", '("iran" AND "nuclear")'),
        ("Iran AND nuclear", '("iran" AND "nuclear")'),
        ('"premier wen" OR rahimi', '("premier wen" OR "rahimi")'),
        ("nucle* NOT iran", '("nucle" * NOT "iran")'),
        ('"wen jia"*', '"wen jia" *'),
        ("U.S. policy", '("u s" AND "policy")'),
        ("(iran OR iraq) oil", '(("iran" OR "iraq") AND "oil")'),
        ("iran NOT (oil OR gas) visa", '(("iran" NOT ("oil" OR "gas")) AND "visa")'),
        ("Zürich", '"zurich"'),
        ("or not and", '("or" AND "not" AND "and")'),
        # FTS5 syntax typed by a user is only ever searched for as words (a column filter such
        # as body:iran is refused: tests/hostile/test_hostile_queries.py).
        (
            '"body:iran" ^start NEAR(a b) a+b',
            '("body iran" AND "start" AND "near" AND ("a" AND "b") AND "a b")',
        ),
        ("iran & oil", '("iran" AND "oil")'),
    ],
)
def test_queries_become_quoted_fts5_expressions(query: str, expression: str) -> None:
    assert to_fts(parse_query(query)) == expression


def test_column_filter_wraps_the_whole_expression() -> None:
    assert to_fts(parse_query("a OR b"), ("body", "subject")) == '{body subject} : (("a" OR "b"))'


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "nothing to search for: the query is empty"),
        ("   ", "nothing to search for: the query is empty"),
        ('"premier wen', 'unbalanced quote: every " that opens a phrase needs a closing "'),
        ('iran "', 'unbalanced quote: every " that opens a phrase needs a closing "'),
        ("*foo", "'*foo': a * goes at the end of a word to search by prefix, as in nucle*"),
        ("fo*o", "'fo*o': a * may only end a word (prefix search), as in nucle*"),
        ("-*", "'-*': a prefix search needs letters or digits before the *"),
        ("NOT iran", "NOT needs something before it: search for what you want first, as in iran NOT nuclear"),
        ("NOT", "NOT needs something before it: search for what you want first, as in iran NOT nuclear"),
        ("iran NOT", "NOT needs something after it, as in iran NOT nuclear"),
        ("iran OR", "OR needs something to search for on both sides, as in iran OR iraq"),
        ("OR iran", "OR needs something to search for on both sides, as in iran OR iraq"),
        ("AND iran", "AND needs something to search for on both sides, as in iran AND oil"),
        ("(iran", "unbalanced parenthesis: a ( is never closed"),
        ("iran)", "unbalanced parenthesis: a ) has no ( before it"),
        ("()", "empty parentheses: put words inside ( )"),
        ('""', 'empty phrase "": put words between the quotes'),
        ("&& --", "nothing to search for: type some words"),
    ],
)
def test_malformed_queries_are_explained_in_one_line(query: str, message: str) -> None:
    with pytest.raises(QueryError) as raised:
        parse_query(query)
    assert str(raised.value) == message
    assert "\n" not in str(raised.value)


def test_matcher_finds_phrases_prefixes_and_respects_not() -> None:
    text = "PRC Premier\nWen Jiabao urged nuclear talks; nuclearization fears."
    matcher = Matcher(parse_query('"premier wen" nucle*'))
    assert matcher.matches(text)
    assert [text[s:e] for s, e in matcher.spans(text)] == ["Premier\nWen", "nuclear", "nuclearization"]
    assert not Matcher(parse_query("nuclear NOT jiabao")).matches(text)
    assert Matcher(parse_query("nuclear NOT hu")).matches(text)
    assert not Matcher(parse_query('"wen premier"')).matches(text)


def test_snippet_is_one_line_around_the_match_with_spans_moved() -> None:
    text = ("word " * 100) + "the\n  quixotic\tzampognaro\x1b spoke" + (" more" * 100)
    spans = Matcher(parse_query("zampognaro")).spans(text)
    excerpt, moved = snippet(text, spans)
    assert excerpt.startswith("…") and excerpt.endswith("…")
    assert "\n" not in excerpt and "\t" not in excerpt and "\x1b" not in excerpt
    assert "the quixotic zampognaro spoke" in excerpt
    assert [excerpt[s:e] for s, e in moved] == ["zampognaro"]
    assert len(excerpt) <= 202


def test_any_word_expression_ranks_phrase_matches_by_their_words() -> None:
    matcher = Matcher(parse_query('"premier wen" OR wen* NOT "oil price"'))
    assert matcher.any_word_fts() == '("premier" OR "wen" OR "wen" *)'
    assert Matcher(parse_query('"nuclear talks"*')).any_word_fts() == '("nuclear" OR "talks" *)'
