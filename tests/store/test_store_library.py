"""The library as a whole: its write lock, `cablescope library` (--check, --repair), `remove`,
and pruning that deletes only what is proven gone (issues 19, 16.1, 16.3, 20.7)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from store_samples import csv_rows, write_csv
from typer.testing import CliRunner

from cablescope import cli, config, ingest, plugins
from cablescope.store import Store
from cablescope.writelock import LibraryBusy, WaitCancelled, current_holder, write_lock

pytestmark = pytest.mark.long  # sent out first (tests/conftest.py)

CLI = [sys.executable, "-c", "from cablescope.cli import main; main()"]


def invoke(*args: str | Path):
    return CliRunner().invoke(cli.app, [str(a) for a in args], prog_name="cablescope")


@pytest.fixture
def library(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A library of two cables.csv files (6 and 4 cables): (library, first file, second file)."""
    (tmp_path / "src").mkdir()
    first = write_csv(tmp_path / "src" / "first.csv", csv_rows(6))
    second = write_csv(tmp_path / "src" / "second.csv", csv_rows(4, start=101))
    db = tmp_path / "lib.db"
    with Store(db) as store:
        assert ingest.index(store, [first, second], workers=0).cables == 10
    return db, first, second


# -- the write lock --------------------------------------------------------------------------------


def test_a_second_writer_exits_3_with_no_wait_and_waits_without(library, tmp_path: Path) -> None:
    db, first, _ = library
    lock = write_lock(db)
    lock.acquire()
    try:
        assert current_holder(db).pid == os.getpid()
        # Readers are never blocked by a writer, and `library` names it.
        hits = json.loads(invoke("search", "serialword1", "--db", db, "--json").stdout)
        assert [hit["reference_id"] for hit in hits] == ["08PARIS1"]
        writer = invoke("library", "--db", db).stdout.splitlines()[-1]
        assert writer.startswith(f"Writer: pid {os.getpid()}, started ")
        refused = subprocess.run(
            [*CLI, "index", str(first), "--db", str(db), "--no-wait"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert refused.returncode == 3
        assert refused.stderr.splitlines() == [
            f"Error: another cablescope run (pid {os.getpid()}, started {current_holder(db).started}, "
            f"{current_holder(db).command}) is writing the library {db}; not waiting (--no-wait)"
        ]
        log = tmp_path / "waiting.log"
        with log.open("w") as err:
            waiting = subprocess.Popen(
                [*CLI, "index", str(first), "--db", str(db), "--json"],
                stdout=subprocess.PIPE,
                stderr=err,
                text=True,
            )
            # The event waited for: the second writer says that it waits (it polls the lock).
            while "Waiting: another cablescope run" not in log.read_text() and waiting.poll() is None:
                threading.Event().wait(0.02)
            assert waiting.poll() is None, log.read_text()
    finally:
        lock.release()
    out, _ = waiting.communicate(timeout=60)
    assert waiting.returncode == 0, log.read_text()
    assert json.loads(out)["files_unchanged"] == 1
    assert log.read_text().startswith(f"Waiting: another cablescope run (pid {os.getpid()}, ")


def test_a_killed_writer_leaves_no_lock(library) -> None:
    db, first, _ = library
    holder = subprocess.Popen(
        [
            *CLI[:2],
            "import sys, time; from cablescope.writelock import write_lock; "
            f"write_lock({str(db)!r}).acquire(); print('held', flush=True); time.sleep(600)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline() == "held\n"
    assert current_holder(db).pid == holder.pid
    with pytest.raises(LibraryBusy), Store(db, wait=False) as store:
        ingest.index(store, [first])
    holder.send_signal(signal.SIGKILL)
    holder.wait(10)
    # The OS released the lock with the process; its details are still in the file, not believed.
    assert current_holder(db) is None
    result = invoke("index", first, "--db", db, "--no-wait", "--json")
    assert result.exit_code == 0, result.output
    assert invoke("library", "--db", db, "--json").stdout.count('"writer": null') == 1


def test_a_waiting_writer_is_told_who_holds_the_lock_and_can_give_up(library) -> None:
    """What the explorer's indexing does while another run writes: say so, and stop on quit."""
    db, first, _ = library
    taken, done = threading.Event(), threading.Event()

    def hold() -> None:
        with Store(db) as store, store.writing():
            taken.set()
            done.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    taken.wait(30)
    told = []
    try:
        with (
            pytest.raises(WaitCancelled),
            Store(db, on_wait=told.append, stop_waiting=lambda: bool(told)) as store,
        ):
            ingest.index(store, [first])
    finally:
        done.set()
        holder.join()
    assert [h.pid for h in told] == [os.getpid()]


# -- records that cannot lie ------------------------------------------------------------------------


def test_unchanged_is_decided_from_what_the_library_holds(library) -> None:
    db, first, _ = library
    with sqlite3.connect(db) as raw:
        # What the lost runs left: the file's record intact, most of its cables gone.
        ids = [row[0] for row in raw.execute("SELECT cable_id FROM sources WHERE path = ?", (str(first),))]
        for table, column in (("sources", "cable_id"), ("cables", "id")):
            raw.executemany(f"DELETE FROM {table} WHERE {column} = ?", [(i,) for i in ids[:4]])
    with Store(db) as store:
        report = ingest.index(store, [first], workers=0)
        assert (report.added, report.files_indexed, report.files_unchanged, report.cables) == (4, 1, 0, 10)


# -- cablescope library ----------------------------------------------------------------------------


def test_library_says_where_it_is_and_what_it_holds(library, monkeypatch) -> None:
    db, first, second = library
    seed = config.seeds_dir() / "09BEIJING2932-scoop.txt"
    with Store(db) as store:
        ingest.index(store, [seed], workers=0)
    info = json.loads(invoke("library", "--db", db, "--json").stdout)
    assert info["path"] == str(db) and info["cables"] == 11 and info["writer"] is None
    assert info["size_bytes"] >= db.stat().st_size > 0
    assert [(s["path"], s["cables"], s["demo"], s["on_disk"]) for s in info["sources"]] == sorted(
        [(str(first), 6, False, True), (str(second), 4, False, True), (str(seed.resolve()), 1, True, True)]
    )
    text = invoke("library", "--db", db).stdout.splitlines()
    assert text[0] == f"Library: {db}" and text[2:4] == ["Cables: 11", "Sources: 3 files"]
    assert any(line.endswith("1 cable  bundled demo (cablescope remove --demo)") for line in text)
    assert text[-1] == "Writer: none"
    monkeypatch.setenv("CABLESCOPE_HOME", str(db.parent / "nowhere"))
    assert invoke("library").stdout.startswith(f"Library: {db.parent / 'nowhere' / 'library.db'} (none yet")


def test_check_finds_a_deleted_cable_and_repair_restores_it(library) -> None:
    db, first, _ = library
    with sqlite3.connect(db) as raw:
        raw.execute("DELETE FROM cables WHERE reference_id = '08PARIS1'")
    check = invoke("library", "--db", db, "--check")
    assert check.exit_code == 1
    assert check.stdout.splitlines() == [
        f"Problem: {first}: 1 reading of a cable the library no longer holds",
        "Problem: 1 search row (fts) for no cable",
        "Problem: 5 fact rows of cables the library no longer holds",
        "Problem: 2 tag rows of cables the library no longer holds",
        "Check: 4 problem(s) found.",
    ]
    repair = invoke("library", "--db", db, "--check", "--repair")
    assert repair.exit_code == 0, repair.output
    assert repair.stdout.splitlines()[-1] == "Check: no problems left."
    with Store(db, readonly=True) as store:
        assert store.count() == 10 and store.search("serialword1")[0].reference_id == "08PARIS1"
    assert invoke("library", "--db", db, "--check").stdout == "Check: no problems.\n"


def test_check_finds_a_stale_file_record_and_repair_reads_the_file_again(library) -> None:
    db, _, second = library
    with Store(db) as store, store.writing(), store.transaction():
        # Cables taken out properly (index, facts, tags), their file's record left claiming them.
        for source_id, cable_id in store.query(
            "SELECT id, cable_id FROM sources WHERE path = ? LIMIT 3", (str(second),)
        ):
            store.remove_source(source_id, cable_id, plugins.facts)
    check = json.loads(invoke("library", "--db", db, "--check", "--json").stdout)
    assert check["problems"] == [
        {
            "kind": "file-record",
            "detail": f"{second}: its record counts 4 cables, the library holds 1",
            "path": str(second),
        }
    ]
    repair = json.loads(invoke("library", "--db", db, "--check", "--repair", "--json").stdout)
    assert (repair["reread"], repair["indexed"]["added"], repair["indexed"]["cables"], repair["left"]) == (
        [str(second)],
        3,
        10,
        [],
    )


def test_check_finds_a_file_an_interrupted_run_left_and_repair_finishes_it(library) -> None:
    db, first, _ = library
    with sqlite3.connect(db) as raw:
        # What a run killed before a file's last batch leaves: some readings, no record.
        raw.execute("DELETE FROM files WHERE path = ?", (str(first),))
    assert json.loads(invoke("library", "--db", db, "--json").stdout)["sources"][0]["interrupted"] is True
    check = invoke("library", "--db", db, "--check")
    assert check.stdout.splitlines()[0] == (
        f"Problem: {first}: 6 cables held from a file with no record (an interrupted run)"
    )
    repair = json.loads(invoke("library", "--db", db, "--check", "--repair", "--json").stdout)
    assert (repair["reread"], repair["indexed"]["updated"], repair["left"]) == ([str(first)], 6, [])


def test_a_truncated_library_is_rebuilt_from_its_sources(library) -> None:
    db, _, _ = library
    os.truncate(db, db.stat().st_size // 2)
    check = invoke("library", "--db", db, "--check")
    assert check.exit_code == 1
    assert check.stdout.splitlines()[0].startswith("Problem: the library file is damaged:")
    repair = invoke("library", "--db", db, "--check", "--repair")
    assert repair.exit_code == 0, repair.output
    kept = [p.name for p in db.parent.iterdir() if p.name.startswith("lib.db.damaged-")]
    assert any(not name.endswith(("-wal", "-shm")) for name in kept)
    with Store(db, readonly=True) as store:
        assert store.count() == 10 and store.check() == []


# -- cablescope remove -----------------------------------------------------------------------------


def test_remove_a_cable_and_it_stays_removed(library) -> None:
    db, first, _ = library
    result = invoke("remove", "08paris1", "--db", db, "-y", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "cables": ["08PARIS1"],
        "files": [],
        "removed": 1,
        "kept_from_other_files": 0,
        "not_found": [],
        "cables_left": 9,
    }
    with Store(db) as store:
        assert store.get("08PARIS1") is None and store.search("serialword1") == []
        assert ingest.index(store, [first], workers=0).files_unchanged == 1
        assert store.count() == 9 and store.check() == []


def test_remove_a_source_file_and_ask_first(library) -> None:
    db, first, second = library
    asked = invoke("remove", second, "--db", db)
    assert asked.exit_code == 2
    assert "not removing without confirmation: add -y" in asked.output
    result = invoke("remove", second, "NOSUCH1", "--db", db, "-y")
    assert result.exit_code == 1
    assert "Not in the library: NOSUCH1" in result.output
    assert "Removed 4 cables (1 source file forgotten" in result.output
    with Store(db, readonly=True) as store:
        assert store.count() == 6 and [p for p, _, _ in store.files()] == [str(first)]
        assert store.check() == []


def test_the_demo_is_removable_like_any_source(library) -> None:
    db, _, _ = library
    with Store(db) as store:
        ingest.index(store, [config.seeds_dir()], workers=0)
    result = invoke("remove", "--demo", "--db", db, "-y")
    assert result.exit_code == 0, result.output
    with Store(db, readonly=True) as store:
        assert store.count() == 10 and store.get("09BEIJING2932") is None
    again = invoke("remove", "--demo", "--db", db, "-y")
    assert again.exit_code == 2 and "Not in the library: the bundled demo" in again.output


# -- pruning deletes only what is proven gone --------------------------------------------------------


def test_prune_keeps_the_cables_of_a_folder_it_cannot_read(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "cables"
    (root / "locked").mkdir(parents=True)
    kept = write_csv(root / "locked" / "kept.csv", csv_rows(3))
    gone = write_csv(root / "gone.csv", csv_rows(2, start=50))
    db = tmp_path / "lib.db"
    assert invoke("index", root, "--db", db).exit_code == 0
    gone.unlink()
    # The folder without permission, as a non-root user meets it (root reads every folder).
    real_scandir, real_stat = os.scandir, os.stat

    def scandir(path=".", *args):
        if str(path) == str(root / "locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path, *args)

    def stat(path, *args, **kwargs):
        if str(path).startswith(str(root / "locked") + os.sep):
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "stat", stat)
    result = invoke("index", root, "--db", db, "--prune")
    monkeypatch.undo()
    assert result.exit_code == 1
    failed = [line for line in result.stderr.splitlines() if line.startswith("Failed:")]
    assert failed == [
        f"Failed: {root / 'locked'}: cannot read this folder: Permission denied",
        f"Failed: {kept}: cannot tell whether it still exists: Permission denied",
    ]
    with Store(db, readonly=True) as store:
        assert store.count() == 3 and [p for p, _, _ in store.files()] == [str(kept)]


def test_a_library_that_cannot_be_written_says_so_in_one_line(library) -> None:
    db, first, _ = library
    # As a folder without write permission refuses the lock file (root may write anywhere).
    (db.parent / "lib.db.lock").unlink()
    (db.parent / "lib.db.lock").mkdir()
    result = invoke("index", first, "--db", db)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"Error: cannot open the write lock {db}.lock: Is a directory "
        "(a library in a read-only folder can be read, not written)"
    ]
    assert invoke("search", "serialword1", "--db", db, "--json").exit_code == 0


def test_a_library_in_a_read_only_folder_is_read_and_a_write_refused_in_one_line(library) -> None:
    db, first, _ = library
    # A read-only bind mount of the library's folder, in a mount namespace of its own: the one
    # way root meets a folder it cannot write (permissions do not stop root).
    folder = db.parent
    script = (
        f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} || exit 97\n"
        f'"$0" -c "from cablescope.cli import main; main()" search serialword1 --db {db} --json\n'
        'echo "search exit $?"\n'
        f'"$0" -c "from cablescope.cli import main; main()" index {first} --db {db} 2>&1\n'
        'echo "index exit $?"\n'
    )
    if os.geteuid() != 0:
        pytest.skip("needs root for a read-only bind mount")
    try:
        result = subprocess.run(
            ["unshare", "-m", "sh", "-c", script, sys.executable], capture_output=True, text=True, timeout=60
        )
    except FileNotFoundError:
        pytest.skip("no unshare")
    if result.returncode == 97 or "unshare failed" in result.stderr:
        pytest.skip(f"no read-only bind mount here: {result.stderr.strip()}")
    lines = result.stdout.splitlines()
    assert "search exit 0" in lines and '"reference_id": "08PARIS1",' in result.stdout
    assert lines[-2:] == [
        f"Error: cannot open the library {db} for writing: its folder cannot be written: "
        "the library can be read, not written",
        "index exit 2",
    ]


# -- the demo, once ----------------------------------------------------------------------------------


def test_the_first_run_indexes_the_demo_once(tmp_path: Path, monkeypatch) -> None:
    from cablescope.app import app as app_module
    from cablescope.app.launch import launch_explorer

    opened: list[list[Path]] = []

    class Explorer:
        def __init__(self, **options) -> None:
            opened.append(options["index_paths"])

        def run(self, **_options) -> int:
            return 0

    monkeypatch.setattr(app_module, "CablescopeApp", Explorer)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    db = tmp_path / "lib.db"
    assert launch_explorer(db=db, seed_if_empty=True) == 0
    assert opened == [[config.seeds_dir()]]
    with Store(db) as store:
        ingest.index(store, [config.seeds_dir()], workers=0)
    assert invoke("remove", "--demo", "--db", db, "-y").exit_code == 0
    assert launch_explorer(db=db, seed_if_empty=True) == 0
    assert opened[-1] == []  # empty again, but the demo was shown once: it stays removed
