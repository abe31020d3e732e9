"""Two and three write runs at once (issue 19): `index` of the same file, of different files,
`index` beside `remove`, one of them killed at a random moment and run again.

Each writer is the `cablescope` command line (``cablescope.cli.main``) in a forked process:
the command as the console script runs it, without an interpreter's start-up per run. The
library must end with exactly the cables of its inputs and a clean check, every run.

Each case runs ``CABLESCOPE_STRESS_RUNS`` times (5 by default, each with its own kill point);
``CABLESCOPE_STRESS_RUNS=100 pytest tests/store/test_store_concurrent_writers.py`` is the
long stress run to make after a change to locking or transactions.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
import traceback
from pathlib import Path

import pytest
from store_samples import csv_rows, write_csv

from cablescope.ingest import sizes
from cablescope.store import Store

pytestmark = pytest.mark.long  # sent out first (tests/conftest.py)

RUNS = int(os.environ.get("CABLESCOPE_STRESS_RUNS", "5"))
CABLES_PER_FILE = 20


def fork_cli(args: list[str], log: Path) -> int:
    """Start ``cablescope ARGS`` in a forked process writing its output to ``log``; its pid."""
    pid = os.fork()
    if pid:
        return pid
    code = 70
    try:
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        sys.stdout = os.fdopen(1, "w", closefd=False)
        sys.stderr = os.fdopen(2, "w", closefd=False)
        from cablescope.cli import main

        main(args)
        code = 0
    except SystemExit as exit:
        code = exit.code if isinstance(exit.code, int) else 0 if exit.code is None else 1
    except BaseException:  # noqa: BLE001 - reported in the log, seen as exit 70
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def wait_exit(pid: int) -> int:
    """The exit status of a child (negative: the signal that killed it)."""
    _, status = os.waitpid(pid, 0)
    return -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)


@pytest.fixture(scope="module", autouse=True)
def plugins_loaded() -> None:
    """Plugins and their commands loaded here, before the forks, as main() would load them in each."""
    from cablescope.cli import load_plugin_commands

    load_plugin_commands([])


@pytest.fixture(autouse=True)
def small_transactions(monkeypatch) -> None:
    """Five cables a transaction (not 500), so a 20-cable file is written in four, as a big
    file is written in many: runs interleave inside a file, as they did in the issue."""
    monkeypatch.setattr(sizes, "BATCH_CABLES", 5)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, tuple[Path, set[str]]]:
    """Three cables.csv files of 20 cables each, no reference id shared: name -> (path, ids)."""
    folder = tmp_path_factory.mktemp("inputs")
    made = {}
    for name, start in (("a", 1), ("b", 1001), ("c", 2001)):
        rows = csv_rows(CABLES_PER_FILE, start=start)
        made[name] = (write_csv(folder / f"{name}.csv", rows), {row[2] for row in rows})
    return made


def _index(path: Path, db: Path) -> list[str]:
    return ["index", str(path), "--db", str(db), "--workers", "0"]


CASES = {
    "same file, 2 writers": (["a", "a"], [], {"a"}),
    "same file, 3 writers": (["a", "a", "a"], [], {"a"}),
    "different files, 2 writers": (["a", "b"], [], {"a", "b"}),
    "different files, 3 writers": (["a", "b", "c"], [], {"a", "b", "c"}),
    "2 index runs and a removal": (["a", "b"], ["c"], {"a", "b"}),
}
"""case -> (files indexed at once, files indexed first and removed meanwhile, files held at the end)."""


@pytest.mark.parametrize("case", list(CASES))
def test_concurrent_writers_end_with_exactly_their_inputs(case: str, inputs, tmp_path: Path) -> None:
    indexed, removed, expected_files = CASES[case]
    expected = set().union(*(inputs[name][1] for name in expected_files))
    waited = killed = 0
    for run in range(RUNS):
        rnd = random.Random(f"{case} {run}")
        db = tmp_path / f"run{run}.db"
        for name in removed:
            assert wait_exit(fork_cli(_index(inputs[name][0], db), tmp_path / "first.log")) == 0
        commands = [_index(inputs[name][0], db) for name in indexed]
        commands += [["remove", str(inputs[name][0]), "--db", str(db), "-y"] for name in removed]
        logs = [tmp_path / f"run{run}-{i}.log" for i in range(len(commands))]
        pids = [fork_cli(command, log) for command, log in zip(commands, logs, strict=True)]
        victim = rnd.randrange(len(pids))
        time.sleep(rnd.uniform(0, 0.15))  # a random point of the runs (they take about 0.15 s in all)
        os.kill(pids[victim], signal.SIGKILL)
        statuses = [wait_exit(pid) for pid in pids]
        for i, status in enumerate(statuses):
            if i != victim:
                assert status == 0, f"{case} run {run}: {commands[i]} exited {status}: {logs[i].read_text()}"
                assert "Error" not in logs[i].read_text()
        # A writer killed before it opened its log left none.
        waited += sum(log.exists() and "Waiting: another cablescope run" in log.read_text() for log in logs)
        if statuses[victim] == -signal.SIGKILL:
            killed += 1
            # The user runs the killed command again.
            rerun = tmp_path / "rerun.log"
            # A removal killed after it committed has nothing left to remove: exit 2, as meant.
            again = (0, 2) if commands[victim][0] == "remove" else (0,)
            assert wait_exit(fork_cli(commands[victim], rerun)) in again, rerun.read_text()
        else:
            assert statuses[victim] == 0, logs[victim].read_text()

        with Store(db, readonly=True) as store:
            held = {summary.reference_id for summary in store.list_cables(limit=1000)}
            problems = store.check()
            records = {Path(path).stem: cables for path, cables, _ in store.files()}
        print(f"{case}, run {run}: {len(held)} cables (expected {len(expected)}), records {records}")
        assert held == expected, f"{case} run {run}"
        assert problems == [], f"{case} run {run}: {problems}"
        assert records == {name: CABLES_PER_FILE for name in expected_files}
    print(f"{case}: {RUNS} runs exact; {killed} killed mid-run, {waited} writer(s) waited for the lock")
    assert killed > 0, "every victim had finished before its kill: the case tested no kill"
