"""Built-in cablescope plugin: the news appendix of republished cables.

Scoop and sites like it print a cable and then their own furniture: a copyright line and a
sidebar of unrelated headlines, often from years later. This plugin finds that boundary (and
says which signal decided it), reads the sidebar into sections and items, estimates when the
page was captured, and compares the appendix with its cable and with other pages' appendices.
View ``appendix`` (key A); command ``cablescope diff`` (and ``cablescope appendix``).
"""

from __future__ import annotations

from typing import Annotated

import typer

from cablescope import api
from cablescope_appendix.annotate import appendix_marks
from cablescope_appendix.view import AppendixView


@api.hookimpl
def register_views(register):
    register(AppendixView())


@api.hookimpl
def annotate_paragraphs(cable):
    return appendix_marks(cable)


@api.hookimpl
def register_commands(cli):
    def diff(
        target: api.TargetArg,
        against: Annotated[
            str | None,
            typer.Option(
                "--against", help="Compare with this page or reference id instead of the most similar."
            ),
        ] = None,
        side_by_side: Annotated[
            bool, typer.Option("--side-by-side", help="Show the page diff in two columns.")
        ] = False,
        as_json: api.JsonOption = False,
        tui: api.TuiOption = False,
        db: api.LibraryOption = None,
    ) -> None:
        """Split a republished page into cable and appendix, date the appendix, and diff it."""
        if against:
            # Fails with one line when --against is neither a readable page nor a cable in the library.
            api.load_targets(against, db)
        api.run_view_command(
            "appendix",
            target,
            db=db,
            as_json=as_json,
            tui=tui,
            options={"against": against, "side_by_side": side_by_side},
        )

    cli.command(name="diff")(diff)
    cli.command(
        name="appendix",
        help="Alias of `cablescope diff` (the appendix view's own name): " + (diff.__doc__ or ""),
    )(diff)
