"""Removing the open cable from the library through the command palette (issue 16.3)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import date, datetime

import pytest
from explorer_helpers import make_cable, until

from cablescope.app.app import CablescopeApp
from cablescope.app.screens.confirm import ConfirmScreen
from cablescope.app.widgets.cable_list import CableList
from cablescope.store import Store

pytestmark = pytest.mark.long  # sent out first (tests/conftest.py)

TODAY = date(2026, 1, 15)
SIZE = (100, 30)


def list_rows(app: CablescopeApp) -> list[str]:
    cable_list = app.screen.query_one(CableList)
    return [cable_list.summary_at(i).reference_id for i in range(cable_list.count)]


async def remove_from_palette(pilot, settle) -> None:
    await pilot.press("ctrl+p")
    await settle(pilot)
    await pilot.press(*"remove this cable")
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)


async def test_the_palette_removes_the_open_cable_after_asking(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.explorer.current_ref == "06ANKARA101"
        await remove_from_palette(pilot, settle)
        assert isinstance(app.screen, ConfirmScreen)
        assert "Remove 06ANKARA101 from the library" in app.screen.question
        await pilot.press("n")
        await settle(pilot)
        with Store(corpus_db, readonly=True) as store:
            assert store.count() == 5
        await remove_from_palette(pilot, settle)
        await pilot.press("y")
        await settle(pilot)
        assert "06ANKARA101" not in list_rows(app) and len(list_rows(app)) == 4
        assert any("Removed 06ANKARA101" in m for m in app.notifications_shown())
    with Store(corpus_db, readonly=True) as store:
        assert store.get("06ANKARA101") is None and store.count() == 4


async def test_indexing_waits_for_another_writer_and_says_who(tmp_path, seed_path, settle):
    """The explorer's indexing (first-run demo included) is a writer like `index`: it waits."""
    from textual.widgets import Static

    from cablescope.writelock import write_lock

    db = tmp_path / "lib.db"
    Store(db).close()
    app = CablescopeApp(db=db, index_paths=[seed_path], today=TODAY)
    lock = write_lock(db)
    held, release = threading.Event(), threading.Event()

    def hold() -> None:  # another writer: another thread's hold excludes as another process's does
        lock.acquire()
        held.set()
        release.wait(30)
        lock.release()

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(30)
    try:
        async with app.run_test(size=SIZE) as pilot:
            label = app.screen.query_one("#progress-label", Static)
            await until(pilot, lambda: "Waiting for another cablescope run" in str(label.render()), "a wait")
            assert f"Waiting for another cablescope run (pid {os.getpid()}" in str(label.render())
            assert list_rows(app) == []
            release.set()
            await settle(pilot)
            assert list_rows(app) == ["09BEIJING2932"]
    finally:
        release.set()
        holder.join()


async def test_the_status_line_says_while_facts_are_still_coming(corpus_db, settle):
    """A library whose indexing run is still in its second stage (or was stopped there) is
    searchable, and the explorer says that entities and markings are not all found yet."""
    from cablescope.ingest.facts import find_facts
    from cablescope.ingest.prepare import prepare

    late = make_cable("10LATE777", datetime(2010, 3, 1), "Embassy Rome", "SECRET", "Late", [("S", "Text.")])
    with Store(corpus_db) as store, store.writing():
        with store.transaction():
            store.upsert(prepare(late, ""), store.add_run(), None)
        assert store.facts_pending() == 1
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "6 cables  facts for 1 cable still coming" in status(app)
    with Store(corpus_db) as store, store.writing():
        assert find_facts(store, None).found == 1
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "6 cables" in status(app) and "still coming" not in status(app)


def status(app: CablescopeApp) -> str:
    return str(app.screen.query_one("#status").render())


EXPLORER_INDEXING_ON_WORKERS = """
import asyncio, sys
from datetime import date
from pathlib import Path

from cablescope.app.app import CablescopeApp
from cablescope.ingest import sizes
from cablescope.store import Store

sizes.WORKER_MIN_BYTES = 1  # any folder is big enough for worker processes


async def main(db, folder):
    app = CablescopeApp(db=db, index_paths=[folder], today=date(2026, 1, 15))
    async with app.run_test(size=(100, 30)) as pilot:
        while any(worker.is_running for worker in app.workers):
            await pilot.pause(0.1)
            print("NOTES", app.notifications_shown())


if __name__ == "__main__":  # the workers' server imports this module again
    db, folder = Path(sys.argv[1]), Path(sys.argv[2])
    asyncio.run(main(db, folder))
    with Store(db, readonly=True) as store:
        print("CABLES", store.count(), "PENDING", store.facts_pending())
"""


def test_the_explorer_indexes_on_worker_processes(tmp_path, seed_path):
    """Inside the explorer, sys.stderr is Textual's print capture, with no file descriptor; the
    workers' start once passed it on and failed, so the explorer could index nothing big enough
    for workers. A fresh interpreter: the first worker start of the process is the one at stake."""
    folder = tmp_path / "cables"
    folder.mkdir()
    (folder / "seed.txt").write_bytes(seed_path.read_bytes())
    (folder / "paris.txt").write_text(
        "C O N F I D E N T I A L PARIS 000001\n\nSUBJECT: A DINNER\n\n"
        "1. (C) The grappa was shared at the Embassy in Paris.\n",
        encoding="utf-8",
    )
    script = tmp_path / "explore.py"
    script.write_text(EXPLORER_INDEXING_ON_WORKERS, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "lib.db"), str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Indexing failed" not in result.stdout
    assert "CABLES 2 PENDING 0" in result.stdout
