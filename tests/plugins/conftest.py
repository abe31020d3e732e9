"""Fixtures for plugin-system tests: a freshly loaded plugin manager and a CLI runner."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cablescope import cli, plugins


@pytest.fixture
def fresh_plugins(monkeypatch) -> Iterator[None]:
    """Unload every plugin before and after the test, so environment switches take effect."""
    monkeypatch.delenv(plugins.LOAD_ENV, raising=False)
    monkeypatch.delenv(plugins.TRACE_ENV, raising=False)
    plugins.unload_plugins()
    yield
    plugins.unload_plugins()


class Cli:
    """Runs the cablescope command line in-process the way ``main()`` does: plugins, then Typer."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(self, *args: str):
        cli.load_plugin_commands(list(args))
        return self.runner.invoke(cli.app, list(args), prog_name="cablescope")


@pytest.fixture
def run_cli(fresh_plugins) -> Cli:
    return Cli()


@pytest.fixture
def plugins_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "plugins"
    folder.mkdir()
    return folder
