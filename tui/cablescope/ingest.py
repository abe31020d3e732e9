"""From cable files to rows ready to write into the index, on every core.

``prepare`` turns a parsed cable into a ``Row``: its document as compressed JSON, the
columns and texts the index derives from it, and the plugins' facts. ``produce`` reads
the files of an indexing run and yields what the store writes, in order:
``("rows", file_index, [Row, ...])``, then ``("end", file_index)`` when a file is done or
``("error", file_index, reason)`` when it failed (what was read before still goes in).

With a pool of worker processes, the indexing process only reads: a big file whose reader
splits (``Reader.records``, as cables.csv does) is read into raw records here and parsed,
given facts and packed in the workers, a bounded number of chunks ahead, so memory stays
flat however big the file; small files go to the workers a batch at a time and are read
there. Without a pool the same tasks run in this process. Workers load the plugins this
process loaded, and the plugin failures they meet come back here to be reported.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import multiprocessing
import signal
import threading
import zlib
from collections import deque
from collections.abc import Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import zstandard
from pydantic import TypeAdapter
from pydantic_core import PydanticSerializationError

from cablescope import plugins
from cablescope.annotations import Fact
from cablescope.model import Cable
from cablescope.readers import choose_reader, read_with
from cablescope.readers.base import ReadError
from cablescope.readers.stated import ensure_reference_id

BATCH_CABLES = 500
"""Cables per task when preparing in this process (and the store's transaction size)."""
WORKER_CHUNK = 100
"""Cables per task sent to a worker: small enough to keep every worker busy to the end."""
SMALL_FILE_BYTES = 4 * 1024 * 1024
"""Files of a reader that does not split, below this size, are read whole in a worker a batch
at a time (a page holds one cable); bigger ones are read here and their cables sent on."""
FILES_PER_TASK = 16
WORKER_MIN_BYTES = 8 * 1024 * 1024
"""Jobs smaller than this are prepared in this process: starting workers would cost more."""

# Office prefixes stripped to give an origin's place, so ``--origin beijing`` finds "Embassy Beijing".
ORIGIN_PREFIXES = (
    "us interests section ",
    "consulate general ",
    "us mission ",
    "us embassy ",
    "embassy ",
    "consulate ",
    "mission ",
    "usmission ",
)


# -- turning cables into rows -------------------------------------------------------------------


_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_compressor = zstandard.ZstdCompressor(level=1)
_decompressor = zstandard.ZstdDecompressor()


def compress_json(value: Any) -> bytes:
    """JSON (ASCII, so a stray lone surrogate in a text survives the round trip), zstd-compressed."""
    return _compressor.compress(json.dumps(value, separators=(",", ":")).encode())


def decompress_json(blob: bytes) -> Any:
    """What ``compress_json`` stored, or the zlib-compressed JSON that index format 3 stored."""
    if blob[:4] == _ZSTD_MAGIC:
        return json.loads(_decompressor.decompress(blob))
    return json.loads(zlib.decompress(blob))


_CABLE = TypeAdapter(Cable)
_FACTS = TypeAdapter(list[Fact])


def _compress_models(adapter: TypeAdapter, value: Any) -> bytes:
    """Models as compressed JSON (defaults left out), serialised by pydantic-core."""
    try:
        return _compressor.compress(adapter.dump_json(value, exclude_defaults=True))
    except PydanticSerializationError:
        # A lone surrogate (from a plugin reader) cannot be UTF-8: write ASCII JSON instead.
        return compress_json(adapter.dump_python(value, mode="json", exclude_defaults=True))


def pack(cable: Cable) -> bytes:
    """The cable as compressed JSON (defaults left out)."""
    return _compress_models(_CABLE, cable)


def unpack(blob: bytes) -> dict[str, Any]:
    """A stored cable document. Format 3 stored paragraph and appendix texts that are slices of
    the cable's text as offsets (``_at``): those are restored."""
    doc = decompress_json(blob)
    text = doc.get("text", "")
    for p in doc.get("paragraphs", ()):
        if "_at" in p:
            offset, length = p.pop("_at")
            p["text"] = text[p["start"] + offset : p["start"] + offset + length]
    appendix = doc.get("appendix")
    if appendix and "text" not in appendix:
        appendix["text"] = text[appendix.get("offset", 0) :]
    return doc


def fts_values(doc: dict[str, Any]) -> tuple[str, str, str, str]:
    """The indexed texts of a stored document (``unpack``): see ``fts_texts``."""
    appendix = doc.get("appendix")
    return fts_texts(
        doc.get("text", ""),
        doc.get("subject"),
        [(p["start"], p["text"]) for p in doc.get("paragraphs") or ()],
        (appendix.get("offset", 0), appendix.get("text", "")) if appendix else None,
    )


def fts_texts(
    text: str, subject: str | None, paragraphs: list[tuple[int, str]], appendix: tuple[int, str] | None
) -> tuple[str, str, str, str]:
    """The indexed texts of a cable: body paragraphs, subject, header, appendix.

    ``paragraphs`` are (start, text) and ``appendix`` (offset, text). The body is column 0
    because FTS5 stores a column marker in every position list of the other columns: the
    big column goes first to keep the index small.
    """
    if paragraphs:
        body = "\n\n".join(p_text for _, p_text in paragraphs)
        header = text[: paragraphs[0][0]]
    else:
        body = text[: appendix[0]] if appendix else text
        header = ""
    return body, subject or "", header, appendix[1] if appendix else ""


def created_key(value: str | datetime | None) -> str:
    """Sortable UTC text for a creation time ('' when unknown)."""
    if value is None:
        return ""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def origin_keys(origin: str | None) -> tuple[str | None, str | None]:
    if not origin:
        return None, None
    key = " ".join(origin.lower().split())
    for prefix in ORIGIN_PREFIXES:
        if key.startswith(prefix):
            return key, key[len(prefix) :]
    return key, key


def _level(classification: str | None) -> str | None:
    # The grammar is imported by what indexes, not by the store that a search opens.
    from cablescope.parse.markings import level_of_classification

    return level_of_classification(classification) if classification else None


FactCount = tuple[str, str, str | None, int, int]
"""(kind, key, folded acronym or None, mentions in the cable's own text, mentions in its appendix)."""


def count_facts(facts: list[Fact]) -> list[FactCount]:
    """Mention counts per fact key."""
    counts: dict[tuple[str, str], list] = {}
    for fact in facts:
        entry = counts.setdefault((fact.kind, fact.key), [None, 0, 0])
        acronym = fact.data.get("acronym") if fact.data else None
        if entry[0] is None and isinstance(acronym, str) and acronym.strip():
            entry[0] = " ".join(acronym.split()).casefold()
        entry[2 if fact.in_appendix else 1] += 1
    return [(kind, key, alias, own, appendix) for (kind, key), (alias, own, appendix) in counts.items()]


def fact_rows(cable: Cable) -> tuple[bytes | None, list[FactCount]]:
    """The plugins' facts about the cable as stored (compressed JSON, defaults left out), and
    the counts per key."""
    facts = plugins.facts(cable)
    if not facts:
        return None, []
    return _compress_models(_FACTS, facts), count_facts(facts)


def load_facts(blob: bytes) -> list[Fact]:
    return _FACTS.validate_python(decompress_json(blob))


@dataclass
class Derived:
    """What the index rows of a cable hold besides its stored JSON: metadata, tags, references, texts."""

    columns: tuple
    """created, origin, origin_key, origin_place, classification, level, subject, tags JSON."""
    tags: list[str]
    references: list[str]
    fts: tuple[str, str, str]
    appendix: str


def derive(cable: Cable) -> Derived:
    classification = cable.classification
    tags = list(dict.fromkeys(cable.tags))
    body, subject, header, appendix = fts_texts(
        cable.text,
        cable.subject,
        [(p.start, p.text) for p in cable.paragraphs],
        (cable.appendix.offset, cable.appendix.text) if cable.appendix else None,
    )
    return Derived(
        columns=(
            created_key(cable.created),
            cable.origin,
            *origin_keys(cable.origin),
            classification,
            _level(classification),
            cable.subject,
            json.dumps(tags, ensure_ascii=False),
        ),
        tags=tags,
        references=[r for r in dict.fromkeys(cable.references) if r],
        fts=(body, subject, header),
        appendix=appendix,
    )


@dataclass
class Row:
    """A cable read from one source, ready to write (built in a worker process for big jobs)."""

    reference_id: str
    derived: Derived
    blob: bytes
    path: str
    row: int | None
    format: str | None
    sha256: str
    size: int
    facts_blob: bytes | None
    fact_counts: list[FactCount]


def prepare(cable: Cable, path: str) -> Row:
    source = cable.source
    encoded = cable.text.encode("utf-8", "surrogatepass")
    sha256 = source.sha256 if source else hashlib.sha256(encoded).hexdigest()
    # A record parsed in a worker (cables.csv) has not passed through readers.read_with.
    ensure_reference_id(cable)
    from cablescope.parse.refids import placeholder_reference_id

    reference_id = cable.reference_id or placeholder_reference_id(sha256)
    facts_blob, fact_counts = fact_rows(cable)
    return Row(
        reference_id=reference_id,
        derived=derive(cable),
        blob=pack(cable),
        path=path,
        row=source.row if source else None,
        format=source.format if source else None,
        sha256=sha256,
        size=len(encoded),
        facts_blob=facts_blob,
        fact_counts=fact_counts,
    )


class _NoCables(Exception):
    pass


def failure_reason(error: BaseException) -> str:
    if isinstance(error, _NoCables):
        return "no cables found in this file"
    if isinstance(error, ReadError):
        return " ".join(str(error).split()) or "cannot be read"
    message = " ".join(str(error).split()) or "no details"
    return f"{type(error).__name__}: {message}"


# -- the tasks, run in a worker process or in this one ------------------------------------------

Messages = list[tuple]
Failures = list[tuple[str, str, str]]
"""Plugin failures met by a task: (plugin, stage, one-line error)."""

_in_worker = False
_failures_sent = 0


def _new_failures() -> Failures:
    """In a worker, the plugins it disabled since the last call (in this process: none to send)."""
    global _failures_sent
    if not _in_worker:
        return []
    found = plugins.plugin_failures()
    fresh = [(f.plugin, f.stage, f.error) for f in found[_failures_sent:] if f.disabled]
    _failures_sent = len(found)
    return fresh


def _prepare_records(
    reader_name: str | None, index: int, path: str, records: list
) -> tuple[Messages, Failures]:
    """Parse (unless the records are cables already), prepare and return one chunk of a big file."""
    rows: list[Row] = []
    try:
        reader = _reader(reader_name) if reader_name is not None else None
        for record in records:
            cable = reader.cable(record, Path(path)) if reader is not None else record
            rows.append(prepare(cable, path))
    except Exception as error:  # noqa: BLE001 - a reader or plugin bug fails its file, not the run
        return [("rows", index, rows), ("error", index, failure_reason(error))], _new_failures()
    return [("rows", index, rows)], _new_failures()


def _prepare_files(files: list[tuple[int, str, str]]) -> tuple[Messages, Failures]:
    """Read, prepare and return a batch of small files (file index, path, reader name), each
    with its end (or error) message."""
    messages: Messages = []
    for index, path, reader_name in files:
        rows: list[Row] = []
        try:
            for cable in read_with(_reader(reader_name), Path(path)):
                rows.append(prepare(cable, path))
            if not rows:
                raise _NoCables()
        except Exception as error:  # noqa: BLE001 - one bad file must not stop the others
            messages += [("rows", index, rows), ("error", index, failure_reason(error))]
            continue
        messages += [("rows", index, rows), ("end", index)]
    return messages, _new_failures()


def _reader(name: str):
    for reader in plugins.get_readers():
        if reader.name == name:
            return reader
    raise ReadError(f"the {name} reader is not loaded in the worker process")


def start_worker(plugins_dirs: list[str]) -> None:
    """Worker start-up: load the plugins the indexing process loaded, and die with it."""
    global _in_worker
    import ctypes

    # Ctrl-C is the indexing process's to handle: it stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # PR_SET_PDEATHSIG: on Linux, be killed when the indexing process dies (even by SIGKILL).
    # Elsewhere (no prctl) a worker may outlive a killed indexer until its task pipe closes.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)
    plugins.load_plugins(plugins_dirs)
    _in_worker = True
    # A task makes and drops tens of thousands of small objects (tokens, models) and no
    # cycles worth chasing: collect far less often than the default, and never again look at
    # what start-up loaded.
    gc.freeze()
    gc.set_threshold(50_000, 50, 100)


def worker_arguments() -> tuple[list[str]]:
    """What ``start_worker`` needs to load the plugins of this process (the environment's
    switches, ``CABLESCOPE_LOAD_PLUGINS`` and the like, the workers inherit)."""
    return ([str(d) for d in plugins.loaded_plugins_dirs()],)


# -- the reading loop ------------------------------------------------------------------------------


class Workers:
    """The indexing worker processes: started on first use, and started afresh when one dies."""

    def __init__(self, count: int) -> None:
        self.count = count
        self._executor: ProcessPoolExecutor | None = None

    def submit(self, task: tuple) -> Future:
        for _ in range(2):
            if self._executor is None:
                self._ignore_sigpipe()
                self._executor = ProcessPoolExecutor(
                    self.count,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=start_worker,
                    initargs=worker_arguments(),
                )
            try:
                return self._executor.submit(task[0], *task[1])
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


class _Ready:
    """A task run in this process, answering like a worker's ``Future``."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def result(self) -> Any:
        return self.value


def _tasks(jobs: list[tuple[int, str, int]], chunk_size: int) -> Iterator[tuple]:
    """(function, arguments) tasks for the jobs, and messages that must follow the tasks before them."""
    batch: list[tuple[int, str, str]] = []
    for index, path, size in jobs:
        chunk: list = []
        name: str | None = None
        failure: BaseException | None = None
        try:
            reader = choose_reader(Path(path))
            if reader is None:
                raise ReadError("not a cable document in any known format")
            if not reader.splits and size < SMALL_FILE_BYTES:
                batch.append((index, path, reader.name))
                if len(batch) >= FILES_PER_TASK:
                    yield _prepare_files, (batch,)
                    batch = []
                continue
            name = reader.name if reader.splits else None
            records = reader.records(Path(path)) if reader.splits else read_with(reader, Path(path))
            count = 0
            for record in records:
                count += 1
                chunk.append(record)
                if len(chunk) >= chunk_size:
                    yield _prepare_records, (name, index, path, chunk)
                    chunk = []
            if count == 0:
                raise _NoCables()
        except Exception as error:  # noqa: BLE001 - a reader bug must not stop the other files
            failure = error
        if chunk:
            # What was read before an error still goes in.
            yield _prepare_records, (name, index, path, chunk)
        yield ("error", index, failure_reason(failure)) if failure is not None else ("end", index)
    if batch:
        yield _prepare_files, (batch,)


def produce(jobs: list[tuple[int, str, int]], workers: Workers | None) -> Iterator[tuple]:
    """Messages for the writer from ``jobs`` of (file index, path, size); see the module docstring."""
    ahead = 2 * workers.count + 2 if workers is not None else 0
    chunk_size = WORKER_CHUNK if workers is not None else BATCH_CABLES
    pending: deque[tuple[Any, tuple]] = deque()
    for task in _tasks(jobs, chunk_size):
        if isinstance(task[0], str):
            pending.append((None, task))
        elif workers is not None:
            pending.append((workers.submit(task), task))
        else:
            pending.append((_Ready(task[0](*task[1])), task))
        while len(pending) > ahead:
            yield from _finish(pending, workers)
    while pending:
        yield from _finish(pending, workers)


def _finish(pending: deque, workers: Workers | None) -> Iterator[tuple]:
    """The messages of the oldest pending task (or the message itself)."""
    result, task = pending.popleft()
    if result is None:
        yield task
        return
    try:
        messages, failures = result.result()
    except (BrokenProcessPool, CancelledError):
        # A worker died (killed, out of memory): the tasks in flight failed with it. Run those
        # again one at a time in new workers, so that only a task that kills a worker again
        # fails, and its files alone are reported; then carry on as before.
        assert workers is not None
        entries = [(result, task), *pending]
        pending.clear()
        workers.close()
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
        return
    _disable(failures)
    yield from messages


def _alone(workers: Workers, task: tuple) -> tuple[Messages, Failures]:
    """A task run by itself; error messages for its files if it kills its worker again."""
    try:
        return workers.submit(task).result()
    except BrokenProcessPool:
        workers.close()
        return _lost(task), []


def _disable(failures: Failures) -> None:
    """Disable here the plugins a worker disabled; one failure each (every worker meets its own)."""
    for plugin, stage, error in failures:
        if not any(f.plugin == plugin and f.disabled for f in plugins.plugin_failures()):
            plugins.disable(plugin, stage, error)


def _lost(task: tuple) -> Messages:
    """Error messages for the files of a task that killed the worker running it."""
    reason = (
        "a worker process died while reading it (killed, or out of memory); run the command again to retry"
    )
    function, arguments = task
    if function is _prepare_records:
        return [("error", arguments[1], reason)]
    return [("error", index, reason) for index, _path, _reader_name in arguments[0]]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
