"""The markers view on the bundled seed, 09BEIJING2932: figures, JSON, annotations, facts."""

from __future__ import annotations

from datetime import date

import pytest

from cablescope.api import Cable, ViewContext, read_path
from cablescope_markers import annotate_paragraphs, index_facts
from cablescope_markers.analysis import analyse
from cablescope_markers.view import MarkersView

TODAY = date(2026, 1, 15)

FOREIGN_GOVERNMENT = "foreign government information"
FOREIGN_RELATIONS = (
    "foreign relations or foreign activities of the United States, including confidential sources"
)


@pytest.fixture
def seed(seed_path) -> Cable:
    (cable,) = list(read_path(seed_path))
    return cable


def test_seed_figures(seed: Cable) -> None:
    report = analyse(seed, TODAY)
    levels = report.count_by_level()
    derived = report.derived
    print(f"\nseed: {len(report.paragraphs)} paragraphs, levels {levels}, derived {derived and derived.name}")
    print(f"seed: classified by {report.classified_by}, {report.classified_by_title}")
    print(f"seed: reasons {[(r.citation, r.meaning) for r in report.reasons]}")
    print(f"seed: declassify {report.declassification.on} {report.declassification.phrase}")
    assert levels == {"C": 8}
    assert [p.paragraph for p in report.marked] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert derived is not None and derived.name == "CONFIDENTIAL"
    assert report.consistent
    assert report.classified_by == "Aubrey Carlson"
    assert [(r.citation, r.meaning) for r in report.reasons] == [
        ("1.4(b)", FOREIGN_GOVERNMENT),
        ("1.4(d)", FOREIGN_RELATIONS),
    ]
    assert report.declassification.on == date(2034, 10, 22)
    assert report.declassification.phrase == "in 8 years, 9 months"
    assert report.redaction_count == 0


def test_seed_json(seed: Cable) -> None:
    data = MarkersView().data(seed, ViewContext(today=TODAY))
    assert data["view"] == "markers"
    assert data["reference_id"] == "09BEIJING2932"
    assert data["derived"] == {
        "level": "C",
        "caveats": [],
        "short": "C",
        "name": "CONFIDENTIAL",
        "wikileaks": "CONFIDENTIAL",
    }
    assert data["consistent"] is True
    assert data["issues"] == []
    assert data["levels"] == {"C": 8}
    assert [p["paragraph"] for p in data["paragraphs"] if p["level"] == "C"] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert {p["raw"] for p in data["paragraphs"] if p["level"]} == {"(C)"}
    assert data["classified_by"] == "Aubrey Carlson"
    assert data["order"] == "E.O. 12958"
    assert data["reasons"] == [
        {
            "citation": "1.4(b)",
            "section": "1.4",
            "letter": "b",
            "meaning": FOREIGN_GOVERNMENT,
            "order": "E.O. 12958, as amended by E.O. 13292",
        },
        {
            "citation": "1.4(d)",
            "section": "1.4",
            "letter": "d",
            "meaning": FOREIGN_RELATIONS,
            "order": "E.O. 12958, as amended by E.O. 13292",
        },
    ]
    assert data["declassify"] == {
        "raw": "10/22/2034",
        "kind": "date",
        "on": "2034-10-22",
        "days_remaining": 3202,
        "phrase": "in 8 years, 9 months",
        "exemptions": [],
        "downgrade_to": None,
    }
    assert data["redactions"] == {"count": 0, "outside_paragraphs": 0, "by_paragraph": {}}


def test_seed_annotations_and_facts(seed: Cable) -> None:
    # Every paragraph is marked and consistent: the reader's own marking column says it all.
    assert annotate_paragraphs(seed) == []
    facts = index_facts(seed)
    assert sorted((f.kind, f.key, f.paragraph) for f in facts if f.kind == "marking") == [
        ("marking", "C", n) for n in range(1, 9)
    ]
    assert [(f.kind, f.key) for f in facts if f.kind != "marking"] == [("marking-derived", "C")]
