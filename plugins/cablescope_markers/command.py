"""``cablescope markers``: one cable's markings, or with ``--corpus`` the whole index's."""

from __future__ import annotations

from typing import Annotated

import typer

from cablescope.api import LibraryOption, fail, open_store, output_console, run_view_command, safe_json

from .corpus import corpus_data, render_corpus


def markers(
    target: Annotated[
        str | None, typer.Argument(help="A file or folder of cables, or a reference id in the index.")
    ] = None,
    corpus: Annotated[
        bool, typer.Option("--corpus", help="Count markings across the index and list inconsistent cables.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
    tui: Annotated[bool, typer.Option("--tui", help="Open the explorer on this cable's markers.")] = False,
    db: LibraryOption = None,
) -> None:
    """Classification markings: per paragraph, overall, who classified it, why, until when."""
    if corpus:
        if target is not None or tui:
            fail("--corpus works on the whole index: give no cable and no --tui")
        with open_store(db, create=False) as store:
            data = corpus_data(store)
        if as_json:
            typer.echo(safe_json(data, indent=2))
        else:
            output_console().print(render_corpus(data))
        return
    if target is None:
        fail("give a file, folder or reference id, or --corpus for the whole index")
    run_view_command("markers", target, db=db, as_json=as_json, tui=tui, options={})


def register(cli: typer.Typer) -> None:
    cli.command("markers")(markers)
