"""Plugin-system costs: loading every plugin, and what isolation adds to each hook call.

Run by hand: ``python tests/bench/bench_plugins.py``. Prints figures; asserts nothing.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from cablescope import plugins
from cablescope.api import Annotation, Cable, Paragraph, hookimpl

CABLE = Cable(
    reference_id="09TESTPOST1",
    paragraphs=[Paragraph(number=n, text=f"Paragraph {n} text.", start=0, end=18) for n in range(1, 9)],
)
CALLS = 20_000


def mark(cable):
    return [Annotation(paragraph=1, gutter="x")]


class Trivial:
    annotate_paragraphs = staticmethod(hookimpl(mark))


def load_time() -> list[float]:
    """Seconds to import cablescope.plugins and load every plugin, in fresh interpreters."""
    code = (
        "import time; t = time.perf_counter(); import cablescope.plugins as p; p.load_plugins(); "
        "print(time.perf_counter() - t)"
    )
    return [float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(5)]


def main() -> None:
    loads = load_time()
    print(
        f"import + load_plugins, fresh interpreter: median {statistics.median(loads) * 1000:.0f} ms "
        f"(min {min(loads) * 1000:.0f}, max {max(loads) * 1000:.0f}) over {len(loads)} runs"
    )

    plugins.load_plugins()
    for name, _plugin in plugins.pm.list_name_plugin():
        plugins.pm.unregister(name=name)
    started = time.perf_counter()
    for _ in range(CALLS):
        mark(CABLE)
    direct = (time.perf_counter() - started) / CALLS

    plugins.pm.register(Trivial(), name="trivial")
    started = time.perf_counter()
    for _ in range(CALLS):
        plugins.annotate(CABLE)
    through = (time.perf_counter() - started) / CALLS
    print(
        f"annotate() with one trivial plugin: {through * 1e6:.1f} µs per call "
        f"(the function alone: {direct * 1e6:.1f} µs; "
        f"pluggy + guard + checks: {(through - direct) * 1e6:.1f} µs)"
    )
    print(f"at 250,000 cables that overhead is {(through - direct) * 250_000:.1f} s per hook")


if __name__ == "__main__":
    main()
