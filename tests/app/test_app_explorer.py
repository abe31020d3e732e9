"""Pilot tests: the explorer driven by keys, asserting what is selected and what is shown."""

from __future__ import annotations

import json
import threading
from datetime import date

import pytest
from explorer_helpers import until
from textual.widgets import Input, Select

from cablescope import config, ingest, plugins
from cablescope.app.app import CablescopeApp
from cablescope.app.messages import HighlightSpans, NarrowList, OpenCable
from cablescope.app.screens import explorer
from cablescope.app.screens.bookmarks import BookmarksScreen
from cablescope.app.screens.filters import FiltersScreen
from cablescope.app.screens.help import HelpScreen
from cablescope.app.widgets.cable_list import CableList, Columns, row_text
from cablescope.app.widgets.reader import CableReader
from cablescope.model import Cable, Paragraph
from cablescope.store import Store

TODAY = date(2026, 1, 15)

SIZE = (100, 30)
# These tests look at the list, the reader and the dialogs: they run with no plugin views, but
# for those marked plugin_views(True) (see conftest.py).
pytestmark = [pytest.mark.plugin_views(False), pytest.mark.long]  # long: sent out first

DATE_ORDER = ["06ANKARA101", "07PARIS2002", "08MOSCOW3003", "09TOKYO4004", "10STATE5005"]


def list_rows(app: CablescopeApp) -> list[str]:
    cable_list = app.screen.query_one(CableList)
    return [cable_list.summary_at(i).reference_id for i in range(cable_list.count)]


async def filter_origin(pilot, settle, origin: str) -> None:
    """Apply an origin filter through the filters dialog (the list then reloads)."""
    await pilot.press("f")
    await settle(pilot)
    pilot.app.screen.query_one("#origin", Input).value = origin
    await pilot.press("ctrl+s")


def reader_of(app: CablescopeApp) -> CableReader:
    return app.screen.query_one(CableReader)


def current(app: CablescopeApp) -> tuple[str | None, int | None]:
    reader = reader_of(app)
    paragraph = reader.current_paragraph
    return (reader.cable.reference_id if reader.cable else None, paragraph.number if paragraph else None)


async def test_list_shows_every_cable_in_date_order(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert list_rows(app) == DATE_ORDER
        cable_list = app.screen.query_one(CableList)
        assert cable_list.has_focus
        first_line = cable_list.render_line(0).text
        assert first_line.startswith("06ANKARA101")
        assert "2006-01-10" in first_line and "Embassy Ankara" in first_line
        # The reader follows the list cursor.
        assert current(app)[0] == "06ANKARA101"
        assert "5 cables" in str(app.screen.query_one("#status").render())


def test_classification_colours_follow_the_banner_convention(corpus_db):
    from cablescope.store import Store

    with Store(corpus_db) as store:
        summaries = {s.reference_id: s for s in store.list_cables(limit=10)}
    colours = {}
    for ref, expected in [
        ("06ANKARA101", "green"),
        ("07PARIS2002", "blue"),
        ("08MOSCOW3003", "red"),
        ("10STATE5005", "orange"),
    ]:
        text = row_text(summaries[ref], Columns.fit(100))
        span = next(
            s
            for s in text.spans
            if "CONFIDENTIAL" in text.plain[s.start : s.end]
            or "SECRET" in text.plain[s.start : s.end]
            or "UNCLASSIFIED" in text.plain[s.start : s.end]
        )
        colours[ref] = str(span.style)
        assert expected in colours[ref], (ref, colours[ref])


async def test_vim_keys_move_the_list_and_the_reader(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        cable_list = app.screen.query_one(CableList)
        await pilot.press("j", "j")
        await settle(pilot)
        assert cable_list.cursor == 2
        assert current(app)[0] == "08MOSCOW3003"
        await pilot.press("G")
        await settle(pilot)
        assert current(app)[0] == "10STATE5005"
        await pilot.press("k")
        await settle(pilot)
        assert current(app)[0] == "09TOKYO4004"
        await pilot.press("g", "down")
        await settle(pilot)
        assert current(app)[0] == "07PARIS2002"
        # enter opens the cable in the reader; j/k then walk its paragraphs.
        await pilot.press("enter")
        await settle(pilot)
        reader = reader_of(app)
        assert reader.has_focus
        await pilot.press("j")
        assert current(app) == ("07PARIS2002", 1)
        await pilot.press("j", "j")
        assert current(app) == ("07PARIS2002", 3)
        await pilot.press("k")
        assert current(app) == ("07PARIS2002", 2)
        await pilot.press("G")
        assert current(app) == ("07PARIS2002", 3)
        await pilot.press("g")
        assert current(app) == ("07PARIS2002", 1)
        # tab cycles panes; escape returns to the list.
        await pilot.press("escape")
        assert cable_list.has_focus
        await pilot.press("tab")
        assert reader.has_focus


async def test_reader_shows_numbers_markings_and_wraps_to_the_pane(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("j", "j")
        await settle(pilot)
        reader = reader_of(app)
        lines = reader.plain_lines()
        text = "\n".join(lines)
        assert "Russia: pipeline talks stall" in text
        assert any(
            line.lstrip().startswith("2") and "S//NF" in line and "A source said" in line for line in lines
        )
        width = reader.scrollable_content_region.width
        assert all(len(line.rstrip()) <= width for line in lines)


async def test_search_narrows_the_list_highlights_and_steps_through_hits(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        search = app.screen.query_one("#search", Input)
        assert search.has_focus
        await pilot.press(*"pipeline", "enter")
        await settle(pilot)
        assert list_rows(app) == ["07PARIS2002", "08MOSCOW3003", "10STATE5005"]
        reader = reader_of(app)
        assert reader.highlights.hit_paragraphs == {1, 3}
        assert current(app) == ("07PARIS2002", 1)
        # Matching words are styled in the reader.
        line = next(line for line in reader._lines if "pipeline and gas" in line.body.plain)
        styled = [line.body.plain[s.start : s.end] for s in line.body.spans]
        assert "pipeline" in styled
        assert "“pipeline”" in str(app.screen.query_one("#status").render())
        await pilot.press("n")
        assert current(app) == ("07PARIS2002", 3)
        await pilot.press("n")
        await settle(pilot)
        assert current(app) == ("08MOSCOW3003", 1)
        await pilot.press("N")
        await settle(pilot)
        assert current(app) == ("07PARIS2002", 3)
        # escape on the list clears the search.
        await pilot.press("escape")
        await settle(pilot)
        assert list_rows(app) == DATE_ORDER


async def test_a_malformed_query_is_explained_not_crashed(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *'"unclosed', "enter")
        await settle(pilot)
        assert app.is_running
        messages = app.notifications_shown()
        assert list_rows(app) == DATE_ORDER or any("query" in m.lower() for m in messages)


async def test_filters_dialog_narrows_by_date_origin_and_level(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, FiltersScreen)
        app.screen.query_one("#date_from", Input).value = "2007-01-01"
        app.screen.query_one("#date_to", Input).value = "2008-12-31"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert list_rows(app) == ["07PARIS2002", "08MOSCOW3003"]
        assert "from 2007-01-01" in str(app.screen.query_one("#status").render())

        await pilot.press("f")
        await settle(pilot)
        app.screen.query_one("#date_from", Input).value = ""
        app.screen.query_one("#date_to", Input).value = ""
        app.screen.query_one("#level", Select).value = "S"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert list_rows(app) == ["08MOSCOW3003", "09TOKYO4004"]

        await pilot.press("f")
        await settle(pilot)
        app.screen.query_one("#level", Select).clear()
        app.screen.query_one("#origin", Input).value = "Tokyo"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert list_rows(app) == ["09TOKYO4004"]

        # A bad date is refused with a message; the dialog stays open.
        await pilot.press("f")
        await settle(pilot)
        app.screen.query_one("#date_from", Input).value = "22 Oct 2009"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, FiltersScreen)
        assert "YYYY-MM-DD" in str(app.screen.query_one("#filters-error").render())
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert list_rows(app) == DATE_ORDER


async def test_history_goes_back_and_forward_across_jumps(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("j", "j")  # paragraph 2 of the first cable
        assert current(app) == ("06ANKARA101", 2)
        app.screen.post_message(OpenCable("09TOKYO4004", 2))
        await settle(pilot)
        assert current(app) == ("09TOKYO4004", 2)
        app.screen.post_message(OpenCable("08MOSCOW3003"))
        await settle(pilot)
        assert current(app)[0] == "08MOSCOW3003"
        await pilot.press("backspace")
        await settle(pilot)
        assert current(app) == ("09TOKYO4004", 2)
        await pilot.press("alt+left")
        await settle(pilot)
        assert current(app) == ("06ANKARA101", 2)
        await pilot.press("alt+right")
        await settle(pilot)
        assert current(app) == ("09TOKYO4004", 2)
        await pilot.press("shift+backspace")
        await settle(pilot)
        assert current(app)[0] == "08MOSCOW3003"


async def test_bookmarks_are_kept_across_runs(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter")
        await settle(pilot)
        await pilot.press("j", "j", "m")
        await settle(pilot)
    saved = json.loads(config.bookmarks_path().read_text(encoding="utf-8"))
    assert [(b["reference_id"], b["paragraph"]) for b in saved] == [("07PARIS2002", 2)]

    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert current(app)[0] == "06ANKARA101"
        await pilot.press("apostrophe")
        await settle(pilot)
        assert isinstance(app.screen, BookmarksScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert current(app) == ("07PARIS2002", 2)
        # m on a bookmarked paragraph removes it.
        await pilot.press("m")
        await settle(pilot)
    assert json.loads(config.bookmarks_path().read_text(encoding="utf-8")) == []


async def test_y_copies_the_reference_id(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "y")
        await settle(pilot)
        assert app.clipboard == "07PARIS2002"
        assert any("Copied 07PARIS2002" in m for m in app.notifications_shown())


@pytest.mark.plugin_views(True)
async def test_views_switch_by_number_brackets_and_their_own_key(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        names = list(app.views)
        if len(names) < 2:
            pytest.skip("needs at least two registered views")
        screen = app.screen
        await pilot.press("1")
        assert screen.active_view == names[0]
        await pilot.press("2")
        await settle(pilot)
        assert screen.active_view == names[1]
        await pilot.press("right_square_bracket")
        assert screen.active_view == names[2 % len(names)]
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert screen.active_view == names[0]
        for name, key in screen.view_keys.items():
            await pilot.press(key)
            await settle(pilot)
            assert screen.active_view == name


@pytest.mark.plugin_views(True)
async def test_each_view_renders_the_selected_cable(seed_db, settle):
    app = CablescopeApp(db=seed_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        if not app.views:
            pytest.skip("no views registered")
        for number, name in enumerate(app.views, 1):
            await pilot.press(str(number))
            await settle(pilot)
            host = app.screen.query_one(f"#host-{name}")
            assert host.loaded_for == ("09BEIJING2932", None), name
            assert host.error is None, (name, host.error)


@pytest.mark.plugin_views(True)
async def test_messages_from_views_open_highlight_and_narrow(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        screen.post_message(NarrowList("2008–2009", date(2008, 1, 1), date(2009, 12, 31)))
        await settle(pilot)
        assert list_rows(app) == ["08MOSCOW3003", "09TOKYO4004"]
        assert "2008–2009" in str(screen.query_one("#status").render())
        screen.post_message(NarrowList("two cables", reference_ids=["06ANKARA101", "10STATE5005"]))
        await settle(pilot)
        assert list_rows(app) == ["06ANKARA101", "10STATE5005"]
        await pilot.press("escape")
        await settle(pilot)
        assert list_rows(app) == DATE_ORDER

        screen.post_message(OpenCable("08MOSCOW3003"))
        await settle(pilot)
        # Spans in paragraphs 1 and 3: the reader goes to the current one, n/N step through.
        screen.post_message(HighlightSpans([(1, 0, 8), (3, 0, 7)], current=1, label="test"))
        await settle(pilot)
        reader = reader_of(app)
        assert current(app) == ("08MOSCOW3003", 3)
        line = next(line for line in reader._lines if line.body.plain.startswith("Embassy will"))
        assert any(line.body.plain[s.start : s.end] == "Embassy" for s in line.body.spans)
        await pilot.press("n")
        assert current(app) == ("08MOSCOW3003", 1)
        await pilot.press("escape")
        assert reader.highlights.spans == []


@pytest.mark.plugin_views(True)
async def test_help_lists_every_binding_and_the_view_keys(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        described = {d for _, rows in app.screen.sections for _, d in rows}
        for expected in [
            "Search",
            "Filters",
            "Next hit",
            "Previous hit",
            "Back",
            "Forward",
            "Bookmark",
            "Bookmarks",
            "Copy ref id",
            "Quit",
            "Next paragraph",
            "Half page down",
            "Open",
        ]:
            assert expected in described
        explorer = app.explorer
        for name, view in app.views.items():
            assert any(view.title in d for d in described)
            if name in explorer.view_keys:
                keys = {k for _, rows in app.screen.sections for k, _ in rows}
                assert any(explorer.view_keys[name] in k.split() for k in keys)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


@pytest.mark.plugin_views(True)
async def test_q_quits(corpus_db, settle, press_to_quit):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press_to_quit(pilot)
    assert app.return_code == 0


@pytest.mark.plugin_views(True)
@pytest.mark.parametrize("size", [(80, 24)])
async def test_usable_at_80_by_24(corpus_db, settle, size):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = app.screen
        assert screen.query_one(CableList).size.height >= 4
        assert reader_of(app).size.height >= 8
        assert reader_of(app).size.width >= 30


# -- deep links (the options of `cablescope open`) -------------------------------------------


async def test_deep_link_doc_and_para(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, doc="08MOSCOW3003", para=2, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert current(app) == ("08MOSCOW3003", 2)
        assert app.screen.query_one(CableList).cursor == 2
        assert app.history.current.reference_id == "08MOSCOW3003"


async def test_deep_link_query(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, query="pipeline", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert list_rows(app) == ["07PARIS2002", "08MOSCOW3003", "10STATE5005"]
        assert current(app) == ("07PARIS2002", 1)


async def test_deep_link_query_and_doc(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, query="pipeline", doc="10STATE5005", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert current(app) == ("10STATE5005", 1)
        assert reader_of(app).highlights.hit_paragraphs == {1}


@pytest.mark.plugin_views(True)
async def test_deep_link_view(corpus_db, settle):
    names = list(plugins.get_views())
    if not names:
        pytest.skip("no views registered")
    app = CablescopeApp(db=corpus_db, view=names[-1], today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.active_view == names[-1]


@pytest.mark.plugin_views(True)
async def test_deep_link_to_an_unknown_view_warns(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, view="nonesuch", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any("nonesuch" in m for m in app.notifications_shown())


@pytest.mark.plugin_views(True)
async def test_open_paths_indexes_them_first_and_selects_the_cable(tmp_path, seed_path, settle):
    db = tmp_path / "fresh.db"
    app = CablescopeApp(db=db, index_paths=[seed_path], today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert list_rows(app) == ["09BEIJING2932"]
        assert current(app)[0] == "09BEIJING2932"
        assert any("1 added" in m for m in app.notifications_shown())


async def test_deep_link_beyond_the_first_page_opens_that_cable_and_the_list_follows(many_db, settle):
    app = CablescopeApp(db=many_db, doc="05MANY200", para=2, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert current(app) == ("05MANY200", 2)
        cable_list = app.screen.query_one(CableList)
        assert cable_list.cursor == 199
        assert cable_list.highlighted.reference_id == "05MANY200"
        # G then k walks the far end of the list (read backwards from the end).
        await pilot.press("escape", "G", "k")
        await settle(pilot)
        assert current(app)[0] == "05MANY249"
        await pilot.press("g")
        await settle(pilot)
        assert current(app)[0] == "05MANY1"
        assert [cable_list.summary_at(i).reference_id for i in (0, 99, 100, 150, 249)] == [
            "05MANY1",
            "05MANY100",
            "05MANY101",
            "05MANY151",
            "05MANY250",
        ]


async def test_undated_cables_are_listed_after_the_dated_ones_both_ways(many_db, settle):
    # Partial extracts carry no date: they come last, oldest first or newest first, and a deep
    # link to one finds its row (read from the far end of a long list).
    with Store(many_db) as store:
        for ref in ("UNKNOWN-c0ffee", "UNKNOWN-0ddba11", "UNKNOWN-bada55"):
            text = "1. (S) Part of a cable."
            paragraph = Paragraph(number=1, marking="S", text=text[7:], start=7, end=len(text))
            ingest.add(
                store, Cable(reference_id=ref, origin="Embassy Lima", paragraphs=[paragraph], text=text)
            )
    app = CablescopeApp(db=many_db, doc="UNKNOWN-bada55", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        cable_list = app.screen.query_one(CableList)
        assert cable_list.cursor == 251
        assert [cable_list.summary_at(i).reference_id for i in (0, 249, 250, 251, 252)] == [
            "05MANY1",
            "05MANY250",
            "UNKNOWN-0ddba11",
            "UNKNOWN-bada55",
            "UNKNOWN-c0ffee",
        ]
        await pilot.press("escape", "S")  # newest first
        await settle(pilot)
        assert [cable_list.summary_at(i).reference_id for i in (0, 249, 250, 251, 252)] == [
            "05MANY250",
            "05MANY1",
            "UNKNOWN-c0ffee",
            "UNKNOWN-bada55",
            "UNKNOWN-0ddba11",
        ]
        assert cable_list.highlighted.reference_id == "UNKNOWN-bada55"
        assert current(app)[0] == "UNKNOWN-bada55"
        # A filter that keeps the open cable keeps it open, on its row; one that leaves it out
        # opens the first cable that passes.
        steps = [("Lima", 128, 126, "UNKNOWN-bada55"), ("Manila", 125, 0, "05MANY250")]
        for origin, count, cursor, shown in steps:
            await filter_origin(pilot, settle, origin)
            await settle(pilot)
            assert (cable_list.count, cable_list.cursor, current(app)[0]) == (count, cursor, shown)


def hold(monkeypatch, owner, name: str) -> threading.Event:
    """Make ``owner.name`` wait (in its worker thread) until the returned event is set."""
    gate = threading.Event()
    real = getattr(owner, name)

    def held(*args, **kwargs):
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, held)
    return gate


async def rows_loaded(pilot, cable_list: CableList, count: int) -> None:
    def loaded() -> bool:
        return cable_list.count == count and not cable_list.empty_message.endswith("…")

    await until(pilot, loaded, f"the list shows {count} rows")


@pytest.mark.parametrize(
    ("keys", "origin", "shown"),
    [
        (["j"], None, "05MANY249"),  # re-sorted newest first, then moved to row 1
        (["j", "j", "enter"], "Manila", "05MANY6"),  # filtered the open cable out, then chose row 2
    ],
)
async def test_moving_while_the_list_looks_for_the_open_cable_wins(
    many_db, settle, monkeypatch, keys, origin, shown
):
    # The list is still looking for the open cable's row when the user moves: the late answer
    # must not move the cursor back, nor open a row the user has left.
    monkeypatch.setattr(explorer.ExplorerScreen, "preview_delay", 0.5)
    app = CablescopeApp(db=many_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        cable_list = app.screen.query_one(CableList)
        assert current(app)[0] == "05MANY1"
        gate = hold(monkeypatch, Store, "position")
        if origin:
            await filter_origin(pilot, settle, origin)
            await rows_loaded(pilot, cable_list, 125)
        else:
            await pilot.press("S")
            await rows_loaded(pilot, cable_list, 250)
        await pilot.press(*keys)
        gate.set()  # the answer comes before the reader follows the cursor
        await settle(pilot)
        assert (cable_list.highlighted.reference_id, current(app)[0]) == (shown, shown)


async def test_a_cable_opened_while_the_list_reloads_is_the_one_kept(many_db, settle, monkeypatch):
    app = CablescopeApp(db=many_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        cable_list = app.screen.query_one(CableList)
        gate = hold(monkeypatch, explorer, "fetch_first_page")
        await pilot.press("S")  # newest first; the list is held back
        assert app.screen.navigation.state.busy == "loading…"
        app.screen.post_message(OpenCable("05MANY150"))  # from a view, say
        await until(pilot, lambda: current(app)[0] == "05MANY150", "the reader shows 05MANY150")
        assert app.screen.navigation.state.busy == "loading…"
        gate.set()
        await settle(pilot)
        assert (cable_list.cursor, cable_list.highlighted.reference_id) == (100, "05MANY150")
        assert current(app)[0] == "05MANY150"


async def test_resorting_keeps_the_reader_on_its_paragraph(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"pipeline", "enter")
        await settle(pilot)
        assert current(app) == ("07PARIS2002", 1)
        await pilot.press("n")  # the next hit
        await settle(pilot)
        assert current(app) == ("07PARIS2002", 3)
        await pilot.press("S")
        await settle(pilot)
        cable_list = app.screen.query_one(CableList)
        assert cable_list.highlighted.reference_id == "07PARIS2002"
        assert current(app) == ("07PARIS2002", 3)


def agree(app) -> tuple[str | None, str | None]:
    """The list's row and the reader's cable."""
    row = app.screen.query_one(CableList).highlighted
    return (row.reference_id if row else None, current(app)[0])


async def test_a_cable_that_failed_to_open_is_not_the_one_kept(many_db, settle):
    app = CablescopeApp(db=many_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.post_message(OpenCable("99NOWHERE1"))  # a link to a cable not in the index
        await settle(pilot)
        assert current(app)[0] == "05MANY1"
        await pilot.press("S")
        await settle(pilot)
        assert agree(app) == ("05MANY1", "05MANY1")
        assert app.screen.query_one(CableList).cursor == 249


async def test_moving_just_before_a_resort_keeps_the_cable_moved_to(corpus_db, settle, monkeypatch):
    monkeypatch.setattr(explorer.ExplorerScreen, "preview_delay", 60)  # j alone never opens
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert current(app)[0] == "06ANKARA101"
        await pilot.press("j", "S")  # re-sorted before the reader followed the cursor
        await settle(pilot)
        assert agree(app) == ("07PARIS2002", "07PARIS2002")


async def test_clearing_a_list_that_emptied_the_reader_opens_its_first_row(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j")
        await settle(pilot)
        assert current(app)[0] == "08MOSCOW3003"
        app.screen.post_message(NarrowList("nothing", reference_ids=["99NOWHERE1"]))
        await settle(pilot)
        assert agree(app) == (None, None)
        await pilot.press("escape")
        await settle(pilot)
        assert agree(app) == ("06ANKARA101", "06ANKARA101")


async def test_moving_while_the_list_looks_for_a_linked_cable_wins(many_db, settle, monkeypatch):
    app = CablescopeApp(db=many_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        gate = hold(monkeypatch, Store, "position")
        app.screen.post_message(OpenCable("05MANY150"))  # not on the list's first page
        await until(pilot, lambda: current(app)[0] == "05MANY150", "the reader shows 05MANY150")
        await pilot.press("j")
        gate.set()
        await settle(pilot)
        assert agree(app) == ("05MANY2", "05MANY2")


async def test_the_open_cable_shows_a_new_search_and_loses_a_cleared_one(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert current(app)[0] == "06ANKARA101"
        # The first result is the cable already open: its hits are shown all the same.
        await pilot.press("slash", *"rain", "enter")
        await settle(pilot)
        assert list_rows(app) == ["06ANKARA101"]
        reader = reader_of(app)
        assert reader.highlights.hit_paragraphs == {2}
        assert current(app) == ("06ANKARA101", 2)
        # Clearing everything keeps the cable, at its paragraph, without the old hits.
        app.screen.clear_all()
        await settle(pilot)
        assert len(list_rows(app)) == 5
        assert reader.highlights.hit_paragraphs == set()
        assert current(app) == ("06ANKARA101", 2)


async def test_a_resort_while_a_search_hit_loads_keeps_that_hit(corpus_db, settle, monkeypatch):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        gate = hold(monkeypatch, Store, "matching_paragraphs")
        await pilot.press("slash", *"rain", "enter")
        await rows_loaded(pilot, app.screen.query_one(CableList), 1)
        await pilot.press("S")  # while the cable's hits are still loading
        await until(pilot, lambda: not app.screen.navigation.state.busy, "the list is sorted")
        gate.set()
        await settle(pilot)
        assert current(app) == ("06ANKARA101", 2)
        assert reader_of(app).highlights.hit_paragraphs == {2}
        assert (app.history.current.reference_id, app.history.current.paragraph) == ("06ANKARA101", 2)


async def test_clearing_the_search_keeps_the_reader_where_it_is(corpus_db, settle):
    # Lead paragraphs have no number: the reader's place must not depend on one.
    body = ["Lead text about zucchini.", "More lead text.", "Still more lead text.", "Last lead text."]
    text, paragraphs = "", []
    for line in body:
        paragraphs.append(Paragraph(number=None, text=line, start=len(text), end=len(text) + len(line)))
        text += line + "\n\n"
    with Store(corpus_db) as store:
        ingest.add(
            store, Cable(reference_id="05LEAD1", origin="Embassy Rome", paragraphs=paragraphs, text=text)
        )
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"zucchini", "enter")
        await settle(pilot)
        await pilot.press("enter", "j", "j")
        await settle(pilot)
        reader = reader_of(app)
        place = (reader.cable.reference_id, reader.cursor, reader.scroll_y)
        assert place[:2] == ("05LEAD1", 1)  # from the header, two paragraphs down
        app.screen.clear_all()
        await settle(pilot)
        assert (reader.cable.reference_id, reader.cursor, reader.scroll_y) == place
        assert reader.highlights.terms is None and reader.highlights.hit_paragraphs == set()


async def test_a_malformed_search_is_refused_and_the_last_one_stays(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"pipeline", "enter")
        await settle(pilot)
        await pilot.press("n")
        assert current(app) == ("07PARIS2002", 3)
        await pilot.press("slash", "ctrl+u", *"x OR", "enter")
        await settle(pilot)
        messages = app.notifications_shown()
        assert any("OR needs something to search for on both sides" in m for m in messages), messages
        assert app.screen.query_one("#searchbar").display  # open, to correct the query
        assert app.screen.query_one("#search", Input).value == "x OR"
        assert list_rows(app) == ["07PARIS2002", "08MOSCOW3003", "10STATE5005"]
        await pilot.press("escape", "backspace")  # close the bar, then back in history
        await settle(pilot)
        assert current(app) == ("07PARIS2002", 1)
        assert reader_of(app).highlights.hit_paragraphs == {1, 3}


async def test_going_back_right_after_a_move_wins_over_the_preview(many_db, settle, monkeypatch):
    monkeypatch.setattr(explorer.ExplorerScreen, "preview_delay", 60)  # j alone never opens
    app = CablescopeApp(db=many_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.post_message(OpenCable("05MANY150"))
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        await pilot.press("j", "backspace")  # back before the reader follows the cursor
        await settle(pilot)
        assert agree(app) == ("05MANY1", "05MANY1")
        assert app.history.current.reference_id == "05MANY1"


async def test_coming_back_to_the_shown_cable_cancels_the_preview_on_its_way(corpus_db, settle, monkeypatch):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        gate = hold(monkeypatch, Store, "get")
        navigation = app.screen.navigation
        await pilot.press("j")
        await until(pilot, lambda: navigation.loading_ref == "07PARIS2002", "the next cable is loading")
        await pilot.press("k")
        await until(pilot, lambda: navigation.loading_ref is None, "the reader is back on its cable")
        gate.set()
        await settle(pilot)
        assert agree(app) == ("06ANKARA101", "06ANKARA101")


async def test_escape_stops_the_search_and_drops_its_marks_where_the_reader_is(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"pipeline", "enter")
        await settle(pilot)
        await pilot.press("n")
        app.screen.post_message(HighlightSpans([(1, 0, 8), (3, 0, 7)], current=1, label="test"))
        await settle(pilot)
        assert current(app) == ("07PARIS2002", 3)
        app.screen.clear_all()  # the palette's "clear": search, marks and narrowing
        await settle(pilot)
        reader = reader_of(app)
        assert (reader.highlights.spans, reader.highlights.hit_paragraphs) == ([], set())
        assert current(app) == ("07PARIS2002", 3)
        await pilot.press("slash", *"gas", "enter")
        await settle(pilot)
        assert current(app) == ("07PARIS2002", 1)
        assert list_rows(app) == ["07PARIS2002"]
        await pilot.press("escape")  # on the list: stops the search; the cable stays open
        await settle(pilot)
        assert len(list_rows(app)) == 5
        assert agree(app) == ("07PARIS2002", "07PARIS2002")
        assert current(app) == ("07PARIS2002", 1)
        assert reader.highlights.hit_paragraphs == set()


async def test_a_load_already_past_its_cancel_check_is_not_shown(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        gate, handing_over, deliver = threading.Event(), threading.Event(), app.call_from_thread

        def held(callback, *args, **kwargs):
            if getattr(callback, "__name__", "") == "cable_loaded":
                handing_over.set()
                gate.wait(10)  # the worker has loaded the cable and is handing it over
            return deliver(callback, *args, **kwargs)

        app.call_from_thread = held
        navigation = app.screen.navigation
        await pilot.press("j")
        await until(pilot, handing_over.is_set, "the next cable is handed over")
        await pilot.press("k")  # back to the cable on screen before the other one lands
        await until(pilot, lambda: navigation.loading_ref is None, "the reader is back on its cable")
        gate.set()
        await settle(pilot)
        assert agree(app) == ("06ANKARA101", "06ANKARA101")
        assert app.history.current.reference_id == "06ANKARA101"


async def test_escape_from_a_linked_cable_the_list_lacks_records_where_it_lands(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await filter_origin(pilot, settle, "Paris")
        await settle(pilot)
        await pilot.press("slash", *"pipeline", "enter")
        await settle(pilot)
        app.screen.post_message(OpenCable("08MOSCOW3003", 3))  # a view's link, outside the filter
        await settle(pilot)
        assert current(app) == ("08MOSCOW3003", 3)
        app.screen.query_one(CableList).focus()
        await pilot.press("escape")
        await settle(pilot)
        assert list_rows(app) == ["07PARIS2002"]
        assert agree(app) == ("07PARIS2002", "07PARIS2002")
        assert app.history.current.reference_id == "07PARIS2002"
