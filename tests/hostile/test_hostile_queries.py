"""Hostile queries and output: deep nesting, field prefixes, a leading '-', controls in --json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_hostile_libraries import run

from cablescope import ingest
from cablescope.model import Cable, Paragraph
from cablescope.query import MAX_DEPTH, QueryError, parse_query
from cablescope.sanitize import safe_json
from cablescope.store import Store


@pytest.mark.parametrize(
    "query",
    ["(" * 500 + "iran" + ")" * 500, "iran " + " ".join(f"NOT word{n}" for n in range(300))],
)
def test_a_query_nested_too_deeply_is_one_error_not_a_recursion_error(query):
    with pytest.raises(QueryError, match=f"at most {MAX_DEPTH} levels"):
        parse_query(query)


def test_nesting_within_the_limit_still_searches():
    depth = MAX_DEPTH - 1
    assert parse_query("(" * depth + "iran" + ")" * depth).fts() == '"iran"'


@pytest.mark.parametrize("query", ["subject:iran", "iran origin:beijing", "body:nuclear*"])
def test_a_field_prefix_is_an_error_not_zero_hits(query):
    with pytest.raises(QueryError, match="searches have no field prefixes"):
        parse_query(query)


@pytest.mark.parametrize("query", ['"subject:iran"', "10:30", "http://example", "U.S.: talks"])
def test_colons_that_are_not_field_prefixes_still_search(query):
    parse_query(query)


@pytest.fixture
def unsafe_library(tmp_path: Path) -> Path:
    """One cable whose subject and text carry C1 controls (0x9B is CSI) and bidi overrides."""
    body = "Nuclear talks \x9b2J resumed \u202egnissim\u202c in \x85 Geneva."
    cable = Cable(
        reference_id="09GENEVA1",
        subject="Talks \u2066isolated\u2069 \x9d0;title\x07",
        paragraphs=[Paragraph(number=1, text=body, start=0, end=len(body))],
        text=body,
    )
    path = tmp_path / "unsafe.db"
    with Store(path) as store:
        ingest.add(store, cable)
    return path


def test_search_json_escapes_c1_controls_and_bidi_overrides(unsafe_library, capsys):
    code, out, _err = run(capsys, "search", "nuclear", "--db", unsafe_library, "--json")
    assert code == 0
    unsafe = [
        ch
        for ch in out
        if 0x7F <= ord(ch) <= 0x9F or 0x202A <= ord(ch) <= 0x202E or 0x2066 <= ord(ch) <= 0x2069
    ]
    assert unsafe == []
    (hit,) = json.loads(out)
    assert hit["subject"] == "Talks \u2066isolated\u2069 \x9d0;title\x07"  # the same value, escaped
    assert "\\u2066isolated\\u2069 \\u009d0;title\\u0007" in out


def test_safe_json_is_the_same_value():
    value = {"text": "a\x9bb\u202ec\u2028d\x7fe é", "n": [1, 2]}
    text = safe_json(value, indent=2)
    assert json.loads(text) == value
    assert text.isascii() is False and "é" in text  # other characters stay readable
    assert all(not 0x7F <= ord(ch) <= 0x9F for ch in text)


def test_search_takes_a_query_that_starts_with_a_dash(unsafe_library, capsys):
    code, out, err = run(capsys, "search", "-nuclear", "--db", unsafe_library, "--json")
    assert (code, err) == (0, "")
    assert [hit["reference_id"] for hit in json.loads(out)] == ["09GENEVA1"]
    code, _out, err = run(capsys, "search", "subject:talks", "--db", unsafe_library)
    assert code == 2 and err.startswith("Error: 'subject:talks': searches have no field prefixes")
