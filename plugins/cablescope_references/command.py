"""``cablescope refs``: what a cable cites and, with ``--cited-by``, which indexed cables cite it."""

from __future__ import annotations

from typing import Annotated

import typer

from cablescope.api import JsonOption, LibraryOption, TargetArg, TuiOption, run_view_command


def refs(
    target: TargetArg,
    cited_by: Annotated[
        bool, typer.Option("--cited-by", help="List only the cables in the index that cite this one.")
    ] = False,
    as_json: JsonOption = False,
    tui: TuiOption = False,
    db: LibraryOption = None,
) -> None:
    """A cable's REF items (cited cables in the index or missing, emails, meetings…) and its citers."""
    run_view_command("references", target, db=db, as_json=as_json, tui=tui, options={"cited_by": cited_by})


def register(cli: typer.Typer) -> None:
    cli.command("refs")(refs)
    # Every built-in view also answers to its own name; ``refs`` is the one help lists.
    cli.command("references", hidden=True)(refs)
