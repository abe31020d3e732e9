"""Paragraph markings alone against the WikiLeaks metadata table, over the shared corpus.

The banner is ignored: the classification is derived from the paragraphs' portion marks and
compared with the "Classification" cell of each page's metadata table, read here by a regex.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from cablescope_markers.analysis import analyse

TODAY = date(2026, 1, 15)

# The metadata table (<table class='cable'>) comes after the sidebar's "Browse by
# classification" links, which use the same href form.
METADATA_CLASSIFICATION = re.compile(
    r"<table class='cable'>.*?<a href='/classification/[^']*'[^>]*>([^<]+)</a>", re.DOTALL
)


def metadata_classification(path: str) -> str:
    match = METADATA_CLASSIFICATION.search(Path(path).read_text(encoding="utf-8"))
    assert match, f"no metadata table in {path}"
    return match.group(1).strip()


def test_derived_classification_matches_metadata(shared_cables) -> None:
    total = unmarked = level_hits = full_hits = 0
    level_misses: list[str] = []
    full_misses: list[str] = []
    metadata_only: list[str] = []
    for cable in shared_cables:
        total += 1
        assert cable.source is not None and cable.source.path
        truth = metadata_classification(cable.source.path)
        report = analyse(cable, TODAY)
        if report.derived is None:
            unmarked += 1
            continue
        derived = report.derived.wikileaks
        marks = ", ".join(sorted({p.short or "?" for p in report.marked}))
        name = cable.reference_id or Path(cable.source.path).stem
        line = f"{name}: metadata {truth}, paragraphs {derived} [{marks}]"
        if derived.split("//")[0] == truth.split("//")[0]:
            level_hits += 1
        else:
            level_misses.append(line)
        if derived == truth:
            full_hits += 1
        else:
            full_misses.append(line)
            # Where the paragraphs disagree, the view flags it against the cable's own banner;
            # when it does not, the banner agrees with the paragraphs and the metadata is the odd one out.
            if report.consistent:
                assert report.banner is not None and report.banner.wikileaks == derived, line
                metadata_only.append(f"{line}; the cable's banner says {report.banner_raw}")
    marked = total - unmarked
    level_rate = level_hits / marked
    full_rate = full_hits / marked
    print(f"\n{total} cables read, {marked} with paragraph markings, {unmarked} without")
    print(f"level from paragraphs = metadata level: {level_hits}/{marked} = {level_rate:.1%}")
    print(f"full form from paragraphs = metadata classification: {full_hits}/{marked} = {full_rate:.1%}")
    print(f"level misses ({len(level_misses)}):")
    for line in level_misses:
        print("  " + line)
    print(f"full-form misses ({len(full_misses)}):")
    for line in full_misses:
        print("  " + line)
    print(
        "misses not flagged because the cable's own banner agrees with its paragraphs "
        f"({len(metadata_only)}):"
    )
    for line in metadata_only:
        print("  " + line)
    assert total >= 500
    assert level_rate >= 0.97
    assert full_rate >= 0.90
