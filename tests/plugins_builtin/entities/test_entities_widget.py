"""The explorer's entities pane, mounted on its own in a tiny app: look, highlights, other cables."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.widgets import OptionList

from cablescope import ingest
from cablescope.api import HighlightSpans, OpenCable, ViewContext, read_path
from cablescope.store import Store
from cablescope_entities.widget import EntitiesPanel

HERE = Path(__file__).parent
SEED = HERE.parents[2] / "seeds" / "09BEIJING2932-scoop.txt"


class PanelApp(App):
    """Mounts only the entities pane and records what it asks the explorer to do."""

    def __init__(self, store: Store | None = None) -> None:
        super().__init__()
        (self.cable,) = list(read_path(SEED))
        self.store = store
        self.posted: list[HighlightSpans | OpenCable] = []

    def compose(self) -> ComposeResult:
        yield EntitiesPanel(self.cable, ViewContext(store=self.store, today=date(2026, 1, 15)))

    def on_highlight_spans(self, message: HighlightSpans) -> None:
        self.posted.append(message)

    def on_open_cable(self, message: OpenCable) -> None:
        self.posted.append(message)


@pytest.fixture
def library(tmp_path):
    with Store(tmp_path / "library.db") as store:
        for path in (SEED, HERE / "cables" / "09STATE98811.txt", HERE / "cables" / "08BERLIN1129.txt"):
            for cable in read_path(path):
                ingest.add(store, cable)
        yield store


def test_entities_widget_snapshot(snap_compare):
    assert snap_compare(PanelApp(), terminal_size=(100, 30))


async def test_entities_widget_highlights_and_steps():
    app = PanelApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        first = app.posted[-1]
        assert isinstance(first, HighlightSpans)
        assert first.label == "Ni Ruchi" and first.current == 0 and len(first.spans) == 16
        para, start, end = first.spans[0]
        assert app.cable.paragraph(para).text[start:end] == "Ni Ruchi"
        await pilot.press("n", "n")
        await pilot.pause()
        assert app.posted[-1].current == 2
        await pilot.press("N", "N", "N")
        await pilot.pause()
        assert app.posted[-1].current == 15  # stepping back from the first wraps to the last


async def test_entities_widget_lists_other_cables_and_opens_one(library):
    app = PanelApp(store=library)
    async with app.run_test(size=(100, 30)) as pilot:
        listing = app.query_one("#entities-list", OptionList)
        panel = app.query_one(EntitiesPanel)
        iaea = next(
            i
            for i in range(listing.option_count)
            if (e := panel._entity_for(listing.get_option_at_index(i))) is not None
            and e.key == "International Atomic Energy Agency"
        )
        listing.highlighted = iaea
        await pilot.press("c")
        await pilot.pause()
        cables = app.query_one("#entities-cables", OptionList)
        assert cables.display and cables.option_count == 2
        assert [cables.get_option_at_index(i).id for i in range(2)] == ["08BERLIN1129", "09STATE98811"]
        await pilot.press("enter")
        await pilot.pause()
        opened = app.posted[-1]
        assert isinstance(opened, OpenCable) and opened.reference_id == "08BERLIN1129"
        await pilot.press("escape")
        await pilot.pause()
        assert listing.display and not cables.display


async def test_entities_widget_without_library_says_so():
    app = PanelApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        assert not app.query_one("#entities-cables", OptionList).display
        assert not app.posted
