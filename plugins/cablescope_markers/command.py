"""``cablescope markers``: one cable's markings, or with ``--corpus`` the whole index's."""

from __future__ import annotations

from typing import Annotated

import typer

from cablescope import api

from .corpus import corpus_data, render_corpus


def markers(
    target: api.OptionalTargetArg = None,
    corpus: Annotated[
        bool, typer.Option("--corpus", help="Count markings across the index and list inconsistent cables.")
    ] = False,
    as_json: api.JsonOption = False,
    tui: api.TuiOption = False,
    db: api.LibraryOption = None,
) -> None:
    """Classification markings: per paragraph, overall, who classified it, why, until when."""
    if corpus:
        if target is not None or tui:
            api.fail("--corpus works on the whole index: give no cable and no --tui")
        with api.open_store(db, create=False) as store:
            api.note_facts_pending(store)
            data = corpus_data(store)
        if as_json:
            typer.echo(api.safe_json(data, indent=2))
        else:
            api.output_console().print(render_corpus(data))
        return
    if target is None:
        api.fail("give a file, folder or reference id, or --corpus for the whole index")
    api.run_view_command("markers", target, db=db, as_json=as_json, tui=tui, options={})


def register(cli: typer.Typer) -> None:
    cli.command("markers")(markers)
