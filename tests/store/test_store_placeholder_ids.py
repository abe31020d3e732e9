"""A cable that states no reference id gets a stable placeholder that every command accepts."""

from __future__ import annotations

import hashlib
import json

from typer.testing import CliRunner

from cablescope import cli

NOTE = "SUBJECT: A NOTE WITHOUT A DATE\n\n1. (C) The zampognaro association met the ministry.\n"


def test_every_command_names_a_cable_without_an_id_by_its_placeholder(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(NOTE, encoding="utf-8")
    placeholder = "UNKNOWN-" + hashlib.sha256(NOTE.encode("utf-8")).hexdigest()[:12]
    runner = CliRunner()

    def run(*args: str):
        cli.load_plugin_commands(list(args))
        return runner.invoke(cli.app, list(args), prog_name="cablescope")

    shown = json.loads(run("show", str(path), "--json").stdout)
    assert shown["reference_id"] == placeholder
    assert shown["provenance"]["reference_id"] == "placeholder"

    assert run("index", str(path)).exit_code == 0
    [hit] = json.loads(run("search", "zampognaro", "--json").stdout)
    assert hit["reference_id"] == placeholder

    # The id search returns is one every command takes, in any case.
    for command in (["show"], ["refs"], ["markers"], ["entities"]):
        for written in (placeholder, placeholder.lower()):
            result = run(*command, written)
            assert result.exit_code == 0, (command, result.output)
    shown = run("show", placeholder).stdout
    assert placeholder in shown and "zampognaro" in shown
    refs = json.loads(run("refs", placeholder, "--json").stdout)
    assert refs["reference_id"] == placeholder
