"""``cablescope entities``: a cable's entities, or the most named across the library."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from cablescope.api import (
    JsonOption,
    LibraryOption,
    OptionalTargetArg,
    TuiOption,
    fail,
    note_facts_pending,
    open_store,
    output_console,
    run_view_command,
    safe_json,
)
from cablescope_entities.identity import merge_people
from cablescope_entities.render import KIND_LABELS, TYPE_CHOICES

# How many person rows are read for each one shown: the short forms of a name sit lower in the
# ranking than the full name, and must be read to be merged into it.
PERSON_ROWS_PER_TOP = 50
# At least this many: a person's full name may be in a single cable, far below the short form.
PERSON_ROWS_READ = 20_000


def _check_type(kind: str | None) -> str | None:
    if kind is None:
        return None
    kind = kind.strip().lower()
    aliases = {
        "people": "person",
        "persons": "person",
        "organisation": "org",
        "organization": "org",
        "orgs": "org",
        "places": "place",
        "tags": "tag",
    }
    kind = aliases.get(kind, kind)
    if kind not in TYPE_CHOICES:
        fail(f"unknown entity type {kind!r}: choose one of {', '.join(TYPE_CHOICES)}")
    return kind


def corpus_entities(kind: str | None, top: int, db: Path | None, as_json: bool) -> None:
    """The entities named in most cables of the library, from the facts stored at index time."""
    if top < 1:
        fail("--top must be at least 1")
    with open_store(db, create=False) as store:
        note_facts_pending(store)
        rows = _top(store, kind, top) if kind else _top_by_kind(store, top)
    if as_json:
        typer.echo(safe_json({"entities": rows}, indent=2))
        return
    console = output_console()
    if not rows:
        console.print(Text("No entities in the library (index some cables first)."))
        return
    table = Table(box=None, header_style="dim", pad_edge=False)
    table.add_column("Type")
    table.add_column("Name", style="bold")
    table.add_column("Cables", justify="right")
    table.add_column("Mentions", justify="right")
    for row in rows:
        label = KIND_LABELS.get(row["kind"], row["kind"])
        name = Text(str(row["key"]))
        if row.get("ambiguous"):
            name.append(f" (could be {' or '.join(row['ambiguous'])})", style="dim")
        table.add_row(Text(label), name, Text(str(row["cables"])), Text(str(row["mentions"])))
    console.print(table)


def _top(store, kind: str, top: int) -> list[dict]:
    """The top N of one type; people with the forms of one person's name merged (``identity``),
    read from enough rows that the forms below the top N are merged too."""
    if kind != "person":
        return store.top_facts(kind, limit=top)
    return merge_people(store.top_facts(kind, limit=max(top * PERSON_ROWS_PER_TOP, PERSON_ROWS_READ)))[:top]


def _top_by_kind(store, top: int) -> list[dict]:
    """Without --type: the top N of people, organisations and places each (TAGS subjects last)."""
    rows: list[dict] = []
    for kind in TYPE_CHOICES:
        rows.extend(_top(store, kind, top))
    return rows


def register(cli: typer.Typer) -> None:
    @cli.command("entities")
    def entities_command(
        target: OptionalTargetArg = None,
        kind: Annotated[
            str | None, typer.Option("--type", help="Only this type: person, org, place or tag.")
        ] = None,
        corpus: Annotated[
            bool, typer.Option("--corpus", help="The most named entities across the library.")
        ] = False,
        top: Annotated[int, typer.Option("--top", help="With --corpus: how many of each type.")] = 20,
        as_json: JsonOption = False,
        tui: TuiOption = False,
        db: LibraryOption = None,
    ) -> None:
        """People, organisations, places and TAGS subjects a cable names, or the most named in the library."""
        kind = _check_type(kind)
        if corpus:
            if target is not None:
                fail("give either a cable or --corpus, not both")
            corpus_entities(kind, top, db, as_json)
            return
        if target is None:
            fail("give a cable (file, folder or reference id), or --corpus for the whole library")
        run_view_command("entities", target, db=db, as_json=as_json, tui=tui, options={"type": kind})
