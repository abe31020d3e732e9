"""The hostile corpus, made at test time: odd files, escape-laden names, huge runs, bad libraries."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

PLUGINS = Path(__file__).parent / "hostile_plugins"
"""Real plugin modules that break the contract (stuck, printing, exiting), for ``--plugins-dir``."""

ESCAPE_NAMES = (
    "clip\x1b]52;c;aGVsbG8=\x07board.md",  # OSC 52: writes the clipboard
    "wipe\x1b[2Jscreen.md",  # CSI 2J: clears the screen
    "title\x1b]0;unterminated.md",  # an OSC that never ends swallows what follows
    "bidi\u202etxt.md",  # a right-to-left override
)
ESCAPE_BYTES = ("\x1b", "\x07", "\x9b", "\x9d", "\u202e")


def cable_text(body: str, serial: int = 1) -> str:
    """A plain-text cable of our own (09BEIJING<serial>) whose first paragraph is ``body``."""
    return (
        f"DE RUEHBJ #{serial:04d}/01 2951203\nO 221203Z OCT 09\nSUBJECT: HOSTILE TEST {serial}\n"
        f"\n1. (C) {body}\n\n2. (U) A short second paragraph about Beijing.\n"
    )


def make_hostile_folder(tmp_path: Path, seed_path: Path) -> Path:
    """A folder with a cable, a FIFO in a subfolder, files whose names carry escape sequences,
    and a page that is 100,000 characters of punctuation."""
    folder = tmp_path / "hostile"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(seed_path, folder / "09BEIJING2932-scoop.txt")
    os.mkfifo(folder / "sub" / "pipe.txt")
    for name in ESCAPE_NAMES:
        (folder / name).write_text("Notes on the cables.\n", encoding="utf-8")
    (folder / "punctuation.txt").write_text(cable_text("A" * 100 + "<" * 100_000), encoding="utf-8")
    return folder


def assert_terminal_safe(text: str) -> None:
    """No escape sequence, no C1 control and no bidi override reaches the terminal."""
    found = sorted({ch for ch in ESCAPE_BYTES if ch in text})
    assert not found, f"unsafe characters on the terminal: {found!r} in {text[:400]!r}"
    assert "Traceback" not in text, text[-2000:]


CLI = [sys.executable, "-c", "from cablescope.cli import main; main()"]


def run(
    *args: str | Path, timeout: float = 60, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """The command line in its own process, as a user runs it, bounded in time (a hang fails the test)."""
    return subprocess.run(
        [*CLI, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
    )


def corrupt_library(good: Path, out: Path) -> Path:
    """A copy of the library ``good`` whose pages after the first are overwritten (the header and
    the schema stay valid, so the file opens and fails only when a table is read)."""
    import sqlite3

    with sqlite3.connect(good) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = db.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(good.read_bytes())
    for number, start in enumerate(range(page, len(data), page)):
        data[start : start + page] = bytes((number * 7 + k) % 256 for k in range(page))
    out.write_bytes(bytes(data))
    return out


def foreign_database(path: Path, *, application_id: int = 0, user_version: int = 4) -> Path:
    """Another program's SQLite file: its own table, and a user_version that matches ours."""
    import sqlite3

    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        db.execute("INSERT INTO notes (body) VALUES ('keep me')")
        db.execute(f"PRAGMA user_version = {user_version}")
        db.execute(f"PRAGMA application_id = {application_id}")
    return path
