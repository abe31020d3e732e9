"""What an indexing run did: the report ``cablescope index`` prints (``--json``: its JSON)."""

from __future__ import annotations

from pydantic import BaseModel


class IndexReport(BaseModel):
    """What an indexing run did. Cable counts, except ``failed`` (one entry per file)."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    """Cables in files skipped because they had not changed."""
    removed: int = 0
    failed: list[tuple[str, str]] = []
    facts_failed: list[tuple[str, str]] = []
    """Cables whose facts could not be found (reference id, reason): one whose stored reading
    is damaged is kept without facts; one a worker process died on stays pending for the next run."""
    skipped: list[tuple[str, str]] = []
    """Files in the folders given that are not cable documents (path, reason): passed over, not failed."""
    files_indexed: int = 0
    files_unchanged: int = 0
    files_removed: int = 0
    cables: int = 0
    """Cables in the index after the run."""
