"""Huge paragraphs and punctuation runs: every stage linear, display and excerpts cut with a note."""

from __future__ import annotations

import json
import re
import time
from datetime import date
from pathlib import Path

from forked_cli import run_cli
from hostile_corpus import assert_terminal_safe, cable_text

from cablescope import ingest
from cablescope.app.app import CablescopeApp
from cablescope.app.widgets.reader import CableReader
from cablescope.excerpts import SCANNED_CHARS, SHOWN_CHARS
from cablescope.plugins import LOAD_ENV
from cablescope.store import Store

FIFTY_MB = 50_000_000
PROSE = "The Minister said the talks on nuclear fuel would resume in Geneva "


def cut_shown(text: str, total: int) -> int:
    """How many characters the note after a cut paragraph says were shown (asserting it is there)."""
    found = re.search(rf"\[paragraph cut: ([\d,]+) of {total:,} characters shown", " ".join(text.split()))
    assert found, text[-500:]
    return int(found.group(1).replace(",", ""))


def big_cable(folder: Path, chars: int, serial: int = 7) -> Path:
    path = folder / f"big-{chars}.txt"
    body = (PROSE * (chars // len(PROSE) + 1))[: chars - 1] + "."  # parsing keeps all ``chars``
    path.write_text(cable_text(body, serial), encoding="utf-8")
    return path


def test_a_50_mb_paragraph_is_shown_indexed_and_searched_quickly_with_a_note(tmp_path):
    cable = big_cable(tmp_path, FIFTY_MB)
    started = time.monotonic()
    shown = run_cli("show", cable, timeout=120)
    assert shown.returncode == 0, shown.stderr
    assert SHOWN_CHARS - 1_000 < cut_shown(shown.stdout, FIFTY_MB) <= SHOWN_CHARS
    assert len(shown.stdout) < 3 * SHOWN_CHARS
    library = tmp_path / "lib.db"
    # Without plugins: the entities' cost is linear too (tests/bench/bench_hostile.py) but long.
    indexed = run_cli("index", cable, "--db", library, "--json", timeout=120, env={LOAD_ENV: ""})
    assert json.loads(indexed.stdout)["added"] == 1, indexed.stderr
    searched = run_cli("search", "geneva", "--db", library, "--json", timeout=60)
    (hit,) = json.loads(searched.stdout)
    excerpt = re.search(r" \[excerpt from the first ([\d,]+) of ([\d,]+) characters\]$", hit["snippet"])
    assert excerpt and int(excerpt.group(2).replace(",", "")) == FIFTY_MB
    assert SCANNED_CHARS - 1_000 < int(excerpt.group(1).replace(",", "")) <= SCANNED_CHARS
    assert_terminal_safe(shown.stdout + shown.stderr + searched.stderr)
    assert time.monotonic() - started < 110  # minutes each before (show of 8 MB: 33 s)


async def test_the_reader_cuts_a_huge_paragraph_with_a_note(tmp_path):
    library = tmp_path / "lib.db"
    with Store(library) as store:
        ingest.index(store, [big_cable(tmp_path, 3 * SHOWN_CHARS)], workers=0)
    app = CablescopeApp(db=library, doc="09BEIJING7", today=date(2026, 1, 15))
    async with app.run_test(size=(100, 30)) as pilot:
        reader = app.screen.query_one(CableReader)
        for _ in range(200):
            if reader.cable is not None and reader.plain_lines():
                break
            await pilot.pause(0.05)
        for _ in range(200):  # the plugins' tabs mounted: the app is not closed mid-mount
            if app.screen.query("#views Tab"):
                break
            await pilot.pause(0.05)
        await pilot.pause()
        lines = reader.plain_lines()
        text = "\n".join(line.split("│", 1)[-1] for line in lines)  # without the gutter
        assert SHOWN_CHARS - 1_000 < cut_shown(text, 3 * SHOWN_CHARS) <= SHOWN_CHARS
        assert sum(map(len, lines)) < 2 * SHOWN_CHARS
