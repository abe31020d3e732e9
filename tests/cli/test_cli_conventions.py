"""Command-line conventions: --version, -h, completion, plurals, usage lines, aliases, true totals."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from importlib.metadata import version

import pytest
import typer.main

from cablescope import cli

CLI = [sys.executable, "-c", "from cablescope.cli import main; main()"]


def test_version(invoke):
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout == f"cablescope {version('cablescope')}\n"


@pytest.mark.parametrize("args", [(), ("search",), ("show",), ("plugin", "new")])
def test_dash_h_is_help(invoke, args):
    short, long = invoke(*args, "-h"), invoke(*args, "--help")
    assert short.exit_code == long.exit_code == 0
    assert short.stdout == long.stdout
    assert "Usage: cablescope" in short.stdout


def test_shell_completion_is_offered_and_completes(invoke):
    assert "--install-completion" in invoke("--help").stdout
    # What the installed script runs on tab: bash asks for the words that can follow "sea".
    env = dict(os.environ, _CABLESCOPE_COMPLETE="complete_bash", COMP_WORDS="cablescope sea", COMP_CWORD="1")
    completed = subprocess.run(CLI, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert (completed.returncode, completed.stdout.split()) == (0, ["search"])


def test_no_usage_line_or_help_shows_python_names(invoke):
    invoke("--help")
    group = typer.main.get_command(cli.app)
    for name in group.commands:
        text = invoke(name, "--help").stdout
        usage = text.splitlines()[0]
        assert "{" not in usage, usage
        assert not re.search(r"<(str|int|Path|list|float)", text), (name, text)


def test_help_of_show_and_search_read_as_shell_help(invoke):
    show = invoke("show", "--help").stdout
    assert show.splitlines()[0] == "Usage: cablescope show [OPTIONS] PATH_OR_REFID"
    assert "reference id" in show
    search = invoke("search", "--help").stdout
    assert search.splitlines()[0] == "Usage: cablescope search [OPTIONS] QUERY"
    assert "--origin TEXT" in search
    assert "Usage: cablescope open [OPTIONS] [PATH]..." in invoke("open", "--help").stdout


def test_an_alias_says_it_is_one(invoke):
    assert "Alias of `cablescope diff`" in invoke("appendix", "--help").stdout
    assert "Alias" not in invoke("diff", "--help").stdout


def test_one_cable_is_not_cables(invoke, tmp_path, seed_path):
    db = tmp_path / "one.db"
    index = invoke("index", seed_path, "--db", db)
    assert index.exit_code == 0, index.output
    assert "Indexed 1 file: 1 cable added" in index.stdout
    assert "holds 1 cable." in index.stdout
    assert "file(s)" not in index.stdout
    search = invoke("search", "Beijing", "--db", db)
    assert search.stdout.splitlines()[-1] == "1 of 1 matching cable"
    assert invoke("stats", "--db", db).stdout.splitlines()[0] == "1 cable"


def test_stats_by_tag_counts_cables_and_tag_assignments_apart(invoke, library):
    # Two cables mention Iran; they carry five tags between them.
    result = invoke("stats", "--by", "tag", "--query", "iran", "--db", library)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "Cables by tag matching iran · 2 cables, 5 tag assignments"
    data = json.loads(invoke("stats", "--by", "tag", "--query", "iran", "--json", "--db", library).stdout)
    assert data["cables"] == 2
    assert sum(data["counts"].values()) == 5
    year = invoke("stats", "--by", "year", "--db", library).stdout.splitlines()[0]
    assert year == "Cables by year · 3 cables"
