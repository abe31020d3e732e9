"""Writing the library: cable readings in, readings and cables out, file records, tidying.

These are the primitives an indexing run (``cablescope.ingest``) is made of; each call
writes in the caller's transaction (``transaction()``) unless it says otherwise, and a
write run holds ``writing()`` from start to end.

Crash safety: every batch is one transaction, and a file's ``files`` row is written
in the same transaction as its last batch. A killed run leaves whole batches; the
rerun sees no ``files`` row for the interrupted file, reads it again and upserts by
reference id, so nothing is lost or doubled. A file counts as unchanged only when the
library holds as many readings from it as its row says.

One writer at a time: every write run holds the library's write lock
(``cablescope.writelock``) from start to end. Runs interleaved batch by batch would
each remove, as stale, the readings the other had just written.

A cable read from several files is merged (``MERGE_FIELDS``); the merged cable's facts are
found again by the ``facts_of`` the writer is given, so the store never loads a plugin.

Facts may follow their cables: an indexing run writes cables with ``facts_of=None`` (listed in
``facts_pending``, searchable at once), then finds the facts of ``facts_to_find`` and stores
them with ``set_facts``, each in a transaction of its own (``cablescope.ingest.facts``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from cablescope.checkup import (
    DAMAGED,
    DERIVED_TABLES,
    LOST_CABLE,
    NO_SOURCE,
    SEARCH_INDEX,
    Problem,
    find_problems,
    save_sources_list,
    sources_list_path,
)
from cablescope.store.connection import Connection
from cablescope.store.rows import (
    Derived,
    FactCount,
    FactsOf,
    Row,
    count_facts,
    derive,
    fts_values,
    load_facts,
    pack_facts,
    unpack,
)
from cablescope.store.schema import reindex_text

if TYPE_CHECKING:
    from cablescope.store.report import IndexReport

# Which reading of a cable supplies its text and metadata when several sources hold it:
# the cable-viewer page and the CSV state every field, plain text states most, a Scoop
# page lacks the banner, TAGS and SUBJECT, so its metadata is partly derived.
SOURCE_RANK = {"wikileaks-html": 4, "csv": 3, "text": 2, "scoop": 1}

# Fields a secondary source may fill in when the primary one lacks them.
MERGE_FIELDS = (
    "created",
    "origin",
    "classification",
    "precedence",
    "subject",
    "tags",
    "references",
    "classified_by",
    "classified_by_title",
    "reasons",
    "declassify_on",
    "declassify_raw",
    "summary",
    "signers",
    "recipients",
    "info_recipients",
)

PackedFacts = tuple[bytes | None, list[FactCount]]
"""A cable's facts as stored (``pack_facts``)."""

FileRecord = tuple[int, int, str, int]
"""What the library recorded of an indexed file: (size, mtime_ns, sha256, cables)."""


class RowsRefused(Exception):
    """A batch of rows that could not be stored (none of it was): the cable that failed and why."""

    def __init__(self, reference_id: str, cause: Exception) -> None:
        super().__init__(reference_id, cause)
        self.reference_id = reference_id
        self.cause = cause


class Writes(Connection):
    """The library's write primitives."""

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the library's write lock for a whole write run (nested calls share it), and
        this connection's lock: other threads' calls wait for the run."""
        with super().writing(), self._lock:
            yield

    def start_run(self) -> int:
        """A new run number (in a transaction of its own): readings a run writes carry it, so
        that those of a file it did not write again are known as stale."""
        self._fact_key_ids.clear()
        with self.transaction():
            return self._next_run()

    def _next_run(self) -> int:
        row = self._db.execute("SELECT value FROM meta WHERE key = 'run'").fetchone()
        run = int(row[0]) + 1 if row else 1
        self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('run', ?)", (str(run),))
        return run

    def add_run(self) -> int:
        """The run number of this connection's writes of single cables, taken on first use
        (in the caller's transaction)."""
        if self._run is None:
            self._run = self._next_run()
        return self._run

    def upsert(self, row: Row, run: int, facts_of: FactsOf | None) -> str:
        """Write one cable reading; returns "added" or "updated". With ``facts_of`` None the
        cable's facts are left to find (``facts_pending``) and the row's are not written."""
        db = self._db
        rank = SOURCE_RANK.get(row.format or "", 0)
        existing = db.execute("SELECT id FROM cables WHERE reference_id = ?", (row.reference_id,)).fetchone()
        if existing is None:
            cable_id = self._write_derived(None, row.reference_id, row.derived, None, _facts(row, facts_of))
            db.execute(
                "INSERT INTO sources (cable_id, path, row, format, sha256, rank, run, body) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (cable_id, row.path, row.row, row.format, row.sha256, rank, run, row.blob),
            )
            return "added"
        cable_id = existing[0]
        self._clear_derived(cable_id)
        db.execute(
            "INSERT INTO sources (cable_id, path, row, format, sha256, rank, run, body) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (cable_id, path) DO UPDATE SET "
            "row = excluded.row, format = excluded.format, sha256 = excluded.sha256, "
            "rank = excluded.rank, run = excluded.run, body = excluded.body",
            (cable_id, row.path, row.row, row.format, row.sha256, rank, run, row.blob),
        )
        self._rebuild(cable_id, facts_of, fresh=row)
        return "updated"

    def _rebuild(self, cable_id: int, facts_of: FactsOf | None, fresh: Row | None = None) -> None:
        """Recompute a cable's row and derived data from its sources (derived data already cleared);
        its facts with ``facts_of``, or left to find when None."""
        sources = self._db.execute(
            "SELECT id, path, rank, body FROM sources WHERE cable_id = ? ORDER BY rank DESC, id DESC",
            (cable_id,),
        ).fetchall()
        _, primary_path, _, primary_blob = sources[0]
        if len(sources) == 1 and fresh is not None and fresh.path == primary_path:
            # The usual case, a cable read again from its only file: nothing to merge.
            self._write_derived(cable_id, None, fresh.derived, None, _facts(fresh, facts_of))
            return
        from cablescope.model import Cable  # here: opening a library (for a search) builds no model

        primary = unpack(primary_blob)
        merged: dict[str, Any] = {}
        for _, _, _, blob in sources[1:]:
            other = unpack(blob)
            for name in MERGE_FIELDS:
                if not primary.get(name) and not merged.get(name) and other.get(name):
                    merged[name] = other[name]
        cable = Cable.model_validate({**primary, **merged})
        facts = pack_facts(facts_of(cable)) if facts_of is not None else None
        self._write_derived(cable_id, None, derive(cable), merged or None, facts)

    def _write_derived(
        self,
        cable_id: int | None,
        reference_id: str | None,
        derived: Derived,
        merged: dict[str, Any] | None,
        facts: PackedFacts | None,
    ) -> int:
        """Write the cable row (a new one when ``cable_id`` is None) and its derived rows, its
        facts too unless they are left to find (None); returns its id."""
        db = self._db
        facts_blob = facts[0] if facts is not None else None
        values = (*derived.columns, json.dumps(merged, ensure_ascii=False) if merged else None, facts_blob)
        if cable_id is None:
            cable_id = db.execute(
                "INSERT INTO cables (created, origin, origin_key, origin_place, classification, level, "
                "subject, tags, merged, facts, reference_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, reference_id),
            ).lastrowid
            assert cable_id is not None  # an INSERT into a rowid table always gives one
        else:
            db.execute(
                "UPDATE cables SET created = ?, origin = ?, origin_key = ?, origin_place = ?, "
                "classification = ?, level = ?, subject = ?, tags = ?, merged = ?, facts = ? WHERE id = ?",
                (*values, cable_id),
            )
            if facts is not None:
                db.execute("DELETE FROM facts_pending WHERE cable_id = ?", (cable_id,))
        if facts is None:
            db.execute("INSERT OR IGNORE INTO facts_pending (cable_id) VALUES (?)", (cable_id,))
        else:
            self._count_facts(cable_id, facts[1])
        db.execute(
            "INSERT INTO fts (rowid, body, subject, header) VALUES (?, ?, ?, ?)", (cable_id, *derived.fts)
        )
        if derived.appendix:
            db.execute(
                "INSERT INTO fts_appendix (rowid, appendix) VALUES (?, ?)", (cable_id, derived.appendix)
            )
        if derived.tags:
            db.executemany(
                "INSERT OR IGNORE INTO cable_tags (tag, cable_id) VALUES (?, ?)",
                [(tag, cable_id) for tag in derived.tags],
            )
        if derived.references:
            db.executemany(
                "INSERT OR IGNORE INTO refs (cited, citing) VALUES (?, ?)",
                [(r, cable_id) for r in derived.references],
            )
        return cable_id

    def _count_facts(self, cable_id: int, fact_counts: list[FactCount]) -> None:
        if fact_counts:
            self._db.executemany(
                "INSERT OR REPLACE INTO cable_facts (key_id, cable_id, mentions, appendix) "
                "VALUES (?, ?, ?, ?)",
                [
                    (self._fact_key_id(kind, key, alias), cable_id, own, appendix)
                    for kind, key, alias, own, appendix in fact_counts
                ],
            )

    def facts_to_find(self, after: int, limit: int) -> list[tuple[int, str, bytes, str | None]]:
        """Up to ``limit`` cables whose facts are pending, by id above ``after``: (id, reference
        id, primary reading as stored, fields merged from other readings as JSON)."""
        return self._db.execute(
            "SELECT p.cable_id, c.reference_id, (SELECT body FROM sources s WHERE s.cable_id = p.cable_id "
            "ORDER BY rank DESC, id DESC LIMIT 1), c.merged FROM facts_pending p "
            "JOIN cables c ON c.id = p.cable_id WHERE p.cable_id > ? ORDER BY p.cable_id LIMIT ?",
            (after, limit),
        ).fetchall()

    def set_facts(self, cable_id: int, facts: PackedFacts) -> None:
        """Store the facts found for a cable whose facts were pending (in the caller's transaction)."""
        db = self._db
        db.execute("UPDATE cables SET facts = ? WHERE id = ?", (facts[0], cable_id))
        db.execute("DELETE FROM cable_facts WHERE cable_id = ?", (cable_id,))
        self._count_facts(cable_id, facts[1])
        db.execute("DELETE FROM facts_pending WHERE cable_id = ?", (cable_id,))

    def facts_found_empty(self) -> None:
        """Settle every pending cable as having no facts (no plugin finds any; in the caller's
        transaction): what a run without fact plugins writes for the cables it indexes."""
        self._db.execute("DELETE FROM facts_pending")

    def _fts_delete(self, cable_id: int, doc: dict[str, Any]) -> None:
        """Take a cable out of the contentless FTS tables, which needs the very texts it went in with."""
        body, subject, header, appendix = fts_values(doc)
        self._db.execute(
            "INSERT INTO fts (fts, rowid, body, subject, header) VALUES ('delete', ?, ?, ?, ?)",
            (cable_id, body, subject, header),
        )
        if appendix:
            self._db.execute(
                "INSERT INTO fts_appendix (fts_appendix, rowid, appendix) VALUES ('delete', ?, ?)",
                (cable_id, appendix),
            )

    def _clear_derived(self, cable_id: int) -> None:
        db = self._db
        doc = self._load_doc(cable_id)
        self._fts_delete(cable_id, doc)
        db.execute(
            "DELETE FROM cable_tags WHERE cable_id = ? AND tag IN (SELECT value FROM json_each(?))",
            (cable_id, json.dumps(list(dict.fromkeys(doc.get("tags") or ())))),
        )
        db.execute("DELETE FROM refs WHERE citing = ?", (cable_id,))
        db.execute("DELETE FROM cable_facts WHERE cable_id = ?", (cable_id,))

    def remove_source(self, source_id: int, cable_id: int, facts_of: FactsOf) -> bool:
        """Drop one source; returns True when the cable went with it (no source left)."""
        self._clear_derived(cable_id)
        self._db.execute("DELETE FROM sources WHERE id = ?", (source_id,))
        left = self._db.execute("SELECT count(*) FROM sources WHERE cable_id = ?", (cable_id,)).fetchone()[0]
        if left:
            self._rebuild(cable_id, facts_of)
            return False
        self._db.execute("DELETE FROM cables WHERE id = ?", (cable_id,))
        self._db.execute("DELETE FROM facts_pending WHERE cable_id = ?", (cable_id,))
        return True

    def remove_stale(self, path: str, run: int | None, facts_of: FactsOf) -> tuple[int, int]:
        """Remove the sources of ``path`` not written by ``run`` (all of them for None): (removed,
        updated)."""
        if run is None:
            stale = self._db.execute("SELECT id, cable_id FROM sources WHERE path = ?", (path,)).fetchall()
        else:
            stale = self._db.execute(
                "SELECT id, cable_id FROM sources WHERE path = ? AND run != ?", (path, run)
            ).fetchall()
        removed = sum(self.remove_source(sid, cid, facts_of) for sid, cid in stale)
        return removed, len(stale) - removed

    def write_rows(self, rows: list[Row], run: int, facts_of: FactsOf | None) -> dict[str, int]:
        """Upsert rows under a savepoint: the counts of added and updated. ``RowsRefused``
        (none of them written) when one cannot be stored; a failing database raises as it is."""
        outcomes = {"added": 0, "updated": 0}
        row = rows[0]
        self._db.execute("SAVEPOINT rows")
        try:
            for row in rows:
                outcomes[self.upsert(row, run, facts_of)] += 1
        except sqlite3.OperationalError:
            raise  # the database itself is failing (disk full, locked): stop
        except Exception as error:  # noqa: BLE001 - one cable that cannot be stored fails its file only
            self._db.execute("ROLLBACK TO rows")
            self._db.execute("RELEASE rows")
            self._fact_key_ids.clear()  # keys made under the savepoint are gone
            raise RowsRefused(row.reference_id, error) from error
        self._db.execute("RELEASE rows")
        return outcomes

    def held_from(self, path: str) -> int:
        """How many cables the library holds a reading of from ``path``."""
        return self._db.execute("SELECT count(*) FROM sources WHERE path = ?", (path,)).fetchone()[0]

    def file_record(self, path: str) -> FileRecord | None:
        """The record of an indexed file, or None."""
        return self._db.execute(
            "SELECT size, mtime_ns, sha256, cables FROM files WHERE path = ?", (path,)
        ).fetchone()

    def touch_file(self, path: str, size: int, mtime_ns: int) -> None:
        """Record a new size and time for a file whose content is unchanged (its own transaction)."""
        with self.transaction():
            self._db.execute("UPDATE files SET size = ?, mtime_ns = ? WHERE path = ?", (size, mtime_ns, path))

    def record_file(self, path: str, size: int, mtime_ns: int, sha256: str) -> None:
        """Record a file as indexed. The record counts what the library holds of the file (a
        cable read twice from it is held once), which is what "unchanged" checks."""
        self._db.execute(
            "INSERT OR REPLACE INTO files (path, size, mtime_ns, sha256, cables, indexed_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                path,
                size,
                mtime_ns,
                sha256,
                self.held_from(path),
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )

    def forget_file(self, path: str, facts_of: FactsOf) -> tuple[int, int]:
        """Remove every reading from ``path`` and its record (in a transaction of its own):
        (cables removed, cables updated)."""
        with self.transaction():
            removed, updated = self.remove_stale(path, None, facts_of)
            self._db.execute("DELETE FROM files WHERE path = ?", (path,))
        return removed, updated

    def cable_total(self) -> int:
        """How many cables the library holds (uncached)."""
        return self._db.execute("SELECT count(*) FROM cables").fetchone()[0]

    def defer_merges(self) -> None:
        """Have the search index stop merging its segments as cables are written, until ``tidy``
        (its own transaction): through a big load those merges are work that ``tidy``'s
        'optimize' does again. FTS5 keeps the setting in the library, so a killed run leaves
        it, and the next ``tidy`` undoes it."""
        with self.transaction():
            self._db.execute("INSERT INTO fts (fts, rank) VALUES ('automerge', 0)")

    def _resume_merges(self) -> None:
        """Undo ``defer_merges``, if in force (its own transaction): FTS5's default (4) again, and
        no setting stored, as in a library where merges were never deferred."""
        if self._db.execute("SELECT 1 FROM fts_config WHERE k = 'automerge'").fetchone():
            with self.transaction():
                self._db.execute("INSERT INTO fts (fts, rank) VALUES ('automerge', 4)")
                self._db.execute("DELETE FROM fts_config WHERE k = 'automerge'")

    def tidy(self, changed: int, cables: int) -> None:
        """After ``changed`` cables were written or removed: merge the search index's segments
        (and have it merge them as it is written again) and give freed pages back to the file
        system."""
        self._resume_merges()
        if not changed:
            return
        # Merging segments after a big load keeps queries fast; a small update only tidies.
        with self.transaction():
            if changed * 10 >= cables:
                self._db.execute("INSERT INTO fts (fts) VALUES ('optimize')")
                self._db.execute("INSERT INTO fts_appendix (fts_appendix) VALUES ('optimize')")
            else:
                self._db.execute("INSERT INTO fts (fts, rank) VALUES ('merge', 500)")
        # executescript steps the pragma to the end (execute frees one page per step).
        self._db.executescript("PRAGMA incremental_vacuum;")

    def save_sources_list(self, *, changed: bool = True) -> None:
        """Write the list of the library's files kept beside it (``cablescope.checkup``); with
        ``changed`` false, only when there is none yet."""
        if not changed and sources_list_path(self.path).exists():
            return
        paths = [
            path
            for (path,) in self._db.execute(
                "SELECT path FROM files UNION SELECT DISTINCT path FROM sources WHERE path != ''"
            )
        ]
        save_sources_list(self.path, paths)

    def set_meta(self, key: str, value: str) -> None:
        with self.writing(), self.transaction():
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def remove_cables(self, reference_ids: Iterable[str]) -> list[str]:
        """Remove cables with every reading of them; returns the reference ids removed (those
        held). The files they were read from keep their records, each counting the cables it
        still gives, so an incremental run does not bring a removed cable back (a changed file,
        read again, does)."""
        removed: list[str] = []
        with self.writing():
            with self.transaction():
                for reference_id in reference_ids:
                    cable_id = self._cable_id(reference_id)
                    if cable_id is None:
                        continue
                    row = self._db.execute("SELECT reference_id FROM cables WHERE id = ?", (cable_id,))
                    removed.append(row.fetchone()[0])
                    self._clear_derived(cable_id)
                    self._db.execute(
                        "UPDATE files SET cables = cables - 1 WHERE path IN "
                        "(SELECT path FROM sources WHERE cable_id = ?)",
                        (cable_id,),
                    )
                    self._db.execute("DELETE FROM sources WHERE cable_id = ?", (cable_id,))
                    self._db.execute("DELETE FROM cables WHERE id = ?", (cable_id,))
                    self._db.execute("DELETE FROM facts_pending WHERE cable_id = ?", (cable_id,))
            self.tidy(len(removed), self.cable_total())
        return removed

    def remove_files(self, paths: Iterable[str], facts_of: FactsOf) -> IndexReport:
        """Forget indexed files (see ``indexed_under``): their readings and records. A cable also
        read from another file stays, from that file (its facts found again by ``facts_of``)."""
        from cablescope.store.report import IndexReport

        report = IndexReport()
        with self.writing():
            for path in paths:
                removed, updated = self.forget_file(path, facts_of)
                report.removed += removed
                report.updated += updated
                report.files_removed += 1
            self.save_sources_list()
            report.cables = self.cable_total()
            self.tidy(report.removed + report.updated, report.cables)
        return report

    def mend(self) -> list[Problem]:
        """The part of a repair that needs no file: drop rows of cables the library no longer
        holds, count facts not counted, and rebuild the search index when it does not match the
        cables. Returns what a check found before; ``sqlite3.DatabaseError`` when the file
        itself is damaged (see ``cablescope.ingest.rebuild``)."""
        with self.writing():
            found = find_problems(self._db)
            if any(p.kind == DAMAGED for p in found):
                raise sqlite3.DatabaseError(found[0].detail)
            db = self._db
            with self.transaction():
                db.execute("DELETE FROM sources WHERE cable_id NOT IN (SELECT id FROM cables)")
                orphans = db.execute(
                    "SELECT id FROM cables c "
                    "WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.cable_id = c.id)"
                ).fetchall()
                db.executemany("DELETE FROM cables WHERE id = ?", orphans)
                db.execute("DELETE FROM facts_pending WHERE cable_id NOT IN (SELECT id FROM cables)")
                for table, column in DERIVED_TABLES:
                    db.execute(f"DELETE FROM {table} WHERE {column} NOT IN (SELECT id FROM cables)")
                db.execute("DELETE FROM cable_facts WHERE key_id NOT IN (SELECT id FROM fact_keys)")
                self._recount_missing_facts()
            if any(p.kind in (SEARCH_INDEX, LOST_CABLE, NO_SOURCE) for p in found):
                with self.transaction():
                    db.execute("INSERT INTO fts (fts) VALUES ('delete-all')")
                    db.execute("INSERT INTO fts_appendix (fts_appendix) VALUES ('delete-all')")
                    reindex_text(db)
        return found

    def settle_records(self, paths: Iterable[str]) -> None:
        """Make the records of files that cannot be read again count what the library holds."""
        with self.writing(), self.transaction():
            self._db.executemany(
                "UPDATE files SET cables = (SELECT count(*) FROM sources s WHERE s.path = files.path) "
                "WHERE path = ?",
                [(path,) for path in paths],
            )

    def _recount_missing_facts(self) -> None:
        """Count again the facts of cables whose fact list is stored but not counted."""
        for cable_id, blob in self._db.execute(
            "SELECT id, facts FROM cables c WHERE facts IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM cable_facts f WHERE f.cable_id = c.id)"
        ).fetchall():
            self._db.executemany(
                "INSERT OR REPLACE INTO cable_facts (key_id, cable_id, mentions, appendix) "
                "VALUES (?, ?, ?, ?)",
                [
                    (self._fact_key_id(kind, key, alias), cable_id, own, appendix)
                    for kind, key, alias, own, appendix in count_facts(load_facts(blob))
                ],
            )


def _facts(row: Row, facts_of: FactsOf | None) -> PackedFacts | None:
    """The facts a reading came with, or None when they are left to find."""
    return (row.facts_blob, row.fact_counts) if facts_of is not None else None
