"""Reading cables from files and folders, whatever their form; the format is told by content."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from cablescope.model import Cable
from cablescope.reader import Reader, ReadError
from cablescope.readers.decode import read_head
from cablescope.readers.stated import ensure_reference_id

NOT_A_CABLE = "not a cable document in any known format"

__all__ = [
    "NOT_A_CABLE",
    "ReadError",
    "Reader",
    "cable_files",
    "choose_reader",
    "not_regular",
    "read_path",
    "read_with",
]


def _readers() -> list[Reader]:
    from cablescope.plugins import get_readers

    return get_readers()


def choose_reader(path: Path, readers: list[Reader] | None = None) -> Reader | None:
    """The reader most sure of this file's format (by content; the suffix only breaks ties)."""
    head = read_head(path)
    if not head.strip():
        raise ReadError("empty file")
    best: Reader | None = None
    best_score = 0.0
    for reader in readers if readers is not None else _readers():
        try:
            score = float(reader.sniff(head, path))
        except Exception:  # noqa: BLE001 - a plugin's faulty sniff must not stop reading
            score = 0.0
        if score > 0 and path.suffix.lower() in reader.extensions:
            score += 0.01
        if score > best_score:
            best, best_score = reader, score
    return best


def _read_file(path: Path, readers: list[Reader] | None) -> Iterator[Cable]:
    reader = choose_reader(path, readers)
    if reader is None:
        raise ReadError(NOT_A_CABLE)
    yield from read_with(reader, path)


def read_with(reader: Reader, path: Path) -> Iterator[Cable]:
    """The cables ``reader`` reads from ``path``, its format already told; any other failure
    than ``ReadError`` (a plugin reader's bug) becomes one that names the reader.

    Each step of a plugin's reader is a call with a time budget (``cablescope.isolation``): a
    reader stuck on a file fails that file, and its plugin is disabled for the rest of the run.
    cablescope's own readers have no budget (a very big file may take long, and must not
    switch them all off).
    """
    from cablescope.isolation import PluginTimeout, call_plugin
    from cablescope.plugins import CORE_PLUGINS, disable

    owner = reader.plugin or reader.name

    def step(call: Callable[[], Any]) -> Any:
        return call() if owner in CORE_PLUGINS else call_plugin(owner, call)

    try:
        cables = step(lambda: iter(reader.read(path)))
        while (cable := step(lambda: next(cables, _DONE))) is not _DONE:
            ensure_reference_id(cable)
            yield cable
    except ReadError:
        raise
    except PluginTimeout as error:
        disable(owner, f"reader {reader.name!r} on {path.name}", error)
        raise ReadError(f"{reader.name} reader {error}") from None
    except (Exception, SystemExit) as error:  # noqa: BLE001 - one bad file (or plugin reader) must not stop a folder
        reason = " ".join(str(error).split())[:200]
        raise ReadError(f"{reader.name} reader failed: {type(error).__name__}: {reason}") from None


_DONE = object()
"""What ``read_with`` gets from a reader that has no more cables."""


_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def not_regular(path: Path) -> str | None:
    """Why ``path`` is not a regular file or folder (``None`` when it is one, or is gone).

    Opening a FIFO blocks until something writes to it, and a device may never end: such
    paths are passed over with this reason instead of being read.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    return f"{kind}, not a regular file: not read"


def cable_files(
    folder: Path,
    readers: list[Reader] | None = None,
    skipped: list[tuple[str, str]] | None = None,
    unreadable: list[tuple[str, str]] | None = None,
) -> Iterator[Path]:
    """Files of a folder, recursively, that some reader takes (hidden files and folders left out).

    Every file is looked at and passed over when no reader recognises its content, with
    ``(path, reason)`` appended to ``skipped`` (a README beside the cables is not an error, but the
    user is told it was not read). A file whose suffix a reader claims but that cannot be looked at
    (a broken page, a binary file named .html) is yielded, so that the reader reports it.
    A folder that cannot be listed is appended to ``unreadable`` as ``(path, reason)``: os.walk
    would otherwise pass over it in silence.
    """
    return (file for file, _reader in _chosen(folder, readers, skipped, unreadable))


def _chosen(
    folder: Path,
    readers: list[Reader] | None,
    skipped: list[tuple[str, str]] | None,
    unreadable: list[tuple[str, str]] | None,
) -> Iterator[tuple[Path, Reader | None]]:
    """``cable_files`` with the reader chosen for each file (None for one that could not be looked
    at: reading it reports why), so that ``read_path`` does not sniff every file again."""
    readers = readers if readers is not None else _readers()
    claimed = {suffix for reader in readers for suffix in reader.extensions}

    def cannot_list(error: OSError) -> None:
        if unreadable is not None:
            unreadable.append((str(error.filename), f"cannot read this folder: {error.strerror or error}"))

    for root, dirs, files in os.walk(folder, onerror=cannot_list):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            file = Path(root) / name
            odd = not_regular(file)
            if odd is not None:
                if skipped is not None:
                    skipped.append((str(file), odd))
                continue
            try:
                reader = choose_reader(file, readers)
                recognised, reason = reader is not None, NOT_A_CABLE
            except (ReadError, OSError) as error:
                reader, recognised, reason = None, file.suffix.lower() in claimed, str(error)
            if not recognised:
                if skipped is not None:
                    skipped.append((str(file), reason))
                continue
            yield file, reader


def read_path(
    path: str | os.PathLike[str],
    errors: list[tuple[str, str]] | None = None,
    skipped: list[tuple[str, str]] | None = None,
) -> Iterator[Cable]:
    """Every cable in a file or, recursively, a folder.

    A file that cannot be read raises ``ReadError`` (one line, for users) unless ``errors``
    is given: then ``(path, reason)`` is appended and reading goes on with the next file.
    In a folder, files that no reader recognises and whose suffix no reader claims are
    passed over, and listed in ``skipped`` when it is given (see ``cable_files``).
    """
    root = Path(path)
    if not root.exists():
        raise ReadError(f"no such file or folder: {root}")
    odd = not_regular(root)
    if odd is not None:
        raise ReadError(f"{root}: {odd}")
    readers = _readers()
    files = iter([(root, None)]) if root.is_file() else _chosen(root, readers, skipped, None)
    for file, reader in files:
        try:
            yield from read_with(reader, file) if reader is not None else _read_file(file, readers)
        except ReadError as error:
            if errors is None:
                raise ReadError(f"{file}: {error}") from None
            errors.append((str(file), str(error)))
