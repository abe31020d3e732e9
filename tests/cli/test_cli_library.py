"""The library rule: ``--db FILE`` globally and on every command, ``CABLESCOPE_DB`` for the default."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from cablescope import cli, config
from cablescope.commands.support import open_store


@pytest.mark.parametrize(
    "args",
    [
        ("search", "tea"),
        ("show", "09BEIJING2932"),
        ("stats",),
        ("markers", "09BEIJING2932"),
        ("refs", "09BEIJING2932"),
    ],
)
def test_the_global_db_reaches_every_command(invoke, library, args):
    result = invoke("--db", library, *args)
    assert result.exit_code == 0, result.output
    assert "no library" not in result.output
    assert ("09BEIJING2932" in result.stdout) or ("3 cables" in result.stdout)


def test_show_takes_its_own_db(invoke, library):
    result = invoke("show", "09BEIJING2932", "--db", library)
    assert result.exit_code == 0, result.output
    assert "China: tea prices" in result.stdout


def test_a_command_db_wins_over_the_global_one(invoke, library, tmp_path):
    result = invoke("--db", tmp_path / "none.db", "search", "tea", "--db", library)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("09BEIJING2932")


def test_cablescope_db_sets_the_default_library(invoke, library, monkeypatch):
    monkeypatch.setenv("CABLESCOPE_DB", str(library))
    result = invoke("show", "09ANKARA16")
    assert result.exit_code == 0, result.output
    assert "Turkey: elections" in result.stdout
    assert config.library_path() == library


def test_the_global_db_lasts_only_for_its_command(invoke, library):
    assert invoke("--db", library, "stats").exit_code == 0
    assert config.library_path() != library  # the next command (or a test) is back on the default
    undo = config.use_library(library)
    try:
        with open_store(create=False) as store:
            assert store.count() == 3
    finally:
        undo()


def test_every_library_option_is_spelled_and_worded_the_same(invoke):
    invoke("--help")  # loads the plugins' commands too
    group = typer.main.get_command(cli.app)
    found = {}
    for name, command in group.commands.items():
        for param in command.params:
            if param.name == "db":
                found[name] = (tuple(param.opts), param.metavar, "library" in (param.help or ""))
    expected = {"index", "search", "stats", "show", "open", "markers", "entities", "refs", "timeline", "diff"}
    assert expected <= set(found)
    assert set(found.values()) == {(("--db",), "FILE", True)}


def test_library_path_prefers_an_explicit_db(tmp_path: Path):
    assert config.library_path(tmp_path / "x.db") == tmp_path / "x.db"
