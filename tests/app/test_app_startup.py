"""What the explorer imports before its first frame with list rows: Textual, its screens and the
store, not pydantic, the cable grammar nor any plugin (they load after that frame)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from cablescope import ingest

CHILD = textwrap.dedent(
    r"""
    import asyncio, json, sys

    sys.stdout.isatty = lambda: True  # headless: the explorer refuses a pipe
    from textual.app import App
    from textual.screen import Screen

    HEAVY = ("pydantic", "pluggy", "cablescope.model", "cablescope.markings", "cablescope.parse")
    seen = {}
    _refresh = Screen._compositor_refresh

    def refresh(self):
        _refresh(self)
        lists = self.query("CableList")
        if "first_frame" not in seen and lists and lists.first().count:
            seen["first_frame"] = sorted(
                m for m in sys.modules if m in HEAVY or m.startswith("cablescope_")
            )
            seen["rows"] = lists.first().count

    Screen._compositor_refresh = refresh
    _run = App.run

    def headless(self, **kwargs):
        async def pilot(pilot):
            while "first_frame" not in seen:
                await asyncio.sleep(0.005)
            while not pilot.app.plugins_ready.is_set():
                await asyncio.sleep(0.005)
            await pilot.app.workers.wait_for_complete()
            seen["views"] = sorted(pilot.app.views)
            pilot.app.exit(0)

        return _run(self, headless=True, size=(100, 30), auto_pilot=pilot)

    App.run = headless
    from cablescope.cli import main

    try:
        main(sys.argv[1:])
    except SystemExit:
        pass
    sys.__stderr__.write("SEEN " + json.dumps(seen) + "\n")
    """
)


@pytest.mark.parametrize("command", [[], ["open"]])
def test_the_first_frame_waits_for_neither_pydantic_the_grammar_nor_the_plugins(command, tmp_path, seed_path):
    from cablescope.store import Store

    db = tmp_path / "lib.db"
    with Store(db) as store:
        ingest.index(store, [seed_path])
    env = dict(os.environ, CABLESCOPE_HOME=str(tmp_path / "home"))
    env.pop("CABLESCOPE_DB", None)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, *command, "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    seen = json.loads(result.stderr.rsplit("SEEN ", 1)[1])
    assert (seen["first_frame"], seen["rows"]) == ([], 1)
    # Then the plugins load behind the list, and their views arrive.
    assert {"markers", "entities", "timeline"} <= set(seen["views"])
