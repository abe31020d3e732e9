"""Synthetic cables for the store tests, written by us in the real telegram and CSV formats."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

# (station routing indicator, FM line, name in the serial line) of a few real posts.
POSTS = {
    "ROME": ("RUEHRO", "AMEMBASSY ROME", "ROME"),
    "PARIS": ("RUEHFR", "AMEMBASSY PARIS", "PARIS"),
    "BEIJING": ("RUEHBJ", "AMEMBASSY BEIJING", "BEIJING"),
}
BANNERS = {
    "CONFIDENTIAL": "C O N F I D E N T I A L",
    "SECRET": "S E C R E T",
    "UNCLASSIFIED": "UNCLAS",
}


def cable_text(
    post: str,
    serial: int,
    dtg: str,
    subject: str,
    paragraphs: list[str],
    *,
    classification: str = "CONFIDENTIAL",
    tags: str = "PREL, PGOV",
    ref: str | None = None,
    marking: str = "C",
) -> str:
    """A plain-text telegram: header block, banner, TAGS/SUBJECT, numbered marked paragraphs."""
    station, fm, name = POSTS[post]
    year = dtg.split()[-1]
    lines = [
        "VZCZCXRO0001",
        "OO RUEHWEB",
        f"DE {station} #{serial:04d}/01 2951203",
        "ZNY CCCCC ZZH",
        f"O {dtg}",
        f"FM {fm}",
        "TO RUEHC/SECSTATE WASHDC IMMEDIATE 0001",
        "BT",
        f"{BANNERS[classification]} {name} {serial:06d}",
        "",
        "SIPDIS",
        "",
        f"E.O. 12958: DECL: 10/22/20{int(year) + 10}",
        f"TAGS: {tags}",
        f"SUBJECT: {subject}",
        "",
    ]
    if ref:
        lines += [f"REF: {ref}", ""]
    lines += ["Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d)", ""]
    for number, text in enumerate(paragraphs, 1):
        lines += [f"{number}. ({marking}) {text}", ""]
    lines.append("ROE")
    return "\n".join(lines) + "\n"


def csv_rows(count: int, *, start: int = 1) -> list[list[str]]:
    """``count`` cables.csv rows with distinct reference ids and one distinctive word each."""
    rows = []
    for i in range(start, start + count):
        post = ("ROME", "PARIS", "BEIJING")[i % 3]
        _, fm, name = POSTS[post]
        # As in the release: routing lines in the header column, the banner onwards in the body.
        header = f"R 0{1 + i % 9}1200Z MAR 08\nFM {fm}\nTO RUEHC/SECSTATE WASHDC 0001"
        body = (
            f"{BANNERS['CONFIDENTIAL']} {name} {i:06d}\n\nE.O. 12958: DECL: 03/01/2018\n"
            f"TAGS: PREL, ECON\nSUBJECT: ROUTINE REPORT NUMBER {i}\n\n"
            "Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d)\n\n"
            f"1. (C) The embassy filed routine report number {i} on trade and visits.\n"
            'Officials discussed "quoted words", commas, and a backslash \\ here.\n\n'
            f"2. (C) Marker word serialword{i} closes the report."
        )
        rows.append(
            [
                str(i),
                f"03/0{1 + i % 9}/2008 12:00",
                f"08{name}{i}",
                f"Embassy {name.title()}",
                "CONFIDENTIAL",
                "",
                header,
                body,
            ]
        )
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL, escapechar="\\", doublequote=False)
        writer.writerows(rows)
    return path


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
