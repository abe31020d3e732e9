"""Launching the explorer: refusing without a terminal, the `open` command and bare `cablescope`;
quitting as it starts."""

from __future__ import annotations

import asyncio
import gc
from datetime import date

from typer.testing import CliRunner

from cablescope import cli
from cablescope.app.app import CablescopeApp
from cablescope.app.launch import NOT_A_TERMINAL, launch_explorer
from cablescope.cli import app as cli_app


def test_launch_without_a_terminal_says_so_in_one_line(capsys, corpus_db):
    assert launch_explorer(db=corpus_db, doc="07PARIS2002") == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == NOT_A_TERMINAL
    assert captured.err.count("\n") == 1
    assert captured.out == ""


def test_the_collector_is_paused_while_the_explorer_starts_and_on_after(monkeypatch, tmp_path, corpus_db):
    """No garbage collection while the explorer loads; it runs again once the app runs, less
    often, with what start-up loaded frozen; and it is on again after an early error."""
    from cablescope import config

    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    seen: dict[str, object] = {}
    library_path = config.library_path

    def looked_up(db):
        seen["collecting while loading"] = gc.isenabled()
        return library_path(db)

    def run(self, **kwargs):
        seen["collecting"], seen["frozen"] = gc.isenabled(), gc.get_freeze_count()
        return 0

    monkeypatch.setattr(config, "library_path", looked_up)
    assert launch_explorer(db=corpus_db, paths=[tmp_path / "missing"]) == 1
    assert seen == {"collecting while loading": False} and gc.isenabled()

    monkeypatch.setattr(CablescopeApp, "run", run)
    thresholds, frozen = gc.get_threshold(), gc.get_freeze_count()
    gc.set_threshold(700, 10, 10)
    try:
        assert launch_explorer(db=corpus_db) == 0
        assert gc.get_threshold() == (10_000, 10, 10)
    finally:
        gc.set_threshold(*thresholds)
    assert seen["collecting while loading"] is False and seen["collecting"] is True and gc.isenabled()
    assert isinstance(seen["frozen"], int) and seen["frozen"] > frozen


def test_open_command_without_a_terminal_exits_1(corpus_db):
    result = CliRunner().invoke(
        cli_app,
        [
            "open",
            "--db",
            str(corpus_db),
            "--doc",
            "07PARIS2002",
            "--para",
            "2",
            "--view",
            "markers",
            "--query",
            "pipeline",
        ],
    )
    assert result.exit_code == 1
    assert "needs a terminal" in result.output
    assert "Traceback" not in result.output


def test_bare_cablescope_without_a_terminal_exits_1():
    result = CliRunner().invoke(cli_app, [])
    assert result.exit_code == 1
    assert "needs a terminal" in result.output


def test_open_help_lists_the_deep_link_options():
    result = CliRunner().invoke(cli_app, ["open", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--doc", "--para", "--view", "--query"):
        assert option in result.output


def test_open_with_a_malformed_query_exits_2_in_one_line(corpus_db):
    # Checked before anything starts, like `cablescope search`, so the explorer never opens on
    # a search it cannot run: from `open` and from a view's `--tui`.
    db = str(corpus_db)
    for args in (
        ["open", "--query", "x OR", "--db", db],
        ["timeline", "--tui", "--query", "x OR", "--db", db],
    ):
        cli.load_plugin_commands(args)
        result = CliRunner().invoke(cli.app, args)
        assert result.exit_code == 2, (args, result.output)
        assert result.output == "Error: OR needs something to search for on both sides, as in iran OR iraq\n"


async def test_quitting_as_the_plugin_views_arrive_ends_cleanly(corpus_db, press_to_quit):
    """q just as the plugins have loaded, while their tab bar mounts, a few event-loop turns
    apart: the app ends with 0 every time (closed mid-mount, Textual's tab bar raised)."""
    for turns in (0, 0, 1, 1, 2):
        app = CablescopeApp(db=corpus_db, today=date(2026, 1, 15))
        async with app.run_test(size=(100, 30)) as pilot:
            assert await asyncio.to_thread(app.plugins_ready.wait, 30)
            for _ in range(turns):
                await asyncio.sleep(0)
            await press_to_quit(pilot)
        assert app.return_code == 0, turns
