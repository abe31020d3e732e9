"""Launching the explorer: refusing without a terminal, the `open` command and bare `cablescope`."""

from __future__ import annotations

from typer.testing import CliRunner

from cablescope.app.launch import NOT_A_TERMINAL, launch_explorer
from cablescope.cli import app as cli_app


def test_launch_without_a_terminal_says_so_in_one_line(capsys, corpus_db):
    assert launch_explorer(db=corpus_db, doc="07PARIS2002") == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == NOT_A_TERMINAL
    assert captured.err.count("\n") == 1
    assert captured.out == ""


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
