"""The tasks of an indexing run, run in a worker process or in the indexing one.

``PrepareRecords`` parses and prepares one chunk of a big file's records (read in the
indexing process); ``PrepareFiles`` reads and prepares a batch of small files (both without
facts when ``facts`` is false: the facts stage finds them); ``FindFacts`` finds the facts of
stored cables. Each answers with a ``TaskResult``. A worker loads the plugins the indexing process loaded
(``start_worker``) and sends back the plugin failures it meets.
"""

from __future__ import annotations

import contextlib
import gc
import signal
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cablescope import plugins
from cablescope.ingest.messages import (
    FactsFailed,
    FactsFound,
    Failure,
    FileDone,
    Message,
    PluginFailure,
    Rows,
    TaskResult,
)
from cablescope.ingest.prepare import NoCables, failure_reason, prepare
from cablescope.model import Cable
from cablescope.reader import Reader, ReadError
from cablescope.readers import read_with
from cablescope.store.rows import DamagedReading, Row, merged_doc, pack_facts

LOST = "a worker process died while reading it (killed, or out of memory); run the command again to retry"
LOST_FACTS = (
    "a worker process died finding its facts (killed, or out of memory); they stay pending, "
    "and the next run tries again"
)


@dataclass
class PrepareRecords:
    """One chunk of a big file: raw records of a splitting reader (``reader`` named), or cables
    already read (``reader`` None)."""

    reader: str | None
    file: int
    path: str
    records: list[Any]
    facts: bool = True

    def run(self) -> TaskResult:
        rows: list[Row] = []
        try:
            reader = _reader(self.reader) if self.reader is not None else None
            path = Path(self.path)  # one for the chunk: a Path caches its string
            for record in self.records:
                cable = reader.cable(record, path) if reader is not None else record
                rows.append(prepare(cable, self.path, facts=self.facts))
        except Exception as error:  # noqa: BLE001 - a reader or plugin bug fails its file, not the run
            return TaskResult(
                [Rows(self.file, rows), Failure(self.file, failure_reason(error))], _new_failures()
            )
        return TaskResult([Rows(self.file, rows)], _new_failures())

    def lost(self) -> list[Message | FactsFound | FactsFailed]:
        """What the writer is told when the task killed the worker running it."""
        return [Failure(self.file, LOST)]

    def parts(self) -> list[Task]:
        """Smaller tasks to run alone when this one kills its worker: none (a file fails whole)."""
        return []


@dataclass
class PrepareFiles:
    """A batch of small files, each (file index, path, reader name), read whole in the task."""

    files: list[tuple[int, str, str]]
    facts: bool = True

    def run(self) -> TaskResult:
        messages: list[Message | FactsFound | FactsFailed] = []
        for index, path, reader_name in self.files:
            rows: list[Row] = []
            try:
                for cable in read_with(_reader(reader_name), Path(path)):
                    rows.append(prepare(cable, path, facts=self.facts))
                if not rows:
                    raise NoCables()
            except Exception as error:  # noqa: BLE001 - one bad file must not stop the others
                messages += [Rows(index, rows), Failure(index, failure_reason(error))]
                continue
            messages += [Rows(index, rows), FileDone(index)]
        return TaskResult(messages, _new_failures())

    def lost(self) -> list[Message | FactsFound | FactsFailed]:
        return [Failure(index, LOST) for index, _path, _reader in self.files]

    def parts(self) -> list[Task]:
        return []


@dataclass
class FindFacts:
    """Stored cables whose facts are pending, each (cable id, reference id, primary reading as
    stored, fields merged from other readings as JSON): their facts are found from the cable as
    stored, as the writer's merge finds them (``cablescope.store.writes``). A cable whose stored
    reading is damaged fails alone."""

    cables: list[tuple[int, str, bytes, str | None]]

    def run(self) -> TaskResult:
        found = []
        damaged = []
        for cable_id, reference_id, blob, merged in self.cables:
            try:
                cable = stored_cable(blob, merged)
            except DamagedReading as error:
                damaged.append((cable_id, reference_id, f"its facts cannot be found: {error}"))
                continue
            found.append((cable_id, pack_facts(plugins.facts(cable))))
        messages: list[Message | FactsFound | FactsFailed] = [FactsFound(found)]
        if damaged:
            messages.append(FactsFailed(damaged, settled=True))
        return TaskResult(messages, _new_failures())

    def lost(self) -> list[Message | FactsFound | FactsFailed]:
        """The cables of a task that killed its worker when run alone: they stay pending."""
        return [
            FactsFailed([(cable_id, ref, LOST_FACTS) for cable_id, ref, _, _ in self.cables], settled=False)
        ]

    def parts(self) -> list[Task]:
        """One task per cable, so that only the cable a worker dies on is left pending."""
        return [FindFacts([cable]) for cable in self.cables] if len(self.cables) > 1 else []


def stored_cable(blob: bytes, merged: str | None) -> Cable:
    """The cable as stored: its primary reading with the fields merged from the others;
    ``DamagedReading`` when the stored bytes are not a cable."""
    try:
        return Cable.model_validate(merged_doc(blob, merged))
    except ValueError as error:  # a pydantic ValidationError is one, a JSONDecodeError too
        raise DamagedReading(f"a stored cable document is not a cable ({error.__class__.__name__})") from None


Task = PrepareRecords | PrepareFiles | FindFacts


def run_task(task: Task) -> TaskResult:
    """What a worker runs (a module-level function: the pool pickles it by name)."""
    return task.run()


def _reader(name: str) -> Reader:
    for reader in plugins.get_readers():
        if reader.name == name:
            return reader
    raise ReadError(f"the {name} reader is not loaded in the worker process")


class _WorkerState:
    """In a worker: how many of its plugin failures were sent back already."""

    active = False
    failures_sent = 0


def _new_failures() -> list[PluginFailure]:
    """In a worker, the plugins it disabled since the last call (in this process: none to send)."""
    if not _WorkerState.active:
        return []
    found = plugins.plugin_failures()
    fresh = [
        PluginFailure(f.plugin, f.stage, f.error) for f in found[_WorkerState.failures_sent :] if f.disabled
    ]
    _WorkerState.failures_sent = len(found)
    return fresh


def start_worker(plugins_dirs: list[str]) -> None:
    """Worker start-up: load the plugins the indexing process loaded, and die with it."""
    import ctypes

    # Ctrl-C is the indexing process's to handle: it stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # PR_SET_PDEATHSIG: on Linux, be killed when the indexing process dies (even by SIGKILL).
    # Elsewhere (no prctl) a worker may outlive a killed indexer until its task pipe closes.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)
    plugins.load_plugins(plugins_dirs)
    _WorkerState.active = True
    # A task makes and drops tens of thousands of small objects (tokens, models) and no
    # cycles worth chasing: collect far less often than the default, and never again look at
    # what start-up loaded.
    gc.freeze()
    gc.set_threshold(50_000, 50, 100)


def worker_arguments() -> tuple[list[str]]:
    """What ``start_worker`` needs to load the plugins of this process (the environment's
    switches, ``CABLESCOPE_LOAD_PLUGINS`` and the like, the workers inherit)."""
    return ([str(d) for d in plugins.loaded_plugins_dirs()],)
