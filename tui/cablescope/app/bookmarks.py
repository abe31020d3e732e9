"""Bookmarked paragraphs, kept in a small JSON file across runs."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, ValidationError

from cablescope import config


class Bookmark(BaseModel):
    reference_id: str
    paragraph: int | None = None
    subject: str | None = None
    note: str = ""
    created: datetime


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
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            self.items = [Bookmark.model_validate(item) for item in raw]
        except (OSError, ValueError, TypeError, ValidationError) as exc:
            self.error = (
                f"bookmarks file {self.path} could not be read ({type(exc).__name__}); starting empty"
            )

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".json.tmp")
        tmp.write_text(
            json.dumps([b.model_dump(mode="json") for b in self.items], indent=2), encoding="utf-8"
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
