"""Damaged and foreign SQLite files: refused or reported in one line by every command, never converted."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hostile_corpus import assert_terminal_safe, cable_text, corrupt_library, foreign_database

from cablescope import cli, ingest
from cablescope.app import launch
from cablescope.app.app import CablescopeApp
from cablescope.store import APPLICATION_ID, NotALibrary, Store


def run(capsys, *args: str | Path) -> tuple[int, str, str]:
    """``cablescope ARGS`` through ``main()``, in this process: (exit code, stdout, stderr)."""
    try:
        cli.main([str(arg) for arg in args])
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def good_library(tmp_path: Path, seed_path: Path) -> Path:
    folder = tmp_path / "cables"
    folder.mkdir()
    for number in range(40):  # enough pages for the damage to reach every table
        body = f"Ambassador Smith met Minister Jones in Paris about trade {number}. " * 40
        (folder / f"{number}.txt").write_text(cable_text(body, 5000 + number), encoding="utf-8")
    path = tmp_path / "good.db"
    with Store(path) as store:
        ingest.index(store, [seed_path, folder], workers=0)
    return path


def test_a_new_library_carries_the_application_id_and_an_unmarked_one_gets_it(tmp_path, good_library):
    with sqlite3.connect(good_library) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        db.execute("PRAGMA application_id = 0")  # as libraries written before the mark
    with Store(good_library, readonly=True) as store:
        assert store.count() == 41  # still read
    Store(good_library).close()
    with sqlite3.connect(good_library) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


@pytest.mark.parametrize("application_id", [0, 0x1234])
def test_another_programs_database_is_refused_and_left_as_it_was(tmp_path, seed_path, application_id, capsys):
    other = foreign_database(tmp_path / "other.db", application_id=application_id)
    before = other.read_bytes()
    with pytest.raises(NotALibrary, match="is not a cablescope library: it is another"):
        Store(other)
    code, _out, err = run(capsys, "index", seed_path, "--db", other)
    assert code == 2
    assert err.startswith(f"Error: {other} is not a cablescope library: it is another")
    assert len(err.splitlines()) == 1
    assert other.read_bytes() == before  # not converted into a library
    for command in (["search", "nuclear"], ["stats"], ["markers", "09BEIJING2932"], ["timeline"]):
        code, _out, err = run(capsys, *command, "--db", other)
        assert code == 1, (command, err)
        assert err.startswith(f"Error: {other} is not a cablescope library"), command
        assert len(err.splitlines()) == 1


def test_every_command_reports_a_damaged_library_in_one_line(tmp_path, good_library, capsys):
    damaged = corrupt_library(good_library, tmp_path / "damaged.db")
    for command in (
        ["search", "nuclear", "--json"],
        ["stats"],
        ["markers", "--corpus"],
        ["entities", "--corpus"],
        ["refs", "09BEIJING2932"],
        ["timeline", "--json"],
    ):
        code, out, err = run(capsys, *command, "--db", damaged)
        assert_terminal_safe(out + err)
        if code:
            assert err.startswith("Error: "), (command, err)
            assert len(err.strip().splitlines()) == 1, (command, err)
        elif "--json" in command:
            json.loads(out)
    code, _out, err = run(capsys, "stats", "--db", damaged)
    assert (code, err) == (
        1,
        "Error: the library is damaged or unreadable: database disk image is malformed\n",
    )


def test_the_explorer_refuses_a_foreign_or_damaged_file_before_starting(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(launch.sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(CablescopeApp, "run", lambda self, **options: pytest.fail("the explorer started"))
    other = foreign_database(tmp_path / "other.db")
    assert launch.launch_explorer(db=other) == 1
    assert capsys.readouterr().err == (
        f"Error: {other} is not a cablescope library: it is another SQLite database (tables notes)\n"
    )
    not_sqlite = tmp_path / "notes.db"
    not_sqlite.write_text("just text, not a database\n" * 200, encoding="utf-8")
    assert launch.launch_explorer(db=not_sqlite) == 1
    assert (
        capsys.readouterr().err
        == f"Error: {not_sqlite} is not a cablescope library: file is not a database\n"
    )
