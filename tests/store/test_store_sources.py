"""One cable from two sources is one cable with two sources; the richer source leads."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from cablescope import ingest
from cablescope.store import Store

CLI = [sys.executable, "-c", "from cablescope.cli import main; main()"]


def test_same_cable_from_scoop_and_html_is_merged(tmp_path, cable_factory) -> None:
    scoop = cable_factory(
        "09ROME100",
        ["Scoop copy of the grappa paragraph."],
        subject=None,
        tags=[],
        classification=None,
        fmt="scoop",
        appendix="World Headlines: unrelated news More>>",
    )
    html = cable_factory(
        "09ROME100",
        ["Viewer copy of the grappa paragraph.", "A second paragraph on polenta."],
        subject="ITALY: GRAPPA",
        tags=["PREL", "IT"],
        classification="CONFIDENTIAL",
        origin=None,
        fmt="wikileaks-html",
    )
    for order in ((scoop, html), (html, scoop)):
        db = tmp_path / f"{order[0].source.format}-first.db"
        with Store(db) as store:
            assert [ingest.add(store, c) for c in order] == ["09ROME100", "09ROME100"]
            assert store.count() == 1
            assert [s.format for s in store.sources("09ROME100")] == ["wikileaks-html", "scoop"]
            cable = store.get("09ROME100")
            # Text and stated metadata from the viewer page; what it lacks (origin) from Scoop.
            assert [p.text for p in cable.paragraphs] == [
                "Viewer copy of the grappa paragraph.",
                "A second paragraph on polenta.",
            ]
            assert (cable.subject, cable.tags, cable.classification, cable.origin) == (
                "ITALY: GRAPPA",
                ["PREL", "IT"],
                "CONFIDENTIAL",
                "Embassy Rome",
            )
            assert cable.source.format == "wikileaks-html"
            assert [h.reference_id for h in store.search("polenta")] == ["09ROME100"]
            assert store.search("scoop") == []
            assert store.summary_stats()["by_tag"] == {"PREL": 1, "IT": 1}
            assert store.stats("origin") == {"Embassy Rome": 1}


def _telegram_for_the_seed() -> str:
    """A plain-text telegram with the seed's routing (so the same reference id), written by us."""
    return "\n".join(
        [
            "DE RUEHBJ #2932/01 2951203",
            "O 221203Z OCT 09",
            "FM AMEMBASSY BEIJING",
            "TO RUEHC/SECSTATE WASHDC IMMEDIATE 6622",
            "BT",
            "C O N F I D E N T I A L BEIJING 002932",
            "",
            "E.O. 12958: DECL: 10/22/2034",
            "TAGS: PREL, PARM, CH, IR",
            "SUBJECT: PRC/IRAN: PREMIER WEN PUSHES RAHIMI ON DIALOGUE",
            "",
            "Classified By: Political Minister Counselor Aubrey Carlson.",
            "Reasons 1.4 (b/d).",
            "",
            "1. (C) A synthetic stand-in paragraph mentioning a quokka.",
            "",
            "HUNTSMAN",
            "",
        ]
    )


def test_seed_and_a_text_copy_are_one_cable_until_the_copy_goes(tmp_path: Path, seed_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "09BEIJING2932-scoop.txt").write_bytes(seed_path.read_bytes())
    (folder / "09BEIJING2932.txt").write_text(_telegram_for_the_seed())
    db = tmp_path / "lib.db"
    first = subprocess.run(
        [*CLI, "index", str(folder), "--db", str(db), "--json"], capture_output=True, text=True, check=False
    )
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert (report["added"], report["updated"], report["cables"]) == (1, 1, 1)
    with Store(db, readonly=True) as store:
        assert [s.format for s in store.sources("09BEIJING2932")] == ["text", "scoop"]
        assert store.get("09BEIJING2932").tags == ["PREL", "PARM", "CH", "IR"]
        assert [h.reference_id for h in store.search("quokka")] == ["09BEIJING2932"]
        assert store.search("ahmadinejad") == []

    (folder / "09BEIJING2932.txt").unlink()
    pruned = subprocess.run(
        [*CLI, "index", str(folder), "--db", str(db), "--prune", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(pruned.stdout)
    assert (report["removed"], report["updated"], report["files_removed"], report["cables"]) == (0, 1, 1, 1)
    with Store(db, readonly=True) as store:
        assert [s.format for s in store.sources("09BEIJING2932")] == ["scoop"]
        assert store.search("quokka") == []
        assert [h.reference_id for h in store.search("ahmadinejad")] == ["09BEIJING2932"]
        assert store.get("09BEIJING2932").tags == []
