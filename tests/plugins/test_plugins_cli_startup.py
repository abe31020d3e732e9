"""main() leaves plugins to the explorer when it only opens the explorer, and loads them for
everything else."""

from __future__ import annotations

import json

import pytest

from cablescope import cli, plugins
from cablescope.app import launch

GREETER = """
from rich.text import Text
from cablescope.api import View, hookimpl


class GreetView(View):
    name = "greet"
    title = "Greet"
    key = "W"

    def render(self, cable, context):
        return Text("Hello")


@hookimpl
def register_views(register):
    register(GreetView())
"""


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], True),
        (["open"], True),
        (["open", "--help"], True),
        (["--db", "lib.db"], True),
        (["--db=lib.db", "open", "--doc", "09BEIJING2932"], True),
        (["--plugins-dir", "dir", "--plugins-dir=other", "open"], True),
        (["--help"], False),
        (["--db", "lib.db", "--help"], False),
        (["markers", "09BEIJING2932"], False),
        (["--db", "open", "search", "x"], False),
        (["search", "open"], False),
        (["--version"], False),
    ],
)
def test_opens_explorer_reads_the_command_after_the_global_options(args, expected):
    assert cli.opens_explorer(args) is expected


@pytest.fixture
def launches(monkeypatch) -> list[dict]:
    """Calls of launch_explorer, each with the plugins registered at that moment."""
    calls: list[dict] = []

    def record(**kwargs):
        calls.append({**kwargs, "registered": [name for name, _ in plugins.pm.list_name_plugin()]})
        return 0

    monkeypatch.setattr(launch, "launch_explorer", record)
    return calls


def test_open_starts_the_explorer_before_any_plugin_is_loaded(fresh_plugins, plugins_dir, launches, tmp_path):
    (plugins_dir / "greeter.py").write_text(GREETER, encoding="utf-8")
    db = tmp_path / "lib.db"
    with pytest.raises(SystemExit) as exited:
        cli.main(["--plugins-dir", str(plugins_dir), "open", "--db", str(db), "--view", "greet"])
    assert exited.value.code == 0
    assert [(call["db"], call["view"], call["registered"]) for call in launches] == [(db, "greet", [])]
    # The explorer's worker loads plugins later; the --plugins-dir folder is among them.
    assert "greet" in plugins.get_views()
    assert {"greeter", "markers", "cablescope.readers.builtin"} <= {
        n for n, _ in plugins.pm.list_name_plugin()
    }


def test_bare_cablescope_starts_the_explorer_before_any_plugin_is_loaded(fresh_plugins, launches, tmp_path):
    db = tmp_path / "lib.db"
    with pytest.raises(SystemExit) as exited:
        cli.main(["--db", str(db)])
    assert exited.value.code == 0
    assert [(call["db"], call["seed_if_empty"], call["registered"]) for call in launches] == [(db, True, [])]


def test_help_still_lists_the_plugin_commands(fresh_plugins, capsys):
    with pytest.raises(SystemExit) as exited:
        cli.main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    commands = {
        line.split()[0] for line in out.split("Commands:\n", 1)[1].splitlines() if line.startswith("  ")
    }
    assert {"markers", "entities", "refs", "timeline", "appendix", "diff", "open", "index"} <= commands


def test_a_plugin_command_still_runs_through_main(fresh_plugins, seed_path, capsys):
    with pytest.raises(SystemExit) as exited:
        cli.main(["markers", "--json", str(seed_path)])
    assert exited.value.code == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["view"], data["reference_id"], data["levels"]) == ("markers", "09BEIJING2932", {"C": 8})


def test_deferred_folders_load_with_the_next_load_even_after_plugins_are_loaded(fresh_plugins, plugins_dir):
    plugins.load_plugins()
    assert "greet" not in plugins.get_views()
    (plugins_dir / "greeter.py").write_text(GREETER, encoding="utf-8")
    plugins.defer_plugins_dirs([plugins_dir])
    assert "greeter" not in {name for name, _ in plugins.pm.list_name_plugin()}  # nothing loads yet
    plugins.load_plugins()
    assert "greet" in plugins.get_views()
