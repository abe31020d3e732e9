"""What a change made for speed must keep: the benchmarks' ``--facts`` and ``--cables`` files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def differing(path: Path, found: dict[str, Any]) -> list[str] | None:
    """Write ``found`` (JSON) to ``path`` when it does not exist and return None; otherwise the keys
    whose value differs from what ``path`` holds (one side lacking the key counts), sorted."""
    if not path.exists():
        path.write_text(json.dumps(found, sort_keys=True), encoding="utf-8")
        return None
    before = json.loads(path.read_text(encoding="utf-8"))
    return sorted(k for k in before.keys() | found.keys() if before.get(k) != found.get(k))
