"""The library's tables, how a file is told to be a library, and upgrades from older formats.

Layout (``SCHEMA`` below):

- ``cables``: one row per reference id, metadata in indexed columns and the fields
  that secondary sources filled in. The *primary* source, whose text is searched and
  shown, is the cable's source of highest rank (``SOURCE_RANK``), the latest on a tie.
- ``sources``: one row per (cable, file); each holds that reading of the cable as
  zstd-compressed JSON (``cablescope.store.rows.pack``).
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
- ``facts_pending``: the cables whose facts are still to be found. An indexing run writes the
  cables first (searchable at once) and their facts in a second stage
  (``cablescope.ingest.facts``); a cable is listed here from the first stage's transaction to
  the second's, so a run killed in either stage leaves the list to finish.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cablescope.store.rows import count_facts, fts_values, load_facts, merged_doc

SCHEMA_VERSION = 5
APPLICATION_ID = 0x43424C53
"""``PRAGMA application_id`` of a cablescope library ("CBLS"): tells it from other SQLite files."""
LIBRARY_TABLES = frozenset({"meta", "cables", "sources", "files"})
READABLE_FROM = 3
"""The oldest format read as it is (3 differs from 4 only in how blobs are compressed; 4 from 5
only in lacking ``facts_pending``, which means no facts are pending)."""

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
CREATE TABLE IF NOT EXISTS facts_pending (cable_id INTEGER PRIMARY KEY);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5 (
    body, subject, header, content='', tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS fts_appendix USING fts5 (
    appendix, content='', tokenize='unicode61 remove_diacritics 2'
);
"""

FactKeyId = Callable[[str, str, "str | None"], int]
"""(kind, key, folded acronym) -> the fact key's id, created when new."""


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


def format_version(db: sqlite3.Connection) -> int:
    """The index format the file holds (``PRAGMA user_version``; 0 for a new file)."""
    return db.execute("PRAGMA user_version").fetchone()[0]


def load_doc(db: sqlite3.Connection, cable_id: int) -> dict[str, Any]:
    """The merged document of a cable as stored (exactly what was indexed for it)."""
    primary_blob, merged = db.execute(
        "SELECT (SELECT body FROM sources WHERE cable_id = c.id ORDER BY rank DESC, id DESC LIMIT 1), "
        "c.merged FROM cables c WHERE c.id = ?",
        (cable_id,),
    ).fetchone()
    return merged_doc(primary_blob, merged)


def migrate(db: sqlite3.Connection, path: Path, fact_key_id: FactKeyId) -> None:
    """Create the tables, or upgrade an older format to ``SCHEMA_VERSION`` (in the caller's
    transaction). A format newer than this program's is refused."""
    version = format_version(db)
    if version > SCHEMA_VERSION:
        raise sqlite3.DatabaseError(f"{path} was written by a newer cablescope (index format {version})")
    if version == SCHEMA_VERSION:
        return
    if version == 1:
        # Format 1 kept the appendix as a fourth column of fts: rebuild the text index.
        db.execute("DROP TABLE fts")
    if version in (1, 2):
        # Formats 1 and 2 counted appendix mentions as the cable's own and kept no acronyms.
        _add_column(db, "cable_facts", "appendix", "INTEGER NOT NULL DEFAULT 0")
        _add_column(db, "fact_keys", "alias_fold", "TEXT")
        # Their sort indexes lacked the last tie-breaker (reference id): made again below.
        db.execute("DROP INDEX IF EXISTS cables_classification")
        db.execute("DROP INDEX IF EXISTS cables_subject")
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
    if version == 1:
        reindex_text(db)
    if version in (1, 2):
        _recount_facts(db, fact_key_id)
    # Format 4 writes zstd-compressed JSON where 3 wrote zlib; ``unpack`` and
    # ``load_facts`` read both, so format 3 rows stay as they are. Format 5 adds
    # ``facts_pending`` (made above, empty: every cable of an older library has its facts).
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _add_column(db: sqlite3.Connection, table: str, column: str, definition: str) -> None:
    present = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
    if column not in present:
        db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")


def _recount_facts(db: sqlite3.Connection, fact_key_id: FactKeyId) -> None:
    """Fill in the fact counts of format 3 from the stored fact lists: appendix mentions
    apart from the cable's own, and the keys' acronyms. Only cables with appendix
    mentions have their rows rewritten."""
    aliases: dict[tuple[str, str], str] = {}
    last = 0
    while True:
        batch = db.execute(
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
                db.execute("DELETE FROM cable_facts WHERE cable_id = ?", (cable_id,))
                db.executemany(
                    "INSERT INTO cable_facts (key_id, cable_id, mentions, appendix) VALUES (?, ?, ?, ?)",
                    [
                        (fact_key_id(kind, key, alias), cable_id, own, appendix)
                        for kind, key, alias, own, appendix in counts
                    ],
                )
        last = batch[-1][0]
    db.executemany(
        "UPDATE fact_keys SET alias_fold = ? WHERE kind = ? AND key = ?",
        [(alias, kind, key) for (kind, key), alias in aliases.items()],
    )


def reindex_text(db: sqlite3.Connection) -> None:
    """Fill the FTS tables again from the stored cables (after a change of their layout)."""
    ids = [row[0] for row in db.execute("SELECT id FROM cables ORDER BY id")]
    for cable_id in ids:
        body, subject, header, appendix = fts_values(load_doc(db, cable_id))
        db.execute(
            "INSERT INTO fts (rowid, body, subject, header) VALUES (?, ?, ?, ?)",
            (cable_id, body, subject, header),
        )
        if appendix:
            db.execute("INSERT INTO fts_appendix (rowid, appendix) VALUES (?, ?)", (cable_id, appendix))
    db.execute("INSERT INTO fts (fts) VALUES ('optimize')")
