"""The open library file: connecting (read-only or not), upgrading, locks and transactions.

``Connection`` is what the store's reading and writing halves share: the SQLite
connection, a lock serialising calls from several threads, the write lock held by a whole
write run (``cablescope.writelock``), and the caches a commit of ours makes stale.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self

from cablescope.store.schema import (
    APPLICATION_ID,
    READABLE_FROM,
    SCHEMA_VERSION,
    check_library,
    format_version,
    load_doc,
    migrate,
)
from cablescope.writelock import Holder, write_lock


class Connection:
    """One library file, open. Safe to share between threads (calls are serialised)."""

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
        self._wait, self._on_wait, self._stop_waiting = wait, on_wait, stop_waiting
        self._lock = threading.RLock()
        self._fact_key_ids: dict[tuple[str, str], tuple[int, bool]] = {}
        """(kind, key) -> (fact_keys id, whether its acronym is recorded)."""
        self._count_cache: dict[str, tuple[int, int]] = {}
        self._match_tables: dict[tuple[str, bool], tuple[str, tuple[int, int], int]] = {}
        """(FTS query, appendix included) -> (temporary table of its matches, data version, how many)."""
        self._table_serial = 0
        self._run: int | None = None
        """The run number of single-cable writes on this connection (``Writes.add_run``)."""
        self._generation = 0
        """Bumped by each commit of ours: PRAGMA data_version only tells of other connections'."""
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
            self._check_readable()
        else:
            self._db.execute("PRAGMA synchronous = NORMAL")
            if format_version(self._db) != SCHEMA_VERSION or not mine:
                self._set_up(mine)
        self._db.execute("PRAGMA cache_size = -65536")
        self._db.execute("PRAGMA temp_store = MEMORY")

    def _check_readable(self) -> None:
        """Refuse a format this program cannot read; upgrade an old one in place when allowed."""
        version = format_version(self._db)
        if 0 < version < READABLE_FROM and os.access(self.path, os.W_OK):
            # An index written by an earlier cablescope: upgrade it in place once, then read it.
            self._db.close()
            try:
                Connection(self.path).close()
            except sqlite3.Error as error:
                raise sqlite3.DatabaseError(
                    f"index format {version}, not {SCHEMA_VERSION}, and upgrading it failed ({error}): "
                    "run `cablescope index` on it once to upgrade"
                ) from None
            self._db = self._connect_readonly()
            self._db.execute("PRAGMA busy_timeout = 10000")
            version = format_version(self._db)
        if not READABLE_FROM <= version <= SCHEMA_VERSION:
            self._db.close()
            raise sqlite3.DatabaseError(
                f"index format {version}, not {SCHEMA_VERSION}: run `cablescope index` on it once to upgrade"
                if 0 < version < SCHEMA_VERSION
                else f"not a cablescope index (format {version})"
            )

    def _set_up(self, mine: bool) -> None:
        """Create or upgrade the file. A write run too: two at once on a new file would race to
        set it up (journal mode, schema)."""
        with self.writing():
            # Cable texts are stored as 1-10 KB blobs: big pages waste less space around them.
            self._db.execute("PRAGMA page_size = 16384")
            # FTS merges free whole segments at once: give those pages back to the file system.
            self._db.execute("PRAGMA auto_vacuum = INCREMENTAL")
            self._db.execute("PRAGMA journal_mode = WAL")
            if format_version(self._db) != SCHEMA_VERSION:
                with self._lock, self.transaction():
                    migrate(self._db, self.path, self._fact_key_id)
            if not mine:
                self._db.execute(f"PRAGMA application_id = {APPLICATION_ID}")

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

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def format_version(self) -> int:
        """The index format of the open file (``SCHEMA_VERSION`` once written by this program)."""
        with self._lock:
            return format_version(self._db)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """The rows of one read-only SQL statement (for checks and scripts); a statement that
        would write raises ``sqlite3.OperationalError``."""
        with self._lock:
            self._db.execute("PRAGMA query_only = ON")
            try:
                return self._db.execute(sql, params).fetchall()
            finally:
                self._db.execute("PRAGMA query_only = OFF")

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the library's write lock for a whole write run (nested calls share it)."""
        if self._write_lock is None:
            raise sqlite3.OperationalError(f"the library {self.path} is open read-only")
        self._write_lock.acquire(wait=self._wait, on_wait=self._on_wait, stop=self._stop_waiting)
        try:
            yield
        finally:
            self._write_lock.release()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back (and caches dropped) on any error."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._committed()
            self._db.execute("ROLLBACK")
            self._fact_key_ids.clear()
            raise
        self._committed()
        self._db.execute("COMMIT")

    def _committed(self) -> None:
        # data_version only tells of other connections' commits: our own ones void the counts here.
        self._count_cache.clear()
        self._generation += 1

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

    def _load_doc(self, cable_id: int) -> dict[str, Any]:
        """The merged document of a cable as stored (exactly what was indexed for it)."""
        return load_doc(self._db, cable_id)

    def _cable_id(self, reference_id: str) -> int | None:
        for candidate in dict.fromkeys((reference_id, reference_id.strip().upper())):
            row = self._db.execute("SELECT id FROM cables WHERE reference_id = ?", (candidate,)).fetchone()
            if row:
                return row[0]
        return None

    def meta(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None
