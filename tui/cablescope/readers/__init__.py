"""Reading cables from files and folders, whatever their form; the format is told by content."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from cablescope.model import Cable
from cablescope.readers.base import Reader, ReadError
from cablescope.readers.decode import read_head

__all__ = ["ReadError", "Reader", "choose_reader", "read_path"]


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
        raise ReadError("not a cable document in any known format")
    try:
        yield from reader.read(path)
    except ReadError:
        raise
    except Exception as error:  # noqa: BLE001 - one bad file (or plugin reader) must not stop a folder
        reason = " ".join(str(error).split())[:200]
        raise ReadError(f"{reader.name} reader failed: {type(error).__name__}: {reason}") from None


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def read_path(path: str | os.PathLike[str], errors: list[tuple[str, str]] | None = None) -> Iterator[Cable]:
    """Every cable in a file or, recursively, a folder.

    A file that cannot be read raises ``ReadError`` (one line, for users) unless ``errors``
    is given: then ``(path, reason)`` is appended and reading goes on with the next file.
    In a folder, files that no reader recognises and whose suffix no reader claims are
    skipped silently (a README beside the cables is not an error).
    """
    root = Path(path)
    if not root.exists():
        raise ReadError(f"no such file or folder: {root}")
    readers = _readers()
    if root.is_file():
        files: Iterator[Path] = iter([root])
        in_folder = False
    else:
        files = _walk(root)
        in_folder = True
    claimed = {suffix for reader in readers for suffix in reader.extensions}
    for file in files:
        try:
            if in_folder and file.suffix.lower() not in claimed:
                try:
                    if choose_reader(file, readers) is None:
                        continue
                except ReadError:
                    continue
            yield from _read_file(file, readers)
        except ReadError as error:
            if errors is None:
                raise ReadError(f"{file}: {error}") from None
            errors.append((str(file), str(error)))
