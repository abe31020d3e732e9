"""Cost of hostile text, stage by stage: ``python tests/bench/bench_hostile.py [--max-mb 10]``.

For cables whose first paragraph is 10 KB to ``--max-mb`` MB of one hostile shape (prose, one
endless word, a punctuation run, short lines), it prints the CPU time of each reading and
extraction stage: decoding, each built-in reader on the text written in its format, parsing,
each plugin's ``index_facts`` and ``annotate_paragraphs``, row preparation (facts, JSON,
compression) and laying out ``cablescope show``. Every stage should be linear: the bracketed
figure is microseconds per KB, which should stay flat as the size grows tenfold (the entities'
figure creeps up on millions of tokens: that is Python's cyclic garbage collector walking more
live objects, flat with ``gc`` off; indexing workers collect rarely).
Then the peak memory (RSS) of ``cablescope search --json`` against a library
holding one such cable, for growing paragraph sizes: it should stay close to the text's size
plus a constant, never many times the text (a search excerpt reads only the first
``SCANNED_CHARS`` of a paragraph).
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rich.console import Console

from cablescope import plugins
from cablescope.commands.read import render_cable
from cablescope.ingest.prepare import prepare
from cablescope.parse import parse_cable
from cablescope.readers import read_with
from cablescope.readers.decode import decode

SHAPES: dict[str, Callable[[int], str]] = {
    "prose": lambda n: ("The Minister of Foreign Affairs met Ambassador Smith in Paris. " * (n // 60 + 1))[
        :n
    ],
    "one word": lambda n: "A" * n,
    "punctuation": lambda n: "A" * 100 + "<" * (n - 100),
    "short lines": lambda n: ("NOFORN (S) x\n" * (n // 13 + 1))[:n],
}
HEADER = "DE RUEHBJ #0001/01 2951203\nO 221203Z OCT 09\nSUBJECT: BENCH\n\n1. (C) "


def cpu(call: Callable[[], object]) -> float:
    started = time.process_time()
    call()
    return time.process_time() - started


def _html_page(text: str) -> str:
    header, _, body = text.partition("\n\n")

    def encode(part: str) -> str:
        part = part.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return part.replace("\n", "&#x000A;")

    return (
        "<html><head><title>Cable Viewer</title></head><body>\n"
        f"<code><pre>{encode(header)}</pre></code>\n<code><pre>{encode(body)}</pre></code>\n</body></html>\n"
    )


def _csv_row(text: str) -> str:
    header, _, body = text.partition("\n\n")
    fields = ["1", "10/22/2009 12:03", "09BEIJING1", "Embassy Beijing", "CONFIDENTIAL", "", header, body]
    return ",".join('"' + f.replace("\\", "\\\\").replace('"', '\\"') + '"' for f in fields) + "\n"


PAGES: dict[str, tuple[str, str, Callable[[str], str]]] = {
    "read text": ("text", "cable.txt", lambda text: text),
    "read cable-viewer html": ("wikileaks-html", "cable.html", _html_page),
    "read scoop page": (
        "scoop",
        "scoop.txt",
        lambda text: "Cablegate: Bench\n\n" + text + "\n© Scoop Media\n\nWorld Headlines\n",
    ),
    "read cables.csv": ("csv", "cables.csv", _csv_row),
}


def _read_stages(text: str, folder: Path) -> dict[str, float]:
    """Each built-in reader on the text written as its format (named: a huge page's tell-tale
    footer is beyond what sniffing looks at)."""
    readers = {reader.name: reader for reader in plugins.get_readers()}
    timings = {}
    for stage, (reader, name, page) in PAGES.items():
        path = folder / name
        path.write_text(page(text), encoding="utf-8")
        timings[stage] = cpu(lambda path=path, reader=reader: list(read_with(readers[reader], path)))
    return timings


def stages(text: str, folder: Path) -> dict[str, float]:
    data = text.encode("utf-8")
    timings = {"decode": cpu(lambda: decode(data)), **_read_stages(text, folder)}
    cable = parse_cable(text)
    timings["parse"] = cpu(lambda: parse_cable(text))
    for hook in ("index_facts", "annotate_paragraphs"):
        for impl in getattr(plugins.pm.hook, hook).get_hookimpls():
            timings[f"{impl.plugin_name} {hook}"] = cpu(lambda impl=impl: impl.function(cable=cable))
    timings["prepare row"] = cpu(lambda: prepare(cable, "bench.txt"))
    console = Console(file=io.StringIO(), width=100)
    timings["show layout"] = cpu(lambda: console.print(render_cable(cable)))
    return timings


def search_peak_rss_mb(paragraph_chars: int, folder: Path) -> float:
    """Peak RSS of a `search --json` process against a library of one cable of this size."""
    source = folder / f"cable-{paragraph_chars}.txt"
    source.write_text(HEADER + SHAPES["prose"](paragraph_chars) + "\n", encoding="utf-8")
    library = folder / f"library-{paragraph_chars}.db"
    cli = [sys.executable, "-c", "from cablescope.cli import main; main()"]
    subprocess.run(
        [*cli, "index", str(source), "--db", str(library), "--workers", "0"], check=True, capture_output=True
    )
    # VmHWM, not ru_maxrss: on Linux the latter carries the forking parent's size across exec.
    code = (
        "import sys\n"
        "from cablescope.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
        "print(hwm, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "search", "minister", "--db", str(library), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stderr.strip().splitlines()[-1]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-mb", type=float, default=10.0, help="largest paragraph, in MB (default 10)")
    args = parser.parse_args()
    os.environ.setdefault("CABLESCOPE_PLUGIN_TIMEOUT", "0")  # measure, do not stop, a slow stage
    plugins.load_plugins()
    sizes = [s for s in (10_000, 100_000, 1_000_000, 10_000_000, 50_000_000) if s <= args.max_mb * 1e6]
    scratch = tempfile.TemporaryDirectory()
    for shape, make in SHAPES.items():
        print(f"\n{shape}: CPU seconds per stage (µs per KB in brackets)")
        rows: dict[str, list[str]] = {}
        for size in sizes:
            for stage, seconds in stages(HEADER + make(size) + "\n", Path(scratch.name)).items():
                rows.setdefault(stage, []).append(f"{seconds:9.3f} [{seconds * 1e6 / (size / 1000):7.1f}]")
        print(f"  {'stage':34}" + "".join(f"{size / 1000:>20,.0f} KB" for size in sizes))
        for stage, cells in rows.items():
            print(f"  {stage:34}" + "".join(f"{cell:>23}" for cell in cells))
    print("\nsearch --json peak RSS against paragraph size (prose)")
    for size in sizes:
        print(f"  {size / 1e6:8.2f} MB paragraph: {search_peak_rss_mb(size, Path(scratch.name)):7.1f} MB RSS")
    scratch.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
