"""`cablescope index`, `search` and `stats` run as a user runs them: files on disk, exit codes, output.

Each run is a process of its own: a new interpreter for the first runs and the one killed, a fork
of this one (``forked_cli``) for the runs whose results are the point."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from forked_cli import run_cli
from process_groups import group_gone
from store_samples import csv_rows, kill_when, write_csv

from cablescope.store import Store

pytestmark = pytest.mark.long  # sent out first (tests/conftest.py)

CLI = [sys.executable, "-c", "from cablescope.cli import main; main()"]


def run(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*CLI, *map(str, args)], capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.fixture
def corpus(tmp_path: Path, make_cable_file) -> Path:
    """Good cables (three text files, one in a subfolder, and a CSV of four) plus five bad files."""
    make_cable_file(
        "rome.txt",
        "ROME",
        1234,
        "221203Z OCT 09",
        "ITALY: GRAPPA GROWERS LOBBY",
        ["The quixotic zampognaro association met the ministry.", "Growers plan exports to Mongolia."],
        tags="PREL, EAGR, IT",
    )
    make_cable_file(
        "paris.txt",
        "PARIS",
        77,
        "051530Z MAR 08",
        "FRANCE: CHEESE TARIFFS",
        ["French officials discussed cheese tariffs.", "Nothing about grappa here."],
        classification="SECRET",
        marking="S",
        tags="ETRD, FR",
    )
    make_cable_file(
        "beijing.txt",
        "BEIJING",
        2932,
        "011000Z DEC 09",
        "CHINA: TEA PRICES",
        ["Tea prices rose in the Hangzhou markets.", "Officials cited the weather."],
        folder="cables/asia",
        tags="ECON, CH",
    )
    write_csv(tmp_path / "cables" / "rows.csv", csv_rows(4))
    bad = tmp_path / "cables"
    (bad / "broken.csv").write_text(
        '"1","03/01/2008 12:00","08ROME1","Embassy Rome","CONFIDENTIAL","","hdr"\n'
    )
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (bad / "empty.txt").write_text("")
    (bad / "notes.html").write_text("<html><body><p>Hello, not a cable</p></body></html>")
    (bad / "README.md").write_text("Not claimed by any reader: skipped, not reported.\n")
    return bad


GOOD = ["08BEIJING2", "08PARIS1", "08PARIS4", "08PARIS77", "08ROME3", "09BEIJING2932", "09ROME1234"]


def test_folder_with_good_and_bad_files(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    result = run("index", corpus, "--db", db)
    assert result.returncode == 1, result.stderr
    failed = sorted(line for line in result.stderr.splitlines() if line.startswith("Failed: "))
    assert failed == [
        f"Failed: {corpus / 'binary.txt'}: binary file, not a cable document",
        f"Failed: {corpus / 'broken.csv'}: row 1 (line 1): 7 columns instead of 8; unbalanced quote?",
        f"Failed: {corpus / 'empty.txt'}: empty file",
        f"Failed: {corpus / 'notes.html'}: no cable text (<pre> block) in this HTML page",
    ]
    assert "Traceback" not in result.stderr
    assert "Indexed 4 files: 7 cables added, 0 updated, 0 removed" in result.stdout
    with Store(db, readonly=True) as store:
        assert [s.reference_id for s in store.list_cables(sort="reference_id")] == GOOD
        assert [h.reference_id for h in store.search("zampognaro")] == ["09ROME1234"]
        assert [
            h.reference_id
            for h in store.search(
                "hangzhou",
            )
        ] == ["09BEIJING2932"]
        assert [h.reference_id for h in store.search("serialword4")] == ["08PARIS4"]
        assert store.get("09ROME1234").origin == "Embassy Rome"

    as_json = run("index", corpus, "--db", db, "--json")
    assert as_json.returncode == 1
    report = json.loads(as_json.stdout)
    assert (report["added"], report["updated"], report["unchanged"], report["files_unchanged"]) == (
        0,
        0,
        7,
        4,
    )
    assert len(report["failed"]) == 4


def test_incremental_touch_change_and_prune(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    for name in ("binary.txt", "broken.csv", "empty.txt", "notes.html"):
        (corpus / name).unlink()
    first = run_cli("index", corpus, "--db", db, "--json")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["added"] == 7

    paris = corpus / "paris.txt"
    stat = paris.stat()
    os.utime(paris, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))  # touched, same bytes
    rome = corpus / "rome.txt"
    rome.write_text(rome.read_text().replace("Mongolia", "Kazakhstan"))
    second = json.loads(run_cli("index", corpus, "--db", db, "--json").stdout)
    assert (second["added"], second["updated"], second["removed"]) == (0, 1, 0)
    assert (second["files_indexed"], second["files_unchanged"], second["unchanged"]) == (1, 3, 6)
    with Store(db, readonly=True) as store:
        assert [h.reference_id for h in store.search("kazakhstan")] == ["09ROME1234"]
        assert store.search("mongolia") == []

    # A CSV that lost a row and gained one: the lost cable goes, the new one comes.
    write_csv(corpus / "rows.csv", csv_rows(3) + csv_rows(1, start=9))
    third = json.loads(run_cli("index", corpus, "--db", db, "--json").stdout)
    assert (third["added"], third["updated"], third["removed"]) == (1, 3, 1)

    (corpus / "asia" / "beijing.txt").unlink()
    without_prune = json.loads(run_cli("index", corpus, "--db", db, "--json").stdout)
    assert without_prune["removed"] == 0 and without_prune["cables"] == 7
    pruned = run_cli("index", corpus, "--db", db, "--prune", "--json")
    assert pruned.returncode == 0, pruned.stderr
    report = json.loads(pruned.stdout)
    assert (report["removed"], report["files_removed"], report["cables"]) == (1, 1, 6)
    with Store(db, readonly=True) as store:
        assert store.get("09BEIJING2932") is None
        assert store.search("hangzhou") == []


def test_nothing_to_do_exits_2(tmp_path: Path) -> None:
    result = run("index", tmp_path / "missing", "--db", tmp_path / "lib.db")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"Failed: {tmp_path / 'missing'}: no such file or folder"]
    blocker = tmp_path / "file"
    blocker.write_text("x")
    unwritable = run("index", tmp_path, "--db", blocker / "lib.db")
    assert unwritable.returncode == 2
    assert unwritable.stderr.startswith("Error: cannot open the library")
    assert len(unwritable.stderr.strip().splitlines()) == 1


def test_search_and_stats_commands(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    run_cli("index", corpus, "--db", db)
    found = run_cli("search", "zampognaro OR hangzhou", "--db", db, "--sort", "date")
    assert found.returncode == 0, found.stderr
    lines = found.stdout.splitlines()
    assert lines[0].startswith("09BEIJING2932  2009-12-01  Embassy Beijing  CONFIDENTIAL  ¶1")
    assert lines[-1] == "2 of 2 matching cables"
    as_json = json.loads(run_cli("search", "grappa", "--db", db, "--json", "--classification", "s").stdout)
    assert [(h["reference_id"], h["paragraph"], h["snippet"]) for h in as_json] == [
        ("08PARIS77", 2, "Nothing about grappa here.")
    ]
    filtered = json.loads(
        run_cli("search", "report", "--db", db, "--json", "--origin", "paris", "--from", "2008-03-03").stdout
    )
    assert [h["reference_id"] for h in filtered] == ["08PARIS4"]

    for bad, message in (
        ('"grappa', 'Error: unbalanced quote: every " that opens a phrase needs a closing "'),
        (
            "NOT grappa",
            "Error: NOT needs something before it: search for what you want first, as in iran NOT nuclear",
        ),
    ):
        refused = run_cli("search", bad, "--db", db)
        assert (refused.returncode, refused.stderr.strip(), refused.stdout) == (2, message, "")
    bad_date = run_cli("search", "grappa", "--db", db, "--from", "2009-13")
    assert (bad_date.returncode, bad_date.stderr.strip()) == (
        2,
        "Error: '2009-13' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD",
    )

    stats = json.loads(run_cli("stats", "--db", db, "--json").stdout)
    assert stats == {
        "cables": 7,
        "by_year": {"2008": 5, "2009": 2},
        "by_origin": {"Embassy Paris": 3, "Embassy Beijing": 2, "Embassy Rome": 2},
        "by_classification": {"CONFIDENTIAL": 6, "SECRET": 1},
        "by_tag": {"PREL": 5, "ECON": 5, "CH": 1, "EAGR": 1, "ETRD": 1, "FR": 1, "IT": 1},
    }
    by_month = json.loads(run_cli("stats", "--db", db, "--json", "--by", "month", "--query", "report").stdout)
    assert by_month == {"by": "month", "query": "report", "cables": 4, "counts": {"2008-03": 4}}
    table = run_cli("stats", "--db", db, "--by", "origin")
    assert table.returncode == 0
    assert "Embassy Paris" in table.stdout and "3" in table.stdout


@pytest.mark.parametrize("workers", ["0", "1"])
def test_sigkill_mid_index_then_rerun_gives_exact_counts(tmp_path: Path, workers: str) -> None:
    total = 2000
    source = write_csv(tmp_path / "cables.csv", csv_rows(total))
    db = tmp_path / "lib.db"
    process = subprocess.Popen(
        [*CLI, "index", str(source), "--db", str(db), "--workers", workers],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: its workers are in it
    )
    kill_when(process, db, lambda probe: probe.execute("SELECT count(*) FROM cables").fetchone()[0] >= 600)
    assert process.returncode == -signal.SIGKILL, "indexing finished before it could be killed"
    assert group_gone(process.pid), "a worker outlived the killed run"

    with Store(db) as store:
        kept = store.count()
        assert 600 <= kept < total
        assert store.search("serialword1")[0].reference_id == "08PARIS1"

    rerun = run_cli("index", source, "--db", db, "--json")
    assert rerun.returncode == 0, rerun.stderr
    report = json.loads(rerun.stdout)
    assert (report["added"], report["updated"], report["cables"]) == (total - kept, kept, total)
    with sqlite3.connect(db) as check:
        assert check.execute("SELECT count(*), count(DISTINCT reference_id) FROM cables").fetchone() == (
            total,
            total,
        )
        assert check.execute("SELECT count(*) FROM sources").fetchone() == (total,)
        assert check.execute("SELECT count(*) FROM fts WHERE fts MATCH 'routine'").fetchone() == (total,)
        assert check.execute("SELECT count(*) FROM cable_tags").fetchone() == (2 * total,)
        assert check.execute("SELECT path, cables FROM files").fetchall() == [(str(source), total)]
    with Store(db, readonly=True) as store:
        for number in (1, kept, kept + 1, total):
            hits = store.search(f"serialword{number}")
            assert len(hits) == 1 and hits[0].snippet.endswith(f"serialword{number} closes the report.")
