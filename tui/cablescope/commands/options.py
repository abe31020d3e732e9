"""The options a view command shares, declared once (re-exported by ``cablescope.api``).

Each built-in view command, the scaffold's template and any plugin's command take its cable,
``--json``, ``--tui`` and ``--db`` through these aliases, so every command spells and words
them the same way: ``def cmd(target: TargetArg, as_json: JsonOption = False, ...)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cablescope.config import LIBRARY_ENV

_TARGET_HELP = "A cable file, a folder of cables, or a reference id in the library."

TargetArg = Annotated[str, typer.Argument(metavar="PATH_OR_REFID", help=_TARGET_HELP, show_default=False)]
"""The cable(s) a view command shows: a file, a folder, or a reference id in the library."""

OptionalTargetArg = Annotated[
    str | None, typer.Argument(metavar="[PATH_OR_REFID]", help=_TARGET_HELP, show_default=False)
]
"""``TargetArg`` for a command that also works without a cable (``--corpus``, say): default it to ``None``."""

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
"""A command's ``--json``: the view's ``data`` instead of its rendering."""

TuiOption = Annotated[
    bool, typer.Option("--tui", help="Open the explorer on this view instead, with the same options.")
]
"""A view command's ``--tui``: the explorer opens on the cable and the view (``run_view_command``)."""

LibraryOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        metavar="FILE",
        help=f"The library to use (default: ${LIBRARY_ENV}, else library.db in your cablescope folder).",
    ),
]
"""Every command's ``--db FILE``, one spelling and one wording (the global ``cablescope --db``
works as well: :func:`cablescope.config.library_path` reads it)."""
