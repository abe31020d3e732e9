"""Markings across an index: facts stored at index time, ``markers --corpus``, the explorer's level picker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from typer.testing import CliRunner

from cablescope import cli, ingest
from cablescope.api import NarrowList, ViewContext, parse_cable, read_path
from cablescope.store import Store
from cablescope_markers.corpus import corpus_data
from cablescope_markers.view import MarkersView

# A secret cable whose banner lacks the NOFORN its second paragraph carries.
SECRET_CABLE = """DE RUEHTP #0001/01 0101200
ZNY SSSSS ZZH
O 101200Z JAN 09
FM AMEMBASSY TESTPORT
TO RUEHC/SECSTATE WASHDC IMMEDIATE 0001

S E C R E T TESTPORT 000001

SIPDIS

E.O. 12958: DECL: 01/10/2019
TAGS: PREL PGOV XX
SUBJECT: A SYNTHETIC CABLE FOR MARKINGS

Classified By: Ambassador Jane Q. Example for reasons 1.4 (b) and (d).

1. (S) Summary: The minister told us XXXXXXXXXXXX would travel.
End summary.

2. (S/NF) XXXXXXXXXXXX said the plan was ready.

3. (U) Nothing more.

EXAMPLE
"""

# A confidential cable with an unmarked paragraph and an SBU one.
CONFIDENTIAL_CABLE = """DE RUEHTP #0002/01 0121200
ZNY CCCCC ZZH
O 121200Z JAN 09
FM AMEMBASSY TESTPORT
TO RUEHC/SECSTATE WASHDC IMMEDIATE 0002

C O N F I D E N T I A L TESTPORT 000002

SIPDIS

E.O. 12958: DECL: 01/12/2019
TAGS: PREL XX
SUBJECT: ANOTHER SYNTHETIC CABLE

Classified By: DCM John R. Sample, reason 1.5 (d).

1. (C) The talks went well.

2. Nobody marked this paragraph.

3. (SBU) Logistics follow.

EXAMPLE
"""


@pytest.fixture
def library(tmp_path: Path, seed_path: Path) -> Path:
    db = tmp_path / "library.db"
    with Store(db) as store:
        (seed,) = list(read_path(seed_path))
        ingest.add(store, seed)
        ingest.add(store, parse_cable(SECRET_CABLE))
        ingest.add(store, parse_cable(CONFIDENTIAL_CABLE))
    return db


def run(*args: str):
    cli.load_plugin_commands(list(args))
    return CliRunner().invoke(cli.app, list(args), prog_name="cablescope", env={"COLUMNS": "160"})


def test_facts_stored_at_index_time(library: Path) -> None:
    with Store(library, readonly=True) as store:
        assert store.top_facts(kind="marking") == [
            {"kind": "marking", "key": "C", "cables": 2, "mentions": 9},
            {"kind": "marking", "key": "S", "cables": 1, "mentions": 2},
            {"kind": "marking", "key": "SBU", "cables": 1, "mentions": 1},
            {"kind": "marking", "key": "U", "cables": 1, "mentions": 1},
        ]
        assert [s.reference_id for s in store.cables_with_fact("marking-issue", "unmarked")] == [
            "09TESTPORT2"
        ]
        assert [s.reference_id for s in store.cables_with_fact("marking", "S")] == ["09TESTPORT1"]


def test_corpus_data(library: Path) -> None:
    with Store(library, readonly=True) as store:
        data = corpus_data(store)
    assert data["cables"] == 3
    assert data["cables_with_markings"] == 3
    assert data["levels"] == [
        {
            "level": "U",
            "name": "UNCLASSIFIED",
            "paragraphs": 1,
            "cables_with_paragraphs": 1,
            "cables_at_level": 0,
        },
        {
            "level": "SBU",
            "name": "SENSITIVE BUT UNCLASSIFIED",
            "paragraphs": 1,
            "cables_with_paragraphs": 1,
            "cables_at_level": 0,
        },
        {
            "level": "C",
            "name": "CONFIDENTIAL",
            "paragraphs": 9,
            "cables_with_paragraphs": 2,
            "cables_at_level": 2,
        },
        {"level": "S", "name": "SECRET", "paragraphs": 2, "cables_with_paragraphs": 1, "cables_at_level": 1},
        {
            "level": "TS",
            "name": "TOP SECRET",
            "paragraphs": 0,
            "cables_with_paragraphs": 0,
            "cables_at_level": 0,
        },
    ]
    assert data["issues"] == {"caveat-missing-from-banner": 1, "unmarked": 1}
    assert data["inconsistent"] == [
        {
            "reference_id": "09TESTPORT1",
            "classification": "SECRET",
            "issues": [
                {
                    "kind": "caveat-missing-from-banner",
                    "message": "NOFORN paragraph(s) under a banner without it (SECRET)",
                    "paragraphs": [2],
                }
            ],
        },
        {
            "reference_id": "09TESTPORT2",
            "classification": "CONFIDENTIAL",
            "issues": [
                {
                    "kind": "unmarked",
                    "message": "1 numbered paragraph(s) unmarked in a CONFIDENTIAL cable",
                    "paragraphs": [2],
                }
            ],
        },
    ]


def test_corpus_command(library: Path) -> None:
    result = run("markers", "--corpus", "--json", "--db", str(library))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [(row["level"], row["paragraphs"]) for row in data["levels"]] == [
        ("U", 1),
        ("SBU", 1),
        ("C", 9),
        ("S", 2),
        ("TS", 0),
    ]
    assert [entry["reference_id"] for entry in data["inconsistent"]] == ["09TESTPORT1", "09TESTPORT2"]

    table = run("markers", "--corpus", "--db", str(library))
    assert table.exit_code == 0, table.output
    assert "3 cables indexed, 3 with paragraph markings, 2 with inconsistent markings." in table.stdout
    assert "NOFORN paragraph(s) under a banner without it (SECRET)" in table.stdout


def test_cable_command_by_reference_id(library: Path) -> None:
    result = run("markers", "09TESTPORT1", "--json", "--db", str(library))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["banner"]["name"] == "SECRET"
    assert data["derived"]["name"] == "SECRET//NOFORN"
    assert data["consistent"] is False
    assert data["classified_by"] == "Jane Q. Example"
    assert [r["citation"] for r in data["reasons"]] == ["1.4(b)", "1.4(d)"]
    assert data["declassify"]["on"] == "2019-01-10"
    assert data["redactions"] == {"count": 2, "outside_paragraphs": 0, "by_paragraph": {"¶1": 1, "¶2": 1}}


def test_command_errors(library: Path, seed_path: Path) -> None:
    neither = run("markers", "--db", str(library))
    assert neither.exit_code == 1
    assert (
        neither.stderr.strip()
        == "Error: give a file, folder or reference id, or --corpus for the whole index"
    )
    both = run("markers", str(seed_path), "--corpus", "--db", str(library))
    assert both.exit_code == 1
    assert both.stderr.strip() == "Error: --corpus works on the whole index: give no cable and no --tui"


class PickerApp(App):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.narrowed: list[NarrowList] = []

    def compose(self) -> ComposeResult:
        cable = self.store.get("09TESTPORT1")
        widget = MarkersView().widget(cable, ViewContext(store=self.store))
        assert widget is not None
        yield widget

    def on_narrow_list(self, message: NarrowList) -> None:
        self.narrowed.append(message)


async def test_level_picker_narrows_the_list(library: Path) -> None:
    with Store(library, readonly=True) as store:
        app = PickerApp(store)
        async with app.run_test(size=(100, 40)) as pilot:
            # Letters work from the report as from the level list.
            app.query_one("VerticalScroll").focus()
            await pilot.press("c")
            await pilot.press("i")
            app.query_one("#markers-levels").focus()
            await pilot.press("s")
            await pilot.press("t")  # no TS paragraph in this library: nothing happens
            await pilot.press("b")
            await pilot.press("up", "enter")  # the level above SBU in the list is U
            await pilot.pause()
    assert [(m.label, m.reference_ids) for m in app.narrowed] == [
        ("paragraphs at C", ["09TESTPORT2", "09BEIJING2932"]),  # oldest first
        ("inconsistent markings", ["09TESTPORT1", "09TESTPORT2"]),
        ("paragraphs at S", ["09TESTPORT1"]),
        ("paragraphs at SBU", ["09TESTPORT2"]),
        ("paragraphs at U", ["09TESTPORT1"]),
    ]
