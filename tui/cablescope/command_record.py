"""The record of plugin commands, so that ``--help`` and core commands start without importing plugins.

Typer must know every command before it parses the arguments, and a plugin's commands are
only known by importing it (``register_commands``). Importing every plugin costs more than
the rest of start-up, so the first full load writes down each plugin command's name and help
in ``plugin-commands.json`` in the cablescope folder, under a fingerprint of what could change
them: every entry point of the ``cablescope`` group (distribution, version, target, and the
newest modification time of the module's files, for editable installs), the files of the
plugins folders, the ``CABLESCOPE_LOAD_PLUGINS`` allow-list and ``CABLESCOPE_SKIP_INSTALLED_PLUGINS``.
Installing, upgrading, removing or editing a plugin changes the fingerprint, so the record
is never read for a set of plugins it was not written for: that run loads every plugin and
writes a new record. A run in which a plugin failed writes none, so the failure is reported
again by every command until it is fixed.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import zlib
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from cablescope.config import data_dir, default_plugins_dir
from cablescope.plugins import ENTRY_POINT_GROUP, LOAD_ENV, SKIP_INSTALLED_ENV

RECORD_NAME = "plugin-commands.json"
KEPT_FINGERPRINTS = 8
"""Records kept for other fingerprints (runs with and without ``--plugins-dir DIR``, say)."""


@dataclass(frozen=True)
class RecordedCommand:
    """What ``--help`` shows of a plugin command, and which plugin provides it."""

    name: str
    plugin: str
    help: str | None
    short_help: str | None
    hidden: bool
    deprecated: bool | str
    group: bool


def record_path() -> Path:
    return data_dir() / RECORD_NAME


def fingerprint(plugins_dirs: list[Path]) -> str:
    """A digest of everything that decides which plugin commands exist (see the module's docstring)."""
    parts: list[str] = [os.environ.get(LOAD_ENV, "\0unset"), f"skip {os.environ.get(SKIP_INSTALLED_ENV)}"]
    for folder, entry_points in declaring_distributions():
        # The metadata file as it is (name and version among it): parsing it costs more than
        # hashing it, and start-up pays for this on every run.
        parts.append(f"dist {_read(folder / 'METADATA') or _read(folder / 'PKG-INFO')}")
        for name, target in group_entries(entry_points):
            parts.append(f"ep {name}={target} {_newest(target.split(':', 1)[0].split('[', 1)[0].strip())}")
    for folder in [default_plugins_dir(), *plugins_dirs]:
        parts.append(f"dir {folder}")
        try:
            files = sorted(folder.expanduser().glob("*.py"))
        except OSError:
            continue
        for path in files:
            try:
                stat = path.stat()
            except OSError:
                continue
            parts.append(f"file {path.name} {stat.st_mtime_ns} {stat.st_size}")
    # Two 32-bit checksums, not hashlib: importing hashlib loads OpenSSL, which would cost every
    # command more than the rest of this digest. A record is only ever compared with the few
    # kept beside it, and a collision would only list a stale set of commands.
    data = "\n".join(parts).encode("utf-8", "surrogateescape")
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def declaring_distributions() -> Iterator[tuple[Path, str]]:
    """The metadata folder and ``entry_points.txt`` of every distribution on ``sys.path`` that
    declares an entry point of the ``cablescope`` group, in path order.

    ``importlib.metadata`` finds the same folders (``*.dist-info`` and ``*.egg-info`` in each
    ``sys.path`` folder) but imports the email package to parse every distribution's metadata,
    which would cost each command more than the rest of this digest; a test checks that both
    see the same entry points.
    """
    for entry in sys.path:
        folder = entry or "."
        try:
            names = sorted(os.listdir(folder))
        except OSError:  # a missing folder, a zip file
            continue
        for name in names:
            if not name.endswith((".dist-info", ".egg-info")):
                continue
            # Plain strings, not Paths: this runs for every distribution installed, every run.
            text = _read(os.path.join(folder, name, "entry_points.txt"))
            if text is not None and f"[{ENTRY_POINT_GROUP}]" in text:
                yield Path(folder, name), text


def group_entries(entry_points: str) -> list[tuple[str, str]]:
    """The ``name = target`` lines of the ``cablescope`` section of an ``entry_points.txt``."""
    found: list[tuple[str, str]] = []
    inside = False
    for raw in entry_points.splitlines():
        line = raw.strip()
        if line.startswith("["):
            inside = line == f"[{ENTRY_POINT_GROUP}]"
        elif inside and "=" in line and not line.startswith(("#", ";")):
            name, target = line.split("=", 1)
            found.append((name.strip(), target.strip()))
    return found


def _read(path: str | Path) -> str | None:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError):
        return None


def _newest(module: str) -> int:
    """The newest modification time of a module's files, found without importing it (0 if unknown)."""
    try:
        spec = importlib.util.find_spec(module.split(".", 1)[0])
    except (ImportError, ValueError):
        return 0
    if spec is None or spec.origin is None:
        return 0
    if not spec.submodule_search_locations:
        try:
            return os.stat(spec.origin).st_mtime_ns
        except OSError:
            return 0
    return _newest_in(os.path.dirname(spec.origin))


def _newest_in(folder: str) -> int:
    """The newest modification time of the ``*.py`` files under ``folder`` (what ``rglob`` finds,
    walked with ``os.scandir``: a few times quicker, and every run pays for it)."""
    newest = 0
    folders = [folder]
    while folders:
        try:
            entries = list(os.scandir(folders.pop()))
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir():
                    folders.append(entry.path)
                elif entry.name.endswith(".py"):
                    newest = max(newest, entry.stat().st_mtime_ns)
            except OSError:
                continue
    return newest


def read_record(key: str) -> list[RecordedCommand] | None:
    """The commands recorded under ``key``; ``None`` when there is no usable record for it."""
    try:
        records = json.loads(record_path().read_text(encoding="utf-8"))
        return [RecordedCommand(**entry) for entry in records[key]]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_record(key: str, commands: list[RecordedCommand]) -> None:
    """Record ``commands`` under ``key``, keeping the most recent other fingerprints' records.

    A folder that cannot be written only costs the next run its speed: errors are ignored.
    """
    path = record_path()
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(records, dict):
            records = {}
    except (OSError, ValueError):
        records = {}
    records.pop(key, None)
    records[key] = [asdict(command) for command in commands]
    kept = dict(list(records.items())[-KEPT_FINGERPRINTS:])
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{RECORD_NAME}.{os.getpid()}")
        temporary.write_text(json.dumps(kept), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        return
