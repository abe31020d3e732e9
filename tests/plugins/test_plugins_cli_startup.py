"""main() leaves plugins to the explorer when it only opens the explorer; other commands list
the plugins' commands from the record (``cablescope.command_record``) and load plugins only
when one is used, or load them all when the record does not fit the plugins installed now."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sample_plugins import install

from cablescope import cli, command_record, config, ingest, plugins
from cablescope.app import launch

pytestmark = pytest.mark.long  # sent out first (tests/conftest.py)


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
    install(plugins_dir, "greeter")
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
    install(plugins_dir, "greeter")
    plugins.defer_plugins_dirs([plugins_dir])
    assert "greeter" not in {name for name, _ in plugins.pm.list_name_plugin()}  # nothing loads yet
    plugins.load_plugins()
    assert "greet" in plugins.get_views()


COMMANDER = """
import typer
from cablescope.api import hookimpl


@hookimpl
def register_commands(cli):
    @cli.command(name="hello")
    def hello() -> None:
        \"\"\"Say hello from the commander plugin.\"\"\"
        typer.echo("hello from commander")
"""


def help_commands(out: str) -> list[str]:
    """The command names of a ``--help`` page, in order."""
    listing = out.split("Commands:\n", 1)[1]
    return [line.split()[0] for line in listing.splitlines() if line.startswith("  ") and line.split()]


def run_main(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exited:
        cli.main(list(args))
    captured = capsys.readouterr()
    return exited.value.code, captured.out, captured.err


def test_help_lists_plugin_commands_from_the_record_without_loading_any_plugin(fresh_plugins, capsys):
    code, first, _ = run_main(capsys, "--help")  # no record yet: every plugin loads, the record is written
    assert code == 0 and command_record.record_path().is_file()
    plugins.unload_plugins()
    code, second, err = run_main(capsys, "--help")
    assert (code, err) == (0, "")
    assert plugins.pm.list_name_plugin() == []  # not even the core readers
    assert help_commands(second) == help_commands(first)
    assert {"markers", "entities", "refs", "timeline", "appendix", "diff"} <= set(help_commands(second))
    assert "People, organisations, places" in second  # the plugin's own help line, from the record


def test_a_recorded_plugin_command_loads_its_plugin_when_run(fresh_plugins, seed_path, capsys):
    run_main(capsys, "--help")
    plugins.unload_plugins()
    code, out, _ = run_main(capsys, "markers", "--json", str(seed_path))
    assert code == 0
    data = json.loads(out)
    assert (data["view"], data["reference_id"], data["levels"]) == ("markers", "09BEIJING2932", {"C": 8})


def test_a_core_command_that_uses_no_plugin_loads_none(fresh_plugins, capsys, tmp_path, seed_path):
    from cablescope.store import Store

    db = tmp_path / "lib.db"
    with Store(db) as store:
        ingest.index(store, [seed_path])
    run_main(capsys, "--help")
    plugins.unload_plugins()
    code, out, _ = run_main(capsys, "search", "Khamenei", "--db", str(db), "--json")
    assert plugins.pm.list_name_plugin() == []
    assert (code, [hit["reference_id"] for hit in json.loads(out)]) == (0, ["09BEIJING2932"])


def test_a_broken_plugin_is_reported_by_every_run_and_never_recorded(fresh_plugins, capsys):
    run_main(capsys, "--help")
    folder = config.default_plugins_dir()
    folder.mkdir(parents=True)
    (folder / "broken.py").write_text("raise ImportError('needs numpy')\n", encoding="utf-8")
    expected = "Warning: plugin 'broken' not loaded (import): ImportError: needs numpy"
    for _run in range(2):
        plugins.unload_plugins()
        code, out, err = run_main(capsys, "--help")
        assert code == 0 and "markers" in help_commands(out)
        assert expected in err


def test_the_record_follows_a_plugin_added_and_removed(fresh_plugins, capsys):
    run_main(capsys, "--help")
    folder = config.default_plugins_dir()
    folder.mkdir(parents=True)
    plugin = folder / "commander.py"
    plugin.write_text(textwrap.dedent(COMMANDER), encoding="utf-8")
    plugins.unload_plugins()
    assert "hello" in help_commands(run_main(capsys, "--help")[1])
    plugins.unload_plugins()
    code, out, _ = run_main(capsys, "hello")  # from the record, loaded when run
    assert (code, out) == (0, "hello from commander\n")
    plugin.unlink()
    plugins.unload_plugins()
    assert "hello" not in help_commands(run_main(capsys, "--help")[1])


def _declare(site: Path, dist: str, version: str, entry_points: str) -> Path:
    """A distribution's metadata folder as pip writes one (what cablescope and importlib.metadata read)."""
    folder = site / f"{dist.replace('-', '_')}-{version}.dist-info"
    folder.mkdir(parents=True)
    (folder / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n", encoding="utf-8"
    )
    (folder / "entry_points.txt").write_text(entry_points, encoding="utf-8")
    return folder


def test_the_fingerprint_changes_with_the_installed_entry_points(monkeypatch, tmp_path):
    import shutil

    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    before = command_record.fingerprint([])
    assert command_record.fingerprint([]) == before
    _declare(site, "other-tool", "1.0", "[console_scripts]\nother = other_tool:main\n")
    assert command_record.fingerprint([]) == before  # no cablescope entry point: no change
    foo = _declare(site, "cablescope-foo", "1.0", "[cablescope]\nfoo = cablescope_foo\n")
    with_foo = command_record.fingerprint([])
    shutil.rmtree(foo)
    _declare(site, "cablescope-foo", "1.1", "[cablescope]\nfoo = cablescope_foo\n")  # upgraded
    upgraded = command_record.fingerprint([])
    assert len({before, with_foo, upgraded}) == 3
    monkeypatch.setenv(plugins.LOAD_ENV, "markers")
    assert command_record.fingerprint([]) != upgraded


def test_the_fingerprint_changes_when_a_plugin_package_file_is_edited(monkeypatch, tmp_path):
    """An editable install: the package's files change, not its version."""
    site = tmp_path / "site"
    deep = site / "cablescope_deep" / "rules"
    deep.mkdir(parents=True)
    (site / "cablescope_deep" / "__init__.py").write_text("", encoding="utf-8")
    rule = deep / "names.py"
    rule.write_text("NAMES = []\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))
    _declare(site, "cablescope-deep", "0.1", "[cablescope]\ndeep = cablescope_deep\n")
    before = command_record.fingerprint([])
    stat = rule.stat()
    os.utime(rule, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    assert command_record.fingerprint([]) != before


def test_the_fingerprint_finds_the_entry_points_importlib_metadata_finds(monkeypatch, tmp_path):
    """The record's own scan of sys.path (no email package) sees what plugin loading will load."""
    import importlib.metadata

    site = tmp_path / "site"
    monkeypatch.syspath_prepend(str(site))
    _declare(
        site,
        "cablescope-extra",
        "0.3",
        "[console_scripts]\nx = y:z\n\n[cablescope]\nextra = cablescope_extra.plugin:hooks [fast]\n"
        "second=cablescope_extra.two\n\n[other.group]\nnot-this = nope\n",
    )
    ours = {
        (name, target)
        for _folder, text in command_record.declaring_distributions()
        for name, target in command_record.group_entries(text)
    }
    theirs = {
        (ep.name, ep.value)
        for dist in importlib.metadata.distributions()
        for ep in dist.entry_points.select(group=plugins.ENTRY_POINT_GROUP)
    }
    assert ours == theirs
    assert {
        ("extra", "cablescope_extra.plugin:hooks [fast]"),
        ("second", "cablescope_extra.two"),
        ("markers", "cablescope_markers"),
    } <= ours


HELLO_PLUGIN = """
import typer
from cablescope.api import hookimpl


@hookimpl
def register_commands(cli):
    @cli.command(name="hello-installed")
    def hello() -> None:
        \"\"\"Greet from an installed distribution.\"\"\"
        typer.echo("hello from an installed plugin")
"""


def test_an_installed_plugin_command_shows_in_help_and_goes_when_uninstalled(tmp_path):
    """Installed as pip installs (a module and its dist-info in a folder on sys.path), the plugin's
    command is in the next run's --help and runs; uninstalled, the next --help no longer lists it."""
    import shutil

    site = tmp_path / "site"
    site.mkdir()
    home = tmp_path / "home"
    env = dict(os.environ, CABLESCOPE_HOME=str(home), PYTHONPATH=str(site), COLUMNS="100")
    env.pop(plugins.SKIP_INSTALLED_ENV, None)
    env.pop(plugins.LOAD_ENV, None)

    def cablescope(*args: str) -> subprocess.CompletedProcess[str]:
        code = "from cablescope.cli import main; main()"
        return subprocess.run(
            [sys.executable, "-c", code, *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )

    assert "hello-installed" not in help_commands(cablescope("--help").stdout)  # writes a record
    (site / "cablescope_hello.py").write_text(textwrap.dedent(HELLO_PLUGIN), encoding="utf-8")
    dist_info = _declare(site, "cablescope-hello", "1.0", "[cablescope]\nhello = cablescope_hello\n")
    for _run in range(2):  # the first run loads it and records it, the second lists it from the record
        listed = cablescope("--help")
        assert (listed.returncode, listed.stderr) == (0, "")
        assert "hello-installed" in help_commands(listed.stdout)
    ran = cablescope("hello-installed")
    assert (ran.returncode, ran.stdout) == (0, "hello from an installed plugin\n")
    shutil.rmtree(dist_info)
    (site / "cablescope_hello.py").unlink()
    gone = cablescope("--help")
    assert gone.returncode == 0 and "hello-installed" not in help_commands(gone.stdout)
    assert "markers" in help_commands(gone.stdout)
    assert cablescope("hello-installed").returncode == 2  # No such command


CHILD = """
import json, sys
from cablescope.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
heavy = (
    "textual", "pydantic", "rich", "pluggy", "importlib.metadata", "email", "platformdirs", "sqlite3",
    "cablescope.store", "cablescope.parse", "cablescope.model", "cablescope.app",
)
loaded = [m for m in sys.modules if m in heavy or m.startswith("cablescope_")]
sys.stderr.write("\\nMODULES " + json.dumps(sorted(loaded)) + "\\n")
"""


def imported(args: list[str], home: Path) -> list[str]:
    env = dict(os.environ, CABLESCOPE_HOME=str(home), COLUMNS="100")
    env.pop("CABLESCOPE_DB", None)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, *args], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    line = result.stderr.rsplit("MODULES ", 1)[1]
    return json.loads(line)


def test_help_and_search_import_neither_textual_nor_the_plugins(tmp_path, seed_path):
    from cablescope.store import Store

    db = tmp_path / "lib.db"
    with Store(db) as store:
        ingest.index(store, [seed_path])
    home = tmp_path / "home"
    # The first run writes the record: every plugin loads this once (and some import Textual).
    assert "cablescope_markers" in imported(["--help"], home)
    # Then --help is Typer and the record: no plugin host (pluggy), no metadata scan (email),
    # no Rich, no pydantic, not even sqlite3.
    assert imported(["--help"], home) == []
    # A search opens the store; its results are plain data classes and its options are converted
    # without pydantic (cablescope.commands.coercion); JSON needs no Rich.
    assert imported(["search", "Khamenei", "--db", str(db), "--json"], home) == [
        "cablescope.store",
        "sqlite3",
    ]
    searched = imported(["search", "Khamenei", "--db", str(db)], home)
    assert sorted(searched) == ["cablescope.store", "rich", "sqlite3"]  # the text output is Rich's


def test_commands_that_load_the_plugins_but_not_the_explorer_never_import_textual(tmp_path, seed_path):
    """Indexing (the plugins find facts), listing views and plugins, and every view's text and
    JSON output load the plugins: none of them imports Textual, which only the explorer needs."""
    db = tmp_path / "lib.db"
    home = tmp_path / "home"
    commands = [
        ["index", str(seed_path), "--db", str(db)],
        ["views", "--json"],
        ["plugins", "--json"],
        ["markers", "09BEIJING2932", "--db", str(db)],
        ["entities", "09BEIJING2932", "--db", str(db), "--json"],
        ["refs", "09BEIJING2932", "--db", str(db), "--json"],
        ["timeline", "--db", str(db)],
        ["appendix", "09BEIJING2932", "--db", str(db), "--json"],
    ]
    for args in commands:
        loaded = imported(args, home)
        assert "cablescope_markers" in loaded, args  # the plugins were loaded
        assert "textual" not in loaded, args
