"""Removing the open cable from the library through the command palette (issue 16.3)."""

from __future__ import annotations

from datetime import date

from cablescope.app.app import CablescopeApp
from cablescope.app.screens.confirm import ConfirmScreen
from cablescope.app.widgets.cable_list import CableList
from cablescope.store import Store

TODAY = date(2026, 1, 15)
SIZE = (100, 30)


def list_rows(app: CablescopeApp) -> list[str]:
    cable_list = app.screen.query_one(CableList)
    return [cable_list.summary_at(i).reference_id for i in range(cable_list.count)]


async def remove_from_palette(pilot, settle) -> None:
    await pilot.press("ctrl+p")
    await settle(pilot, 1)
    await pilot.press(*"remove this cable")
    await settle(pilot, 2)
    await pilot.press("enter")
    await settle(pilot, 1)


async def test_the_palette_removes_the_open_cable_after_asking(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.explorer.current_ref == "06ANKARA101"
        await remove_from_palette(pilot, settle)
        assert isinstance(app.screen, ConfirmScreen)
        assert "Remove 06ANKARA101 from the library" in app.screen.question
        await pilot.press("n")
        await settle(pilot)
        with Store(corpus_db, readonly=True) as store:
            assert store.count() == 5
        await remove_from_palette(pilot, settle)
        await pilot.press("y")
        await settle(pilot)
        assert "06ANKARA101" not in list_rows(app) and len(list_rows(app)) == 4
        assert any("Removed 06ANKARA101" in str(n.message) for n in app._notifications)
    with Store(corpus_db, readonly=True) as store:
        assert store.get("06ANKARA101") is None and store.count() == 4
