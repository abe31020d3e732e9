"""The corpus index: one SQLite file holding every cable, its sources, facts and a full-text index.

Layout (``SCHEMA`` below):

- ``cables``: one row per reference id, metadata in indexed columns and the fields
  that secondary sources filled in. The *primary* source, whose text is searched and
  shown, is the cable's source of highest rank (``SOURCE_RANK``), the latest on a tie.
- ``sources``: one row per (cable, file); each holds that reading of the cable as
  zstd-compressed JSON (``cablescope.ingest.pack``).
- ``fts``: a contentless FTS5 table, one row per cable (``rowid = cables.id``) with
  columns body (the paragraphs), subject and header (the text above the first paragraph:
  routing, TAGS, REF, Classified By lines); ``fts_appendix`` holds republishers'
  appendices apart, so default searches need no (slow) column filter to leave them out.
  Contentless keeps the file small; the few texts a result page needs come from ``sources``.
- ``files``: size, mtime and sha256 of every indexed file, written when a file is done,
  which is what makes indexing incremental and restartable after a kill.
- ``cable_tags``, ``refs`` (citing → cited) and ``fact_keys``/``cable_facts`` (which
  cables have which fact, with mention counts in the cable's own text and, apart, in a
  republisher's appendix; a key's acronym, from ``Fact.data["acronym"]``, is kept folded
  beside it). Each cable's full fact list is kept compressed on its row.

Crash safety: every batch is one transaction, and a file's ``files`` row is written
in the same transaction as its last batch. A killed run leaves whole batches; the
rerun sees no ``files`` row for the interrupted file, reads it again and upserts by
reference id, so nothing is lost or doubled. A file counts as unchanged only when the
library holds as many readings from it as its row says.

One writer at a time: every write run holds the library's write lock
(``cablescope.writelock``) from start to end. Runs interleaved batch by batch would
each remove, as stale, the readings the other had just written.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from rich.text import Text

from cablescope.annotations import Fact
from cablescope.checkup import (
    DAMAGED,
    DERIVED_TABLES,
    LOST_CABLE,
    NO_SOURCE,
    SEARCH_INDEX,
    Problem,
    find_problems,
    load_sources_list,
    save_sources_list,
    sources_list_path,
)
from cablescope.excerpts import SCANNED_CHARS, head
from cablescope.ingest import (
    BATCH_CABLES,
    WORKER_MIN_BYTES,
    Derived,
    FactCount,
    Row,
    Workers,
    count_facts,
    derive,
    fact_rows,
    failure_reason,
    file_sha256,
    fts_values,
    load_facts,
    prepare,
    produce,
    unpack,
)
from cablescope.model import Cable, Source
from cablescope.query import Matcher, QueryError, parse_query, snippet, to_fts
from cablescope.readers import cable_files, not_regular
from cablescope.writelock import Holder, write_lock

__all__ = [
    "CableSummary",
    "IndexReport",
    "NotALibrary",
    "QueryError",
    "RebuildReport",
    "RepairReport",
    "SearchFilters",
    "SearchHit",
    "Store",
]

SCHEMA_VERSION = 4
APPLICATION_ID = 0x43424C53
"""``PRAGMA application_id`` of a cablescope library ("CBLS"): tells it from other SQLite files."""
LIBRARY_TABLES = frozenset({"meta", "cables", "sources", "files"})
READABLE_FROM = 3
"""The oldest format read as it is (3 differs from 4 only in how blobs are compressed)."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cables (
    id INTEGER PRIMARY KEY,
    reference_id TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL DEFAULT '',
    origin TEXT,
    origin_key TEXT,
    origin_place TEXT,
    classification TEXT,
    level TEXT,
    subject TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    merged TEXT,
    facts BLOB
);
CREATE INDEX IF NOT EXISTS cables_created ON cables (created, reference_id);
CREATE INDEX IF NOT EXISTS cables_origin ON cables (origin_key, created, reference_id);
CREATE INDEX IF NOT EXISTS cables_place ON cables (origin_place, created);
CREATE INDEX IF NOT EXISTS cables_classification ON cables \
(classification COLLATE NOCASE, created, reference_id);
CREATE INDEX IF NOT EXISTS cables_level ON cables (level, created);
CREATE INDEX IF NOT EXISTS cables_subject ON cables (subject COLLATE NOCASE, reference_id);
CREATE TABLE IF NOT EXISTS cable_tags (
    tag TEXT NOT NULL, cable_id INTEGER NOT NULL, PRIMARY KEY (tag, cable_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sources (
    id INTEGER PRIMARY KEY,
    cable_id INTEGER NOT NULL,
    path TEXT NOT NULL,
    row INTEGER,
    format TEXT,
    sha256 TEXT NOT NULL,
    rank INTEGER NOT NULL,
    run INTEGER NOT NULL,
    body BLOB NOT NULL,
    UNIQUE (cable_id, path)
);
CREATE INDEX IF NOT EXISTS sources_path ON sources (path, run);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    cables INTEGER NOT NULL,
    indexed_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS refs (
    cited TEXT NOT NULL, citing INTEGER NOT NULL, PRIMARY KEY (cited, citing)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS refs_citing ON refs (citing);
CREATE TABLE IF NOT EXISTS fact_keys (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, key TEXT NOT NULL, key_fold TEXT NOT NULL,
    alias_fold TEXT,
    UNIQUE (kind, key)
);
CREATE INDEX IF NOT EXISTS fact_keys_fold ON fact_keys (key_fold);
CREATE INDEX IF NOT EXISTS fact_keys_alias ON fact_keys (alias_fold);
CREATE TABLE IF NOT EXISTS cable_facts (
    key_id INTEGER NOT NULL, cable_id INTEGER NOT NULL, mentions INTEGER NOT NULL,
    appendix INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (key_id, cable_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS cable_facts_cable ON cable_facts (cable_id);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5 (
    body, subject, header, content='', tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS fts_appendix USING fts5 (
    appendix, content='', tokenize='unicode61 remove_diacritics 2'
);
"""

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

LEVELS = ("U", "SBU", "C", "S", "TS")
SORT_COLUMNS = {
    "date": ("c.created", "c.reference_id"),
    "reference_id": ("c.reference_id",),
    "origin": ("c.origin_key", "c.created", "c.reference_id"),
    "classification": ("c.classification COLLATE NOCASE", "c.created", "c.reference_id"),
    "subject": ("c.subject COLLATE NOCASE", "c.reference_id"),
}


def _sort_parts(sort: str, descending: bool, backwards: bool) -> list[tuple[str, tuple[str, ...], bool]]:
    """A list's order as consecutive parts, each (condition, sort columns, descending).

    By date, undated cables (partial extracts) follow the dated ones whichever way the dates
    run. As two parts each is still read along an index, where ``NULLS LAST`` would sort them
    all. ``backwards`` is the same order read from its end.
    """
    if sort not in SORT_COLUMNS:
        raise ValueError(f"cannot sort by {sort!r}: choose one of {', '.join(SORT_COLUMNS)}")
    if sort == "date":
        parts = [
            ("c.created > ''", SORT_COLUMNS["date"], descending),
            ("c.created = ''", ("c.reference_id",), descending),
        ]
    else:
        parts = [("", SORT_COLUMNS[sort], descending)]
    if backwards:
        return [(condition, columns, not part) for condition, columns, part in reversed(parts)]
    return parts


def _and(where: str, condition: str) -> str:
    """``where`` (a WHERE clause, or nothing) narrowed by ``condition`` (or by nothing)."""
    if not condition:
        return where
    return f"{where} AND {condition}" if where else f" WHERE {condition}"


STATS_BY = ("year", "month", "origin", "classification", "tag")
# bm25 weights per column (body, subject, header): a word in the subject counts for more.
BM25 = "bm25(fts, 1.0, 3.0, 0.5)"
MATCH_TABLES = 4
"""How many queries' match sets are kept as temporary tables for count, list and stats."""
RANK_LIMIT = 8000
"""Relevance is exact for up to this many matching cables; past it, the most recently indexed
RANK_LIMIT matches are ranked (bm25 costs a few microseconds per match, and a word found in
most of 250,000 cables would otherwise take a second)."""
SUMMARY_COLUMNS = "c.reference_id, c.created, c.origin, c.classification, c.subject, c.tags"

ProgressCallback = Callable[[int, int, int], None]


class CableSummary(BaseModel):
    """What a list of cables shows for each one."""

    reference_id: str
    created: datetime | None
    origin: str | None
    classification: str | None
    subject: str | None
    tags: list[str]


class SearchFilters(BaseModel):
    """Narrowing of a list or search; every field given must hold.

    ``origin`` matches the full origin or its place, case-insensitively ("Embassy
    Beijing", "beijing"). ``classification`` is a level (U, SBU, C, S, TS, or its name
    such as "secret", which includes SECRET//NOFORN) or, with ``//``, one exact
    classification: both read the banner. ``level`` (same values as a level
    ``classification``) keeps the cables with at least one paragraph marked at that
    level, as the markers plugin read the paragraph markings at index time (its
    ``marking`` facts), whatever the banner says. ``entity`` is a fact key ("Wen
    Jiabao") or a key's acronym ("IAEA"), case-insensitive; mentions in a republisher's
    appendix count only when a search includes the appendix. ``date_to`` is inclusive.
    """

    origin: str | None = None
    classification: str | None = None
    tag: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    entity: str | None = None
    reference_ids: list[str] | None = None
    level: str | None = None


class SearchHit(CableSummary):
    """One cable found by a search, with its best paragraph."""

    paragraph: int | None
    """Number of the paragraph that matched best (``None``: unnumbered text, the subject or appendix)."""
    snippet: str
    spans: list[tuple[int, int]]
    """Offsets of the matched words in ``snippet``."""
    score: float
    """bm25 score, lower is better, as SQLite gives it (0 when sorted by date)."""
    in_appendix: bool

    def snippet_text(self, style: str = "bold reverse") -> Text:
        """The snippet as Rich ``Text`` with the matches styled (no markup is interpreted)."""
        text = Text(self.snippet)
        for start, end in self.spans:
            text.stylize(style, start, end)
        return text


class IndexReport(BaseModel):
    """What an indexing run did. Cable counts, except ``failed`` (one entry per file)."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    """Cables in files skipped because they had not changed."""
    removed: int = 0
    failed: list[tuple[str, str]] = []
    skipped: list[tuple[str, str]] = []
    """Files in the folders given that are not cable documents (path, reason): passed over, not failed."""
    files_indexed: int = 0
    files_unchanged: int = 0
    files_removed: int = 0
    cables: int = 0
    """Cables in the index after the run."""


@dataclass
class RepairReport:
    """What ``Store.repair`` found and did."""

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


# -- the store --------------------------------------------------------------------------------


class Store:
    """A corpus index in one SQLite file. Safe to share between threads (calls are serialised)."""

    def __init__(
        self,
        path: str | Path,
        *,
        readonly: bool = False,
        wait: bool = True,
        on_wait: Callable[[Holder], None] | None = None,
        stop_waiting: Callable[[], bool] | None = None,
    ) -> None:
        """Open (or create) the library at ``path``. Every write run takes the library's write
        lock (``cablescope.writelock``); when another run holds it, ``wait`` says whether to
        wait (``on_wait`` is told who holds it, ``stop_waiting`` may give up) or raise
        ``LibraryBusy``."""
        self.path = Path(path)
        self.readonly = readonly
        self._write_lock = None if readonly else write_lock(self.path)
        self._lock_policy = {"wait": wait, "on_wait": on_wait, "stop": stop_waiting}
        self._lock = threading.RLock()
        self._fact_key_ids: dict[tuple[str, str], tuple[int, bool]] = {}
        """(kind, key) -> (fact_keys id, whether its acronym is recorded)."""
        self._count_cache: dict[str, tuple[int, int]] = {}
        self._match_tables: dict[tuple[str, bool], tuple[str, tuple[int, int]]] = {}
        self._table_serial = 0
        self._generation = 0
        """Bumped by each commit of ours: PRAGMA data_version only tells of other connections'."""
        self._run: int | None = None
        if readonly:
            if not self.path.exists():
                raise FileNotFoundError(f"no index at {self.path}")
            self._db = self._connect_readonly()
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.exists() and not os.access(self.path.parent, os.W_OK):
                # SQLite would say only "unable to open database file" (it cannot make the log).
                raise sqlite3.OperationalError(
                    "its folder cannot be written: the library can be read, not written"
                )
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA busy_timeout = 10000")
        try:
            mine = check_library(self._db, self.path)
        except sqlite3.DatabaseError:
            self._db.close()
            raise
        if readonly:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if 0 < version < READABLE_FROM and os.access(self.path, os.W_OK):
                # An index written by an earlier cablescope: upgrade it in place once, then read it.
                self._db.close()
                try:
                    Store(self.path).close()
                except sqlite3.Error as error:
                    raise sqlite3.DatabaseError(
                        f"index format {version}, not {SCHEMA_VERSION}, and upgrading it failed ({error}): "
                        "run `cablescope index` on it once to upgrade"
                    ) from None
                self._db = self._connect_readonly()
                self._db.execute("PRAGMA busy_timeout = 10000")
                version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if not READABLE_FROM <= version <= SCHEMA_VERSION:
                self._db.close()
                raise sqlite3.DatabaseError(
                    f"index format {version}, not {SCHEMA_VERSION}: "
                    "run `cablescope index` on it once to upgrade"
                    if 0 < version < SCHEMA_VERSION
                    else f"not a cablescope index (format {version})"
                )
        else:
            self._db.execute("PRAGMA synchronous = NORMAL")
            if self._db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION or not mine:
                # Creating or upgrading is a write run too: two at once on a new file would
                # race to set it up (journal mode, schema).
                with self.writing():
                    # Cable texts are stored as 1-10 KB blobs: big pages waste less space around them.
                    self._db.execute("PRAGMA page_size = 16384")
                    # FTS merges free whole segments at once: give those pages back to the file system.
                    self._db.execute("PRAGMA auto_vacuum = INCREMENTAL")
                    self._db.execute("PRAGMA journal_mode = WAL")
                    self._create_schema()
                    if not mine:
                        self._db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        self._db.execute("PRAGMA cache_size = -65536")
        self._db.execute("PRAGMA temp_store = MEMORY")

    def _connect_readonly(self) -> sqlite3.Connection:
        """A read-only connection. In a folder this process cannot write, SQLite cannot make the
        shared-memory file a WAL reader needs: the file is then read as it stands (immutable),
        which is safe because no writer can add a log beside it there either."""
        uri = f"file:{self.path}?mode=ro"
        db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA user_version").fetchone()
        except sqlite3.OperationalError:
            db.close()
            if os.access(self.path.parent, os.W_OK):
                raise
            db = sqlite3.connect(
                f"{uri}&immutable=1", uri=True, isolation_level=None, check_same_thread=False
            )
        return db

    def _create_schema(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise sqlite3.DatabaseError(
                f"{self.path} was written by a newer cablescope (index format {version})"
            )
        if version == SCHEMA_VERSION:
            return
        with self._lock, self._transaction():
            if version == 1:
                # Format 1 kept the appendix as a fourth column of fts: rebuild the text index.
                self._db.execute("DROP TABLE fts")
            if version in (1, 2):
                # Formats 1 and 2 counted appendix mentions as the cable's own and kept no acronyms.
                self._add_column("cable_facts", "appendix", "INTEGER NOT NULL DEFAULT 0")
                self._add_column("fact_keys", "alias_fold", "TEXT")
                # Their sort indexes lacked the last tie-breaker (reference id): made again below.
                self._db.execute("DROP INDEX IF EXISTS cables_classification")
                self._db.execute("DROP INDEX IF EXISTS cables_subject")
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)
            if version == 1:
                self._reindex_text()
            if version in (1, 2):
                self._recount_facts()
            # Format 4 writes zstd-compressed JSON where 3 wrote zlib; ``unpack`` and
            # ``load_facts`` read both, so format 3 rows stay as they are.
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _add_column(self, table: str, column: str, definition: str) -> None:
        present = {row[1] for row in self._db.execute(f"PRAGMA table_info({table})")}
        if column not in present:
            self._db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")

    def _recount_facts(self) -> None:
        """Fill in the fact counts of format 3 from the stored fact lists: appendix mentions
        apart from the cable's own, and the keys' acronyms. Only cables with appendix
        mentions have their rows rewritten."""
        aliases: dict[tuple[str, str], str] = {}
        last = 0
        while True:
            batch = self._db.execute(
                "SELECT id, facts FROM cables WHERE id > ? AND facts IS NOT NULL ORDER BY id LIMIT 500",
                (last,),
            ).fetchall()
            if not batch:
                break
            for cable_id, blob in batch:
                counts = count_facts(load_facts(blob))
                for kind, key, alias, _, _ in counts:
                    if alias is not None:
                        aliases.setdefault((kind, key), alias)
                if any(appendix for *_, appendix in counts):
                    self._db.execute("DELETE FROM cable_facts WHERE cable_id = ?", (cable_id,))
                    self._db.executemany(
                        "INSERT INTO cable_facts (key_id, cable_id, mentions, appendix) VALUES (?, ?, ?, ?)",
                        [
                            (self._fact_key_id(kind, key, alias), cable_id, own, appendix)
                            for kind, key, alias, own, appendix in counts
                        ],
                    )
            last = batch[-1][0]
        self._db.executemany(
            "UPDATE fact_keys SET alias_fold = ? WHERE kind = ? AND key = ?",
            [(alias, kind, key) for (kind, key), alias in aliases.items()],
        )

    def _reindex_text(self) -> None:
        """Fill the FTS tables again from the stored cables (after a change of their layout)."""
        ids = [row[0] for row in self._db.execute("SELECT id FROM cables ORDER BY id")]
        for cable_id in ids:
            body, subject, header, appendix = fts_values(self._load_doc(cable_id))
            self._db.execute(
                "INSERT INTO fts (rowid, body, subject, header) VALUES (?, ?, ?, ?)",
                (cable_id, body, subject, header),
            )
            if appendix:
                self._db.execute(
                    "INSERT INTO fts_appendix (rowid, appendix) VALUES (?, ?)", (cable_id, appendix)
                )
        self._db.execute("INSERT INTO fts (fts) VALUES ('optimize')")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------------

    def _next_run(self) -> int:
        row = self._db.execute("SELECT value FROM meta WHERE key = 'run'").fetchone()
        run = int(row[0]) + 1 if row else 1
        self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('run', ?)", (str(run),))
        return run

    def _transaction(self):
        return _Transaction(self)

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the library's write lock for a whole write run (nested calls share it)."""
        if self._write_lock is None:
            raise sqlite3.OperationalError(f"the library {self.path} is open read-only")
        self._write_lock.acquire(**self._lock_policy)
        try:
            yield
        finally:
            self._write_lock.release()

    def add(self, cable: Cable) -> str:
        """Add or update one cable from its ``source`` (a cable without one counts as source "")."""
        path = cable.source.path if cable.source and cable.source.path else ""
        row = prepare(cable, path)
        with self.writing(), self._lock, self._transaction():
            if self._run is None:
                self._run = self._next_run()
            self._upsert(row, self._run)
        return row.reference_id

    def _upsert(self, row: Row, run: int) -> str:
        """Write one cable reading; returns "added" or "updated"."""
        db = self._db
        rank = SOURCE_RANK.get(row.format or "", 0)
        existing = db.execute("SELECT id FROM cables WHERE reference_id = ?", (row.reference_id,)).fetchone()
        if existing is None:
            cable_id = self._write_derived(
                None, row.reference_id, row.derived, None, row.facts_blob, row.fact_counts
            )
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
        self._rebuild(cable_id, fresh=row)
        return "updated"

    def _rebuild(self, cable_id: int, fresh: Row | None = None) -> None:
        """Recompute a cable's row and derived data from its sources (derived data already cleared)."""
        sources = self._db.execute(
            "SELECT id, path, rank, body FROM sources WHERE cable_id = ? ORDER BY rank DESC, id DESC",
            (cable_id,),
        ).fetchall()
        _, primary_path, _, primary_blob = sources[0]
        if len(sources) == 1 and fresh is not None and fresh.path == primary_path:
            # The usual case, a cable read again from its only file: nothing to merge.
            self._write_derived(cable_id, None, fresh.derived, None, fresh.facts_blob, fresh.fact_counts)
            return
        primary = unpack(primary_blob)
        merged: dict[str, Any] = {}
        for _, _, _, blob in sources[1:]:
            other = unpack(blob)
            for name in MERGE_FIELDS:
                if not primary.get(name) and not merged.get(name) and other.get(name):
                    merged[name] = other[name]
        cable = Cable.model_validate({**primary, **merged})
        facts_blob, fact_counts = fact_rows(cable)
        self._write_derived(cable_id, None, derive(cable), merged or None, facts_blob, fact_counts)

    def _write_derived(
        self,
        cable_id: int | None,
        reference_id: str | None,
        derived: Derived,
        merged: dict[str, Any] | None,
        facts_blob: bytes | None,
        fact_counts: list[FactCount],
    ) -> int:
        """Write the cable row (a new one when ``cable_id`` is None) and its derived rows; returns its id."""
        db = self._db
        values = (*derived.columns, json.dumps(merged, ensure_ascii=False) if merged else None, facts_blob)
        if cable_id is None:
            cable_id = db.execute(
                "INSERT INTO cables (created, origin, origin_key, origin_place, classification, level, "
                "subject, tags, merged, facts, reference_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, reference_id),
            ).lastrowid
        else:
            db.execute(
                "UPDATE cables SET created = ?, origin = ?, origin_key = ?, origin_place = ?, "
                "classification = ?, level = ?, subject = ?, tags = ?, merged = ?, facts = ? WHERE id = ?",
                (*values, cable_id),
            )
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
        if fact_counts:
            db.executemany(
                "INSERT OR REPLACE INTO cable_facts (key_id, cable_id, mentions, appendix) "
                "VALUES (?, ?, ?, ?)",
                [
                    (self._fact_key_id(kind, key, alias), cable_id, own, appendix)
                    for kind, key, alias, own, appendix in fact_counts
                ],
            )
        return cable_id

    def _fact_key_id(self, kind: str, key: str, alias: str | None) -> int:
        """The id of a fact key, created when new; its folded acronym is recorded once known."""
        cached = self._fact_key_ids.get((kind, key))
        if cached is not None and (alias is None or cached[1]):
            return cached[0]
        self._db.execute(
            "INSERT INTO fact_keys (kind, key, key_fold, alias_fold) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (kind, key) DO UPDATE SET alias_fold = coalesce(alias_fold, excluded.alias_fold)",
            (kind, key, key.casefold(), alias),
        )
        key_id, known = self._db.execute(
            "SELECT id, alias_fold FROM fact_keys WHERE kind = ? AND key = ?", (kind, key)
        ).fetchone()
        self._fact_key_ids[(kind, key)] = (key_id, known is not None)
        return key_id

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

    def _load_doc(self, cable_id: int) -> dict[str, Any]:
        """The merged document of a cable as stored (exactly what was indexed for it)."""
        primary_blob, merged = self._db.execute(
            "SELECT (SELECT body FROM sources WHERE cable_id = c.id ORDER BY rank DESC, id DESC LIMIT 1), "
            "c.merged FROM cables c WHERE c.id = ?",
            (cable_id,),
        ).fetchone()
        doc = unpack(primary_blob)
        if merged:
            doc.update(json.loads(merged))
        return doc

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

    def _remove_source(self, source_id: int, cable_id: int) -> bool:
        """Drop one source; returns True when the cable went with it (no source left)."""
        self._clear_derived(cable_id)
        self._db.execute("DELETE FROM sources WHERE id = ?", (source_id,))
        left = self._db.execute("SELECT count(*) FROM sources WHERE cable_id = ?", (cable_id,)).fetchone()[0]
        if left:
            self._rebuild(cable_id)
            return False
        self._db.execute("DELETE FROM cables WHERE id = ?", (cable_id,))
        return True

    def _remove_stale(self, path: str, run: int | None) -> tuple[int, int]:
        """Remove the sources of ``path`` not written by ``run`` (all of them for None): (removed,
        updated)."""
        if run is None:
            stale = self._db.execute("SELECT id, cable_id FROM sources WHERE path = ?", (path,)).fetchall()
        else:
            stale = self._db.execute(
                "SELECT id, cable_id FROM sources WHERE path = ? AND run != ?", (path, run)
            ).fetchall()
        removed = sum(self._remove_source(sid, cid) for sid, cid in stale)
        return removed, len(stale) - removed

    # -- indexing ---------------------------------------------------------------------------

    def index(
        self,
        paths: Iterable[str | Path],
        *,
        prune: bool = False,
        progress: ProgressCallback | None = None,
        workers: int | None = None,
    ) -> IndexReport:
        """Index files and folders incrementally; see the module docstring for what a kill leaves.

        Folders are walked by ``cablescope.readers.cable_files``, as ``read_path`` walks them:
        files that are not cable documents go to ``report.skipped``; a file named directly is
        always read. ``prune`` removes
        what the index holds from files under ``paths`` proven gone (one that cannot be looked
        at fails instead). The whole run holds the library's write lock.
        ``workers`` is the number of processes that parse and prepare cables (plugin facts,
        JSON, compression) while this one reads the files and writes (see
        ``cablescope.ingest``): ``0`` for none, ``None`` for one per core on jobs over 8 MB
        when there is more than one core.
        """
        with self.writing():
            return self._index(paths, prune=prune, progress=progress, workers=workers)

    def _index(
        self,
        paths: Iterable[str | Path],
        *,
        prune: bool,
        progress: ProgressCallback | None,
        workers: int | None,
    ) -> IndexReport:
        report = IndexReport()
        roots = [Path(p).absolute() for p in paths]
        candidates: dict[str, os.stat_result] = {}
        for root in roots:
            try:
                root_stat = root.stat()
            except OSError as error:
                gone = isinstance(error, (FileNotFoundError, NotADirectoryError))
                if not gone:
                    report.failed.append((str(root), error.strerror or str(error)))
                elif not (prune and self._known_under(str(root))):
                    report.failed.append((str(root), "no such file or folder"))
                continue
            if stat.S_ISDIR(root_stat.st_mode):
                for file in cable_files(root, skipped=report.skipped, unreadable=report.failed):
                    try:
                        candidates[str(file)] = file.stat()
                    except OSError as error:
                        report.failed.append((str(file), error.strerror or str(error)))
            elif (odd := not_regular(root)) is not None:
                report.failed.append((str(root), odd))
            else:
                candidates[str(root)] = root_stat

        total_bytes = sum(st.st_size for st in candidates.values())
        done_bytes = 0
        jobs: list[tuple[int, str, int]] = []
        job_info: list[tuple[str, os.stat_result, str]] = []
        with self._lock:
            self._fact_key_ids.clear()
            with self._transaction():
                run = self._next_run()
            for path, st in candidates.items():
                known = self._db.execute(
                    "SELECT size, mtime_ns, sha256, cables FROM files WHERE path = ?", (path,)
                ).fetchone()
                if known and self._held_from(path) != known[3]:
                    known = None  # the record claims cables the library no longer holds: read it again
                if known and known[0] == st.st_size and known[1] == st.st_mtime_ns:
                    report.unchanged += known[3]
                    report.files_unchanged += 1
                    done_bytes += st.st_size
                    continue
                try:
                    digest = file_sha256(Path(path))
                except OSError as error:
                    report.failed.append((path, error.strerror or str(error)))
                    done_bytes += st.st_size
                    continue
                if known and known[2] == digest:
                    with self._transaction():
                        self._db.execute(
                            "UPDATE files SET size = ?, mtime_ns = ? WHERE path = ?",
                            (st.st_size, st.st_mtime_ns, path),
                        )
                    report.unchanged += known[3]
                    report.files_unchanged += 1
                    done_bytes += st.st_size
                    continue
                jobs.append((len(job_info), path, st.st_size))
                job_info.append((path, st, digest))
            if progress:
                progress(0, done_bytes, total_bytes)

            if workers is None:
                big = sum(info[1].st_size for info in job_info) >= WORKER_MIN_BYTES
                workers = (os.cpu_count() or 1) if big and (os.cpu_count() or 1) > 1 else 0
            pool = Workers(workers) if workers > 0 and jobs else None
            try:
                self._write_messages(
                    produce(jobs, pool), job_info, run, report, progress, done_bytes, total_bytes
                )
            except BaseException:
                if pool is not None:
                    pool.terminate()  # interrupted: no worker may outlive the run
                raise
            finally:
                if pool is not None:
                    pool.close()
            if prune:
                for path in self._vanished([str(r) for r in roots], set(candidates), report.failed):
                    with self._transaction():
                        removed, updated = self._forget_file(path)
                    report.removed += removed
                    report.updated += updated
                    report.files_removed += 1

            report.cables = self._db.execute("SELECT count(*) FROM cables").fetchone()[0]
            if report.files_indexed or report.files_removed or not sources_list_path(self.path).exists():
                self._save_sources_list()
            self._tidy(report.added + report.updated + report.removed, report.cables)
        return report

    def _tidy(self, changed: int, cables: int) -> None:
        """After ``changed`` cables were written or removed: merge the search index's segments
        and give freed pages back to the file system."""
        if not changed:
            return
        # Merging segments after a big load keeps queries fast; a small update only tidies.
        with self._transaction():
            if changed * 10 >= cables:
                self._db.execute("INSERT INTO fts (fts) VALUES ('optimize')")
                self._db.execute("INSERT INTO fts_appendix (fts_appendix) VALUES ('optimize')")
            else:
                self._db.execute("INSERT INTO fts (fts, rank) VALUES ('merge', 500)")
        # executescript steps the pragma to the end (execute frees one page per step).
        self._db.executescript("PRAGMA incremental_vacuum;")

    def _write_messages(
        self,
        messages: Iterator[tuple],
        job_info: list[tuple[str, os.stat_result, str]],
        run: int,
        report: IndexReport,
        progress: ProgressCallback | None,
        done_bytes: int,
        total_bytes: int,
    ) -> None:
        """Write what the reading loop produces, a transaction per batch of messages.

        A file's record goes in with the batch holding its end. Each message is written
        under a savepoint: a cable that cannot be stored fails its file only.
        """
        file_cables = [0] * len(job_info)
        file_bytes = [0] * len(job_info)
        broken: set[int] = set()
        done_cables = 0
        for batch in _batches(messages):
            with self._transaction():
                for message in batch:
                    kind, index = message[0], message[1]
                    path, st, digest = job_info[index]
                    if index in broken:
                        continue
                    if kind == "rows":
                        rows: list[Row] = message[2]
                        if not rows:
                            continue
                        stored = self._write_rows(rows, run, path)
                        if isinstance(stored, str):
                            broken.add(index)
                            report.failed.append((path, stored))
                            done_bytes += st.st_size - file_bytes[index]
                            continue
                        report.added += stored["added"]
                        report.updated += stored["updated"]
                        file_cables[index] += len(rows)
                        done_cables += len(rows)
                        grown = min(st.st_size - file_bytes[index], sum(r.size for r in rows))
                        file_bytes[index] += grown
                        done_bytes += grown
                    elif kind == "error":
                        broken.add(index)
                        report.failed.append((path, message[2]))
                        done_bytes += st.st_size - file_bytes[index]
                    else:
                        removed, updated = self._remove_stale(path, run)
                        # The record counts what the library holds of the file (a cable read
                        # twice from it is held once), which is what "unchanged" checks.
                        self._db.execute(
                            "INSERT OR REPLACE INTO files (path, size, mtime_ns, sha256, cables, indexed_at) "
                            "VALUES (?, ?, ?, ?, ?, ?)",
                            (
                                path,
                                st.st_size,
                                st.st_mtime_ns,
                                digest,
                                self._held_from(path),
                                datetime.now(UTC).isoformat(timespec="seconds"),
                            ),
                        )
                        report.removed += removed
                        report.updated += updated
                        report.files_indexed += 1
                        done_bytes += st.st_size - file_bytes[index]
            if progress:
                progress(done_cables, done_bytes, total_bytes)

    def _write_rows(self, rows: list[Row], run: int, path: str) -> dict[str, int] | str:
        """Upsert rows under a savepoint: the counts of added and updated, or why they could not be stored."""
        outcomes = {"added": 0, "updated": 0}
        row = rows[0]
        self._db.execute("SAVEPOINT rows")
        try:
            for row in rows:
                outcomes[self._upsert(row, run)] += 1
        except sqlite3.OperationalError:
            raise  # the database itself is failing (disk full, locked): stop
        except Exception as error:  # noqa: BLE001 - one cable that cannot be stored fails its file only
            self._db.execute("ROLLBACK TO rows")
            self._db.execute("RELEASE rows")
            self._fact_key_ids.clear()  # keys made under the savepoint are gone
            return f"cannot store {row.reference_id}: {failure_reason(error)}"
        self._db.execute("RELEASE rows")
        return outcomes

    def _held_from(self, path: str) -> int:
        """How many cables the library holds a reading of from ``path``."""
        return self._db.execute("SELECT count(*) FROM sources WHERE path = ?", (path,)).fetchone()[0]

    def _forget_file(self, path: str) -> tuple[int, int]:
        """Remove every reading from ``path`` and its record (in the caller's transaction):
        (cables removed, cables updated)."""
        removed, updated = self._remove_stale(path, None)
        self._db.execute("DELETE FROM files WHERE path = ?", (path,))
        return removed, updated

    def indexed_under(self, root: str) -> list[str]:
        """The files at or under ``root`` that the library holds readings or a record of."""
        under = root.rstrip(os.sep) + os.sep
        where = "path = ? OR substr(path, 1, ?) = ?"
        with self._lock:
            rows = self._db.execute(
                f"SELECT path FROM files WHERE {where} UNION SELECT path FROM sources WHERE {where}",
                (root, len(under), under) * 2,
            ).fetchall()
        return sorted(path for (path,) in rows)

    def _known_under(self, root: str) -> bool:
        return bool(self.indexed_under(root))

    def _vanished(self, roots: list[str], present: set[str], failed: list[tuple[str, str]]) -> list[str]:
        """Indexed files at or under ``roots`` proven gone: not found now, and a stat says there is
        no such file. A file that cannot be looked at (a folder without permission) is not gone:
        it goes to ``failed`` instead, so that pruning never deletes what it could not see."""
        found = []
        for root in roots:
            for path in self.indexed_under(root):
                if path in present:
                    continue
                try:
                    os.stat(path)
                except (FileNotFoundError, NotADirectoryError):
                    found.append(path)
                except OSError as error:
                    failed.append((path, f"cannot tell whether it still exists: {error.strerror or error}"))
        return sorted(set(found))

    # -- removal, checking and repair ---------------------------------------------------------

    def meta(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.writing(), self._lock, self._transaction():
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def remove_cables(self, reference_ids: Iterable[str]) -> list[str]:
        """Remove cables with every reading of them; returns the reference ids removed (those
        held). The files they were read from keep their records, each counting the cables it
        still gives, so an incremental run does not bring a removed cable back (a changed file,
        read again, does)."""
        removed: list[str] = []
        with self.writing(), self._lock:
            with self._transaction():
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
            self._tidy(len(removed), self.count())
        return removed

    def remove_files(self, paths: Iterable[str]) -> IndexReport:
        """Forget indexed files (see ``indexed_under``): their readings and records. A cable also
        read from another file stays, from that file."""
        report = IndexReport()
        with self.writing(), self._lock:
            for path in paths:
                with self._transaction():
                    removed, updated = self._forget_file(path)
                report.removed += removed
                report.updated += updated
                report.files_removed += 1
            self._save_sources_list()
            report.cables = self._db.execute("SELECT count(*) FROM cables").fetchone()[0]
            self._tidy(report.removed + report.updated, report.cables)
        return report

    def _save_sources_list(self) -> None:
        paths = [
            path
            for (path,) in self._db.execute(
                "SELECT path FROM files UNION SELECT DISTINCT path FROM sources WHERE path != ''"
            )
        ]
        save_sources_list(self.path, paths)

    def files(self) -> list[tuple[str, int, str | None]]:
        """Every file the library holds readings or a record of: (path, cables held, when it was
        indexed; None for a file an interrupted run left without a record)."""
        with self._lock:
            return self._db.execute(
                "SELECT path, (SELECT count(*) FROM sources s WHERE s.path = f.path), indexed_at "
                "FROM files f "
                "UNION ALL SELECT path, count(*), NULL FROM sources WHERE path != '' "
                "AND path NOT IN (SELECT path FROM files) GROUP BY path ORDER BY 1"
            ).fetchall()

    def check(self) -> list[Problem]:
        """Every mismatch in the library (``cablescope.checkup``)."""
        with self._lock:
            return find_problems(self._db)

    def repair(self, *, progress: ProgressCallback | None = None) -> RepairReport:
        """Mend what ``check`` finds, unless the file itself is damaged (see ``rebuild``): drop
        rows of cables the library no longer holds, rebuild the search index when it does not
        match the cables, and read again the files whose cables are not all held."""
        with self.writing(), self._lock:
            found = self.check()
            if any(p.kind == DAMAGED for p in found):
                raise sqlite3.DatabaseError(found[0].detail)
            db = self._db
            with self._transaction():
                db.execute("DELETE FROM sources WHERE cable_id NOT IN (SELECT id FROM cables)")
                orphans = db.execute(
                    "SELECT id FROM cables c "
                    "WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.cable_id = c.id)"
                ).fetchall()
                db.executemany("DELETE FROM cables WHERE id = ?", orphans)
                for table, column in DERIVED_TABLES:
                    db.execute(f"DELETE FROM {table} WHERE {column} NOT IN (SELECT id FROM cables)")
                db.execute("DELETE FROM cable_facts WHERE key_id NOT IN (SELECT id FROM fact_keys)")
                self._recount_missing_facts()
            if any(p.kind in (SEARCH_INDEX, LOST_CABLE, NO_SOURCE) for p in found):
                with self._transaction():
                    db.execute("INSERT INTO fts (fts) VALUES ('delete-all')")
                    db.execute("INSERT INTO fts_appendix (fts_appendix) VALUES ('delete-all')")
                    self._reindex_text()
            paths = sorted({p.path for p in found if p.path})
            present = [path for path in paths if os.path.isfile(path)]
            gone = [path for path in paths if path not in present]
            with self._transaction():
                # Nothing to read them again from: the records count what is held.
                db.executemany(
                    "UPDATE files SET cables = (SELECT count(*) FROM sources s WHERE s.path = files.path) "
                    "WHERE path = ?",
                    [(path,) for path in gone],
                )
            indexed = self._index(present, prune=False, progress=progress, workers=None)
            return RepairReport(found=found, reread=present, gone=gone, indexed=indexed, left=self.check())

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

    # -- reading ----------------------------------------------------------------------------

    def _cable_id(self, reference_id: str) -> int | None:
        for candidate in dict.fromkeys((reference_id, reference_id.strip().upper())):
            row = self._db.execute("SELECT id FROM cables WHERE reference_id = ?", (candidate,)).fetchone()
            if row:
                return row[0]
        return None

    def get(self, reference_id: str) -> Cable | None:
        """The full cable (its primary reading, with fields other sources added), or None."""
        with self._lock:
            cable_id = self._cable_id(reference_id)
            if cable_id is None:
                return None
            return Cable.model_validate(self._load_doc(cable_id))

    def sources(self, reference_id: str) -> list[Source]:
        """Every source of a cable, the primary one first."""
        with self._lock:
            cable_id = self._cable_id(reference_id)
            if cable_id is None:
                return []
            rows = self._db.execute(
                "SELECT path, format, sha256, row FROM sources WHERE cable_id = ? "
                "ORDER BY rank DESC, id DESC",
                (cable_id,),
            ).fetchall()
        return [
            Source(path=path or None, format=fmt or "text", sha256=sha, row=row)
            for path, fmt, sha, row in rows
        ]

    def find(self, text: str, limit: int = 12) -> list[CableSummary]:
        """Cables a finder offers as the user types: reference ids starting with ``text`` first
        (``09BEI``), then cables whose id or subject holds every word of it (``ankara 15``)."""
        words = text.upper().split()
        if not words:
            return []
        with self._lock:
            rows: list[tuple] = []
            if len(words) == 1:
                # A prefix reads the reference id index: instant on the largest library.
                rows = self._fetch(
                    f"SELECT {SUMMARY_COLUMNS} FROM cables c WHERE c.reference_id >= ? "
                    "AND c.reference_id < ? ORDER BY c.reference_id LIMIT ?",
                    [words[0], words[0] + "\uffff", limit],
                )
            found = [row[0] for row in rows]
            escaped = (w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for w in words)
            patterns = [f"%{word}%" for word in escaped]
            pieces = " AND ".join(
                "(c.reference_id LIKE ? ESCAPE '\\' OR c.subject LIKE ? ESCAPE '\\')" for _ in words
            )
            rows += self._fetch(
                f"SELECT {SUMMARY_COLUMNS} FROM cables c WHERE {pieces} "
                "AND c.reference_id NOT IN (SELECT value FROM json_each(?)) "
                "ORDER BY length(c.reference_id), c.reference_id LIMIT ?",
                [
                    *(p for pattern in patterns for p in (pattern, pattern)),
                    json.dumps(found),
                    limit - len(rows),
                ],
            )
        return [_summary(row) for row in rows]

    def _match(self, query: str) -> tuple[Matcher, str]:
        node = parse_query(query)
        return Matcher(node), to_fts(node)

    def _matches(self, query: str | None, include_appendix: bool = False) -> str | None:
        """The temporary table of the ids of cables matching ``query`` (built once per query and data).

        Counting, listing and grouping a big match set joins this table instead of running
        the full-text query each time: the explorer asks for the same query's count and
        pages over and over.
        """
        if query is None:
            return None
        match = self._match(query)[1]
        version = (self._db.execute("PRAGMA data_version").fetchone()[0], self._generation)
        key = (match, include_appendix)
        cached = self._match_tables.pop(key, None)
        if cached and cached[1] == version:
            self._match_tables[key] = cached
            return cached[0]
        if cached:
            self._db.execute(f"DROP TABLE IF EXISTS temp.{cached[0]}")
        while len(self._match_tables) >= MATCH_TABLES:
            oldest = next(iter(self._match_tables))
            self._db.execute(f"DROP TABLE IF EXISTS temp.{self._match_tables.pop(oldest)[0]}")
        self._table_serial += 1
        table = f"matches_{self._table_serial}"
        self._db.execute(f"CREATE TEMP TABLE {table} (id INTEGER PRIMARY KEY)")
        sources = "SELECT rowid FROM fts WHERE fts MATCH ?"
        params = [match]
        if include_appendix:
            sources += " UNION SELECT rowid FROM fts_appendix WHERE fts_appendix MATCH ?"
            params.append(match)
        try:
            self._fetch(f"INSERT INTO temp.{table} (id) {sources}", params)
        except QueryError:
            self._db.execute(f"DROP TABLE temp.{table}")
            raise
        self._match_tables[key] = (table, version)
        return table

    def _where(
        self, filters: SearchFilters | None, matches: str | None, include_appendix: bool = False
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if matches is not None:
            clauses.append(f"c.id IN (SELECT id FROM temp.{matches})")
        f = filters or SearchFilters()
        if f.origin and f.origin.strip():
            key = " ".join(f.origin.lower().split())
            clauses.append("(c.origin_key = ? OR c.origin_place = ?)")
            params += [key, key]
        if f.classification and f.classification.strip():
            value = f.classification.strip()
            if "/" in value:
                clauses.append("c.classification = ? COLLATE NOCASE")
                params.append(" ".join(value.upper().split()))
            else:
                clauses.append("c.level = ?")
                params.append(_filter_level(value))
        if f.level and f.level.strip():
            clauses.append(
                "c.id IN (SELECT cf.cable_id FROM cable_facts cf WHERE cf.key_id IN "
                "(SELECT id FROM fact_keys WHERE kind = 'marking' AND key = ?) AND cf.mentions > 0)"
            )
            params.append(_filter_level(f.level, "paragraph level"))
        if f.tag and f.tag.strip():
            clauses.append("c.id IN (SELECT cable_id FROM cable_tags WHERE tag = ?)")
            params.append(f.tag.strip().upper())
        if f.date_from:
            clauses.append("c.created >= ?")
            params.append(f.date_from.isoformat())
        if f.date_to:
            clauses.append("c.created > '' AND c.created < ?")
            params.append((f.date_to + timedelta(days=1)).isoformat())
        if f.entity and f.entity.strip():
            own = "" if include_appendix else " AND cf.mentions > 0"
            clauses.append(f"c.id IN (SELECT cf.cable_id FROM cable_facts cf WHERE {_KEY_OR_ALIAS}{own})")
            params += [" ".join(f.entity.split()).casefold()] * 2
        if f.reference_ids is not None:
            clauses.append("c.reference_id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(f.reference_ids))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _fetch(self, sql: str, params: list[Any]) -> list[tuple]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.OperationalError as error:
            # Only FTS5 can still refuse a query we built (such as one too deeply nested).
            raise QueryError("this query cannot be searched: " + str(error).replace("fts5: ", "")) from None

    def count(
        self,
        filters: SearchFilters | None = None,
        query: str | None = None,
        *,
        include_appendix: bool = False,
    ) -> int:
        """How many cables pass the filters (and match the query); ``include_appendix`` as for ``search``."""
        with self._lock:
            where, params = self._where(filters, self._matches(query, include_appendix), include_appendix)
            key = where + json.dumps(params)
            version = self._db.execute("PRAGMA data_version").fetchone()[0]
            cached = self._count_cache.get(key)
            if cached and cached[0] == version and not self._in_transaction():
                return cached[1]
            n = self._fetch("SELECT count(*) FROM cables c" + where, params)[0][0]
            if len(self._count_cache) > 256:
                self._count_cache.clear()
            self._count_cache[key] = (version, n)
        return n

    def _in_transaction(self) -> bool:
        return self._db.in_transaction

    def list(
        self,
        filters: SearchFilters | None = None,
        *,
        query: str | None = None,
        sort: str = "date",
        descending: bool = False,
        offset: int = 0,
        limit: int = 100,
        backwards: bool = False,
    ) -> list[CableSummary]:
        """One page of cables in order; sort is date, reference_id, origin, classification or subject.

        ``backwards`` reads the same order from its end (a page near the end is cheaper that way:
        SQLite walks OFFSET rows one by one).
        """
        parts = _sort_parts(sort, descending, backwards)
        rows: list[tuple[Any, ...]] = []
        skip, want = max(0, offset), max(0, limit)
        with self._lock:
            where, params = self._where(filters, self._matches(query))
            for condition, columns, part_descending in parts:
                if len(rows) >= want:
                    break
                within = _and(where, condition)
                order = ", ".join(column + (" DESC" if part_descending else "") for column in columns)
                page = self._fetch(
                    f"SELECT {SUMMARY_COLUMNS} FROM cables c{within} ORDER BY {order} LIMIT ? OFFSET ?",
                    [*params, want - len(rows), skip],
                )
                if page:
                    rows += page
                    skip = 0
                elif skip:  # the whole part lies before the page
                    skip = max(0, skip - self._fetch(f"SELECT count(*) FROM cables c{within}", params)[0][0])
        return [_summary(row) for row in rows]

    def position(
        self,
        reference_id: str,
        filters: SearchFilters | None = None,
        *,
        query: str | None = None,
        sort: str = "date",
        descending: bool = False,
    ) -> int | None:
        """Where the cable stands (from 0) in ``list`` with the same filters, query and order;
        None when it is not in that list (not indexed, or filtered out).

        One count of the rows that come before it, so a jump finds its row however long the list.
        """
        parts = _sort_parts(sort, descending, False)
        with self._lock:
            cable_id = self._cable_id(reference_id)
            if cable_id is None:
                return None
            where, params = self._where(filters, self._matches(query))
            found = self._find_part(parts, where, params, cable_id)
            if found is None:
                return None
            index, here = found
            condition, columns, part_descending = parts[index]
            within = _and(where, condition)
            # Rows before it: all of the earlier parts; then, within its own part, those equal on
            # the first i sort columns and before it on the next one, for each i. These sets are
            # disjoint, and counted apart each one is a range of an index. SQLite sorts NULL
            # first, so ascending a NULL comes before any value; descending, after.
            counts = [f"(SELECT count(*) FROM cables c{_and(where, c)})" for c, _, _ in parts[:index]]
            before_params: list[Any] = [*params] * index
            for i, (column, value) in enumerate(zip(columns, here, strict=True)):
                if value is None and not part_descending:
                    continue
                if value is None:
                    step = f"{column} IS NOT NULL"
                elif part_descending:
                    step = f"{column} > ?"
                else:
                    step = f"({column} IS NULL OR {column} < ?)"
                equal = "".join(f" AND {c} IS ?" for c in columns[:i])
                counts.append(f"(SELECT count(*) FROM cables c{_and(within, step + equal)})")
                before_params += [*params, *([] if value is None else [value]), *here[:i]]
            if not counts:
                return 0
            return self._fetch("SELECT " + " + ".join(counts), before_params)[0][0]

    def _find_part(
        self, parts: list[tuple[str, tuple[str, ...], bool]], where: str, params: list[Any], cable_id: int
    ) -> tuple[int, tuple[Any, ...]] | None:
        """Which part of a list's order holds the cable, and its sort values; None if it is not listed."""
        for index, (condition, columns, _) in enumerate(parts):
            rows = self._fetch(
                f"SELECT {', '.join(columns)} FROM cables c{_and(_and(where, condition), 'c.id = ?')}",
                [*params, cable_id],
            )
            if rows:
                return index, rows[0]
        return None

    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        *,
        limit: int = 20,
        sort: str = "relevance",
        include_appendix: bool = False,
    ) -> list[SearchHit]:
        """The best-matching cables, one hit each with its best paragraph and a highlighted snippet.

        ``include_appendix`` also searches republishers' appendices, and lets an ``entity``
        filter count the mentions found there.
        """
        if sort not in ("relevance", "date"):
            raise ValueError(f"cannot sort search results by {sort!r}: choose relevance or date")
        matcher, match = self._match(query)
        where, params = self._where(filters, None, include_appendix)
        with self._lock:
            if sort == "relevance":
                # Filters narrow the FTS scan so bm25 is only computed for cables that pass them, and
                # for at most RANK_LIMIT of those, newest rowids first. The unary + keeps FTS5 from
                # taking "rowid IN" as a lookup, which would run the whole query once per id.
                # The bounds of the passing ids, which FTS5 does use, skip the rest of the index
                # (cables indexed from a CSV in date order make date filters contiguous).
                narrowed = (
                    f" AND rowid >= (SELECT min(c.id) FROM cables c{where})"
                    f" AND rowid <= (SELECT max(c.id) FROM cables c{where})"
                    f" AND +rowid IN (SELECT c.id FROM cables c{where})"
                    if where
                    else ""
                )
                params = params * 3
                if any(len(p.words) > 1 for p in matcher.positive) and not include_appendix:
                    # bm25 of a phrase first counts the phrase over the whole table (70 ms for a common
                    # one at 250,000 cables): rank the phrase's matches by bm25 of their words instead,
                    # whose counts FTS5 keeps in the index.
                    ranked = self._fetch(
                        "WITH m(id) AS MATERIALIZED (SELECT rowid FROM fts "
                        f"WHERE fts MATCH ?{narrowed} ORDER BY rowid DESC LIMIT ?) "
                        f"SELECT rowid AS id, {BM25} AS score FROM fts WHERE fts MATCH ? "
                        "AND rowid >= (SELECT min(id) FROM m) AND rowid <= (SELECT max(id) FROM m) "
                        "AND +rowid IN (SELECT id FROM m) ORDER BY score LIMIT ?",
                        [match, *params, RANK_LIMIT, matcher.any_word_fts(), max(0, limit)],
                    )
                else:
                    ranked_sql = (
                        f"SELECT rowid AS id, {BM25} AS score FROM fts "
                        f"WHERE fts MATCH ?{narrowed} ORDER BY rowid DESC LIMIT ?"
                    )
                    ranked_params = [match, *params, RANK_LIMIT]
                    if include_appendix:
                        ranked_sql = (
                            f"SELECT * FROM ({ranked_sql}) UNION ALL SELECT * FROM (SELECT rowid AS id, "
                            "bm25(fts_appendix) AS score FROM fts_appendix "
                            f"WHERE fts_appendix MATCH ?{narrowed} "
                            "ORDER BY rowid DESC LIMIT ?)"
                        )
                        ranked_params += [match, *params, RANK_LIMIT]
                    ranked = self._fetch(
                        f"SELECT m.id, min(m.score) AS best FROM ({ranked_sql}) m "
                        "GROUP BY m.id ORDER BY best LIMIT ?",
                        [*ranked_params, max(0, limit)],
                    )
                scores = dict(ranked)
                found = {
                    row[6]: row
                    for row in self._fetch(
                        f"SELECT {SUMMARY_COLUMNS}, c.id FROM cables c WHERE c.id IN "
                        "(SELECT value FROM json_each(?))",
                        [json.dumps(list(scores))],
                    )
                }
                rows = [(*found[cable_id], score) for cable_id, score in ranked if cable_id in found]
            else:
                matches = self._matches(query, include_appendix)
                where, params = self._where(filters, matches, include_appendix)
                # When the query matches a good share of the corpus, walking the date index from the
                # newest cable finds the first hits at once; otherwise sorting the matches is quicker.
                share = self._db.execute(
                    f"SELECT (SELECT count(*) FROM temp.{matches}) * 20 >= (SELECT count(*) FROM cables)"
                ).fetchone()[0]
                walk = " INDEXED BY cables_created" if share else ""
                rows = [
                    (*row, 0.0)
                    for row in self._fetch(
                        f"SELECT {SUMMARY_COLUMNS}, c.id FROM cables c{walk}{where} "
                        "ORDER BY c.created DESC, c.reference_id DESC LIMIT ?",
                        [*params, max(0, limit)],
                    )
                ]
            docs = {row[6]: self._load_doc(row[6]) for row in rows}
        hits = []
        for row in rows:
            doc = docs[row[6]]
            number, text, in_appendix, spans, size = _best_paragraph(doc, matcher, include_appendix)
            excerpt, moved = snippet(text, spans)
            if size > len(text):
                excerpt += f" [excerpt from the first {len(text):,} of {size:,} characters]"
            hits.append(
                SearchHit(
                    **_summary(row[:6]).model_dump(),
                    paragraph=number,
                    snippet=excerpt,
                    spans=moved,
                    score=row[7],
                    in_appendix=in_appendix,
                )
            )
        return hits

    def matching_paragraphs(self, reference_id: str, query: str) -> list[int]:
        """Numbers of the cable's numbered paragraphs in which the whole query matches."""
        matcher = Matcher(parse_query(query))
        with self._lock:
            cable_id = self._cable_id(reference_id)
            if cable_id is None:
                return []
            doc = self._load_doc(cable_id)
        return [
            p["number"]
            for p in doc.get("paragraphs") or ()
            if p.get("number") is not None and matcher.matches(head(p["text"], SCANNED_CHARS))
        ]

    def stats(
        self, by: str, *, query: str | None = None, filters: SearchFilters | None = None
    ) -> dict[str, int]:
        """Cable counts grouped by year, month, origin, classification or tag.

        Years and months come in calendar order ("unknown" last); the others by count,
        largest first.
        """
        if by not in STATS_BY:
            raise ValueError(f"cannot count by {by!r}: choose one of {', '.join(STATS_BY)}")
        with self._lock:
            where, params = self._where(filters, self._matches(query))
            # Each grouping reads one index (the cable rows are big): origins are counted by their
            # folded key and named afterwards, tags straight from their table.
            if by in ("year", "month"):
                width = 4 if by == "year" else 7
                sql = (
                    f"SELECT substr(c.created, 1, {width}) AS k, count(*) AS n FROM cables c{where} "
                    "GROUP BY k ORDER BY k = '', k"
                )
            elif by == "tag":
                within = f" WHERE t.cable_id IN (SELECT c.id FROM cables c{where})" if where else ""
                sql = (
                    f"SELECT t.tag AS k, count(*) AS n FROM cable_tags t{within} "
                    "GROUP BY k ORDER BY n DESC, k"
                )
            elif by == "origin":
                sql = (
                    f"SELECT c.origin_key AS k, count(*) AS n FROM cables c{where} "
                    "GROUP BY k ORDER BY n DESC, k"
                )
            else:
                sql = (
                    f"SELECT min(c.classification) AS k, count(*) AS n FROM cables c{where} "
                    "GROUP BY c.classification COLLATE NOCASE ORDER BY n DESC, k"
                )
            rows = self._fetch(sql, params)
            if by == "origin":
                rows = [
                    (
                        self._db.execute(
                            "SELECT origin FROM cables WHERE origin_key = ? LIMIT 1", (key,)
                        ).fetchone()[0]
                        if key
                        else None,
                        n,
                    )
                    for key, n in rows
                ]
        counts: dict[str, int] = {}
        for key, n in rows:
            label = key if key else "unknown"
            counts[label] = counts.get(label, 0) + n
        if by in ("origin", "classification", "tag"):
            counts = dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
        return counts

    def summary_stats(self) -> dict:
        """Number of cables and counts by year, origin, classification and tag."""
        return {
            "cables": self.count(),
            "by_year": self.stats("year"),
            "by_origin": self.stats("origin"),
            "by_classification": self.stats("classification"),
            "by_tag": self.stats("tag"),
        }

    def cited_by(self, reference_id: str) -> list[CableSummary]:
        """Cables in the index whose references list this one, oldest first."""
        with self._lock:
            rows = self._db.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM refs r JOIN cables c ON c.id = r.citing "
                "WHERE r.cited = ? ORDER BY c.created, c.reference_id",
                (reference_id.strip().upper(),),
            ).fetchall()
        return [_summary(row) for row in rows]

    def cites(self, reference_id: str) -> list[tuple[str, CableSummary | None]]:
        """The cable's references in its own order, each with its summary or None when not indexed."""
        cable = self.get(reference_id)
        if cable is None:
            return []
        out = []
        with self._lock:
            for cited in dict.fromkeys(cable.references):
                row = self._db.execute(
                    f"SELECT {SUMMARY_COLUMNS} FROM cables c WHERE c.reference_id = ?", (cited,)
                ).fetchone()
                out.append((cited, _summary(row) if row else None))
        return out

    def neighbour(self, reference_id: str, step: int) -> CableSummary | None:
        """The cable ``step`` places later (or earlier, when negative) from the same origin, by date."""
        with self._lock:
            row = self._db.execute(
                "SELECT origin_key, created, reference_id FROM cables WHERE id = ?",
                (self._cable_id(reference_id),),
            ).fetchone()
            if row is None or row[0] is None or step == 0:
                return None
            origin_key, created, ref = row
            if step > 0:
                sql = (
                    f"SELECT {SUMMARY_COLUMNS} FROM cables c WHERE c.origin_key = ? "
                    "AND (c.created, c.reference_id) > (?, ?) "
                    "ORDER BY c.created, c.reference_id LIMIT 1 OFFSET ?"
                )
            else:
                sql = (
                    f"SELECT {SUMMARY_COLUMNS} FROM cables c WHERE c.origin_key = ? "
                    "AND (c.created, c.reference_id) < (?, ?) "
                    "ORDER BY c.created DESC, c.reference_id DESC LIMIT 1 OFFSET ?"
                )
            found = self._db.execute(sql, (origin_key, created, ref, abs(step) - 1)).fetchone()
        return _summary(found) if found else None

    def facts(self, reference_id: str, kind: str | None = None) -> list[Fact]:
        """The facts plugins found in the cable when it was indexed."""
        with self._lock:
            cable_id = self._cable_id(reference_id)
            if cable_id is None:
                return []
            blob = self._db.execute("SELECT facts FROM cables WHERE id = ?", (cable_id,)).fetchone()[0]
        if not blob:
            return []
        facts = load_facts(blob)
        return [f for f in facts if kind is None or f.kind == kind]

    def top_facts(self, kind: str | None = None, limit: int = 20) -> list[dict]:
        """The facts found in most cables: ``{kind, key, cables, mentions}``, most cables first.

        Only the cables' own text counts: mentions in a republisher's appendix are left out.
        """
        where = " AND k.kind = ?" if kind else ""
        with self._lock:
            rows = self._db.execute(
                "SELECT k.kind, k.key, count(*) AS n, sum(cf.mentions) FROM cable_facts cf "
                f"JOIN fact_keys k ON k.id = cf.key_id WHERE cf.mentions > 0{where} "
                "GROUP BY cf.key_id ORDER BY n DESC, k.key LIMIT ?",
                ([kind] if kind else []) + [limit],
            ).fetchall()
        return [{"kind": k, "key": key, "cables": n, "mentions": m} for k, key, n, m in rows]

    def cables_with_fact(self, kind: str | None, key: str, limit: int = 200) -> list[CableSummary]:
        """Cables whose own text has a fact with this key or acronym (case-insensitive), oldest first.

        Mentions in a republisher's appendix do not count (``facts`` still lists them).
        """
        folded = " ".join(key.split()).casefold()
        params: list[Any] = [folded, folded]
        kind_clause = ""
        if kind:
            kind_clause = " AND cf.key_id IN (SELECT id FROM fact_keys WHERE kind = ?)"
            params.append(kind)
        with self._lock:
            rows = self._db.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM cables c "
                "WHERE c.id IN (SELECT cf.cable_id FROM cable_facts cf "
                f"WHERE {_KEY_OR_ALIAS}{kind_clause} AND cf.mentions > 0) "
                "ORDER BY c.created, c.reference_id LIMIT ?",
                [*params, limit],
            ).fetchall()
        return [_summary(row) for row in rows]


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
            indexed = store.index(sorted(p for p in sources if os.path.isfile(p)), progress=progress)
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


def _batches(messages: Iterator[tuple]) -> Iterator[list[tuple]]:
    """Messages grouped for one transaction each: about ``BATCH_CABLES`` cables, or 64 messages."""
    batch: list[tuple] = []
    cables = 0
    for message in messages:
        batch.append(message)
        if message[0] == "rows":
            cables += len(message[2])
        if cables >= BATCH_CABLES or len(batch) >= 64:
            yield batch
            batch, cables = [], 0
    if batch:
        yield batch


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back (and caches dropped) on any error."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __enter__(self) -> None:
        self.store._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb) -> None:
        # data_version only tells of other connections' commits: our own ones void the counts here.
        self.store._count_cache.clear()
        self.store._generation += 1
        if exc_type is None:
            self.store._db.execute("COMMIT")
        else:
            self.store._db.execute("ROLLBACK")
            self.store._fact_key_ids.clear()


_KEY_OR_ALIAS = (
    "cf.key_id IN (SELECT id FROM fact_keys WHERE key_fold = ? "
    "UNION SELECT id FROM fact_keys WHERE alias_fold = ?)"
)
"""Fact keys named by a folded key or acronym (two parameters: the same folded text)."""

_LEVEL_NAMES = {
    "UNCLASSIFIED": "U",
    "SENSITIVE BUT UNCLASSIFIED": "SBU",
    "CONFIDENTIAL": "C",
    "SECRET": "S",
    "TOP SECRET": "TS",
}


class NotALibrary(sqlite3.DatabaseError):
    """A SQLite file that belongs to something else; ``str()`` is one line for users."""


def check_library(db: sqlite3.Connection, path: Path) -> bool:
    """Whether the open file is marked as a cablescope library; ``NotALibrary`` (one line) when
    it is something else, so that no command reads or converts another program's data.

    An empty database becomes a library; one that holds cablescope's tables but no mark was
    written before libraries were marked (the mark is added on the next write).
    """
    application_id = db.execute("PRAGMA application_id").fetchone()[0]
    if application_id == APPLICATION_ID:
        return True
    if application_id != 0:
        raise NotALibrary(
            f"{path} is not a cablescope library: it is another application's SQLite database "
            f"(application id {application_id:#010x})"
        )
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if tables and not tables >= LIBRARY_TABLES:
        raise NotALibrary(
            f"{path} is not a cablescope library: it is another SQLite database "
            f"(tables {', '.join(sorted(tables)[:5])})"
        )
    return False


def _filter_level(value: str, what: str = "classification") -> str:
    """A classification or level filter value as a level; QueryError for one that is not a level."""
    text = " ".join(value.upper().split())
    if text in LEVELS:
        return text
    if text in _LEVEL_NAMES:
        return _LEVEL_NAMES[text]
    if what != "classification":
        raise QueryError(f"unknown {what} {value!r}: use U, SBU, C, S or TS, or its name (secret)")
    raise QueryError(
        f"unknown classification {value!r}: use a level (U, SBU, C, S, TS), its name (secret), "
        "or a full classification with caveats (SECRET//NOFORN)"
    )


def _summary(row: tuple) -> CableSummary:
    reference_id, created, origin, classification, subject, tags = row[:6]
    return CableSummary(
        reference_id=reference_id,
        created=datetime.fromisoformat(created).replace(tzinfo=UTC) if created else None,
        origin=origin,
        classification=classification,
        subject=subject,
        tags=json.loads(tags),
    )


def _best_paragraph(
    doc: dict[str, Any], matcher: Matcher, include_appendix: bool
) -> tuple[int | None, str, bool, list[tuple[int, int]], int]:
    """(paragraph number, its text (the first ``SCANNED_CHARS`` of it), in appendix, match spans,
    its whole length) of the piece of the cable matching best.

    Pieces are tried in this order, which breaks ties: the paragraphs, the subject, the
    header lines, the appendix.
    """
    body, subject, header, appendix = fts_values(doc)
    paragraphs = doc.get("paragraphs") or ()
    pieces: list[tuple[int | None, str, bool]] = (
        [(p.get("number"), p["text"], False) for p in paragraphs] if paragraphs else [(None, body, False)]
    )
    pieces += [(None, subject, False), (None, header, False)]
    if include_appendix and appendix:
        pieces.append((None, appendix, True))
    best, best_key = 0, (False, -1, 0)
    for i, (_, text, _) in enumerate(pieces):
        # A huge paragraph is looked at in its first part only (see cablescope.excerpts).
        matched, present = matcher.score(head(text, SCANNED_CHARS))
        if (matched, present, -i) > best_key:
            best, best_key = i, (matched, present, -i)
            if matched and present == len(matcher.positive):
                break  # no later piece can do better
    number, text, in_appendix = pieces[best]
    scanned = head(text, SCANNED_CHARS)
    return number, scanned, in_appendix, matcher.spans(scanned), len(text)
