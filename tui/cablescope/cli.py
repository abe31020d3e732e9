"""The Typer app. Each group of commands lives in ``cablescope.commands``; plugin commands come last."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="cablescope",
    help="Explore corpora of diplomatic cables: read, index, search, and open them in the terminal.",
    no_args_is_help=False,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def main() -> None:
    """Console-script entry point."""
    app()
