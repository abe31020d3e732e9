"""``cablescope open`` and the bare ``cablescope``: the terminal explorer."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cablescope.commands.options import LibraryOption


def register(app: typer.Typer) -> None:
    @app.command("open")
    def open_(
        paths: Annotated[
            list[Path] | None,
            typer.Argument(
                metavar="[PATH]...", help="Files or folders to index first (unchanged files are skipped)."
            ),
        ] = None,
        db: LibraryOption = None,
        doc: Annotated[str | None, typer.Option("--doc", metavar="REFID", help="Open on this cable.")] = None,
        para: Annotated[int | None, typer.Option("--para", metavar="N", help="…at this paragraph.")] = None,
        view: Annotated[
            str | None,
            typer.Option("--view", metavar="NAME", help="…with this view (see `cablescope views`)."),
        ] = None,
        query: Annotated[
            str | None,
            typer.Option(
                "--query", metavar="Q", help="…with this search (same syntax as `cablescope search`)."
            ),
        ] = None,
    ) -> None:
        """Open the terminal explorer: document list, reader and plugin views."""
        from cablescope.app.launch import launch_explorer

        reference_id = None
        if doc:
            # The grammar only for a deep link: importing it would hold up the first frame.
            from cablescope.parse.refids import library_key

            reference_id = library_key(doc) or doc.strip()
        raise typer.Exit(
            launch_explorer(
                db=db, paths=tuple(paths or ()), doc=reference_id, para=para, view=view, query=query
            )
        )


def explore_default_library(ctx: typer.Context, db: Path | None = None) -> None:
    """What a bare ``cablescope`` does: open the explorer (indexing the bundled seeds on first run)."""
    if ctx.invoked_subcommand is not None or ctx.resilient_parsing:
        return
    from cablescope.app.launch import launch_explorer

    raise typer.Exit(launch_explorer(db=db, seed_if_empty=True))
