"""`cablescope ARGS` in a process of its own without an interpreter's start-up: a fork of the test
process runs ``cablescope.cli.main`` as the console script does, its standard streams real files.

What a command writes to its file descriptors, its exit status and a hang (a timeout kills it)
are seen as from any process. What a fork cannot show is a fresh interpreter: tests of signals,
of Ctrl-C, of what a command imports, or of plugins installed for a new process keep starting
``python -c "from cablescope.cli import main; main()"``. The modules a command imports are
imported here once (``warm``), so each fork runs only the command (0.3 to 0.7 CPU-second less a
run). Plugins are unloaded in the fork first, so that it loads them itself, with its own
environment and ``--plugins-dir`` folders, as a new process would. Only the thread that forks
runs in the fork: the commands call plugins in their main thread (timed by SIGALRM, which the
fork takes back from pytest-timeout), never in a thread of the test process.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import os
import select
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Mapping
from pathlib import Path

WARM_MODULES = (
    "cablescope.cli",
    "cablescope.ingest",
    "cablescope.store",
    "cablescope.readers",
    "cablescope.views",
    "rich.console",
    "rich.table",
    *(f"cablescope_{name}" for name in ("markers", "entities", "appendix", "references", "timeline")),
)
_warmed = False


def warm() -> None:
    """Import, once, what the commands import (the command line, indexing, the store, the readers,
    Rich, the built-in plugins' modules), registering nothing."""
    global _warmed
    if not _warmed:
        for module in WARM_MODULES:
            importlib.import_module(module)
        _warmed = True


def run_cli(
    *args: str | Path, env: Mapping[str, str | None] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``cablescope ARGS`` in a forked process, standard input empty, ``env`` added to (None:
    removed from) its environment; its output decoded as ``subprocess.run(text=True)`` does."""
    warm()
    command = [str(arg) for arg in args]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _child(command, env or {}, out.fileno(), err.fileno())
        code = _wait(pid, timeout, command)
        out.seek(0)
        err.seek(0)
        stdout, stderr = (io.TextIOWrapper(io.BytesIO(f.read())).read() for f in (out, err))
    return subprocess.CompletedProcess(["cablescope", *command], code, stdout, stderr)


def _child(command: list[str], env: Mapping[str, str | None], out: int, err: int) -> None:
    """The forked process: never returns."""
    code = 1
    try:
        for number in (signal.SIGALRM, signal.SIGTERM):
            signal.signal(number, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(out, 1)
        os.dup2(err, 2)
        # As a process whose standard streams are files gets them (with this environment's
        # PYTHONUNBUFFERED, if set, its output unbuffered as there).
        unbuffered = bool(os.environ.get("PYTHONUNBUFFERED"))
        sys.stdin = io.TextIOWrapper(io.BufferedReader(io.FileIO(0, "r", closefd=False)))
        sys.stdout = _writer(1, "strict", unbuffered)
        sys.stderr = _writer(2, "backslashreplace", True)
        for name, value in env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        from cablescope import cli, plugins

        plugins.unload_plugins()
        cli.main(command)
        code = 0
    except SystemExit as exit:
        # As the interpreter ends on SystemExit: None is 0, a number is the status, else printed.
        if exit.code is None or isinstance(exit.code, int):
            code = exit.code or 0
        else:
            print(exit.code, file=sys.stderr)
    except BaseException:  # noqa: BLE001 - as the interpreter reports an uncaught exception
        traceback.print_exc()
    finally:
        with contextlib.suppress(BaseException):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)


def _writer(fd: int, errors: str, write_through: bool) -> io.TextIOWrapper:
    raw = io.FileIO(fd, "w", closefd=False)
    return io.TextIOWrapper(io.BufferedWriter(raw), errors=errors, write_through=write_through)


def _wait(pid: int, timeout: float, command: list[str]) -> int:
    """The fork's exit status (negative: the signal that ended it); killed after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    watch = os.pidfd_open(pid) if hasattr(os, "pidfd_open") else None
    try:
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                return -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
            left = deadline - time.monotonic()
            if left <= 0:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                raise subprocess.TimeoutExpired(["cablescope", *command], timeout)
            if watch is not None:
                select.select([watch], [], [], left)
            else:
                time.sleep(min(left, 0.01))
    finally:
        if watch is not None:
            os.close(watch)
