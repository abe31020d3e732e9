"""Plain helpers for the explorer tests (importable by name, as ``store_samples`` is for the store's)."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime

from cablescope.app.widgets.reader import CableReader
from cablescope.model import Cable, Paragraph


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


def make_cable(
    reference_id: str,
    created: datetime,
    origin: str,
    classification: str,
    subject: str,
    paragraphs: list[tuple[str, str]],
) -> Cable:
    """A cable in the model's form: text laid out paragraph by paragraph with true offsets."""
    text = f"SUBJECT: {subject}\n\n"
    items = []
    for number, (marking, body) in enumerate(paragraphs, 1):
        head = f"{number}. ({marking}) "
        start = len(text) + len(head)
        text += head + body + "\n\n"
        items.append(
            Paragraph(
                number=number,
                marking=marking,
                marking_raw=f"({marking})",
                text=body,
                start=start,
                end=start + len(body),
            )
        )
    return Cable(
        reference_id=reference_id,
        created=created.replace(tzinfo=UTC),
        origin=origin,
        classification=classification,
        subject=subject,
        paragraphs=items,
        text=text,
    )
