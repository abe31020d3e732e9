"""Mending a library: ``repair`` what a check finds, ``rebuild`` a damaged file from its sources."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cablescope.checkup import Problem, load_sources_list
from cablescope.ingest.run import ProgressCallback, index
from cablescope.store import IndexReport, Store
from cablescope.writelock import Holder, write_lock


@dataclass
class RepairReport:
    """What ``repair`` found and did."""

    found: list[Problem]
    reread: list[str]
    """Files read again to restore cables the library lost."""
    gone: list[str]
    """Files that would have been read again but are no longer on disk."""
    indexed: IndexReport
    left: list[Problem]
    """What a check still finds afterwards."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "found": [p.as_dict() for p in self.found],
            "reread": self.reread,
            "gone": self.gone,
            "indexed": self.indexed.model_dump(mode="json"),
            "left": [p.as_dict() for p in self.left],
        }


@dataclass
class RebuildReport:
    """What ``rebuild`` did with a library whose file was damaged."""

    kept_at: Path
    """Where the damaged file now is."""
    sources: list[str]
    """The files the damaged library held, as far as they could be learnt."""
    indexed: IndexReport

    def as_dict(self) -> dict[str, Any]:
        return {
            "kept_at": str(self.kept_at),
            "sources": self.sources,
            "indexed": self.indexed.model_dump(mode="json"),
        }


def repair(store: Store, *, progress: ProgressCallback | None = None) -> RepairReport:
    """Mend what ``Store.check`` finds, unless the file itself is damaged (see ``rebuild``):
    drop rows of cables the library no longer holds, rebuild the search index when it does not
    match the cables, and read again the files whose cables are not all held."""
    with store.writing():
        found = store.mend()
        paths = sorted({p.path for p in found if p.path})
        present = [path for path in paths if os.path.isfile(path)]
        gone = [path for path in paths if path not in present]
        # Nothing to read them again from: the records count what is held.
        store.settle_records(gone)
        indexed = index(store, present, progress=progress)
        return RepairReport(found=found, reread=present, gone=gone, indexed=indexed, left=store.check())


def rebuild(
    path: Path,
    *,
    progress: ProgressCallback | None = None,
    wait: bool = True,
    on_wait: Callable[[Holder], None] | None = None,
) -> RebuildReport:
    """Rebuild a library whose file is damaged beyond mending, from its sources still on disk.

    The damaged file (and its write-ahead log) is kept aside as ``LIBRARY.damaged-TIME``; a
    new library takes its place, and the files of its sources list, with any paths the
    damaged file still gives, are indexed into it. Holds the write lock throughout.
    """
    path = Path(path)
    lock = write_lock(path)
    lock.acquire(wait=wait, on_wait=on_wait)
    try:
        sources = set(load_sources_list(path)) | _readable_paths(path)
        kept_at = path.with_name(f"{path.name}.damaged-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S')}")
        os.replace(path, kept_at)
        for suffix in ("-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                os.replace(companion, kept_at.with_name(kept_at.name + suffix))
        with Store(path) as store:
            indexed = index(store, sorted(p for p in sources if os.path.isfile(p)), progress=progress)
            missing = [p for p in sorted(sources) if not os.path.isfile(p)]
            indexed.failed += [(p, "no longer on disk: its cables cannot be restored") for p in missing]
    finally:
        lock.release()
    return RebuildReport(kept_at=kept_at, sources=sorted(sources), indexed=indexed)


def _readable_paths(path: Path) -> set[str]:
    """The source paths a damaged library still gives (none when its tables cannot be read)."""
    found: set[str] = set()
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return found
    try:
        for sql in ("SELECT path FROM files", "SELECT DISTINCT path FROM sources WHERE path != ''"):
            try:
                found.update(row[0] for row in db.execute(sql))
            except sqlite3.DatabaseError:
                continue
    finally:
        db.close()
    return found
