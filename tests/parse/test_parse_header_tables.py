"""The header grammar on the team's own tables (``header_tables.py``), field by field, with pass rates.

Each test prints its field's rate and every miss (``pytest tests/parse -s`` or ``-rA``), and
fails when the rate falls below the field's floor: the floors are the rates reached, so a
change that breaks a shape that used to pass shows at once.
"""

from __future__ import annotations

import pytest

from cablescope.api import canonical_reference_id, parse_cable, parse_references
from cablescope.parse.posts import POSTS

from .header_tables import CANONICAL_IDS, NOT_POSTS, REFERENCES, TAGS

FLOORS = {"references": 1.0, "canonical ids": 1.0, "tags": 1.0}


def _report(field: str, total: int, misses: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    rate = (total - len(misses)) / total
    with capsys.disabled():
        print(f"\n{field}: {total - len(misses)}/{total} = {rate:.1%}")
        for miss in misses:
            print(f"  MISS {miss}")
    assert rate >= FLOORS[field], f"{field} fell to {rate:.1%}"


def _describe(references) -> list[str]:
    return [f"{r.label or '-'}:{r.reference_id if r.kind == 'cable' else r.kind}" for r in references]


def test_table_references(capsys):
    misses = []
    for year, block, expected in REFERENCES:
        got = _describe(parse_references(block, year))
        if got != expected:
            misses.append(f"{block!r}\n       expected {expected}\n       got      {got}")
    _report("references", len(REFERENCES), misses, capsys)


def test_table_canonical_ids(capsys):
    misses = [
        f"{raw!r}: expected {expected}, got {canonical_reference_id(raw)}"
        for raw, expected in CANONICAL_IDS
        if canonical_reference_id(raw) != expected
    ]
    _report("canonical ids", len(CANONICAL_IDS), misses, capsys)


@pytest.mark.parametrize("word", NOT_POSTS)
def test_words_near_no_post_are_not_guessed_to_be_one(word):
    assert POSTS.resolve(word) is None


def test_table_tags(capsys):
    misses = []
    for lines, expected in TAGS:
        got = parse_cable(f"SUBJECT: HEADER\n{lines}\n\n1. (U) Body.\n").tags
        if got != expected:
            misses.append(f"{lines!r}: expected {expected}, got {got}")
    _report("tags", len(TAGS), misses, capsys)
