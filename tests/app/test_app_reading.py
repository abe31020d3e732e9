"""Reading in the explorer: go to a paragraph by number, copy it, hand the cable to a pager, and
the cable's own line structure (lists, tables) kept while its wrapping is undone."""

from __future__ import annotations

import contextlib
import shlex

import pytest
from explorer_helpers import where

from cablescope.app.app import CablescopeApp
from cablescope.app.widgets.reader import CableReader, reflow

SIZE = (100, 30)


@pytest.mark.plugin_views(False)  # the reader only
async def test_colon_goes_to_a_paragraph_by_number(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, doc="07PARIS2002")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("colon", "3", "enter")
        await settle(pilot)
        assert where(app) == ("07PARIS2002", 3)
        assert app.screen.query_one(CableReader).has_focus
        assert app.history.current.paragraph == 3
        await pilot.press("colon", "9", "enter")
        await settle(pilot)
        assert where(app) == ("07PARIS2002", 3)
        assert app.notifications_shown()[-1] == "No paragraph '9' here (numbered paragraphs: 1–3)."


@pytest.mark.plugin_views(False)  # the reader only
async def test_shift_y_copies_the_paragraph_text(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, doc="07PARIS2002", para=2)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("Y")
        assert app.clipboard == "The ministry sees no change in policy."
        assert app.notifications_shown()[-1] == "Copied ¶2 of 07PARIS2002 (38 characters)"


@pytest.mark.plugin_views(False)  # the reader only
async def test_v_hands_the_cable_to_the_pager(corpus_db, settle, tmp_path, monkeypatch):
    seen = tmp_path / "paged.txt"
    # The "pager" copies what it is given; suspending needs a real terminal, which a test has not.
    copy = 'cp "$0" ' + shlex.quote(str(seen))
    monkeypatch.setenv("PAGER", "sh -c " + shlex.quote(copy))
    app = CablescopeApp(db=corpus_db, doc="08MOSCOW3003")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
        await pilot.press("v")
        await settle(pilot)
    text = seen.read_text()
    assert text.startswith("SUBJECT: Russia: pipeline talks stall\n\n1. (S) Pipeline talks stalled")
    assert "2. (S//NF) A source said the Kremlin wants a better price." in text


def test_reflow_keeps_lists_and_tables_and_joins_wrapped_sentences():
    # Wrapped at 55 columns as a sender's terminal would: each break falls where the next
    # word did not fit, "15." and "--" included; the list and the table are the cable's own.
    prose = [
        "The minister met the ambassador in Ankara on September",
        "15. He said that the talks would go on, and the embassy",
        "will follow up with them -- but he did not say when it",
        "-- or where. The points he made were these, in order:",
    ]
    own = [
        "o the first point;",
        "o the second point",
        "-- a third",
        "Name       Title",
        "Smith      Minister",
    ]
    text = "\n".join(prose + own)
    assert reflow(text).split("\n") == [" ".join(prose), *own]
    assert len(reflow(text)) == len(text)  # offsets into the text stay valid
