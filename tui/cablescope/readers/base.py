"""What a reader is: something that recognises a source format and turns it into cables."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from cablescope.model import Cable


class ReadError(Exception):
    """A file that cannot be read as cables; the message is one line meant for the user."""


class Reader:
    """Subclass this and register an instance from ``register_readers``."""

    name: ClassVar[str]
    """Format name, such as ``"scoop"``; shown in ``Source.format`` where it is a built-in one."""
    extensions: ClassVar[tuple[str, ...]] = ()
    """File suffixes this reader usually handles (a hint only: content decides)."""
    plugin: str = ""

    def sniff(self, head: str, path: Path | None) -> float:
        """How sure (0 to 1) this reader is that a document beginning with ``head`` is its format."""
        raise NotImplementedError

    def read(self, path: Path) -> Iterator[Cable]:
        """Every cable in the file; raise ``ReadError`` for a file that cannot be read at all."""
        raise NotImplementedError
