"""Files in a folder that are not cable documents are passed over and reported, never lost silently."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from cablescope.cli import app
from cablescope.readers import cable_files, read_path


def _folder(tmp_path: Path, seed_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "notes").mkdir(parents=True)
    shutil.copy(seed_path, folder / "09BEIJING2932-scoop.txt")
    (folder / "notes" / "photo.jpg").write_bytes(bytes(range(256)) * 4)
    (folder / "notes" / "todo.md").write_text("Read the Beijing cables again.\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("not looked at\n", encoding="utf-8")
    return folder


def test_read_path_lists_what_it_passed_over(tmp_path, seed_path):
    folder = _folder(tmp_path, seed_path)
    errors: list[tuple[str, str]] = []
    skipped: list[tuple[str, str]] = []
    cables = list(read_path(folder, errors=errors, skipped=skipped))
    assert [cable.reference_id for cable in cables] == ["09BEIJING2932"]
    assert errors == []
    assert skipped == [
        (str(folder / "notes" / "photo.jpg"), "binary file, not a cable document"),
        (str(folder / "notes" / "todo.md"), "not a cable document in any known format"),
    ]


def test_cable_files_is_the_walk_both_reading_and_indexing_use(tmp_path, seed_path):
    folder = _folder(tmp_path, seed_path)
    assert list(cable_files(folder)) == [folder / "09BEIJING2932-scoop.txt"]


def test_index_reports_skipped_files_and_exits_2_when_nothing_is_a_cable(tmp_path, seed_path):
    folder = _folder(tmp_path, seed_path)
    db = tmp_path / "library.db"
    runner = CliRunner()
    result = runner.invoke(app, ["index", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Skipped 2 files that are not cable documents:" in result.output
    report = json.loads(runner.invoke(app, ["index", str(folder), "--db", str(db), "--json"]).stdout)
    assert (report["unchanged"], report["skipped"]) == (
        1,
        [
            [str(folder / "notes" / "photo.jpg"), "binary file, not a cable document"],
            [str(folder / "notes" / "todo.md"), "not a cable document in any known format"],
        ],
    )

    (folder / "09BEIJING2932-scoop.txt").unlink()
    only_notes = runner.invoke(app, ["index", str(folder / "notes"), "--db", str(tmp_path / "other.db")])
    assert only_notes.exit_code == 2
    assert "Skipped 2 files" in only_notes.output
