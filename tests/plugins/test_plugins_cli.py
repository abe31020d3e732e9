"""The plugin commands: plugins, views, show --view, install, uninstall, plugin new; and main()'s pre-scan."""

from __future__ import annotations

import ast
import importlib.metadata
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sample_plugins import install, line_of, registered

from cablescope import cli, plugins
from cablescope.api import hookimpl
from cablescope.commands import plugins as plugin_commands

BUILTINS = {"appendix", "entities", "markers", "references", "timeline"}


def write_plugin(folder: Path, name: str, source: str) -> None:
    (folder / f"{name}.py").write_text(textwrap.dedent(source), encoding="utf-8")


def test_plugins_json_lists_the_builtins_with_every_key(run_cli):
    result = run_cli("plugins", "--json")
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    assert {entry["name"] for entry in listed} >= BUILTINS
    for entry in listed:
        assert list(entry) == ["name", "version", "source", "hooks", "status", "error"]
    markers = next(entry for entry in listed if entry["name"] == "markers")
    assert (markers["version"], markers["source"]) == ("0.1.0", "builtin")
    assert "register_views" in markers["hooks"]
    assert "cablescope.readers.builtin" not in {entry["name"] for entry in listed}


def test_plugins_all_includes_the_core_readers(run_cli):
    listed = json.loads(run_cli("plugins", "--all", "--json").stdout)
    core = next(entry for entry in listed if entry["name"] == "cablescope.readers.builtin")
    assert (core["source"], core["hooks"], core["status"]) == ("core", ["register_readers"], "ok")


def test_plugins_dir_plugins_are_listed_and_their_commands_and_views_work(run_cli, plugins_dir, seed_path):
    install(plugins_dir, "greeter")
    write_plugin(plugins_dir, "broken", "raise ImportError('needs numpy')\n")

    table = run_cli("--plugins-dir", str(plugins_dir), "plugins")
    assert table.exit_code == 0, table.output
    rows = {line.split("│")[0].strip(): line for line in table.stdout.splitlines() if "│" in line}
    assert "directory" in rows["greeter"] and "ok" in rows["greeter"]
    assert "failed" in rows["broken"]
    assert "broken: import: ImportError: needs numpy (broken.py line 1)" in table.stdout

    views = json.loads(run_cli("--plugins-dir", str(plugins_dir), "views", "--json").stdout)
    assert {"name": "greet", "title": "Greet", "plugin": "greeter", "key": "W", "description": ""} in views

    shown = run_cli("--plugins-dir", str(plugins_dir), "show", str(seed_path), "--view", "greet", "--json")
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout) == {"view": "greet", "hello": "09BEIJING2932", "paragraphs": 8}

    greeted = run_cli("--plugins-dir", str(plugins_dir), "greet", str(seed_path))
    assert (greeted.exit_code, greeted.stdout) == (0, "Hello, 09BEIJING2932\n")


def test_show_view_of_a_builtin_view_on_the_seed(run_cli, seed_path):
    result = run_cli("show", str(seed_path), "--view", "markers", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["view"] == "markers"


def test_show_with_an_unknown_view_lists_the_views(run_cli, seed_path):
    result = run_cli("show", str(seed_path), "--view", "nope")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no view named 'nope'; views: ")
    assert "markers" in result.stderr and len(result.stderr.splitlines()) == 1


def test_a_view_that_raises_fails_in_one_line_and_the_rest_works(run_cli, plugins_dir, seed_path):
    install(plugins_dir, "exploding", "exploder")
    install(plugins_dir, "greeter")
    result = run_cli("--plugins-dir", str(plugins_dir), "show", str(seed_path), "--view", "exploding")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: plugin 'exploder' failed (view 'exploding' render on 09BEIJING2932): "
        f"LookupError: view broke (exploder.py line {line_of('exploding', 'raise LookupError')})\n"
    )
    greeted = run_cli("--plugins-dir", str(plugins_dir), "show", str(seed_path), "--view", "greet")
    assert (greeted.exit_code, greeted.stdout) == (0, "Hello, 09BEIJING2932\n")
    views = json.loads(run_cli("--plugins-dir", str(plugins_dir), "views", "--json").stdout)
    assert {"exploding", "greet", "markers"} <= {view["name"] for view in views}


def test_main_prescans_plugins_dir_and_warns_about_broken_plugins(
    fresh_plugins, plugins_dir, seed_path, capsys
):
    install(plugins_dir, "greeter")
    write_plugin(plugins_dir, "broken", "raise ImportError('needs numpy')\n")
    with pytest.raises(SystemExit) as exited:
        cli.main([f"--plugins-dir={plugins_dir}", "greet", str(seed_path)])
    captured = capsys.readouterr()
    assert exited.value.code == 0
    assert captured.out == "Hello, 09BEIJING2932\n"
    assert captured.err == (
        "Warning: plugin 'broken' not loaded (import): ImportError: needs numpy (broken.py line 1)\n"
    )


def test_plugins_dirs_in_reads_both_spellings_and_stops_at_double_dash():
    args = ["--plugins-dir", "a", "--plugins-dir=b", "show", "x", "--", "--plugins-dir", "c"]
    assert cli.plugins_dirs_in(args) == [Path("a"), Path("b")]


def test_a_plugin_command_may_not_replace_a_core_command(run_cli):
    import typer

    class Hijacker:
        @staticmethod
        @hookimpl
        def register_commands(cli):
            @cli.command(name="fine")
            def fine() -> None:
                typer.echo("fine")

            @cli.command(name="plugins")
            def plugins_command() -> None:
                typer.echo("hijacked")

    plugins.load_plugins()
    with registered(Hijacker(), "hijacker"):
        listed = run_cli("plugins", "--json")
        assert listed.exit_code == 0 and "hijacked" not in listed.stdout
        assert run_cli("fine").exit_code == 2  # the plugin's other command went with it
        (failure,) = [f for f in plugins.plugin_failures() if f.plugin == "hijacker"]
        assert failure.message == (
            "plugin 'hijacker' disabled (hook register_commands): "
            "command 'plugins' is already provided by cablescope"
        )


@pytest.fixture
def pip_calls(monkeypatch) -> list[list[str]]:
    calls: list[list[str]] = []

    def fake_run(args, check):
        calls.append(args)
        return subprocess.CompletedProcess(args, 0)

    monkeypatch.setattr(plugin_commands.subprocess, "run", fake_run)
    return calls


def test_install_runs_pip_in_this_interpreter(run_cli, pip_calls):
    assert run_cli("install", "cablescope-foo", "./bar", "-U").exit_code == 0
    assert run_cli("install", "-e", "./bar").exit_code == 0
    assert pip_calls == [
        [sys.executable, "-m", "pip", "install", "--upgrade", "cablescope-foo", "./bar"],
        [sys.executable, "-m", "pip", "install", "-e", "./bar"],
    ]


def test_install_reports_pip_failure_in_one_line(run_cli, monkeypatch):
    monkeypatch.setattr(
        plugin_commands.subprocess, "run", lambda args, check: subprocess.CompletedProcess(args, 3)
    )
    result = run_cli("install", "nothing-here")
    assert (result.exit_code, result.stderr) == (3, "Error: pip install failed (exit code 3)\n")


class _PluginDistribution:
    """An installed distribution that declares a cablescope plugin (without installing one)."""

    metadata = {"Name": "cablescope-foo"}
    entry_points = importlib.metadata.EntryPoints(
        [importlib.metadata.EntryPoint("foo", "cablescope_foo", plugins.ENTRY_POINT_GROUP)]
    )


def test_uninstall_maps_plugin_names_to_distributions_and_refuses_builtins(
    run_cli, pip_calls, plugins_dir, monkeypatch
):
    installed = list(importlib.metadata.distributions())
    monkeypatch.setattr(importlib.metadata, "distributions", lambda: [_PluginDistribution(), *installed])
    install(plugins_dir, "greeter")
    assert run_cli("uninstall", "cablescope-foo", "-y").exit_code == 0
    assert pip_calls == [[sys.executable, "-m", "pip", "uninstall", "-y", "cablescope-foo"]]

    builtin = run_cli("uninstall", "markers")
    assert (builtin.exit_code, builtin.stderr) == (
        1,
        "Error: 'markers' is built into cablescope: leave it out of CABLESCOPE_LOAD_PLUGINS to turn it off\n",
    )
    single_file = run_cli("--plugins-dir", str(plugins_dir), "uninstall", "greeter")
    assert single_file.exit_code == 1
    assert (
        single_file.stderr
        == f"Error: 'greeter' is a single-file plugin: delete {plugins_dir / 'greeter.py'} to remove it\n"
    )
    assert len(pip_calls) == 1


def test_uninstall_refuses_what_is_not_a_cablescope_plugin(run_cli, pip_calls):
    dependency = run_cli("uninstall", "-y", "typer")
    assert (dependency.exit_code, dependency.stderr) == (
        1,
        "Error: 'typer' is not a cablescope plugin (it declares none): use pip to remove other packages\n",
    )
    unknown = run_cli("uninstall", "-y", "no-such-thing")
    assert unknown.exit_code == 1
    assert unknown.stderr.startswith("Error: no cablescope plugin or plugin package named 'no-such-thing'")
    assert pip_calls == []


def test_plugin_new_refuses_the_name_of_a_command_or_a_view(run_cli, tmp_path):
    for name in ("search", "index", "markers", "timeline", "cablescope-refs"):
        result = run_cli("plugin", "new", name, "--dir", str(tmp_path))
        slug = name.removeprefix("cablescope-")
        assert (result.exit_code, result.stderr) == (
            1,
            f"Error: '{slug}' is already a cablescope command or view: choose another name\n",
        )
    assert list(tmp_path.iterdir()) == []


def test_plugin_new_writes_a_package_whose_own_tests_pass(run_cli, tmp_path):
    result = run_cli("plugin", "new", "word-count", "--dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    root = tmp_path / "word-count"
    assert sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()) == [
        ".gitignore",
        "README.md",
        "cablescope_word_count/__init__.py",
        "pyproject.toml",
        "tests/test_cablescope_word_count.py",
    ]
    pyproject = (root / "pyproject.toml").read_text()
    assert 'name = "cablescope-word-count"' in pyproject
    assert '[project.entry-points.cablescope]\nword-count = "cablescope_word_count"' in pyproject
    module = (root / "cablescope_word_count" / "__init__.py").read_text()
    # Only cablescope.api, and the command's options as the api declares them.
    imported = [n for n in ast.walk(ast.parse(module)) if isinstance(n, (ast.Import, ast.ImportFrom))]
    from_cablescope = {
        (node.module, alias.name)
        for node in imported
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("cablescope")
        for alias in node.names
    }
    assert {module_name for module_name, _name in from_cablescope} == {"cablescope.api"}
    assert {name for _module, name in from_cablescope} == {
        "Cable",
        "JsonOption",
        "LibraryOption",
        "TargetArg",
        "TuiOption",
        "View",
        "ViewContext",
        "hookimpl",
        "run_view_command",
    }
    plain = [alias.name for node in imported if isinstance(node, ast.Import) for alias in node.names]
    assert not [name for name in plain if "cablescope" in name]
    # W is the first letter of the name that no installed view uses as its key.
    assert 'key = "W"' in module
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=root,
        env={"PATH": "/usr/bin:/bin", "CABLESCOPE_HOME": os.environ["CABLESCOPE_HOME"]},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert tests.returncode == 0, tests.stdout + tests.stderr
    assert "2 passed" in tests.stdout


@pytest.mark.parametrize(
    ("name", "error"),
    [
        (
            "Word Count",
            "Error: 'Word Count' is not a usable plugin name: use lowercase letters, digits and '-', "
            "starting with a letter (such as 'word-count')\n",
        ),
        (
            "9lives",
            "Error: '9lives' is not a usable plugin name: use lowercase letters, digits and '-', "
            "starting with a letter (such as 'word-count')\n",
        ),
    ],
)
def test_plugin_new_refuses_unusable_names(run_cli, tmp_path, name, error):
    result = run_cli("plugin", "new", name, "--dir", str(tmp_path))
    assert (result.exit_code, result.stderr) == (1, error)


def test_plugin_new_refuses_a_folder_with_files(run_cli, tmp_path):
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "notes.txt").write_text("mine")
    result = run_cli("plugin", "new", "taken", "--dir", str(tmp_path))
    assert (result.exit_code, result.stderr) == (
        1,
        f"Error: {tmp_path / 'taken'} already exists and is not empty\n",
    )


def test_plugins_says_when_the_allow_list_limits_loading(run_cli, monkeypatch, isolated_home):
    monkeypatch.setenv(plugins.LOAD_ENV, "")
    result = run_cli("plugins")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0,
        f"No plugins loaded.\nSingle-file plugins folder: {isolated_home / 'plugins'}\n",
        "CABLESCOPE_LOAD_PLUGINS is set: loading only none.\n",
    )


def test_a_missing_plugins_dir_is_a_usage_error(run_cli, tmp_path):
    result = run_cli("--plugins-dir", str(tmp_path / "nowhere"), "views")
    assert result.exit_code == 2
    assert (
        f"Error: Invalid value for '--plugins-dir': dir '{tmp_path / 'nowhere'}' does not exist."
        in result.stderr
    )


def test_a_plugin_may_not_replace_the_global_options(run_cli, plugins_dir):
    import typer

    class Usurper:
        @staticmethod
        @hookimpl
        def register_commands(cli):
            @cli.callback()
            def mine() -> None:
                typer.echo("usurped")

    (plugins_dir / "empty.py").write_text("")
    plugins.load_plugins()
    with registered(Usurper(), "usurper"):
        result = run_cli("--plugins-dir", str(plugins_dir), "views", "--json")
        assert result.exit_code == 0 and "usurped" not in result.stdout
        (failure,) = [f for f in plugins.plugin_failures() if f.plugin == "usurper"]
        assert failure.error == "replaced the app's callback (its global options); add commands instead"
