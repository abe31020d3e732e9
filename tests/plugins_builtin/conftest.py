"""Fixtures shared by the built-in plugins' tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def workers_done(workers_finished):
    """A snapshot ``run_before`` that lets the view's workers finish and the screen settle."""

    async def settle(pilot) -> None:
        await workers_finished(pilot.app)
        await pilot.pause()

    return settle
