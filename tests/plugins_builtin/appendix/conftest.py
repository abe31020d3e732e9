"""Fixtures for the appendix tests: the synthetic pages and the seed as cables."""

from __future__ import annotations

import pytest
from appendix_pages import PAGE_FACTS, PAGES, SEED_FACTS, make_page

from cablescope.api import Cable


@pytest.fixture
def page():
    """``page("scoop-reykjavik-fisheries.txt")`` → the synthetic page as a Cable."""

    def load(name: str) -> Cable:
        reference_id, created = PAGE_FACTS[name]
        return make_page((PAGES / name).read_text(encoding="utf-8"), reference_id, created, str(PAGES / name))

    return load


@pytest.fixture
def seed_page(seed_text) -> Cable:
    """The seed as a Cable with its text only (no parser involved)."""
    return make_page(seed_text, *SEED_FACTS)
