"""One writer at a time: the library's write lock, an OS lock on a file beside the library.

Every write to a library (indexing, removal, repair, the explorer's first-run seeding) holds
the lock for its whole run. Two runs that wrote at once would each remove, as stale, the
cable readings the other had just written; SQLite's own locking serialises transactions,
not runs. Readers never take it: WAL mode lets them read while a writer writes.

The lock is ``fcntl.flock`` on ``LIBRARY.lock``, so the operating system releases it when
its holder dies, even by SIGKILL: a killed run never leaves a library locked. The holder
writes its pid, start time and command line into the file, only to tell a waiting run who
it is waiting for.
"""

from __future__ import annotations

import fcntl
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

POLL_SECONDS = 0.05
"""How often a waiting writer tries the lock again (a blocking flock could not be cancelled)."""


@dataclass(frozen=True)
class Holder:
    """Who holds a library's write lock, as the holder wrote it (fields empty when unknown)."""

    pid: int | None
    started: str
    command: str

    def describe(self) -> str:
        parts = [f"pid {self.pid}" if self.pid else "pid unknown"]
        if self.started:
            parts.append(f"started {self.started}")
        if self.command:
            parts.append(self.command)
        return ", ".join(parts)


class LibraryBusy(Exception):
    """Another run holds the library's write lock (and this one was told not to wait)."""

    def __init__(self, library: Path, holder: Holder) -> None:
        self.library = library
        self.holder = holder
        super().__init__(f"another cablescope run ({holder.describe()}) is writing the library {library}")


class LockFileError(Exception):
    """The lock file cannot be made or opened (a read-only folder): the library cannot be written."""


class WaitCancelled(Exception):
    """Waiting for the write lock was given up (the explorer is closing)."""


def lock_path(library: Path) -> Path:
    return library.with_name(library.name + ".lock")


class WriteLock:
    """The write lock of one library, shared by every ``Store`` of this process (``write_lock``).

    Across processes the OS lock decides; inside this one, the thread that holds it may take
    it again (nested write runs, such as a repair that indexes), and another thread waits as
    another process would: a second descriptor's flock would not see this one's, and two
    flocks on one descriptor do not exclude each other.
    """

    def __init__(self, library: Path) -> None:
        self.library = Path(library)
        self.path = lock_path(self.library)
        self._guard = threading.Lock()
        self._owner: int | None = None
        self._fd: int | None = None
        self._depth = 0

    def acquire(
        self,
        *,
        wait: bool = True,
        on_wait: Callable[[Holder], None] | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> None:
        """Take the lock. When another run holds it: raise ``LibraryBusy`` unless ``wait``;
        else call ``on_wait`` once and try again until it is free, or ``stop()`` is true
        (then raise ``WaitCancelled``)."""
        me = threading.get_ident()
        told = False
        while True:
            with self._guard:
                if self._owner == me:
                    self._depth += 1
                    return
                if self._owner is None and self._try():
                    self._owner, self._depth = me, 1
                    return
            if not wait:
                raise LibraryBusy(self.library, read_holder(self.path))
            if not told and on_wait is not None:
                on_wait(read_holder(self.path))
            told = True
            if stop is not None and stop():
                raise WaitCancelled()
            time.sleep(POLL_SECONDS)

    def _try(self) -> bool:
        """Take the OS lock if no other process holds it, and say who holds it now."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as error:
            raise LockFileError(
                f"cannot open the write lock {self.path}: {error.strerror or error} "
                "(a library in a read-only folder can be read, not written)"
            ) from None
        if not _try_lock(fd):
            os.close(fd)
            return False
        _write_holder(fd)
        self._fd = fd
        return True

    def release(self) -> None:
        with self._guard:
            if self._owner != threading.get_ident():
                return
            self._depth -= 1
            if self._depth:
                return
            fd = self._fd
            assert fd is not None  # held by this thread, so opened
            # Emptied first, so that ``current_holder`` need not probe the lock to see it is free.
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
            self._fd, self._owner = None, None


_locks: dict[Path, WriteLock] = {}
_locks_guard = threading.Lock()


def write_lock(library: Path) -> WriteLock:
    """The one ``WriteLock`` of this process for the library at ``library``."""
    # The real path: a library reached through a link is still one library with one lock.
    key = Path(os.path.realpath(library))
    with _locks_guard:
        return _locks.setdefault(key, WriteLock(key))


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _write_holder(fd: int) -> None:
    started = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    command = " ".join(["cablescope", *sys.argv[1:]])[:300]
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n{started}\n{command}\n".encode(errors="replace"), 0)


def read_holder(path: Path) -> Holder:
    """The holder's details as written in the lock file (empty when it cannot be read)."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    lines += ["", "", ""]
    pid = int(lines[0]) if lines[0].strip().isdigit() else None
    return Holder(pid=pid, started=lines[1].strip(), command=lines[2].strip())


def current_holder(library: Path) -> Holder | None:
    """Who is writing the library now, or None.

    A finished run empties the lock file; a killed one leaves its details behind, but not
    the lock. The lock is probed (a shared lock taken and dropped at once) only when the
    file names a live process, so that asking never makes a starting writer think the
    library busy.
    """
    path = lock_path(Path(library))
    holder = read_holder(path)
    if holder.pid is None or not _alive(holder.pid):
        return None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        return None if _try_lock_shared(fd) else holder
    finally:
        os.close(fd)


def _try_lock_shared(fd: int) -> bool:
    """Whether nobody holds the lock (a shared lock taken and released at once: never blocks)."""
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    fcntl.flock(fd, fcntl.LOCK_UN)
    return True


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True
