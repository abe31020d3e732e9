"""Back/forward history of where the reader has been, like a browser's."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Location:
    """A place in the corpus: a cable, optionally a paragraph of it."""

    reference_id: str
    paragraph: int | None = None


class History:
    """A list of locations with a cursor; visiting a new place drops the forward part."""

    def __init__(self, limit: int = 500) -> None:
        self._places: list[Location] = []
        self._index = -1
        self._limit = limit

    @property
    def current(self) -> Location | None:
        return self._places[self._index] if self._index >= 0 else None

    @property
    def can_go_back(self) -> bool:
        return self._index > 0

    @property
    def can_go_forward(self) -> bool:
        return self._index < len(self._places) - 1

    def visit(self, location: Location) -> None:
        """Record a jump to ``location`` (a repeat of the current place is not recorded twice)."""
        if self.current == location:
            return
        del self._places[self._index + 1 :]
        self._places.append(location)
        if len(self._places) > self._limit:
            del self._places[0]
        self._index = len(self._places) - 1

    def update_current(self, location: Location) -> None:
        """Remember a move within the current cable (a new paragraph) without adding a step."""
        if self.current is not None and self.current.reference_id == location.reference_id:
            self._places[self._index] = location
        else:
            self.visit(location)

    def back(self) -> Location | None:
        if not self.can_go_back:
            return None
        self._index -= 1
        return self.current

    def forward(self) -> Location | None:
        if not self.can_go_forward:
            return None
        self._index += 1
        return self.current

    def __len__(self) -> int:
        return len(self._places)
