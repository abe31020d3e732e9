"""The whole hostile corpus through every command, with a stuck, a printing and an exiting plugin
loaded: each command ends in bounded time, with no traceback, no escape sequence on the terminal,
valid JSON where JSON was asked for, and nothing deleted."""

from __future__ import annotations

import asyncio
import json
from datetime import date
from pathlib import Path

import pytest
from forked_cli import run_cli
from hostile_corpus import PLUGINS, assert_terminal_safe, run
from textual.message import Message
from textual.notifications import Notify

from cablescope.app.app import CablescopeApp
from cablescope.isolation import BUDGET_ENV
from cablescope.plugins import LOAD_ENV

pytestmark = pytest.mark.long  # sent out first (tests/conftest.py)

ENV = {LOAD_ENV: "cablescope,stuck,printing,exiting", BUDGET_ENV: "2"}


def cablescope(*args: str | Path, timeout: float = 60, fork: bool = True):
    """The command with the hostile plugins loaded; in a fork of this process (``forked_cli``)
    unless ``fork`` is false: the first run is a new interpreter's, as the console script's."""
    result = (run_cli if fork else run)("--plugins-dir", PLUGINS, *args, env=ENV, timeout=timeout)
    assert_terminal_safe(result.stdout + result.stderr)
    return result


def test_the_hostile_corpus_through_every_command(hostile_folder: Path, tmp_path: Path):
    files_before = sorted(p.name for p in hostile_folder.rglob("*"))
    library = tmp_path / "lib.db"
    indexed = cablescope("index", hostile_folder, "--db", library, "--json", "--workers", "2", fork=False)
    assert indexed.returncode == 0, indexed.stderr
    report = json.loads(indexed.stdout)
    assert (report["added"], report["cables"], len(report["skipped"])) == (2, 2, 5)
    assert "plugin 'stuck' disabled" in indexed.stderr and "plugin 'exiting' disabled" in indexed.stderr

    shown = cablescope("show", hostile_folder)
    assert shown.returncode == 0 and "09BEIJING2932" in shown.stdout

    searched = cablescope("search", "beijing", "--db", library, "--json")
    assert sorted(hit["reference_id"] for hit in json.loads(searched.stdout)) == [
        "09BEIJING1",
        "09BEIJING2932",
    ]

    assert cablescope("views").returncode == 0
    views = {view["name"]: view for view in json.loads(cablescope("views", "--json").stdout)}
    assert (views["printing"]["title"], views["printing"]["description"]) == ("Printing", "Prints everywhere")
    for command in (
        ["markers", "09BEIJING1"],
        ["entities", "09BEIJING1"],
        ["diff", "09BEIJING2932"],
        ["refs", "09BEIJING1"],
        ["timeline"],
        ["stats"],
    ):
        as_text = cablescope(*command, "--db", library)
        assert as_text.returncode == 0, (command, as_text.stderr)
        as_json = cablescope(*command, "--db", library, "--json")
        assert as_json.returncode == 0, (command, as_json.stderr)
        json.loads(as_json.stdout)

    assert sorted(p.name for p in hostile_folder.rglob("*")) == files_before  # nothing deleted
    again = cablescope("index", hostile_folder, "--db", library, "--json", "--prune")
    assert json.loads(again.stdout)["removed"] == 0


async def test_the_explorer_indexes_the_hostile_corpus_and_quits(
    hostile_folder: Path, tmp_path: Path, press_to_quit
):
    notes: list[str] = []
    indexed = asyncio.Event()

    def on_message(message: Message) -> None:
        if isinstance(message, Notify):
            notes.append(message.notification.message)
            if message.notification.message.startswith("Indexed:"):
                indexed.set()

    app = CablescopeApp(db=tmp_path / "lib.db", index_paths=[hostile_folder], today=date(2026, 1, 15))
    async with app.run_test(size=(100, 30), message_hook=on_message) as pilot:
        await asyncio.wait_for(indexed.wait(), timeout=30)  # the FIFO did not block the walk
        for _ in range(100):
            if app.explorer.cable is not None:
                break
            await pilot.pause(0.05)
        assert app.explorer.cable is not None
        await press_to_quit(pilot)
    assert app.return_code == 0
    assert "Indexed: 2 added, 0 updated, 0 unchanged" in notes
    assert_terminal_safe("\n".join(notes))
