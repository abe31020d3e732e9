"""Markings across the whole index, from the facts this plugin stored at index time."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from cablescope.api import level_of_classification

from . import eo_categories as eo
from .analysis import LEVELS
from .view import ALL_CABLES, clean, level_style


def corpus_data(store: Any) -> dict[str, Any]:
    """Paragraphs and cables per level, and the cables whose markings do not add up."""
    by_paragraph = {row["key"]: row for row in store.top_facts(kind="marking", limit=len(LEVELS) * 2)}
    by_derived = {row["key"]: row for row in store.top_facts(kind="marking-derived", limit=len(LEVELS) * 2)}
    levels = [
        {
            "level": level,
            "name": eo.LEVEL_NAMES[level],
            "paragraphs": by_paragraph[level]["mentions"] if level in by_paragraph else 0,
            "cables_with_paragraphs": by_paragraph[level]["cables"] if level in by_paragraph else 0,
            "cables_at_level": by_derived[level]["cables"] if level in by_derived else 0,
        }
        for level in LEVELS
    ]
    issue_counts: dict[str, int] = {}
    inconsistent: dict[str, dict[str, Any]] = {}
    for row in store.top_facts(kind="marking-issue", limit=50):
        issue_counts[row["key"]] = row["cables"]
        for summary in store.cables_with_fact("marking-issue", row["key"], limit=ALL_CABLES):
            inconsistent.setdefault(
                summary.reference_id,
                {"reference_id": summary.reference_id, "classification": summary.classification},
            )
    for reference_id, entry in inconsistent.items():
        entry["issues"] = [
            {
                "kind": f.key,
                "message": f.data.get("message", f.key),
                "paragraphs": f.data.get("paragraphs", []),
            }
            for f in store.facts(reference_id, kind="marking-issue")
        ]
    return {
        "view": "markers",
        "corpus": True,
        "cables": store.count(),
        "cables_with_markings": sum(row["cables"] for row in by_derived.values()),
        "levels": levels,
        "issues": issue_counts,
        "inconsistent": sorted(inconsistent.values(), key=lambda e: e["reference_id"]),
    }


def render_corpus(data: dict[str, Any]) -> RenderableType:
    levels = Table(title="Paragraph markings across the index", title_justify="left")
    levels.add_column("Level", no_wrap=True)
    levels.add_column("Paragraphs", justify="right")
    levels.add_column("Cables with one", justify="right")
    levels.add_column("Cables at level", justify="right")
    for row in data["levels"]:
        levels.add_row(
            Text.assemble((f" {row['level']} ", level_style(row["level"])), " ", row["name"]),
            str(row["paragraphs"]),
            str(row["cables_with_paragraphs"]),
            str(row["cables_at_level"]),
        )
    summary = Text(
        f"{data['cables']} cables indexed, {data['cables_with_markings']} with paragraph markings, "
        f"{len(data['inconsistent'])} with inconsistent markings."
    )
    if not data["inconsistent"]:
        return Group(levels, summary)
    table = Table(title="Cables whose markings are inconsistent", title_justify="left")
    table.add_column("Cable", no_wrap=True)
    table.add_column("Classification")
    table.add_column("Findings")
    for entry in data["inconsistent"]:
        table.add_row(
            Text(clean(entry["reference_id"])),
            Text(
                clean(entry["classification"]),
                style=level_style(level_of_classification(entry["classification"])),
            ),
            Text("\n".join(clean(issue["message"]) for issue in entry["issues"])),
        )
    return Group(levels, summary, table)
