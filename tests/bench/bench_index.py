"""Benchmark the corpus index: indexing throughput, database size, search latency, memory, and rg.

    python tests/bench/bench_index.py [--cables 250000] [--small 25000] [--dir DIR] [--workers N] [--reuse]
                                      [--search-only] [--no-plugins]

Generates synthetic cables.csv files with tests/bench/gen_csv.py (N cables, and a small one
for the memory comparison), indexes each with ``cablescope index`` in a subprocess while
sampling the resident memory of its process tree, then times a fixed set of searches
(top 20) against the big index and the closest ``rg`` command over the raw CSV. Prints
the figures and the issue's targets; writes them to DIR/bench_index.json as well.
``--no-plugins`` indexes with no plugin loaded (``CABLESCOPE_LOAD_PLUGINS=none``): the core's
own cost, without the built-in plugins' entity and marking facts (DIR/bench_index_no_plugins.json).
Run by hand; it takes a while at 250,000 cables.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_csv import write_csv

from cablescope.store import SearchFilters, Store

CLI = [sys.executable, "-c", "from cablescope.cli import main; main()"]
PAGE = os.sysconf("SC_PAGE_SIZE")


def tree_rss(root: int) -> tuple[int, int]:
    """(resident bytes of ``root`` and all its descendants, of ``root`` alone)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
                parents[int(entry)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
    family = {root}
    grew = True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in family and pid not in family:
                family.add(pid)
                grew = True
    total = own = 0
    for pid in family:
        try:
            with open(f"/proc/{pid}/statm") as handle:
                rss = int(handle.read().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            continue
        total += rss
        if pid == root:
            own = rss
    return total, own


def index(csv_path: Path, db: Path, workers: int | None, no_plugins: bool) -> dict:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    command = [*CLI, "index", str(csv_path), "--db", str(db), "--json"]
    if workers is not None:
        command += ["--workers", str(workers)]
    started = time.monotonic()
    env = {**os.environ, "CABLESCOPE_LOAD_PLUGINS": "none"} if no_plugins else None
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    peak_tree = peak_main = 0
    while process.poll() is None:
        total, own = tree_rss(process.pid)
        peak_tree, peak_main = max(peak_tree, total), max(peak_main, own)
        time.sleep(0.25)
    out, err = process.communicate()
    elapsed = time.monotonic() - started
    if process.returncode != 0:
        raise SystemExit(f"indexing {csv_path} failed ({process.returncode}): {err.strip()[-500:]}")
    report = json.loads(out)
    raw = csv_path.stat().st_size
    size = sum(Path(f"{db}{s}").stat().st_size for s in ("", "-wal", "-shm") if Path(f"{db}{s}").exists())
    return {
        "cables": report["cables"],
        "seconds": round(elapsed, 1),
        "cables_per_s": round(report["cables"] / elapsed),
        "mb_per_s": round(raw / 1e6 / elapsed, 2),
        "raw_mb": round(raw / 1e6, 1),
        "db_mb": round(size / 1e6, 1),
        "db_vs_raw": round(size / raw, 3),
        "peak_rss_tree_mb": round(peak_tree / 1e6),
        "peak_rss_main_mb": round(peak_main / 1e6),
    }


def rare_token(csv_path: Path) -> str:
    """The first row's VZCZCXRO routing token: a word found in only a few cables' headers."""
    with csv_path.open(encoding="utf-8") as handle:
        head = handle.read(4000)
    return re.search(r"VZCZCXRO\d{4}", head).group()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def time_calls(call, runs: int) -> dict:
    call()  # warm the page cache and SQLite's
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return {"p50_ms": round(percentile(times, 0.5), 1), "p95_ms": round(percentile(times, 0.95), 1)}


def time_rg(arguments: list[str] | None, csv_path: Path, runs: int = 3) -> dict | None:
    if arguments is None or shutil.which("rg") is None:
        return None
    times, output = [], ""
    for _ in range(runs):
        started = time.perf_counter()
        result = subprocess.run(
            ["rg", *arguments, str(csv_path)], capture_output=True, text=True, check=False
        )
        times.append((time.perf_counter() - started) * 1000)
        output = result.stdout.strip() or "0"
    return {
        "median_ms": round(statistics.median(times)),
        "count": int(output.splitlines()[-1].split(":")[-1]),
    }


def searches(db: Path, csv_path: Path, runs: int) -> dict:
    token = rare_token(csv_path)
    paris_2004 = SearchFilters(origin="Embassy Paris", date_from=date(2004, 1, 1), date_to=date(2004, 12, 31))
    # (name, query, filters, sort, rg arguments answering the nearest question over the raw file)
    plan = [
        ("common word", "minister", None, "relevance", ["-c", "-i", "-w", "minister"]),
        ("rare word", token.lower(), None, "relevance", ["-c", "-w", token]),
        (
            "phrase",
            '"constructive but difficult"',
            None,
            "relevance",
            ["-c", "-i", "-U", r"constructive\s+but\s+difficult"],
        ),
        ("prefix", "nonprolif*", None, "relevance", ["-c", "-i", "-w", r"nonprolif\w*"]),
        ("boolean", "reform NOT budget", None, "relevance", None),
        (
            "filtered",
            "minister",
            paris_2004,
            "relevance",
            ["-c", r'^"\d+","\d\d/\d\d/2004 [^"]*","[^"]*","Embassy Paris"'],
        ),
        ("common word, by date", "minister", None, "date", ["-c", "-i", "-w", "minister"]),
    ]
    results = {}
    with Store(db, readonly=True) as store:
        for name, query, filters, sort, rg_arguments in plan:
            figures = time_calls(
                lambda query=query, filters=filters, sort=sort: store.search(
                    query, filters, limit=20, sort=sort
                ),
                runs,
            )
            figures["matches"] = store.count(filters, query=query)
            figures["query"] = query
            figures["rg"] = time_rg(rg_arguments, csv_path)
            results[name] = figures
        total = store.count()
        results["list: count()"] = time_calls(store.count, runs)
        store._count_cache.clear()
        results["list: count(origin) uncached"] = time_calls(
            lambda: (store._count_cache.clear(), store.count(SearchFilters(origin="paris"))), runs
        )
        results["list: list(offset=80%, limit=50)"] = time_calls(
            lambda: store.list_cables(offset=int(total * 0.8), limit=50), runs
        )
        results["list: count(query=minister) uncached"] = time_calls(
            lambda: (store._count_cache.clear(), store.count(query="minister")), runs
        )
        results["stats: summary_stats()"] = time_calls(store.summary_stats, max(3, runs // 4))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cables", type=int, default=250_000)
    parser.add_argument(
        "--small", type=int, default=25_000, help="second corpus size, for the memory comparison"
    )
    parser.add_argument("--dir", type=Path, default=Path("/tmp/cablescope-bench"))
    parser.add_argument("--workers", type=int, default=None, help="passed to `cablescope index --workers`")
    parser.add_argument("--runs", type=int, default=20, help="timed runs per search")
    parser.add_argument(
        "--no-plugins", action="store_true", help="index with no plugin loaded: the core's own throughput"
    )
    parser.add_argument("--reuse", action="store_true", help="keep CSV files generated by an earlier run")
    parser.add_argument(
        "--search-only",
        action="store_true",
        help="time the searches on the index an earlier run built (its indexing figures are kept)",
    )
    args = parser.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)

    results = args.dir / ("bench_index_no_plugins.json" if args.no_plugins else "bench_index.json")
    figures: dict = {"machine": {"cpus": os.cpu_count(), "load_average": os.getloadavg()}}
    if args.search_only:
        figures = {**json.loads(results.read_text()), "machine": figures["machine"]}
    corpora = {}
    for count in (args.small, args.cables):
        csv_path = args.dir / f"cables-{count}.csv"
        if not ((args.reuse or args.search_only) and csv_path.exists()):
            started = time.monotonic()
            write_csv(csv_path, count)
            print(
                f"generated {csv_path} ({csv_path.stat().st_size / 1e6:,.0f} MB) "
                f"in {time.monotonic() - started:.0f}s",
                flush=True,
            )
        corpora[count] = csv_path
    for count, csv_path in corpora.items():
        if args.search_only:
            continue
        result = index(csv_path, args.dir / f"cables-{count}.db", args.workers, args.no_plugins)
        figures[f"index {count}"] = result
        print(f"index {count:,}: {json.dumps(result)}", flush=True)
    big = corpora[args.cables]
    figures["search"] = searches(args.dir / f"cables-{args.cables}.db", big, args.runs)
    figures["machine"]["load_average_after"] = os.getloadavg()
    results.write_text(json.dumps(figures, indent=2))

    full = figures[f"index {args.cables}"]
    small = figures[f"index {args.small}"]
    print()
    print(
        f"Indexing {full['cables']:,} cables ({full['raw_mb']:,} MB CSV): {full['seconds']:,}s, "
        f"{full['cables_per_s']:,} cables/s, {full['mb_per_s']} MB/s"
    )
    print(f"Database: {full['db_mb']:,} MB = {full['db_vs_raw']}x the raw file")
    print(
        f"Peak RSS (indexer and its workers): {small['peak_rss_tree_mb']} MB at {small['cables']:,} cables, "
        f"{full['peak_rss_tree_mb']} MB at {full['cables']:,} (main process {small['peak_rss_main_mb']} / "
        f"{full['peak_rss_main_mb']} MB)"
    )
    print()
    print(f"{'search (top 20)':40} {'matches':>9} {'p50 ms':>8} {'p95 ms':>8} {'rg ms':>8} {'rg count':>9}")
    for name, row in figures["search"].items():
        rg = row.get("rg") or {}
        print(
            f"{name:40} {row.get('matches', ''):>9} {row['p50_ms']:>8} {row['p95_ms']:>8} "
            f"{rg.get('median_ms', '-'):>8} {rg.get('count', '-'):>9}"
        )
    worst = max(row["p95_ms"] for name, row in figures["search"].items() if "matches" in row)
    print()
    print("Targets at 250,000 cables" + (" (no plugins loaded):" if args.no_plugins else ":"))
    print(f"  indexing >= 2,000 cables/s: {full['cables_per_s']:,}")
    print(f"  search p95 <= 50 ms: worst p95 {worst} ms")
    print(f"  database <= 1.5x raw text: {full['db_vs_raw']}x")
    print(f"  memory flat: {small['peak_rss_tree_mb']} MB -> {full['peak_rss_tree_mb']} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
