"""The header grammar on the team's own tables (``header_tables.py``), field by field, with pass rates.

Each test prints its field's rate and every miss (``pytest tests/parse -s`` or ``-rA``), and
fails when the rate falls below the field's floor: the floors are the rates reached, so a
change that breaks a shape that used to pass shows at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pytest
from header_tables import (
    CANONICAL_IDS,
    CLASSIFIED_BY,
    CLASSIFIED_BY_IN_PARAGRAPH,
    DECLASSIFY,
    NOT_POSTS,
    REFERENCES,
    SIGNERS,
    SUBJECTS,
    SUMMARIES,
    TAGS,
)

from cablescope.api import canonical_reference_id, parse_cable, parse_references
from cablescope.parse.posts import POSTS

FLOORS = {
    "references": 1.0,
    "canonical ids": 1.0,
    "tags": 1.0,
    "classified by": 1.0,
    "classified by in paragraph 1": 1.0,
    "subject": 1.0,
    "signers": 1.0,
    "summary": 1.0,
    "declassification date": 1.0,
}
_LEAD = "E.O. 12958: DECL: 01/26/2021\nTAGS: PREL\nSUBJECT: TEST\n\n"


def _run_table(
    field: str,
    cases: Iterable[tuple[Any, Any]],
    read: Callable[[Any], Any],
) -> None:
    """Read every ``(given, expected)`` case, print the field's rate and misses, hold it to its floor."""
    cases = list(cases)
    misses = []
    for given, expected in cases:
        got = read(given)
        if got != expected:
            misses.append(f"{given!r}\n       expected {expected!r}\n       got      {got!r}")
    rate = (len(cases) - len(misses)) / len(cases)
    print(f"\n{field}: {len(cases) - len(misses)}/{len(cases)} = {rate:.1%}")
    for miss in misses:
        print(f"  MISS {miss}")
    assert rate >= FLOORS[field], f"{field} fell to {rate:.1%}"


def _describe(references) -> list[str]:
    return [f"{r.label or '-'}:{r.reference_id if r.kind == 'cable' else r.kind}" for r in references]


def test_table_references():
    cases = [((year, block), expected) for year, block, expected in REFERENCES]
    _run_table("references", cases, lambda given: _describe(parse_references(given[1], given[0])))


def test_table_canonical_ids():
    _run_table("canonical ids", CANONICAL_IDS, canonical_reference_id)


def test_table_tags():
    _run_table("tags", TAGS, lambda lines: parse_cable(f"SUBJECT: HEADER\n{lines}\n\n1. (U) Body.\n").tags)


def test_table_classified_by():
    def read(block: str) -> tuple[str | None, list[str]]:
        cable = parse_cable(f"{_LEAD}{block}\n\n1. (C) The talks went well.\n")
        return cable.classified_by, cable.reasons

    cases = [(block, (name, reasons)) for block, name, reasons in CLASSIFIED_BY]
    _run_table("classified by", cases, read)


def test_table_classified_by_in_paragraph_one():
    _run_table(
        "classified by in paragraph 1",
        CLASSIFIED_BY_IN_PARAGRAPH,
        lambda lead: parse_cable(f"{_LEAD}{lead}\n").classified_by,
    )


def test_table_subjects():
    lead = "E.O. 12958: DECL: 01/26/2021\nTAGS: PREL\n"
    _run_table("subject", SUBJECTS, lambda block: parse_cable(f"{lead}{block}\n1. (U) Body.\n").subject)


def test_table_signers():
    banner = "C O N F I D E N T I A L PARIS 000001\n\n"
    _run_table("signers", SIGNERS, lambda ending: parse_cable(f"{banner}{ending}").signers)


def test_table_summaries():
    lead = "C O N F I D E N T I A L PARIS 000001\n\nSUBJECT: VISIT\n\n"
    _run_table("summary", SUMMARIES, lambda body: parse_cable(f"{lead}{body}").summary)


def test_table_declassification_dates():
    def read(line: str) -> str | None:
        day = parse_cable(
            f"C O N F I D E N T I A L PARIS 000001\n\n{line}\nTAGS: PREL\n\n1. (C) Text.\n"
        ).declassify_on
        return day.isoformat() if day else None

    _run_table("declassification date", DECLASSIFY, read)


@pytest.mark.parametrize("word", NOT_POSTS)
def test_words_near_no_post_are_not_guessed_to_be_one(word):
    assert POSTS.resolve(word) is None


def test_every_shared_page_that_ends_a_summary_has_one(shared_corpus):
    import re

    from cablescope.readers.wikileaks_html import cable_text

    closes = re.compile(r"\bEND\s+(?:OF\s+)?SUMMARY\b", re.IGNORECASE)
    pages = without = 0
    for path in sorted(shared_corpus.rglob("*.html")):
        text = cable_text(path.read_text(encoding="utf-8"))
        if closes.search(text, 0, 12_000):
            pages += 1
            without += parse_cable(text).summary is None
    assert pages >= 400
    assert without == 0


def test_the_block_collector_finds_each_field_on_the_shared_pages(shared_corpus):
    from header_blocks import STARTS, blocks, pages

    found = dict.fromkeys([*STARTS, "signer"], 0)
    for _reference_id, text in pages(shared_corpus):
        for field in found:
            found[field] += bool(blocks(text, field))
    assert found["ref"] >= 300 and found["tags"] >= 500 and found["subject"] >= 500
    assert found["classified"] >= 450 and found["summary"] >= 400 and found["signer"] == 546
