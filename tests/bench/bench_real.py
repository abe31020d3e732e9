"""Indexing real cable text: ``cablescope index`` against bare SQLite FTS5 inserts of the same bodies.

    python tests/bench/bench_real.py [--cables 20000] [--dir DIR] [--workers N]

Builds a cables.csv from the shared WikiLeaks pages: each row takes one page's header and lead,
and numbered paragraphs drawn (shuffled) from the pages of the same post, under a fresh serial,
so that vocabulary and length stay those of real cables. In the same run it times

1. bare FTS5: one table, one transaction, every row's body inserted, no parsing;
2. ``cablescope index`` with no plugin loaded (the core index);
3. ``cablescope index`` with the built-in plugins' facts;

and prints each as cables per second and as a ratio to bare FTS5. Run by hand on a quiet
machine; the generated CSV is kept in DIR and reused.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sqlite3
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "readers"))

from bench_index import index  # noqa: E402
from cable_forms import load_pages  # noqa: E402

CORPUS = HERE.parents[2] / "shared" / "corpus" / "wikileaks-cables"
_PARAGRAPH_START = re.compile(r"^[ \t]*\d{1,3}\.[ \t]*\((?:U|C|S|SBU|TS)\b", re.MULTILINE)


def real_rows(count: int, seed: int = 2010) -> list[list[str]]:
    """``count`` cables.csv rows of real text: a page's lead, paragraphs shuffled within its post."""
    rnd = random.Random(seed)
    pages = load_pages(CORPUS)
    by_post: dict[str, list] = defaultdict(list)
    pools: dict[str, list[str]] = defaultdict(list)
    for page in pages:
        post = re.sub(r"^\d\d|\d+$", "", page.refid)
        by_post[post].append(page)
        starts = [m.start() for m in _PARAGRAPH_START.finditer(page.body)]
        pools[post] += [page.body[a:b] for a, b in zip(starts, [*starts[1:], len(page.body)], strict=False)]
    rows = []
    serial = 100_000
    for number in range(1, count + 1):
        page = pages[number % len(pages)]
        post = re.sub(r"^\d\d|\d+$", "", page.refid)
        first = _PARAGRAPH_START.search(page.body)
        lead = page.body[: first.start()] if first else page.body
        pool = pools[post] or [page.body]
        paragraphs = rnd.sample(pool, k=min(len(pool), max(1, len(_PARAGRAPH_START.findall(page.body)))))
        body = lead + "".join(paragraphs)
        serial += 1
        year, month, day = page.created.split("-")
        refid = f"{year[2:]}{post}{serial}"
        rows.append(
            [
                str(number),
                f"{month}/{day}/{year} 12:00",
                refid,
                page.origin,
                page.classification,
                "",
                page.header,
                body,
            ]
        )
    return rows


def write_real_csv(path: Path, count: int) -> Path:
    if path.exists():
        return path
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(
            handle, quoting=csv.QUOTE_ALL, escapechar="\\", doublequote=False, lineterminator="\n"
        )
        writer.writerows(real_rows(count))
    return path


def bare_fts5(csv_path: Path, db: Path) -> dict:
    """Every body inserted into one FTS5 table in one transaction: the floor any index pays."""
    db.unlink(missing_ok=True)
    csv.field_size_limit(64 * 1024 * 1024)  # a real body can pass csv's 128 KB default
    with csv_path.open(encoding="utf-8", newline="") as handle:
        bodies = [row[7] for row in csv.reader(handle, escapechar="\\", doublequote=False)]
    started = time.monotonic()
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE VIRTUAL TABLE body USING fts5(text)")
    with connection:
        connection.executemany("INSERT INTO body(text) VALUES (?)", ((b,) for b in bodies))
    connection.close()
    seconds = time.monotonic() - started
    return {"cables": len(bodies), "seconds": seconds, "rate": len(bodies) / seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cables", type=int, default=20_000)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/cablescope-bench-real"))
    parser.add_argument("--workers", type=int)
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"shared corpus not found at {CORPUS}")
        return 1
    args.dir.mkdir(parents=True, exist_ok=True)
    csv_path = write_real_csv(args.dir / f"real-{args.cables}.csv", args.cables)
    megabytes = csv_path.stat().st_size / 1e6
    print(
        f"{args.cables:,} real-text cables, {megabytes:,.0f} MB "
        f"({megabytes * 1e3 / args.cables:.1f} KB a cable)"
    )
    bare = bare_fts5(csv_path, args.dir / "bare.db")
    print(f"  bare FTS5, one transaction:      {bare['rate']:8,.0f} cables/s  1.00×")
    for label, no_plugins in (("core index (no plugins)", True), ("with built-in plugins", False)):
        run = index(csv_path, args.dir / "real.db", args.workers, no_plugins)
        rate = run["cables_per_s"]
        print(f"  cablescope index, {label + ':':24} {rate:8,.0f} cables/s  {rate / bare['rate']:.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
