"""Fixtures for the store tests; the synthetic cables themselves are in store_samples.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from store_samples import cable_text


@pytest.fixture
def make_cable_file(tmp_path: Path) -> Callable[..., Path]:
    """Write a synthetic plain-text cable under tmp_path/cables and return its path."""

    def make(filename: str, *args, folder: str = "cables", **kwargs) -> Path:
        target = tmp_path / folder / filename
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(cable_text(*args, **kwargs), encoding="utf-8")
        return target

    return make


def build_cable(
    reference_id: str,
    paragraphs: list[str],
    *,
    created: str | None = "2009-10-22T12:03:00+00:00",
    origin: str | None = "Embassy Rome",
    classification: str | None = "CONFIDENTIAL",
    subject: str | None = "A SUBJECT",
    tags: list[str] | None = None,
    references: list[str] | None = None,
    appendix: str | None = None,
    fmt: str = "text",
    path: str | None = None,
):
    """A Cable built directly: paragraphs laid out in ``text`` as "N. (C) ..." with true offsets."""
    from datetime import datetime

    from cablescope.model import Appendix, Cable, Paragraph, Source

    text = f"SUBJECT: {subject}\n\n" if subject else ""
    built = []
    for number, body in enumerate(paragraphs, 1):
        lead = f"{number}. (C) "
        start = len(text)
        text += lead + body
        built.append(Paragraph(number=number, marking="C", text=body, start=start, end=len(text)))
        text += "\n\n"
    cable_appendix = None
    if appendix is not None:
        cable_appendix = Appendix(text=appendix, offset=len(text), signal="© Scoop Media")
        text += appendix
    return Cable(
        reference_id=reference_id,
        created=datetime.fromisoformat(created) if created else None,
        origin=origin,
        classification=classification,
        subject=subject,
        tags=tags if tags is not None else ["PREL"],
        references=references or [],
        paragraphs=built,
        appendix=cable_appendix,
        text=text,
        source=Source(path=path or f"/synthetic/{reference_id}.{fmt}", format=fmt, sha256="0" * 64),
    )


@pytest.fixture
def cable_factory():
    return build_cable
