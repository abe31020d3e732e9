"""Startup through the real command line: ``--help``, ``search`` and the explorer's first frame.

    python tests/bench/bench_cli_startup.py [--runs 10] [--search-db DB --word WORD]...
        [--db /tmp/cablescope-bench-250000.db]

Each measurement runs in a fresh interpreter, timed from process start (before cablescope
is imported):

- ``--help`` and ``open --help``: wall time of the whole process, with the plugin command
  record fresh (the usual case), and ``--help`` without a record (the first run after a
  plugin is installed or removed: every plugin loads and the record is written);
- ``search WORD --db DB``: wall time of the whole process, for each ``--search-db`` (a rare
  word: the time is start-up, opening the library and the query, not printing hits);
- with ``--db`` (a library that exists), ``launch``: ``main([...])`` until
  ``launch_explorer`` is called (replaced by a stub that records the time), for
  ``cablescope --db DB`` and ``cablescope open --db DB``; and ``first frame``: ``main([...])``
  with the real explorer, headless at 100×30, until the first paint that shows list rows (as
  ``bench_tui.py`` measures it), and until the explorer's background worker has loaded the
  plugin views.

The best and the median of the runs are printed (the machine is shared; the best is the
least disturbed figure). Targets: first frame < 1 s (issue 5); ``--help`` ≤ 0.15 s and
``search`` of a rare word ≤ 0.25 s, medians of 10 (issue 18).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DB = Path(tempfile.gettempdir()) / "cablescope-bench-250000.db"

LAUNCH_CHILD = textwrap.dedent(
    r"""
    import time
    T0 = time.perf_counter()
    import json, sys
    import cablescope.app.launch as launch

    def stub(**kwargs):
        print(json.dumps({"launch_s": time.perf_counter() - T0}))
        return 0

    launch.launch_explorer = stub
    from cablescope.cli import main
    try:
        main(sys.argv[1:])
    except SystemExit:
        pass
    """
)

FRAME_CHILD = textwrap.dedent(
    r"""
    import time
    T0 = time.perf_counter()
    import asyncio, json, sys

    # The explorer refuses to start without a terminal; the bench runs it headless instead.
    sys.stdout.isatty = lambda: True
    from textual.app import App
    from textual.screen import Screen

    marks = {}
    _refresh = Screen._compositor_refresh

    def timed_refresh(self):
        _refresh(self)
        if "first_frame_s" not in marks:
            lists = self.query("CableList")
            if lists and lists.first().count:
                marks["first_frame_s"] = time.perf_counter() - T0

    Screen._compositor_refresh = timed_refresh
    _run = App.run

    def headless_run(self, **kwargs):
        async def until_ready(pilot):
            while "first_frame_s" not in marks:
                await asyncio.sleep(0.002)
            while not pilot.app.plugins_ready.is_set():
                await asyncio.sleep(0.002)
            await pilot.app.workers.wait_for_complete()
            marks["plugins_s"] = time.perf_counter() - T0
            marks["views"] = len(pilot.app.views)
            pilot.app.exit(0)

        return _run(self, headless=True, size=(100, 30), auto_pilot=until_ready)

    App.run = headless_run
    from cablescope.cli import main
    try:
        main(sys.argv[1:])
    except SystemExit:
        pass
    sys.__stderr__.write(json.dumps(marks) + "\n")
    """
)


def child(code: str, args: list[str], env: dict[str, str]) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", code, *args], check=False, capture_output=True, text=True, env=env, timeout=120
    )
    stream = result.stderr if code is FRAME_CHILD else result.stdout
    for line in reversed(stream.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise SystemExit(f"child failed ({args}):\n{result.stdout}\n{result.stderr}")


def wall(args: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", "from cablescope.cli import main; main()", *args],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"cablescope {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return elapsed, result.stdout


def summary(label: str, values: list[float]) -> None:
    best, median = min(values), statistics.median(values)
    print(f"{label:<34} best {best * 1000:6.0f} ms   median {median * 1000:6.0f} ms   (n={len(values)})")


def explorer_figures(db: Path, runs: int, env: dict[str, str]) -> None:
    launch = {"cablescope --db DB": [], "cablescope open --db DB": []}
    frames: dict[str, list[dict]] = {"cablescope --db DB": [], "cablescope open --db DB": []}
    argv = {"cablescope --db DB": ["--db", str(db)], "cablescope open --db DB": ["open", "--db", str(db)]}
    for _run in range(runs):
        for label, cli_args in argv.items():
            launch[label].append(child(LAUNCH_CHILD, cli_args, env)["launch_s"])
            frames[label].append(child(FRAME_CHILD, cli_args, env))
    print(f"explorer on {db}")
    for label, values in launch.items():
        summary(f"{label}: to launch_explorer", values)
    for label, marks in frames.items():
        summary(f"{label}: first frame", [m["first_frame_s"] for m in marks])
        summary(f"{label}: plugin views in", [m["plugins_s"] for m in marks])
    print(f"views after plugins loaded: {frames['cablescope --db DB'][-1]['views']}")


def help_figures(runs: int, env: dict[str, str], home: str) -> None:
    wall(["--help"], env)  # writes the plugin command record the timed runs read
    helps: dict[str, list[float]] = {"cablescope --help": [], "cablescope open --help": []}
    help_out = ""
    for _run in range(runs):
        seconds, help_out = wall(["--help"], env)
        helps["cablescope --help"].append(seconds)
        helps["cablescope open --help"].append(wall(["open", "--help"], env)[0])
    no_record = []
    for run in range(runs):
        fresh = Path(home) / f"no-record-{run}"
        no_record.append(wall(["--help"], dict(env, CABLESCOPE_HOME=str(fresh)))[0])
    for label, values in helps.items():
        summary(label, values)
    summary("cablescope --help, no record yet", no_record)
    listed = [name for name in ("markers", "entities", "timeline") if f" {name} " in help_out]
    print(f"plugin commands in --help: {', '.join(listed) or 'none'}")


def search_figures(db: Path, word: str, runs: int, env: dict[str, str]) -> None:
    args = ["search", word, "--db", str(db), "--json"]
    hits = len(json.loads(wall(args, env)[1]))
    cables = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("
            "'select count(*) from cables').fetchone()[0])",
            str(db),
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    times = [wall(args, env)[0] for _run in range(runs)]
    summary(f"search {word!r} ({hits} hits, {cables} cables)", times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help="a library for the explorer figures")
    parser.add_argument("--search-db", type=Path, action="append", default=[], help="a library to search")
    parser.add_argument("--word", action="append", default=[], help="the rare word for each --search-db")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    if len(args.word) != len(args.search_db):
        raise SystemExit("give one --word for each --search-db")
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, CABLESCOPE_HOME=home)
        print(f"{args.runs} fresh processes each")
        help_figures(args.runs, env, home)
        for db, word in zip(args.search_db, args.word, strict=True):
            search_figures(db, word, args.runs, env)
        if args.db.is_file():
            explorer_figures(args.db, args.runs, env)
        else:
            print(f"no library at {args.db}: no explorer figures (build one with tests/bench/bench_tui.py)")


if __name__ == "__main__":
    main()
