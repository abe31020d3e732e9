"""Snapshots (100×30, cursor blink off) of the explorer on the seed: main screen, views, help, filters."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Input

from cablescope import plugins
from cablescope.app.app import CablescopeApp

pytestmark = pytest.mark.long  # sent out first (tests/conftest.py)

TODAY = date(2026, 1, 15)
SIZE = (100, 30)


def explorer(**options) -> CablescopeApp:
    """The app as the snapshots see it: a fixed today, and no animation (the tab bar's scroll
    to the active tab is animated, so a snapshot could catch it halfway)."""
    app = CablescopeApp(today=TODAY, **options)
    app.animation_level = "none"
    return app


def _run_before(settle, *keys: str):
    async def run_before(pilot) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        for widget in pilot.app.screen.query(Input):
            widget.cursor_blink = False
        await settle(pilot)

    return run_before


def test_main_screen_on_the_seed(snap_compare, seed_db, settle):
    app = explorer(db=seed_db)
    assert snap_compare(app, terminal_size=SIZE, run_before=_run_before(settle))


def test_reader_focused_on_paragraph_two(snap_compare, seed_db, settle):
    app = explorer(db=seed_db)
    assert snap_compare(app, terminal_size=SIZE, run_before=_run_before(settle, "enter", "j", "j"))


def test_search_results_highlighted(snap_compare, seed_db, settle):
    app = explorer(db=seed_db, query="nuclear")
    assert snap_compare(app, terminal_size=SIZE, run_before=_run_before(settle))


def test_help_screen(snap_compare, seed_db, settle):
    app = explorer(db=seed_db)
    assert snap_compare(app, terminal_size=SIZE, run_before=_run_before(settle, "question_mark"))


def test_filter_dialog(snap_compare, seed_db, settle):
    app = explorer(db=seed_db)
    assert snap_compare(app, terminal_size=SIZE, run_before=_run_before(settle, "f"))


@pytest.mark.parametrize("name", sorted(plugins.get_views()))
def test_view_tab(snap_compare, seed_db, settle, name):
    app = explorer(db=seed_db, view=name)
    assert snap_compare(app, terminal_size=SIZE, run_before=_run_before(settle))


def test_main_screen_at_80_by_24(snap_compare, seed_db, settle):
    app = explorer(db=seed_db)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_run_before(settle))
