"""FIFOs and escape-laden file names: skipped or cleaned in one line each, never a hang or an injection."""

from __future__ import annotations

import json
import os
from pathlib import Path

from hostile_corpus import assert_terminal_safe, run

from cablescope.readers import cable_files, read_path


def test_the_walk_passes_over_a_fifo_with_its_reason(hostile_folder: Path):
    skipped: list[tuple[str, str]] = []
    files = list(cable_files(hostile_folder, skipped=skipped))
    pipe = str(hostile_folder / "sub" / "pipe.txt")
    assert pipe not in map(str, files)
    assert (pipe, "a named pipe (FIFO), not a regular file: not read") in skipped


def test_a_fifo_named_directly_is_refused_in_one_line(tmp_path: Path):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    shown = run("show", pipe, timeout=30)
    assert (shown.returncode, shown.stderr) == (
        1,
        f"Error: {pipe}: a named pipe (FIFO), not a regular file: not read\n",
    )
    indexed = run("index", pipe, "--db", tmp_path / "lib.db", "--json", timeout=30)
    assert indexed.returncode == 2
    assert json.loads(indexed.stdout)["failed"] == [
        [str(pipe), "a named pipe (FIFO), not a regular file: not read"]
    ]
    assert list(read_path(tmp_path, errors=[], skipped=[])) == []


def test_show_and_index_of_a_hostile_folder_end_and_print_no_escape(hostile_folder: Path, tmp_path: Path):
    shown = run("show", hostile_folder, timeout=60)
    assert shown.returncode == 0, shown.stderr
    assert_terminal_safe(shown.stdout + shown.stderr)
    assert "Skipped " + str(hostile_folder / "sub" / "pipe.txt") in shown.stderr
    assert "wipescreen.md" in shown.stderr and "clipboard.md" in shown.stderr

    indexed = run("index", hostile_folder, "--db", tmp_path / "lib.db", timeout=60)
    assert indexed.returncode == 0, indexed.stderr
    assert_terminal_safe(indexed.stdout + indexed.stderr)
    summary = " ".join(indexed.stdout.split())  # Rich wraps long paths at the terminal's width
    assert "Skipped 5 files that are not cable documents:" in summary
    assert "lib.db holds 2 cables." in summary
