"""Shared fixtures: the seed, the shared corpus (when present beside the repo), an isolated home."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "09BEIJING2932-scoop.txt"
SHARED_CORPUS = REPO.parent / "shared" / "corpus" / "wikileaks-cables"

# Like datasette: the plugin manager does not autoload installed entry points other than
# cablescope's own while tests run, so a developer's installed plugins cannot change results.
sys._called_from_test = True  # type: ignore[attr-defined]


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    if not SHARED_CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {SHARED_CORPUS} (it sits beside the repository in CI)")
    return SHARED_CORPUS


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch) -> Path:
    """Every test gets its own CABLESCOPE_HOME so no test touches the user's library."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CABLESCOPE_HOME", str(home))
    return home
