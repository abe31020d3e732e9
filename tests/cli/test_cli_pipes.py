"""Output into a pipe: lines not hard-wrapped, and a reader that stops early (``| head``) is no error."""

from __future__ import annotations

import signal
import subprocess
import sys
from datetime import datetime, timedelta

from cli_samples import synthetic_cable

from cablescope import ingest
from cablescope.store import Store

CLI = [sys.executable, "-c", "from cablescope.cli import main; main()"]


def test_search_into_a_pipe_keeps_each_snippet_on_one_line(invoke, library):
    result = invoke("search", "grain", "--db", library)
    lines = result.stdout.splitlines()
    assert lines[2].startswith("  Grain exports to Iran rose sharply this year")
    assert "keep growing through the winter" in lines[2]  # past 80 columns and the cable's own break
    assert not [line for line in lines if line.endswith(" ")]


def test_a_reader_that_stops_early_ends_it_quietly(tmp_path):
    db = tmp_path / "many.db"
    start = datetime(2005, 1, 1)
    with Store(db) as store:
        for n in range(400):
            body = f"Report {n} on the harvest, which was normal in every province we visited. " * 4
            ingest.add(
                store,
                synthetic_cable(
                    f"05MANY{n + 1}", start + timedelta(days=n), "Embassy Lima", ["EAGR"], "Harvest", [body]
                ),
            )
    # More than a pipe buffer holds, so the writer is still writing when the reader goes.
    process = subprocess.Popen(
        [*CLI, "search", "harvest", "--limit", "400", "--format", "jsonl", "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout.readline().startswith(b"{")
    process.stdout.close()
    assert process.wait(timeout=60) in (0, -signal.SIGPIPE)
    assert process.stderr.read() == b""


def test_main_run_inside_another_program_leaves_its_sigpipe_alone(seed_path):
    """Only a real pipe on stdout makes SIGPIPE fatal: a test runner calling main() keeps its own
    handling (a write to a dead worker's pipe later in the run must not kill it)."""
    from cablescope import cli

    before = signal.getsignal(signal.SIGPIPE)
    try:
        cli.main(["show", str(seed_path), "--json"])
    except SystemExit as done:
        assert done.code in (0, None)
    assert signal.getsignal(signal.SIGPIPE) == before


def test_index_workers_outlive_a_fatal_sigpipe(tmp_path):
    """`cablescope index … | tee`: while the workers run, a pipe to one of them is no stdout."""
    from cablescope.ingest.pool import Workers
    from cablescope.ingest.tasks import PrepareFiles

    previous = signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        workers = Workers(1)
        assert workers.submit(PrepareFiles([])).result(timeout=60) == ([], [])
        workers.close()
        # Kept after the pool closes: its threads may still write to a worker that died.
        assert signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN
    finally:
        signal.signal(signal.SIGPIPE, previous)
