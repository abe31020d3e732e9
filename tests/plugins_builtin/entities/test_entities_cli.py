"""``cablescope entities``: one cable as JSON or Rich, and the corpus question from the index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cablescope import cli, ingest
from cablescope.api import Cable, Paragraph, read_path
from cablescope.store import Store

HERE = Path(__file__).parent
SEED = HERE.parents[2] / "seeds" / "09BEIJING2932-scoop.txt"


def run(*args: str):
    cli.load_plugin_commands(list(args))
    return CliRunner().invoke(cli.app, list(args), prog_name="cablescope")


@pytest.fixture
def library(tmp_path) -> Path:
    db = tmp_path / "library.db"
    with Store(db) as store:
        for name in ("06TOKYO5512", "09STATE98811", "08BERLIN1129", "08ANKARA1874"):
            for cable in read_path(HERE / "cables" / f"{name}.txt"):
                ingest.add(store, cable)
    return db


def test_entities_cli_json_people_of_the_seed():
    result = run("entities", str(SEED), "--type", "person", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["reference_id"] == "09BEIJING2932"
    assert data["counts"] == {"person": 7}
    assert [(e["key"], e["count"]) for e in data["entities"]] == [
        ("Ni Ruchi", 16),
        ("Wen Jiabao", 6),  # once in the subject line
        ("Mohammad Reza Rahimi", 4),  # once in the subject line
        ("Mahmoud Ahmadinejad", 2),
        ("Ali Khamenei", 1),
        ("Aubrey Carlson", 1),
        ("Obama", 1),
    ]
    obama = data["entities"][-1]
    assert obama["title"] == "President"
    assert obama["mentions"] == [
        {"paragraph": 4, "start": 538, "end": 543, "in_appendix": False, "source": "text", "text": "Obama"}
    ]


def test_entities_cli_rich_groups_with_counts():
    result = run("entities", str(SEED))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "People (7)" in out and "Organisations (7)" in out and "Places (9)" in out
    assert "republisher's appendix" in out
    assert out.index("Save the Children") > out.index("republisher's appendix")


def test_entities_cli_unknown_type_is_one_line():
    result = run("entities", str(SEED), "--type", "weapon")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "Error: unknown entity type 'weapon': choose one of person, org, place, tag"
    ]


def test_entities_cli_corpus_without_library_is_one_line(tmp_path):
    result = run("entities", "--corpus", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "no library" in result.stderr


def test_entities_cli_corpus_top_places(library):
    result = run("entities", "--corpus", "--type", "place", "--top", "3", "--json", "--db", str(library))
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["entities"]
    assert [(r["kind"], r["key"], r["cables"]) for r in rows] == [
        ("place", "Iran", 3),
        ("place", "Berlin", 2),
        ("place", "France", 2),
    ]


def test_entities_cli_by_reference_id_from_library(library):
    result = run("entities", "09STATE98811", "--type", "person", "--json", "--db", str(library))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [e["key"] for e in data["entities"]] == [
        "Saeed Jalili",
        "William J. Burns",
        "Clinton",
        "Javier Solana",
    ]


def test_entities_facts_answer_corpus_questions(library):
    with Store(library, readonly=True) as store:
        solana = store.cables_with_fact("person", "javier solana")
        assert sorted(s.reference_id for s in solana) == ["08BERLIN1129", "09STATE98811"]
        people = store.facts("06TOKYO5512", "person")
        assert sum(1 for f in people if f.key == "Yasuhisa Shiozaki") == 3


def test_entities_cli_corpus_one_key_per_person(tmp_path):
    texts = {
        "10BERLIN1": "Chancellor Angela Merkel met the press. Merkel spoke first.",
        "10BERLIN2": "Merkel told the Bundestag she would wait.",
        "10BERLIN3": "Minister Karl-Theodor von und zu Guttenberg said it would wait.",
        "10BERLIN4": "Minister Karl-Theodor zu Guttenberg met Merkel.",
        "10STATE1": "Secretary Condoleezza Rice met Ambassador Susan Rice.",
        "10STATE2": "Rice said the talks would go on.",
        "10STATE3": "Secretary Condoleezza Rice and, later, Secretary Condoleeza Rice arrived.",
        "10STATE4": "Secretary Condoleezza Rice left.",
        "10STATE5": "Secretary Condoleeza Rice spoke.",
    }
    db = tmp_path / "library.db"
    with Store(db) as store:
        for ref, text in texts.items():
            paragraph = Paragraph(number=1, text=text, start=0, end=len(text))
            ingest.add(store, Cable(reference_id=ref, paragraphs=[paragraph], text=text))
    result = run("entities", "--corpus", "--type", "person", "--json", "--db", str(db))
    assert result.exit_code == 0, result.output
    rows = {r["key"]: r for r in json.loads(result.stdout)["entities"]}
    assert (rows["Angela Merkel"]["cables"], rows["Angela Merkel"]["forms"]) == (
        3,
        ["Merkel", "Angela Merkel"],
    )
    guttenberg = rows["Karl-Theodor von und zu Guttenberg"]
    assert guttenberg["cables"] == 2 and "Karl-Theodor zu Guttenberg" not in rows
    # Two people share the surname: the bare "Rice" stays apart and says who it could be.
    assert {"Condoleezza Rice", "Susan Rice", "Rice"} <= set(rows)
    assert rows["Rice"]["ambiguous"] == ["Condoleezza Rice", "Susan Rice"]
    # A given name spelled otherwise in some cables is the same person.
    assert rows["Condoleezza Rice"]["forms"] == ["Condoleezza Rice", "Condoleeza Rice"]
    assert rows["Condoleezza Rice"]["cables"] == 4
