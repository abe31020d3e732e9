"""Fixtures for the command-line tests: a small synthetic library and a runner for the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_samples import CABLES, synthetic_cable
from typer.testing import CliRunner

from cablescope import cli, ingest
from cablescope.store import Store


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "synthetic.db"
    with Store(path) as store:
        for row in CABLES:
            ingest.add(store, synthetic_cable(*row))
    return path


@pytest.fixture
def invoke():
    """``invoke(*args)``: run cablescope in-process as ``main`` does (plugin commands included)."""

    def run(*args: str | Path, stdin: str | None = None):
        argv = [str(a) for a in args]
        cli.load_plugin_commands(argv)
        return CliRunner().invoke(cli.app, argv, input=stdin)

    return run
