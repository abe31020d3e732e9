"""Searchable first: an indexing run writes the cables, then their facts in a second stage.

A cable's facts are pending in the library between the two; a run killed in either stage
loses nothing (the rerun finishes the facts), a library of format 4 is read as having none
pending and upgraded by a writer, and the commands that read facts say when some are missing.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from forked_cli import run_cli
from store_samples import csv_rows, kill_when, write_csv

from cablescope import ingest, plugins
from cablescope.ingest import sizes
from cablescope.ingest.tasks import LOST_FACTS
from cablescope.store import SCHEMA_VERSION, SearchFilters, Store

pytestmark = pytest.mark.long  # sent out first (tests/conftest.py)

CLI = [sys.executable, "-c", "from cablescope.cli import main; main()"]


def _facts(db: Path) -> list[tuple]:
    """Every counted fact and every stored fact list, by reference id (ids left out)."""
    with sqlite3.connect(db) as raw:
        counted = raw.execute(
            "SELECT c.reference_id, k.kind, k.key, k.alias_fold, f.mentions, f.appendix FROM cable_facts f "
            "JOIN cables c ON c.id = f.cable_id JOIN fact_keys k ON k.id = f.key_id ORDER BY 1, 2, 3"
        ).fetchall()
        lists = raw.execute("SELECT reference_id, facts FROM cables ORDER BY reference_id").fetchall()
    return counted + lists


def _pending(db: Path) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as probe:
        return probe.execute("SELECT count(*) FROM facts_pending").fetchone()[0]


def _indexed(tmp_path: Path, count: int) -> tuple[Path, Path]:
    """A cables.csv of ``count`` cables and a library of it (indexed here, facts and all)."""
    source = write_csv(tmp_path / "cables.csv", csv_rows(count))
    db = tmp_path / "lib.db"
    with Store(db) as store:
        ingest.index(store, [source], workers=0)
    return source, db


def _leave_pending(db: Path, where: str) -> None:
    """The cables ``where`` holds of as a run killed after its first stage leaves them."""
    with sqlite3.connect(db) as raw:
        raw.execute(f"INSERT INTO facts_pending SELECT id FROM cables WHERE {where}")
        raw.execute(f"DELETE FROM cable_facts WHERE cable_id IN (SELECT id FROM cables WHERE {where})")
        raw.execute(f"UPDATE cables SET facts = NULL WHERE {where}")


def test_a_run_ends_with_every_facts_found_as_one_cable_at_a_time_finds_them(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "cables.csv", csv_rows(120))
    staged, single = tmp_path / "staged.db", tmp_path / "single.db"
    seen: list[tuple[int, int]] = []
    with Store(staged) as store:
        report = ingest.index(store, [source], workers=0, facts_progress=lambda n, m: seen.append((n, m)))
        assert (report.added, report.failed, store.facts_pending()) == (120, [], 0)
    # The stage reports against the cables pending when it began, ending at all of them.
    assert seen[0] == (0, 120) and seen[-1] == (120, 120)
    with Store(single) as store:
        from cablescope.readers import read_path

        for cable in read_path(source):
            ingest.add(store, cable)
    found = _facts(staged)
    assert found == _facts(single)
    assert any(kind == "marking" for _, kind, *_ in found[:-120])


def test_facts_pending_are_counted_and_found_by_the_next_run(tmp_path: Path) -> None:
    source, db = _indexed(tmp_path, 30)
    with Store(db, readonly=True) as store:
        marked = store.count(SearchFilters(level="C"))
    # As a run killed after its first stage leaves it: searchable, facts listed as pending.
    _leave_pending(db, "id % 2 = 0")
    with Store(db, readonly=True) as store:
        assert store.facts_pending() == 15
        assert store.count(SearchFilters(level="C")) == marked - 15
        assert len(store.search("routine", limit=100)) == 30
    with Store(db) as store:
        report = ingest.index(store, [source])
        assert (report.files_unchanged, report.added, store.facts_pending()) == (1, 0, 0)
        assert store.count(SearchFilters(level="C")) == marked


def test_sigkill_in_the_facts_stage_then_rerun_finishes_the_facts(tmp_path: Path) -> None:
    total = sizes.FACTS_WORKER_MIN  # the fewest cables whose facts stage starts workers
    source = write_csv(tmp_path / "cables.csv", csv_rows(total))
    db = tmp_path / "lib.db"
    process = subprocess.Popen(
        [*CLI, "index", str(source), "--db", str(db), "--workers", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def in_facts_stage(probe: sqlite3.Connection) -> bool:
        cables = probe.execute("SELECT count(*) FROM cables").fetchone()[0]
        pending = probe.execute("SELECT count(*) FROM facts_pending").fetchone()[0]
        return cables == total and 0 < pending <= total - 500

    kill_when(process, db, in_facts_stage)
    assert process.returncode == -signal.SIGKILL, "the facts stage finished before it could be killed"
    with Store(db, readonly=True) as store:
        assert store.count() == total and len(store.search("serialword1")) == 1
        left = store.facts_pending()
        assert 0 < left < total
    # The notes of the commands that read facts.
    reading_facts = (
        ["search", "routine", "--entity", "Jane Roe"],
        ["entities", "--corpus"],
        ["markers", "--corpus"],
    )
    for command in reading_facts:
        note = run_cli(*command, "--db", db)
        assert note.returncode == 0, note.stderr
        note_line = f"Note: facts for {left:,} cables are still being computed; results may be incomplete."
        assert note_line in note.stderr
    rerun = run_cli("index", source, "--db", db, "--json")
    assert rerun.returncode == 0, rerun.stderr
    report = json.loads(rerun.stdout)
    assert (report["added"], report["updated"], report["files_unchanged"]) == (0, 0, 1)
    assert _pending(db) == 0
    clean = tmp_path / "clean.db"
    # Without workers: they find the same facts (test_store_ingest), and cost more to start.
    fresh = run_cli("index", source, "--db", clean, "--workers", "0")
    assert fresh.returncode == 0, fresh.stderr
    assert _facts(db) == _facts(clean)
    quiet = run_cli("search", "routine", "--entity", "Jane Roe", "--db", db)
    assert "still being computed" not in quiet.stderr


FACT_KILLER = textwrap.dedent(
    """
    import multiprocessing
    import os
    import signal

    from cablescope.api import hookimpl


    @hookimpl
    def index_facts(cable):
        # Only ever in an indexing worker: never the test's own process.
        if "selfdestruct" in cable.text and multiprocessing.parent_process() is not None:
            os.kill(os.getpid(), signal.SIGKILL)
        return []
    """
)


def test_a_worker_that_dies_finding_facts_leaves_only_the_cable_it_died_on_pending(tmp_path: Path) -> None:
    folder = tmp_path / "plugins"
    folder.mkdir()
    (folder / "killer.py").write_text(FACT_KILLER, encoding="utf-8")
    plugins.load_plugins(folder)
    try:
        rows = csv_rows(250)
        rows[149][7] += "\nThe selfdestruct word."
        source = write_csv(tmp_path / "cables.csv", rows)
        with Store(tmp_path / "lib.db") as store:
            report = ingest.index(store, [source], workers=2)
            # Every cable went in. The chunk of cables 101-200 killed a worker again when run
            # alone, so each of its cables was run alone: only the 150th, which kills every
            # worker that reads it, is still pending (the next run tries it again), and said.
            assert (report.added, report.failed, store.count()) == (250, [], 250)
            assert store.facts_pending() == 1
            assert report.facts_failed == [(rows[149][2], LOST_FACTS)]
            assert store.top_facts("marking")[0]["cables"] == 249
    finally:
        plugins.unload_plugins()


def test_a_library_of_format_4_has_no_facts_pending_and_is_upgraded(tmp_path: Path) -> None:
    _, db = _indexed(tmp_path, 6)
    with sqlite3.connect(db) as old:
        old.executescript("DROP TABLE facts_pending; PRAGMA user_version = 4;")
    with Store(db, readonly=True) as store:
        assert (store.format_version(), store.facts_pending()) == (4, 0)
        assert store.top_facts("marking")[0]["cables"] == 6
    with Store(db) as store:
        assert (store.format_version(), store.facts_pending()) == (SCHEMA_VERSION, 0)
        ingest.index(store, [write_csv(tmp_path / "more.csv", csv_rows(3, start=10))], workers=0)
        assert (store.count(), store.facts_pending(), store.top_facts("marking")[0]["cables"]) == (9, 0, 9)


def test_a_run_without_fact_plugins_settles_pending_cables_as_having_none(tmp_path: Path) -> None:
    source, db = _indexed(tmp_path, 8)
    _leave_pending(db, "id <= 3")
    bare = run_cli("index", source, "--db", db, env={"CABLESCOPE_LOAD_PLUGINS": "none"})
    assert bare.returncode == 0, bare.stderr
    # As a run without plugins writes its cables: no facts, none pending.
    with Store(db, readonly=True) as store:
        assert (store.facts_pending(), store.top_facts("marking")[0]["cables"]) == (0, 5)
        assert store.facts("08ROME3") == [] and store.facts("08PARIS4") != []


def test_a_damaged_stored_reading_fails_its_cable_alone(tmp_path: Path) -> None:
    source, db = _indexed(tmp_path, 12)
    _leave_pending(db, "1")
    with sqlite3.connect(db) as raw:
        damaged = raw.execute("SELECT reference_id FROM cables ORDER BY id LIMIT 1 OFFSET 4").fetchone()[0]
        raw.execute(
            "UPDATE sources SET body = ? WHERE cable_id = (SELECT id FROM cables WHERE reference_id = ?)",
            (b"\x28\xb5\x2f\xfd not what was stored", damaged),
        )
    rerun = run_cli("index", source, "--db", db)
    # The other 11 cables get their facts; the damaged one is reported in one line and kept
    # without facts (trying again cannot mend it), so no run calls its facts still coming.
    assert rerun.returncode == 1
    failed = [line for line in rerun.stderr.splitlines() if line.startswith("Failed:")]
    decoding = "a stored cable document cannot be decoded (decompression error: "  # then zstd's words
    assert len(failed) == 1
    assert failed[0].startswith(f"Failed: {damaged}: its facts cannot be found: {decoding}")
    assert "Traceback" not in rerun.stderr and "Facts not found: 1 cable." in rerun.stdout
    assert _pending(db) == 0
    with Store(db, readonly=True) as store:
        assert store.top_facts("marking")[0]["cables"] == 11
    # Reading it is one line, as for any damage to the library.
    shown = run_cli("show", damaged, "--db", db)
    assert shown.returncode == 1
    assert len(shown.stderr.strip().splitlines()) == 1
    assert shown.stderr.startswith(f"Error: the library is damaged or unreadable: {decoding}")
