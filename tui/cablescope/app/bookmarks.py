"""Bookmarked paragraphs, kept in a small JSON file across runs."""

from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cablescope import config

if TYPE_CHECKING:
    from pydantic import TypeAdapter


@dataclass(kw_only=True)
class Bookmark:
    reference_id: str
    paragraph: int | None = None
    subject: str | None = None
    note: str = ""
    created: datetime


@functools.cache
def _file_format() -> TypeAdapter[list[Bookmark]]:
    """The bookmark file's reading and writing, by pydantic: imported when there is a file to read
    or a bookmark to save, not before the explorer's first frame."""
    from pydantic import TypeAdapter

    return TypeAdapter(list[Bookmark])


class Bookmarks:
    """The bookmark file: load on start, save after every change (atomically)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config.bookmarks_path()
        self.items: list[Bookmark] = []
        self.error: str | None = None
        self._load()

    def _load(self) -> None:
        if not self.path.exists():
            return
        from pydantic import ValidationError

        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            self.items = _file_format().validate_python(list(raw))  # iterated, as each entry was
        except (OSError, ValueError, TypeError, ValidationError) as exc:
            self.error = (
                f"bookmarks file {self.path} could not be read ({type(exc).__name__}); starting empty"
            )

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".json.tmp")
        tmp.write_text(
            json.dumps(_file_format().dump_python(self.items, mode="json"), indent=2), encoding="utf-8"
        )
        os.replace(tmp, self.path)

    def find(self, reference_id: str, paragraph: int | None) -> Bookmark | None:
        return next(
            (b for b in self.items if b.reference_id == reference_id and b.paragraph == paragraph), None
        )

    def toggle(self, reference_id: str, paragraph: int | None, subject: str | None) -> bool:
        """Add the bookmark, or remove it if it exists; True when it was added."""
        existing = self.find(reference_id, paragraph)
        if existing is not None:
            self.items.remove(existing)
            added = False
        else:
            self.items.append(
                Bookmark(
                    reference_id=reference_id,
                    paragraph=paragraph,
                    subject=subject,
                    created=datetime.now(UTC),
                )
            )
            added = True
        self.save()
        return added

    def remove(self, bookmark: Bookmark) -> None:
        self.items.remove(bookmark)
        self.save()
