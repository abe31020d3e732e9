"""Plain helpers for the explorer tests (importable by name, as ``store_samples`` is for the store's)."""

from __future__ import annotations

import asyncio
import time

from cablescope.app.widgets.reader import CableReader


async def until(pilot, ready, what: str, timeout: float = 10) -> None:
    """Wait until ``ready()`` holds (looking again every 20 ms, at most ``timeout`` seconds),
    without waiting for a worker held back."""
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")
        await asyncio.sleep(0.02)


def where(app) -> tuple[str | None, int | None]:
    """The cable the reader shows (its key in the index) and the paragraph it is on."""
    reader = app.screen.query_one(CableReader)
    paragraph = reader.current_paragraph
    return reader.reference_id, paragraph.number if paragraph else None
