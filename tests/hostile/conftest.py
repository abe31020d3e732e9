"""Fixtures of the hostile corpus (built by ``hostile_corpus`` at test time, in ``tmp_path``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_corpus import make_hostile_folder


@pytest.fixture
def hostile_folder(tmp_path: Path, seed_path: Path) -> Path:
    return make_hostile_folder(tmp_path, seed_path)
