"""Handing a cable to the user's own pager or editor (``v`` in the explorer)."""

from __future__ import annotations

import os
import shlex
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from cablescope.sanitize import clean

if TYPE_CHECKING:
    from cablescope.model import Cable


def pager_command(environ: Mapping[str, str] = os.environ) -> list[str]:
    """``$PAGER``, else ``$EDITOR``, else ``less``, split as a shell would split it."""
    for name in ("PAGER", "EDITOR"):
        command = shlex.split(environ.get(name, ""))
        if command:
            return command
    return ["less"]


def write_cable(cable: Cable, folder: Path | None = None) -> Path:
    """The cable's text, as its source laid it out (control characters removed), in a file of
    its own for the pager; the caller deletes it."""
    name = (cable.reference_id or "cable").replace(os.sep, "_")
    handle, path = tempfile.mkstemp(prefix=f"{name}-", suffix=".txt", dir=folder)
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(clean(cable.text))
    return Path(path)
