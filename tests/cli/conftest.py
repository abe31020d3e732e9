"""Fixtures for the command-line tests: a small synthetic library and a runner for the app."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cablescope import cli
from cablescope.model import Cable, Paragraph
from cablescope.store import Store

# (reference id, created, origin, tags, subject, paragraphs): written by us, tags chosen so a
# cable has several (the counts by tag add up to more than the cables).
CABLES = [
    (
        "08ANKARA15",
        datetime(2008, 1, 15),
        "Embassy Ankara",
        ["PREL", "TU"],
        "Turkey: grain and Iran",
        [
            "Grain exports to Iran rose sharply this year, say the traders we met in the Ankara\n"
            "markets, who expect the trade to keep growing through the winter and the spring.",
            "Officials or traders disagree.",
        ],
    ),
    (
        "09ANKARA16",
        datetime(2009, 2, 16),
        "Embassy Ankara",
        ["PREL", "PGOV", "TU"],
        "Turkey: elections",
        ["The elections were calm.", "Iran was not mentioned."],
    ),
    (
        "09BEIJING2932",
        datetime(2009, 12, 1),
        "Embassy Beijing",
        ["ECON", "CH"],
        "China: tea prices",
        ["Tea prices rose in Hangzhou.", "Officials cited the weather."],
    ),
]


def synthetic_cable(reference_id, created, origin, tags, subject, paragraphs) -> Cable:
    text = f"SUBJECT: {subject}\n\n"
    built = []
    for number, body in enumerate(paragraphs, 1):
        start = len(text) + len(f"{number}. (C) ")
        text += f"{number}. (C) {body}\n\n"
        built.append(Paragraph(number=number, marking="C", text=body, start=start, end=start + len(body)))
    return Cable(
        reference_id=reference_id,
        created=created.replace(tzinfo=UTC),
        origin=origin,
        classification="CONFIDENTIAL",
        subject=subject,
        tags=tags,
        paragraphs=built,
        text=text,
    )


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "synthetic.db"
    with Store(path) as store:
        for row in CABLES:
            store.add(synthetic_cable(*row))
    return path


@pytest.fixture
def invoke():
    """``invoke(*args)``: run cablescope in-process as ``main`` does (plugin commands included)."""

    def run(*args: str | Path, stdin: str | None = None):
        argv = [str(a) for a in args]
        cli.load_plugin_commands(argv)
        return CliRunner().invoke(cli.app, argv, input=stdin)

    return run
