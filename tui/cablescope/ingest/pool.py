"""The reading loop: files to ``Message``s for the writer, on every core.

With a pool of worker processes, the indexing process only reads: a big file whose reader
splits (``Reader.records``, as cables.csv does) is read into raw records here and parsed,
given facts and packed in the workers, a bounded number of chunks ahead, so memory stays
flat however big the file; small files go to the workers a batch at a time and are read
there. Without a pool the same tasks run in this process. Workers load the plugins this
process loaded, and the plugin failures they meet come back here to be reported. ``results``
runs any stream of tasks so (the facts stage's too), a bounded number ahead.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
import threading
from collections import deque
from collections.abc import Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import resource_tracker
from pathlib import Path
from typing import Any

from cablescope import plugins
from cablescope.ingest import sizes
from cablescope.ingest.messages import (
    FactsFailed,
    FactsFound,
    Failure,
    FileDone,
    Job,
    Message,
    PluginFailure,
    TaskResult,
)
from cablescope.ingest.prepare import NoCables, failure_reason
from cablescope.ingest.tasks import (
    PrepareFiles,
    PrepareRecords,
    Task,
    run_task,
    start_worker,
    worker_arguments,
)
from cablescope.reader import ReadError
from cablescope.readers import choose_reader, read_with


class Workers:
    """The indexing worker processes: started on first use, and started afresh when one dies."""

    def __init__(self, count: int) -> None:
        self.count = count
        self._executor: ProcessPoolExecutor | None = None

    def submit(self, task: Task) -> Future:
        for _ in range(2):
            if self._executor is None:
                self._ignore_sigpipe()
                _start_resource_tracker()
                self._executor = ProcessPoolExecutor(
                    self.count,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=start_worker,
                    initargs=worker_arguments(),
                )
            try:
                return self._executor.submit(run_task, task)
            except BrokenProcessPool:
                # A worker died since the last task: the tasks it took down are run again
                # when their turn comes (``produce``); this one goes to new workers.
                self.close()
        raise BrokenProcessPool("worker processes cannot be started")

    def terminate(self) -> None:
        """Stop the workers at once, a task in progress too (Ctrl-C: a stuck plugin must not hold exit)."""
        if self._executor is not None:
            # The executor offers no way to stop a running task (3.14 adds terminate_workers).
            processes = list((getattr(self._executor, "_processes", None) or {}).values())
            self.close()
            for process in processes:
                process.kill()

    def close(self) -> None:
        """Stop the workers; tasks not started are dropped (their files are read again next run)."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    @staticmethod
    def _ignore_sigpipe() -> None:
        """Once workers have run, a pipe to one that died must raise (and the pool be started
        afresh), not kill this process: ``cablescope index … | tee`` makes SIGPIPE fatal for its
        stdout. It is not made fatal again: the pool's threads may still write to a dead worker
        after it is shut down (Ctrl-C), so a closed stdout is then an error, not a signal."""
        if hasattr(signal, "SIGPIPE") and threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGPIPE, signal.SIG_IGN)


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker (every worker start needs it) on this process's
    real standard error: the tracker passes on ``sys.stderr``'s file descriptor, and inside the
    explorer ``sys.stderr`` is Textual's print capture, whose descriptor is -1, which failed
    every worker start ("bad value(s) in fds_to_keep") and so any indexing big enough for them."""
    captured = sys.stderr
    try:
        usable = captured is not None and captured.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if not usable and sys.__stderr__ is not None:
        sys.stderr = sys.__stderr__
    try:
        resource_tracker.ensure_running()
    finally:
        sys.stderr = captured


class _Ready:
    """A task run in this process, answering like a worker's ``Future``."""

    def __init__(self, value: TaskResult) -> None:
        self.value = value

    def result(self) -> TaskResult:
        return self.value


def _tasks(jobs: list[Job], chunk_size: int, facts: bool) -> Iterator[Task | FileDone | Failure]:
    """Tasks for the jobs, and the messages that must follow the tasks before them."""
    batch: list[tuple[int, str, str]] = []
    for index, path, size in jobs:
        chunk: list[Any] = []
        name: str | None = None
        failure: BaseException | None = None
        try:
            reader = choose_reader(Path(path))
            if reader is None:
                raise ReadError("not a cable document in any known format")
            if not reader.splits and size < sizes.SMALL_FILE_BYTES:
                batch.append((index, path, reader.name))
                if len(batch) >= sizes.FILES_PER_TASK:
                    yield PrepareFiles(batch, facts)
                    batch = []
                continue
            name = reader.name if reader.splits else None
            records = reader.records(Path(path)) if reader.splits else read_with(reader, Path(path))
            count = 0
            for record in records:
                count += 1
                chunk.append(record)
                if len(chunk) >= chunk_size:
                    yield PrepareRecords(name, index, path, chunk, facts)
                    chunk = []
            if count == 0:
                raise NoCables()
        except Exception as error:  # noqa: BLE001 - a reader bug must not stop the other files
            failure = error
        if chunk:
            # What was read before an error still goes in.
            yield PrepareRecords(name, index, path, chunk, facts)
        yield Failure(index, failure_reason(failure)) if failure is not None else FileDone(index)
    if batch:
        yield PrepareFiles(batch, facts)


Result = Message | FactsFound | FactsFailed
Pending = deque[tuple[Future | _Ready | None, Task | FileDone | Failure]]


def produce(jobs: list[Job], workers: Workers | None, *, facts: bool = True) -> Iterator[Message]:
    """Messages for the writer from ``jobs``, in order (the cables without facts unless
    ``facts``); see the module docstring."""
    chunk_size = sizes.WORKER_CHUNK if workers is not None else sizes.BATCH_CABLES
    for result in results(_tasks(jobs, chunk_size, facts), workers):
        if not isinstance(result, (FactsFound, FactsFailed)):  # only the facts stage gives those
            yield result


def results(items: Iterator[Task | FileDone | Failure], workers: Workers | None) -> Iterator[Result]:
    """What the tasks of ``items`` answer, and its messages, in order: the tasks run in
    ``workers`` (a bounded number ahead) or, without, here."""
    ahead = 2 * workers.count + 2 if workers is not None else 0
    pending: Pending = deque()
    for item in items:
        if isinstance(item, (FileDone, Failure)):
            pending.append((None, item))
        elif workers is not None:
            pending.append((workers.submit(item), item))
        else:
            pending.append((_Ready(item.run()), item))
        while len(pending) > ahead:
            yield from _finish(pending, workers)
    while pending:
        yield from _finish(pending, workers)


def _finish(pending: Pending, workers: Workers | None) -> Iterator[Result]:
    """The messages of the oldest pending task (or the message itself)."""
    result, item = pending.popleft()
    if isinstance(item, (FileDone, Failure)):
        yield item  # a message, pending behind the tasks before it
        return
    assert result is not None
    try:
        messages, failures = result.result()
    except (BrokenProcessPool, CancelledError):
        # A worker died (killed, out of memory): the tasks in flight failed with it. Run those
        # again one at a time in new workers, so that only a task that kills a worker again
        # fails, and its files alone are reported; then carry on as before.
        assert workers is not None
        entries = [(result, item), *pending]
        pending.clear()
        workers.close()
        yield from _again(entries, workers)
        return
    _disable(failures)
    yield from messages


def _again(entries: list, workers: Workers) -> Iterator[Result]:
    """The messages of tasks that were in flight when a worker died, each run again alone."""
    for other, again in entries:
        if other is None:
            yield again
            continue
        if other.done() and not other.cancelled() and other.exception() is None:
            messages, failures = other.result()
        else:
            messages, failures = _alone(workers, again)
        _disable(failures)
        yield from messages


def _alone(workers: Workers, task: Task) -> TaskResult:
    """A task run by itself; if it kills its worker again, its parts each alone (the facts of
    each cable), or failures for what it held."""
    try:
        return workers.submit(task).result()
    except BrokenProcessPool:
        workers.close()
    parts = task.parts()
    if not parts:
        return TaskResult(task.lost(), [])
    messages: list[Result] = []
    failures: list[PluginFailure] = []
    for part in parts:
        done, failed = _alone(workers, part)
        messages += done
        failures += failed
    return TaskResult(messages, failures)


def _disable(failures: list[PluginFailure]) -> None:
    """Disable here the plugins a worker disabled; one failure each (every worker meets its own)."""
    for plugin, stage, error in failures:
        if not any(f.plugin == plugin and f.disabled for f in plugins.plugin_failures()):
            plugins.disable(plugin, stage, error)
