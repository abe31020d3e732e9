"""Finding in the explorer: the palette's cable finder, where a search's hits are and n/N wrapping."""

from __future__ import annotations

import pytest
from explorer_helpers import until, where
from textual.command import CommandList

from cablescope.app.app import CablescopeApp
from cablescope.app.widgets.reader import CableReader

pytestmark = pytest.mark.long  # sent out first (tests/conftest.py)

SIZE = (100, 30)


def palette_prompts(app) -> list[str]:
    found = app.screen.query(CommandList)
    if not found:
        return []
    options = found.first()
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


@pytest.mark.parametrize(
    ("typed", "opened"),
    [
        ("07PAR", "07PARIS2002"),
        ("moscow 30", "08MOSCOW3003"),
        ("tokyo 40", "09TOKYO4004"),
    ],
)
async def test_the_palette_finds_a_cable_by_a_prefix_or_pieces_of_its_id(corpus_db, settle, typed, opened):
    app = CablescopeApp(db=corpus_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*typed)
        await until(
            pilot, lambda: any(p.startswith(opened) for p in palette_prompts(app)), f"{opened} offered"
        )
        assert palette_prompts(app)[0].startswith(opened)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert app.screen.query_one(CableReader).reference_id == opened


def status(app) -> str:
    return str(app.screen.query_one("#status").render())


@pytest.mark.plugin_views(False)  # the list and the reader only
async def test_a_search_says_which_hit_and_n_wraps_round_with_a_note(corpus_db, settle):
    # "pipeline": 07PARIS2002 ¶1 and ¶3, 08MOSCOW3003 ¶1, 10STATE5005 ¶1, in date order.
    app = CablescopeApp(db=corpus_db, query="pipeline")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert where(app) == ("07PARIS2002", 1)
        assert "hit 1 of 2" in status(app)
        await pilot.press("n")
        await settle(pilot)
        assert where(app) == ("07PARIS2002", 3)
        assert "hit 2 of 2" in status(app)
        await pilot.press("n")
        await settle(pilot)
        assert (where(app), "hit 1 of 1" in status(app)) == (("08MOSCOW3003", 1), True)
        await pilot.press("n")
        await settle(pilot)
        assert where(app) == ("10STATE5005", 1)
        await pilot.press("n")
        await settle(pilot)
        assert where(app) == ("07PARIS2002", 1)
        assert app.notifications_shown()[-1] == "Search wrapped: back to the first hit."
        await pilot.press("N")
        await settle(pilot)
        assert where(app) == ("10STATE5005", 1)
        assert app.notifications_shown()[-1] == "Search wrapped: on to the last hit."


@pytest.mark.plugin_views(False)  # the list and the reader only
async def test_n_wraps_within_the_only_matching_cable(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, query="gas")  # 07PARIS2002 ¶1 only
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert where(app) == ("07PARIS2002", 1)
        await pilot.press("tab", "j", "j")  # off the hit: the status says how many there are
        await settle(pilot)
        assert where(app) == ("07PARIS2002", 3)
        assert "1 hit" in status(app) and "hit 1 of 1" not in status(app)
        await pilot.press("n")
        await settle(pilot)
        assert where(app) == ("07PARIS2002", 1)
        assert "hit 1 of 1" in status(app)
        assert app.notifications_shown()[-1] == "Search wrapped: back to the first hit."
        assert app.screen.run_search("gas or oil")
        await pilot.pause()  # the notice is a message
        assert app.notifications_shown()[-1] == ("Or searched as a word; operators are upper-case (OR)")
