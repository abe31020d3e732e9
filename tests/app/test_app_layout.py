"""The explorer's layout and keys: tabs that fit, the first view a cable opens on, zooming the list,
help that lists every key and scrolls with g/G, and a notice for a view key with no view."""

from __future__ import annotations

import pytest
from textual.binding import Binding
from textual.keys import format_key
from textual.widgets import Tab, Tabs

from cablescope.app.app import CablescopeApp
from cablescope.app.screens.bookmarks import BookmarksScreen
from cablescope.app.screens.explorer import ExplorerScreen
from cablescope.app.screens.filters import FiltersScreen
from cablescope.app.screens.help import HelpScreen
from cablescope.app.widgets.cable_list import CableList
from cablescope.app.widgets.reader import CableReader

pytestmark = pytest.mark.long  # sent out first (tests/conftest.py)

SIZE = (100, 30)


def last_notice(app) -> str:
    return app.notifications_shown()[-1]


async def test_help_lists_every_key_of_every_screen(corpus_db, settle):
    app = CablescopeApp(db=corpus_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        shown = {key for _, rows in app.screen.sections for keys, _ in rows for key in keys.split()}
        owners = [
            CablescopeApp,
            ExplorerScreen,
            CableList,
            CableReader,
            FiltersScreen,
            BookmarksScreen,
            HelpScreen,
        ]
        for owner in owners:
            for binding in Binding.make_bindings(owner.BINDINGS):
                if binding.action.startswith("show_view_number"):
                    assert "1–9" in shown  # one row for the nine view numbers
                elif binding.description:
                    assert (binding.key_display or format_key(binding.key)) in shown, (
                        owner.__name__,
                        binding,
                    )
        for key in (":", "Y", "v", "ctrl+p", "enter", "escape"):
            assert key in shown


@pytest.mark.plugin_views(False)  # the help screen only
async def test_g_and_shift_g_move_through_help(corpus_db, settle):
    app = CablescopeApp(db=corpus_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        body = app.screen.query_one("#help-body")
        assert body.max_scroll_y > 0
        await pilot.press("G")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert body.scroll_y == 0


async def test_z_zooms_the_list_to_the_whole_screen_and_back(many_db, settle):
    app = CablescopeApp(db=many_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        cable_list = app.screen.query_one(CableList)
        fitted = cable_list.size.height
        assert fitted < 15
        await pilot.press("z")
        await pilot.pause()
        assert app.screen.maximized is cable_list
        assert cable_list.size.height >= SIZE[1] - 2  # all but the footer
        await pilot.press("z")
        await pilot.pause()
        assert (app.screen.maximized, cable_list.size.height) == (None, fitted)


async def test_a_view_key_with_no_view_says_so(corpus_db, settle):
    app = CablescopeApp(db=corpus_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("9")
        assert last_notice(app) == f"No view 9: the views are 1–{len(app.views)} (? lists their keys)."


@pytest.mark.parametrize("width", [80, 120])
async def test_the_view_tabs_fit_the_pane(corpus_db, settle, width):
    app = CablescopeApp(db=corpus_db)
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        bar = app.screen.query_one(Tabs)
        tabs = list(bar.query(Tab))
        assert sum(tab.size.width for tab in tabs) <= bar.size.width
        active = app.views[app.screen.active_view]
        assert str(bar.active_tab.label).endswith(active.title)  # the active tab keeps its title


async def test_each_cable_opens_on_a_view_it_has_until_the_user_picks_one(seed_db, corpus_db, settle):
    # Only a republished page (the seed) has an appendix; the other cables open on the next view.
    app = CablescopeApp(db=corpus_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.active_view == "entities"
    app = CablescopeApp(db=seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.active_view == "appendix"
    app = CablescopeApp(db=corpus_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3", "j")  # the user's pick stays as the cables change
        await settle(pilot)
        assert (app.screen.query_one(CableReader).reference_id, app.screen.active_view) == (
            "07PARIS2002",
            "markers",
        )
    app = CablescopeApp(db=corpus_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.click("#--content-tab-view-appendix")  # a pick with the mouse, of the first tab
        await settle(pilot)
        await pilot.press("escape", "j")  # back on the list (the click focused the tabs), next cable
        await settle(pilot)
        reader = app.screen.query_one(CableReader)
        assert (reader.reference_id, app.screen.active_view) == ("07PARIS2002", "appendix")
