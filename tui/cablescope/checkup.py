"""What ``cablescope library --check`` looks for, and the list of sources kept beside a library.

``find_problems`` reads a library's tables and reports each mismatch as a ``Problem`` of one
line: the SQLite file's integrity, the cables against the file records, the full-text rows
against the cables, the facts, tags and references against the cables. ``Store.repair``
mends them. The checks are queries, not a re-reading of every cable, so they take seconds
on a large library.

The *sources list* (``LIBRARY.sources.json``) names every file the library holds readings
of. Each write run that changes which files those are rewrites it, so that a library whose
file is damaged beyond reading (truncated, say) can be rebuilt from the files still on disk.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

MAX_DAMAGE_LINES = 10
"""Lines of ``PRAGMA integrity_check`` reported (it can list thousands of pages)."""


@dataclass(frozen=True)
class Problem:
    """One mismatch in a library: what kind, a line for the user, and the source file whose
    cables are to be read again to mend it (when reading a file again is the mend)."""

    kind: str
    detail: str
    path: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {"kind": self.kind, "detail": self.detail, "path": self.path}


DAMAGED = "damaged"
FILE_RECORD = "file-record"
UNRECORDED = "unrecorded"
LOST_CABLE = "lost-cable"
NO_SOURCE = "no-source"
SEARCH_INDEX = "search-index"
DERIVED = "derived"


DERIVED_TABLES = (("cable_facts", "cable_id"), ("cable_tags", "cable_id"), ("refs", "citing"))
"""Tables of rows derived from a cable, with the column naming the cable."""


def find_problems(db: sqlite3.Connection) -> list[Problem]:
    """Every mismatch found in the library open on ``db``; a damaged file stops the other checks
    (their answers could not be trusted)."""
    damage = _damage(db)
    if damage:
        return damage
    try:
        return [*_records(db), *_cables(db), *_search_index(db), *_derived(db)]
    except sqlite3.DatabaseError as error:
        return [Problem(DAMAGED, f"the library file is damaged: {error}")]


def _damage(db: sqlite3.Connection) -> list[Problem]:
    try:
        lines = [row[0] for row in db.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as error:
        return [Problem(DAMAGED, f"the library file is damaged: {error}")]
    if lines == ["ok"]:
        return []
    return [Problem(DAMAGED, f"the library file is damaged: {line}") for line in lines[:MAX_DAMAGE_LINES]]


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def _records(db: sqlite3.Connection) -> list[Problem]:
    """File records against the readings the library holds of each file."""
    problems = []
    for path, recorded, held in db.execute(
        "SELECT f.path, f.cables, (SELECT count(*) FROM sources s WHERE s.path = f.path) FROM files f "
        "ORDER BY f.path"
    ):
        if recorded != held:
            problems.append(
                Problem(
                    FILE_RECORD,
                    f"{path}: its record counts {_plural(recorded, 'cable')}, the library holds {held:,}",
                    path,
                )
            )
    for path, held in db.execute(
        "SELECT path, count(*) FROM sources WHERE path != '' AND path NOT IN (SELECT path FROM files) "
        "GROUP BY path ORDER BY path"
    ):
        problems.append(
            Problem(
                UNRECORDED,
                f"{path}: {_plural(held, 'cable')} held from a file with no record (an interrupted run)",
                path,
            )
        )
    return problems


def _cables(db: sqlite3.Connection) -> list[Problem]:
    """Readings whose cable row is gone, and cables left with no reading."""
    problems = [
        Problem(LOST_CABLE, f"{path}: {_plural(n, 'reading')} of a cable the library no longer holds", path)
        for path, n in db.execute(
            "SELECT s.path, count(*) FROM sources s WHERE NOT EXISTS "
            "(SELECT 1 FROM cables c WHERE c.id = s.cable_id) GROUP BY s.path ORDER BY s.path"
        )
    ]
    problems += [
        Problem(NO_SOURCE, f"{reference_id}: a cable with no reading of any file")
        for (reference_id,) in db.execute(
            "SELECT reference_id FROM cables c WHERE NOT EXISTS "
            "(SELECT 1 FROM sources s WHERE s.cable_id = c.id) ORDER BY reference_id"
        )
    ]
    return problems


def _search_index(db: sqlite3.Connection) -> list[Problem]:
    """The full-text rows against the cables: one body row per cable, appendix rows only for cables."""
    # FTS5's own 'integrity-check' is an INSERT: it would need a writable connection and wait
    # for a running index run. Its shadow tables' structure is in PRAGMA integrity_check.
    problems = []
    unindexed = db.execute(
        "SELECT count(*) FROM (SELECT id FROM cables EXCEPT SELECT rowid FROM fts)"
    ).fetchone()
    if unindexed[0]:
        problems.append(
            Problem(SEARCH_INDEX, f"{_plural(unindexed[0], 'cable')} missing from the search index")
        )
    for table in ("fts", "fts_appendix"):
        extra = db.execute(
            f"SELECT count(*) FROM (SELECT rowid FROM {table} EXCEPT SELECT id FROM cables)"
        ).fetchone()[0]
        if extra:
            problems.append(Problem(SEARCH_INDEX, f"{_plural(extra, 'search row')} ({table}) for no cable"))
    return problems


def _derived(db: sqlite3.Connection) -> list[Problem]:
    """Facts, tags and references against the cables they describe."""
    problems = []
    for (table, column), what in zip(DERIVED_TABLES, ("fact", "tag", "reference"), strict=True):
        orphans = db.execute(
            f"SELECT count(*) FROM {table} t "
            f"WHERE NOT EXISTS (SELECT 1 FROM cables c WHERE c.id = t.{column})"
        ).fetchone()[0]
        if orphans:
            problems.append(
                Problem(DERIVED, f"{_plural(orphans, what + ' row')} of cables the library no longer holds")
            )
    missing = db.execute(
        "SELECT reference_id FROM cables c WHERE facts IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM cable_facts f WHERE f.cable_id = c.id) ORDER BY reference_id"
    ).fetchall()
    problems += [
        Problem(DERIVED, f"{reference_id}: facts stored but not counted") for (reference_id,) in missing
    ]
    unknown = db.execute(
        "SELECT count(*) FROM cable_facts f "
        "WHERE NOT EXISTS (SELECT 1 FROM fact_keys k WHERE k.id = f.key_id)"
    ).fetchone()[0]
    if unknown:
        problems.append(Problem(DERIVED, f"{_plural(unknown, 'fact count')} for no known fact"))
    return problems


# -- the sources list ------------------------------------------------------------------------------


def sources_list_path(library: Path) -> Path:
    return library.with_name(library.name + ".sources.json")


def save_sources_list(library: Path, paths: list[str]) -> None:
    """Write the sources list atomically (a temporary file renamed over the old one)."""
    target = sources_list_path(library)
    temporary = target.with_name(target.name + f".{os.getpid()}.tmp")
    temporary.write_text(json.dumps(sorted(paths), ensure_ascii=False, indent=0), encoding="utf-8")
    os.replace(temporary, target)


def load_sources_list(library: Path) -> list[str]:
    """The files the sources list names (none when it is missing or unreadable)."""
    try:
        paths = json.loads(sources_list_path(library).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [p for p in paths if isinstance(p, str)] if isinstance(paths, list) else []
