"""The cyclic garbage collector, paused while many objects that will live on are made.

Each collection walks the objects made since the last one; while a start-up or a batch makes
hundreds of thousands of them that all survive, those walks find nothing to free. The explorer's
start (``app/launch.py``) and the grammar's batches of models (``parse/batch.py``) pause it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block; on leaving it (an error and an early return
    too), the collector runs again, unless it was off before."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
