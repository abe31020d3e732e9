"""Parser benchmark: cables per second per core, and memory reading a large cables.csv.

    python tests/bench/bench_parse.py [--rows 10000 100000] [--rounds 5] [--csv-dir DIR]

1. Throughput: every shared cable-viewer page's text is parsed ``--rounds`` times; the rate
   is cables per CPU-second of this one process (so per core, whatever else the machine
   runs), best round and median. The whole read (file, HTML, parse) is timed too.
2. Memory: synthetic cables.csv files of each ``--rows`` size (tests/bench/gen_csv.py) are
   read to the end by ``read_path`` in a fresh process; its peak resident memory shows
   whether memory stays flat as the row count grows.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2] / "shared" / "corpus" / "wikileaks-cables"

_CHILD = """
import json, resource, sys, time
from cablescope.readers import read_path
start = time.process_time()
count = paragraphs = 0
for cable in read_path(sys.argv[1]):
    count += 1
    paragraphs += len(cable.paragraphs)
seconds = time.process_time() - start
print(json.dumps({"rows": count, "paragraphs": paragraphs, "cpu_seconds": seconds,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_BASELINE = """
import json, resource
import cablescope.readers, cablescope.parse, cablescope.plugins
cablescope.plugins.get_readers()
print(json.dumps({"peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def throughput(rounds: int) -> dict:
    from cablescope.parse import parse_cable
    from cablescope.readers import read_path
    from cablescope.readers.wikileaks_html import cable_text

    paths = sorted(CORPUS.rglob("*.html"))
    texts = [cable_text(path.read_text(encoding="utf-8")) for path in paths]
    rates = []
    for _ in range(rounds):
        start = time.process_time()
        for text in texts:
            parse_cable(text)
        rates.append(len(texts) / (time.process_time() - start))
    start = time.process_time()
    read = sum(1 for _ in read_path(CORPUS))
    read_rate = read / (time.process_time() - start)
    return {
        "cables": len(texts),
        "mean_chars": sum(map(len, texts)) / len(texts),
        "parse_best": max(rates),
        "parse_median": statistics.median(rates),
        "read_path_rate": read_rate,
    }


def csv_memory(rows: list[int], folder: Path) -> list[dict]:
    sys.path.insert(0, str(HERE))
    from gen_csv import write_csv

    baseline = json.loads(
        subprocess.run([sys.executable, "-c", _BASELINE], capture_output=True, text=True, check=True).stdout
    )
    results = []
    for count in rows:
        path = folder / f"cables-{count}.csv"
        if not path.exists():
            write_csv(path, count)
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=True
        )
        figures = json.loads(done.stdout)
        figures.update(file_mb=path.stat().st_size / 1e6, import_rss_mb=baseline["peak_rss_mb"])
        results.append(figures)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--csv-dir", type=Path, help="keep (and reuse) the generated CSV files here")
    args = parser.parse_args()

    if CORPUS.is_dir():
        figures = throughput(args.rounds)
        print(f"parse_cable on {figures['cables']} shared pages (mean {figures['mean_chars']:.0f} chars):")
        print(
            f"  best {figures['parse_best']:,.0f} cables per CPU-second, "
            f"median {figures['parse_median']:,.0f} (target 2,000)"
        )
        print(f"  read_path (file + HTML + parse): {figures['read_path_rate']:,.0f} cables per CPU-second")
    else:
        print(f"shared corpus not found at {CORPUS}: throughput skipped")

    with tempfile.TemporaryDirectory() as scratch:
        folder = args.csv_dir or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        print("reading generated cables.csv to the end (fresh process each):")
        for result in csv_memory(args.rows, folder):
            print(
                f"  {result['rows']:>7,} rows, {result['file_mb']:6.0f} MB: "
                f"peak RSS {result['peak_rss_mb']:5.0f} MB "
                f"(after imports {result['import_rss_mb']:.0f} MB), "
                f"{result['rows'] / result['cpu_seconds']:,.0f} rows per CPU-second"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
