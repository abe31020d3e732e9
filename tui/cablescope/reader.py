"""What a reader is: something that recognises a source format and turns it into cables (the base
class plugins subclass, below the plugin host and the built-in readers alike)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

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
        """Every cable in the file; raise ``ReadError`` for a file that cannot be read at all.

        A reader that splits (``records`` and ``cable``) need not implement it: this yields
        ``cable(r, path)`` for each of ``records(path)``.
        """
        if not self.splits:
            raise NotImplementedError
        for record in self.records(path):
            yield self.cable(record, path)

    # A format holding many cables in one file (cables.csv) may split reading in two instead
    # of implementing ``read``, so that the index can parse a big file on every core:
    # ``records`` reads the file cheaply into raw records (in the indexing process) and
    # ``cable`` parses one (in a worker).

    def records(self, path: Path) -> Iterator[Any]:
        """The file's cables as raw, picklable records, cheap to read; ``ReadError`` as for ``read``."""
        raise NotImplementedError

    def cable(self, record: Any, path: Path) -> Cable:
        """One record of ``records`` parsed into a cable."""
        raise NotImplementedError

    @property
    def splits(self) -> bool:
        """Whether this reader implements ``records`` and ``cable``."""
        cls = type(self)
        return cls.records is not Reader.records and cls.cable is not Reader.cable
