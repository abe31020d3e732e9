"""Synthetic cables for the store tests, written by us in the real telegram and CSV formats.

Plain helpers live here, under a name of their own, so test modules can import them
(``from store_samples import csv_rows``) whatever other conftest.py pytest loaded first.
"""

from __future__ import annotations

import csv
import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

# (station routing indicator, FM line, name in the serial line) of a few real posts.
POSTS = {
    "ROME": ("RUEHRO", "AMEMBASSY ROME", "ROME"),
    "PARIS": ("RUEHFR", "AMEMBASSY PARIS", "PARIS"),
    "BEIJING": ("RUEHBJ", "AMEMBASSY BEIJING", "BEIJING"),
}
BANNERS = {
    "CONFIDENTIAL": "C O N F I D E N T I A L",
    "SECRET": "S E C R E T",
    "UNCLASSIFIED": "UNCLAS",
}


def cable_text(
    post: str,
    serial: int,
    dtg: str,
    subject: str,
    paragraphs: list[str],
    *,
    classification: str = "CONFIDENTIAL",
    tags: str = "PREL, PGOV",
    ref: str | None = None,
    marking: str = "C",
) -> str:
    """A plain-text telegram: header block, banner, TAGS/SUBJECT, numbered marked paragraphs."""
    station, fm, name = POSTS[post]
    year = dtg.split()[-1]
    lines = [
        "VZCZCXRO0001",
        "OO RUEHWEB",
        f"DE {station} #{serial:04d}/01 2951203",
        "ZNY CCCCC ZZH",
        f"O {dtg}",
        f"FM {fm}",
        "TO RUEHC/SECSTATE WASHDC IMMEDIATE 0001",
        "BT",
        f"{BANNERS[classification]} {name} {serial:06d}",
        "",
        "SIPDIS",
        "",
        f"E.O. 12958: DECL: 10/22/20{int(year) + 10}",
        f"TAGS: {tags}",
        f"SUBJECT: {subject}",
        "",
    ]
    if ref:
        lines += [f"REF: {ref}", ""]
    lines += ["Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d)", ""]
    for number, text in enumerate(paragraphs, 1):
        lines += [f"{number}. ({marking}) {text}", ""]
    lines.append("ROE")
    return "\n".join(lines) + "\n"


def csv_rows(count: int, *, start: int = 1) -> list[list[str]]:
    """``count`` cables.csv rows with distinct reference ids and one distinctive word each."""
    rows = []
    for i in range(start, start + count):
        post = ("ROME", "PARIS", "BEIJING")[i % 3]
        _, fm, name = POSTS[post]
        # As in the release: routing lines in the header column, the banner onwards in the body.
        header = f"R 0{1 + i % 9}1200Z MAR 08\nFM {fm}\nTO RUEHC/SECSTATE WASHDC 0001"
        body = (
            f"{BANNERS['CONFIDENTIAL']} {name} {i:06d}\n\nE.O. 12958: DECL: 03/01/2018\n"
            f"TAGS: PREL, ECON\nSUBJECT: ROUTINE REPORT NUMBER {i}\n\n"
            "Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d)\n\n"
            f"1. (C) The embassy filed routine report number {i} on trade and visits.\n"
            'Officials discussed "quoted words", commas, and a backslash \\ here.\n\n'
            f"2. (C) Marker word serialword{i} closes the report."
        )
        rows.append(
            [
                str(i),
                f"03/0{1 + i % 9}/2008 12:00",
                f"08{name}{i}",
                f"Embassy {name.title()}",
                "CONFIDENTIAL",
                "",
                header,
                body,
            ]
        )
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL, escapechar="\\", doublequote=False)
        writer.writerows(rows)
    return path


def kill_when(process: subprocess.Popen, db: Path, ready: Callable[[sqlite3.Connection], bool]) -> None:
    """SIGKILL ``process`` as soon as ``ready`` holds of the library at ``db`` (looked at read-only
    every 50 ms), and wait for it to end."""
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        if not db.exists():
            continue
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as probe:
                if not ready(probe):
                    continue
        except sqlite3.OperationalError:
            continue
        process.send_signal(signal.SIGKILL)
        break
    process.wait(10)
