"""Plain helpers for the explorer tests (importable by name, as ``store_samples`` is for the store's)."""

from __future__ import annotations

from cablescope.app.widgets.reader import CableReader


async def until(pilot, ready, what: str) -> None:
    """Pause until ``ready()`` holds (at most 5 s), without waiting for a worker held back."""
    for _ in range(100):
        if ready():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"never happened: {what}")


def where(app) -> tuple[str | None, int | None]:
    """The cable the reader shows (its key in the index) and the paragraph it is on."""
    reader = app.screen.query_one(CableReader)
    paragraph = reader.current_paragraph
    return reader.reference_id, paragraph.number if paragraph else None
