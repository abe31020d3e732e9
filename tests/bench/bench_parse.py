"""Parser benchmark: cables per second per core, and memory reading a large cables.csv.

    python tests/bench/bench_parse.py [--rows 10000 100000] [--rounds 5] [--csv-dir DIR] [--cables FILE]

1. Throughput: every shared cable-viewer page's text is parsed ``--rounds`` times; the rate
   is cables per CPU-second of this one process (so per core, whatever else the machine
   runs), best round and median. The whole read (``read_path``: file, HTML, parse) is timed the
   same way, once the readers are loaded.
2. Memory: synthetic cables.csv files of each ``--rows`` size (tests/bench/gen_csv.py) are
   read to the end by ``read_path`` in a fresh process; its peak resident memory shows
   whether memory stays flat as the row count grows.

A change made for speed must not change what is read: ``--cables FILE`` (instead of the timings)
writes every cable's ``model_dump(mode="json")`` to FILE when it does not exist, and otherwise
compares with it and names the cables that differ (exit status 3 if any). Each field is kept as a
digest of its JSON, so the file stays small and a difference names the field. The cables are the
shared pages read by ``read_path``, every other form the fidelity tests build from them
(``tests/readers/cable_forms.py``: cables.csv, viewer text, Scoop intact and collapsed, partial
extract, printout), and the two big inputs of the tests: a 20 MB line with 920,000 redactions and
a 50 MB paragraph.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2] / "shared" / "corpus" / "wikileaks-cables"
LONG_LINE = b"C O N F I D E N T I A L PARIS 000001 " + b"word XXXXXX word word " * 920_000
"""tests/readers/test_readers_formats.py's 20 MB one-line file."""
FIFTY_MB = 50_000_000

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
    from cablescope.plugins import get_readers
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
    get_readers()  # loading the plugins (about 0.16 s CPU, once a process) is not reading
    read_rates = []
    for _ in range(rounds):
        start = time.process_time()
        read = sum(1 for _ in read_path(CORPUS))
        read_rates.append(read / (time.process_time() - start))
    return {
        "cables": len(texts),
        "mean_chars": sum(map(len, texts)) / len(texts),
        "parse_best": max(rates),
        "parse_median": statistics.median(rates),
        "read_best": max(read_rates),
        "read_median": statistics.median(read_rates),
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


def every_cable(corpus: Path, folder: Path) -> Iterator[tuple[str, dict]]:
    """Every cable of every form, keyed by form, reference id and place, as JSON; the path of a
    file is given relative to the folder it was read from."""
    sys.path[:0] = [str(HERE.parent / "readers"), str(HERE.parent / "hostile")]
    import cable_forms  # type: ignore[import-not-found]
    from hostile_corpus import cable_text  # type: ignore[import-not-found]

    from cablescope.parse import parse_cable
    from cablescope.readers import read_path

    pages = cable_forms.load_pages(corpus)
    (folder / "cables.csv").write_text(cable_forms.cables_csv(pages), encoding="utf-8")
    (folder / "long-line.txt").write_bytes(LONG_LINE)
    prose = "The Minister said the talks on nuclear fuel would resume in Geneva "
    body = (prose * (FIFTY_MB // len(prose) + 1))[: FIFTY_MB - 1] + "."
    (folder / "big.txt").write_text(cable_text(body, 7), encoding="utf-8")
    forms = {
        "html": (read_path(corpus), corpus),
        "csv": (read_path(folder / "cables.csv"), folder),
        "long-line": (read_path(folder / "long-line.txt"), folder),
        "50mb": (read_path(folder / "big.txt"), folder),
    }
    for name in ("viewer_text", "scoop_intact", "scoop_collapsed", "partial_extract", "printout"):
        form = getattr(cable_forms, name)
        forms[name] = ((parse_cable(form(page)) for page in pages), corpus)
    for name, (cables, root) in forms.items():
        for n, cable in enumerate(cables):
            dump = cable.model_dump(mode="json")
            if dump["source"] and dump["source"]["path"]:
                dump["source"]["path"] = str(Path(dump["source"]["path"]).relative_to(root))
            yield f"{name}:{cable.reference_id or n}#{n}", dump


def cables_check(corpus: Path, path: Path) -> int:
    """Write every cable (each field as a digest of its JSON) to ``path``, or compare them with what
    it holds: 0 if the same."""
    with tempfile.TemporaryDirectory() as folder:
        found = {
            key: {
                field: hashlib.sha256(json.dumps(value, sort_keys=True).encode()).hexdigest()[:16]
                for field, value in dump.items()
            }
            for key, dump in every_cable(corpus, Path(folder))
        }
    sys.path.insert(0, str(HERE))
    from same_output import differing

    differ = differing(path, found)
    if differ is None:
        print(f"cables: {len(found)} cables written to {path}")
        return 0
    print(f"cables: {len(found) - len(differ)} of {len(found)} cables are the ones {path} holds")
    before = json.loads(path.read_text(encoding="utf-8"))
    for key in differ[:20]:
        old, new = before.get(key, {}), found.get(key, {})
        fields = sorted(f for f in old.keys() | new.keys() if old.get(f) != new.get(f))
        print(f"  differs: {key} ({', '.join(fields)})")
    return 3 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--csv-dir", type=Path, help="keep (and reuse) the generated CSV files here")
    parser.add_argument("--cables", type=Path, help="write every cable read to FILE, or compare with it")
    args = parser.parse_args()
    if args.cables:
        if not CORPUS.is_dir():
            print(f"shared corpus not found at {CORPUS}", file=sys.stderr)
            return 1
        return cables_check(CORPUS, args.cables)

    if CORPUS.is_dir():
        figures = throughput(args.rounds)
        print(f"parse_cable on {figures['cables']} shared pages (mean {figures['mean_chars']:.0f} chars):")
        print(
            f"  best {figures['parse_best']:,.0f} cables per CPU-second, "
            f"median {figures['parse_median']:,.0f} (target 2,000)"
        )
        print(
            f"  read_path (file + HTML + parse): best {figures['read_best']:,.0f} cables per CPU-second, "
            f"median {figures['read_median']:,.0f}"
        )
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
