"""Indexing real cable text: ``cablescope index`` against bare SQLite FTS5 inserts of the same bodies.

    python tests/bench/bench_real.py [--cables 20000] [--body-kb KB] [--dir DIR] [--workers N]

Builds a cables.csv from the shared WikiLeaks pages: each row takes one page's header and lead,
and numbered paragraphs drawn (shuffled) from the pages of the same post, under a fresh serial,
so that vocabulary and length stay those of real cables. In the same run it times

1. bare FTS5: one table, one transaction, every row's body inserted, no parsing;
2. the index with no plugin loaded (the core index);
3. the index with the built-in plugins' facts: when the first stage's last cable was
   committed (every cable searchable), when that stage ended (its search index merged, which
   keeps queries fast) and when the second, the facts, ended;

and prints each as cables per second and as a ratio to bare FTS5, both by the clock and per
CPU-second (every process of the run, workers too: on a shared machine the clock counts the
other users' work as well). The index runs in a subprocess as ``cablescope index`` does
(``ingest.index``, without the command line's start-up) while its memory is sampled. Run by
hand; the generated CSV is kept in DIR and reused.

The shared pages' bodies average about 10 KB; Cablegate's 251,287 cables average 6.8 KB.
``--body-kb 6.8`` draws fewer paragraphs for each cable (each page's own length scaled by the
same factor, at least one paragraph), so that the mean body is about that size while the
vocabulary stays real. The run ends with the minutes 250,000 cables take to be searchable and
to have their facts: measured with ``--cables 250000``, otherwise an extrapolation from this
run's rates, printed as one.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import resource
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "readers"))

from bench_index import tree_rss  # noqa: E402
from cable_forms import load_pages  # noqa: E402

CORPUS = HERE.parents[2] / "shared" / "corpus" / "wikileaks-cables"
_PARAGRAPH_START = re.compile(r"^[ \t]*\d{1,3}\.[ \t]*\((?:U|C|S|SBU|TS)\b", re.MULTILINE)


def real_rows(count: int, seed: int = 2010, body_kb: float | None = None) -> list[list[str]]:
    """``count`` cables.csv rows of real text: a page's lead, paragraphs shuffled within its post;
    with ``body_kb``, as many paragraphs as make each body its page's length scaled to that mean
    (the scale found in one trial draw, since whole paragraphs overshoot or fall short)."""
    pages = load_pages(CORPUS)
    if not body_kb:
        return _rows(pages, count, seed, None)
    scale = body_kb * 1000 * len(pages) / sum(len(page.body) for page in pages)
    trial = _rows(pages, count, seed, scale)
    mean = sum(len(row[7]) for row in trial) / len(trial)
    return _rows(pages, count, seed, scale * body_kb * 1000 / mean)


def _rows(pages: list, count: int, seed: int, scale: float | None) -> list[list[str]]:
    rnd = random.Random(seed)
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
        if scale is not None:
            paragraphs = _up_to(paragraphs, scale * len(page.body) - len(lead))
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


def _up_to(paragraphs: list[str], size: float) -> list[str]:
    """The first paragraphs, while each ends nearer ``size`` than the one before (at least one)."""
    kept, length = [], 0
    for paragraph in paragraphs:
        if kept and length + len(paragraph) / 2 > size:
            break
        kept.append(paragraph)
        length += len(paragraph)
    return kept


def write_real_csv(path: Path, count: int, body_kb: float | None = None) -> Path:
    if path.exists():
        return path
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(
            handle, quoting=csv.QUOTE_ALL, escapechar="\\", doublequote=False, lineterminator="\n"
        )
        writer.writerows(real_rows(count, body_kb=body_kb))
    return path


def bare_fts5(csv_path: Path, db: Path) -> dict:
    """Every body inserted into one FTS5 table in one transaction: the floor any index pays."""
    db.unlink(missing_ok=True)
    csv.field_size_limit(64 * 1024 * 1024)  # a real body can pass csv's 128 KB default
    with csv_path.open(encoding="utf-8", newline="") as handle:
        bodies = [row[7] for row in csv.reader(handle, escapechar="\\", doublequote=False)]
    started, cpu = time.monotonic(), time.process_time()
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE VIRTUAL TABLE body USING fts5(text)")
    with connection:
        connection.executemany("INSERT INTO body(text) VALUES (?)", ((b,) for b in bodies))
    connection.close()
    seconds, cpu = time.monotonic() - started, time.process_time() - cpu
    return {"cables": len(bodies), "rate": len(bodies) / seconds, "cpu_rate": len(bodies) / cpu}


# Run in a subprocess: the index of one file, when its first stage's last write was committed
# and when its facts stage began, as JSON.
RUN_INDEX = """
import json, sys, time
from cablescope import ingest
from cablescope.store import Store
started = time.monotonic()
stages = {}
def written(cables, done, total):
    stages["written"] = time.monotonic() - started
def facts_began(done, pending):
    stages.setdefault("merged", time.monotonic() - started)
with Store(sys.argv[2]) as store:
    workers = int(sys.argv[3]) if sys.argv[3] != "auto" else None
    report = ingest.index(store, [sys.argv[1]], workers=workers, progress=written,
                          facts_progress=facts_began)
    pending = store.facts_pending()
elapsed = time.monotonic() - started
print(json.dumps({"cables": report.cables, "seconds": elapsed, "pending": pending,
                  "written": stages.get("written", elapsed), "merged": stages.get("merged", elapsed)}))
"""


def index_run(csv_path: Path, db: Path, workers: int | None, no_plugins: bool) -> dict:
    """One indexing run: its rates by the clock and per CPU-second, and its peak memory."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    env = {**os.environ, "CABLESCOPE_LOAD_PLUGINS": "none"} if no_plugins else None
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    command = [sys.executable, "-c", RUN_INDEX, str(csv_path), str(db), str(workers or "auto")]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid)[0])
        time.sleep(0.25)
    out, err = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"indexing {csv_path} failed ({process.returncode}): {err.strip()[-500:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    run = json.loads(out)
    assert run["pending"] == 0, "the run ended with facts still pending"
    return {
        "rate": run["cables"] / run["seconds"],
        "written_rate": run["cables"] / run["written"],
        "merged_rate": run["cables"] / run["merged"],
        "cpu_rate": run["cables"] / cpu,
        "peak_mb": peak / 1e6,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cables", type=int, default=20_000)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/cablescope-bench-real"))
    parser.add_argument("--workers", type=int)
    parser.add_argument("--body-kb", type=float, help="mean body size to draw (Cablegate's: 6.8)")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"shared corpus not found at {CORPUS}")
        return 1
    args.dir.mkdir(parents=True, exist_ok=True)
    name = f"real-{args.cables}" + (f"-{args.body_kb:g}kb" if args.body_kb else "")
    csv_path = write_real_csv(args.dir / f"{name}.csv", args.cables, args.body_kb)
    megabytes = csv_path.stat().st_size / 1e6
    print(
        f"{args.cables:,} real-text cables, {megabytes:,.0f} MB "
        f"({megabytes * 1e3 / args.cables:.1f} KB a cable)"
    )
    load = os.getloadavg()[0]
    bare = bare_fts5(csv_path, args.dir / "bare.db")
    core = index_run(csv_path, args.dir / "real.db", args.workers, no_plugins=True)
    whole = index_run(csv_path, args.dir / "real.db", args.workers, no_plugins=False)
    rows = [
        ("bare FTS5, one transaction", bare["rate"], bare["cpu_rate"], None),
        ("core index (no plugins)", core["rate"], core["cpu_rate"], core["peak_mb"]),
        ("built-in plugins: all searchable", whole["written_rate"], None, None),
        ("built-in plugins: index merged", whole["merged_rate"], None, None),
        ("built-in plugins: facts done", whole["rate"], whole["cpu_rate"], whole["peak_mb"]),
    ]
    print(f"  {'':32} {'cables/s':>9} {'ratio':>6}  {'per CPU-s':>9} {'ratio':>6}  peak MB")
    for label, rate, cpu_rate, peak in rows:
        by_cpu = f"{cpu_rate:9,.0f} {cpu_rate / bare['cpu_rate']:5.2f}×" if cpu_rate else " " * 16
        print(
            f"  {label + ':':32} {rate:9,.0f} {rate / bare['rate']:5.2f}×  {by_cpu}"
            f"  {f'{peak:7,.0f}' if peak else ''}"
        )
    span = (
        f"this run's {args.cables:,} cables"
        if args.cables == 250_000
        else "250,000 such cables, extrapolated from this run's rates"
    )
    print(
        f"  {span}: searchable in {250_000 / whole['written_rate'] / 60:.1f} min "
        f"(index merged in {250_000 / whole['merged_rate'] / 60:.1f}), "
        f"facts done in {250_000 / whole['rate'] / 60:.1f} min"
    )
    print(f"  load average {load:.2f} before, {os.getloadavg()[0]:.2f} after, on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
