"""The synthetic release generator (tests/bench/gen_csv.py) and the CSV reader agree with each other."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from cablescope.parse import parse_cable
from cablescope.readers import read_path

GEN_CSV = Path(__file__).resolve().parents[1] / "bench" / "gen_csv.py"


def _generator():
    spec = importlib.util.spec_from_file_location("cablescope_bench_gen_csv", GEN_CSV)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_release_reads_back_row_for_row(tmp_path):
    gen = _generator()
    path = gen.write_csv(tmp_path / "cables.csv", 300, seed=7)
    rows = list(gen.generate_rows(300, seed=7))
    cables = list(read_path(path))
    assert len(cables) == 300
    for row, cable in zip(rows, cables, strict=True):
        assert cable.reference_id == row[2]
        assert cable.origin == row[3]
        assert cable.classification == row[4]
        assert cable.references == [r for r in row[5].split(",") if r]
        assert cable.text == row[6] + "\n\n" + row[7]
    assert [c.source.row for c in cables] == list(range(1, 301))


def test_parsing_the_text_alone_finds_the_stated_columns(tmp_path):
    gen = _generator()
    agree = {"reference_id": 0, "origin": 0, "classification": 0, "references": 0}
    rows = list(gen.generate_rows(300, seed=11))
    for row in rows:
        cable = parse_cable(row[6] + "\n\n" + row[7])
        agree["reference_id"] += cable.reference_id == row[2]
        agree["origin"] += cable.origin == row[3]
        agree["classification"] += cable.classification == row[4]
        agree["references"] += cable.references == [r for r in row[5].split(",") if r]
        assert [p.number for p in cable.paragraphs] == list(range(1, len(cable.paragraphs) + 1))
    print({field: f"{count}/{len(rows)}" for field, count in agree.items()})
    assert agree == {field: len(rows) for field in agree}
