"""An indexing run: find the files, skip the unchanged, read the rest (``pool``), write what
they give, forget what is gone, tidy the search index, then find the facts (``facts``).

Two stages, so that the library is searchable first: ``scan`` walks and compares files with
their records, ``write`` stores the cables of the reading loop a transaction at a time,
without their facts (listed as pending), ``prune`` forgets files proven gone, ``tidy`` merges
the search index; then ``find_facts`` has the plugins find the facts of every pending cable
(this run's, and any a killed run left) and stores them, with a progress line of its own.
Both stages share the worker processes. The whole run holds the library's write lock.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cablescope import plugins
from cablescope.ingest import sizes
from cablescope.ingest.facts import FactsProgress, fact_plugins_loaded, find_facts
from cablescope.ingest.messages import Failure, FileDone, Job, Message, Rows
from cablescope.ingest.pool import Workers, produce
from cablescope.ingest.prepare import failure_reason, prepare
from cablescope.model import Cable
from cablescope.readers import cable_files, not_regular
from cablescope.store import IndexReport, Store
from cablescope.store.rows import FactsOf
from cablescope.store.writes import RowsRefused

ProgressCallback = Callable[[int, int, int], None]
"""(cables written, bytes done, bytes in all)."""


def add(store: Store, cable: Cable) -> str:
    """Add or update one cable from its ``source`` (a cable without one counts as source "");
    returns its reference id."""
    path = cable.source.path if cable.source and cable.source.path else ""
    row = prepare(cable, path)
    with store.writing(), store.transaction():
        store.upsert(row, store.add_run(), plugins.facts)
    return row.reference_id


def index(
    store: Store,
    paths: Iterable[str | Path],
    *,
    prune: bool = False,
    progress: ProgressCallback | None = None,
    workers: int | None = None,
    facts_progress: FactsProgress | None = None,
) -> IndexReport:
    """Index files and folders into ``store`` incrementally (``cablescope.store.writes`` says
    what a kill leaves).

    Folders are walked by ``cablescope.readers.cable_files``, as ``read_path`` walks them:
    files that are not cable documents go to ``report.skipped``; a file named directly is
    always read. ``prune`` removes what the library holds from files under ``paths`` proven
    gone (one that cannot be looked at fails instead). ``workers`` is the number of processes
    that parse and prepare cables (plugin facts, JSON, compression) while this one reads the
    files and writes (``cablescope.ingest.pool``): ``0`` for none, ``None`` for one per core on
    jobs over 8 MB (or over ``FACTS_WORKER_MIN`` cables of facts to find) when there is more
    than one core. The run ends with every cable's facts found, unless interrupted;
    ``facts_progress`` follows the facts stage.
    """
    with store.writing():
        run = _Run(store, [Path(p).absolute() for p in paths], prune, progress)
        try:
            run.scan()
            run.write(workers)
            if prune:
                run.prune()
            run.tidy()
            run.find_facts(workers, facts_progress)
        except BaseException:
            run.stop_workers()  # interrupted: no worker may outlive the run
            raise
        finally:
            if run.pool is not None:
                run.pool.close()
        return run.report


@dataclass
class _Run:
    store: Store
    roots: list[Path]
    prune_gone: bool
    progress: ProgressCallback | None
    report: IndexReport = field(default_factory=IndexReport)
    candidates: dict[str, os.stat_result] = field(default_factory=dict)
    jobs: list[Job] = field(default_factory=list)
    files: list[tuple[str, os.stat_result, str]] = field(default_factory=list)
    """Per job: path, stat and sha256 of the file as read."""
    done_bytes: int = 0
    total_bytes: int = 0
    number: int = 0
    pool: Workers | None = None

    def scan(self) -> None:
        """Find the files under the roots and the jobs: those new or changed since last indexed."""
        for root in self.roots:
            self._walk(root)
        self.total_bytes = sum(st.st_size for st in self.candidates.values())
        self.number = self.store.start_run()
        for path, st in self.candidates.items():
            self._compare(path, st)
        self._tell(0)

    def _walk(self, root: Path) -> None:
        report = self.report
        try:
            root_stat = root.stat()
        except OSError as error:
            gone = isinstance(error, (FileNotFoundError, NotADirectoryError))
            if not gone:
                report.failed.append((str(root), error.strerror or str(error)))
            elif not (self.prune_gone and self.store.indexed_under(str(root))):
                report.failed.append((str(root), "no such file or folder"))
            return
        if stat.S_ISDIR(root_stat.st_mode):
            for file in cable_files(root, skipped=report.skipped, unreadable=report.failed):
                try:
                    self.candidates[str(file)] = file.stat()
                except OSError as error:
                    report.failed.append((str(file), error.strerror or str(error)))
        elif (odd := not_regular(root)) is not None:
            report.failed.append((str(root), odd))
        else:
            self.candidates[str(root)] = root_stat

    def _compare(self, path: str, st: os.stat_result) -> None:
        """Skip the file when unchanged (by size and time, else by content), or make it a job."""
        known = self.store.file_record(path)
        if known and self.store.held_from(path) != known[3]:
            known = None  # the record claims cables the library no longer holds: read it again
        if known and known[0] == st.st_size and known[1] == st.st_mtime_ns:
            self._unchanged(known[3], st.st_size)
            return
        try:
            digest = file_sha256(Path(path))
        except OSError as error:
            self.report.failed.append((path, error.strerror or str(error)))
            self.done_bytes += st.st_size
            return
        if known and known[2] == digest:
            self.store.touch_file(path, st.st_size, st.st_mtime_ns)
            self._unchanged(known[3], st.st_size)
            return
        self.jobs.append(Job(len(self.files), path, st.st_size))
        self.files.append((path, st, digest))

    def _unchanged(self, cables: int, size: int) -> None:
        self.report.unchanged += cables
        self.report.files_unchanged += 1
        self.done_bytes += size

    def _tell(self, cables: int) -> None:
        if self.progress:
            self.progress(cables, self.done_bytes, self.total_bytes)

    def _workers(self, workers: int | None, big: bool) -> Workers | None:
        """The run's worker processes (started now when there are none and the work is big)."""
        if self.pool is None:
            if workers is None:
                workers = (os.cpu_count() or 1) if big and (os.cpu_count() or 1) > 1 else 0
            self.pool = Workers(workers) if workers > 0 else None
        return self.pool

    def stop_workers(self) -> None:
        if self.pool is not None:
            self.pool.terminate()

    def write(self, workers: int | None) -> None:
        """Read the jobs (in workers or here) and write the cables they give; their facts are
        left to ``find_facts`` when a loaded plugin finds facts."""
        if not self.jobs:
            return
        big = sum(info[1].st_size for info in self.files) >= sizes.WORKER_MIN_BYTES
        later = fact_plugins_loaded()
        pool = self._workers(workers, big)
        if big:
            self.store.defer_merges()
        _Writer(self, None if later else plugins.facts).write(produce(self.jobs, pool, facts=not later))

    def prune(self) -> None:
        """Forget the files under the roots proven gone."""
        for path in vanished(
            self.store, [str(r) for r in self.roots], set(self.candidates), self.report.failed
        ):
            removed, updated = self.store.forget_file(path, plugins.facts)
            self.report.removed += removed
            self.report.updated += updated
            self.report.files_removed += 1

    def tidy(self) -> None:
        """Count the cables, keep the list of files, merge the search index."""
        report = self.report
        report.cables = self.store.cable_total()
        self.store.save_sources_list(changed=bool(report.files_indexed or report.files_removed))
        self.store.tidy(report.added + report.updated + report.removed, report.cables)

    def find_facts(self, workers: int | None, progress: FactsProgress | None) -> None:
        """The second stage: the facts of every cable whose facts are pending."""
        pending = self.store.facts_pending()
        if pending:
            workers_for = self._workers(workers, pending >= sizes.FACTS_WORKER_MIN)
            self.report.facts_failed += find_facts(self.store, workers_for, progress).failed


class _Writer:
    """Writes what the reading loop produces, a transaction per batch of messages.

    A file's record goes in with the batch holding its end. Rows are written under a
    savepoint: a cable that cannot be stored fails its file only.
    """

    def __init__(self, run: _Run, facts_of: FactsOf | None) -> None:
        self.run = run
        self.facts_of = facts_of
        """What finds the facts of a merged cable; None when the facts stage finds them."""
        self.file_cables = [0] * len(run.files)
        self.file_bytes = [0] * len(run.files)
        self.broken: set[int] = set()
        self.done_cables = 0

    def write(self, messages: Iterator[Message]) -> None:
        for batch in batches(messages):
            with self.run.store.transaction():
                for message in batch:
                    if message.file not in self.broken:
                        self._one(message)
            self.run._tell(self.done_cables)

    def _one(self, message: Message) -> None:
        run, report = self.run, self.run.report
        path, st, digest = run.files[message.file]
        match message:
            case Rows(file, rows) if rows:
                try:
                    stored = run.store.write_rows(rows, run.number, self.facts_of)
                except RowsRefused as refused:
                    self._fail(file, f"cannot store {refused.reference_id}: {failure_reason(refused.cause)}")
                    return
                report.added += stored["added"]
                report.updated += stored["updated"]
                self.file_cables[file] += len(rows)
                self.done_cables += len(rows)
                grown = min(st.st_size - self.file_bytes[file], sum(r.size for r in rows))
                self.file_bytes[file] += grown
                run.done_bytes += grown
            case Failure(file, reason):
                self._fail(file, reason)
            case FileDone(file):
                removed, updated = run.store.remove_stale(path, run.number, plugins.facts)
                run.store.record_file(path, st.st_size, st.st_mtime_ns, digest)
                report.removed += removed
                report.updated += updated
                report.files_indexed += 1
                run.done_bytes += st.st_size - self.file_bytes[file]

    def _fail(self, file: int, reason: str) -> None:
        path, st, _ = self.run.files[file]
        self.broken.add(file)
        self.run.report.failed.append((path, reason))
        self.run.done_bytes += st.st_size - self.file_bytes[file]


def batches(messages: Iterator[Message]) -> Iterator[list[Message]]:
    """Messages grouped for one transaction each: about ``BATCH_CABLES`` cables, or
    ``MESSAGES_PER_TRANSACTION`` messages."""
    batch: list[Message] = []
    cables = 0
    for message in messages:
        batch.append(message)
        if isinstance(message, Rows):
            cables += len(message.rows)
        if cables >= sizes.BATCH_CABLES or len(batch) >= sizes.MESSAGES_PER_TRANSACTION:
            yield batch
            batch, cables = [], 0
    if batch:
        yield batch


def vanished(store: Store, roots: list[str], present: set[str], failed: list[tuple[str, str]]) -> list[str]:
    """Indexed files at or under ``roots`` proven gone: not found now, and a stat says there is
    no such file. A file that cannot be looked at (a folder without permission) is not gone:
    it goes to ``failed`` instead, so that pruning never deletes what it could not see."""
    found = []
    for root in roots:
        for path in store.indexed_under(root):
            if path in present:
                continue
            try:
                os.stat(path)
            except (FileNotFoundError, NotADirectoryError):
                found.append(path)
            except OSError as error:
                failed.append((path, f"cannot tell whether it still exists: {error.strerror or error}"))
    return sorted(set(found))


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
