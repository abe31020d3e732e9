"""The command-line tests' synthetic cables, written by us (importable by name from any test module)."""

from __future__ import annotations

from datetime import UTC, datetime

from cablescope.model import Cable, Paragraph

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
