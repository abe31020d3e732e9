"""The appendix pane in the explorer: analysis in a worker, open the compared page, flip the diff."""

from __future__ import annotations

from appendix_pages import PAGES
from rich.table import Table
from textual.app import App, ComposeResult
from textual.widgets import Static

from cablescope import ingest
from cablescope.api import OpenCable, ViewContext, open_store, parse_cable, read_path
from cablescope_appendix.widget import AppendixPane


class PaneApp(App):
    def __init__(self, pane: AppendixPane) -> None:
        super().__init__()
        self.pane = pane
        self.opened: list[str] = []

    def compose(self) -> ComposeResult:
        yield self.pane

    def on_open_cable(self, message: OpenCable) -> None:
        self.opened.append(message.reference_id)


def _library(tmp_path):
    store = open_store(tmp_path / "library.db")
    for name in ("scoop-reykjavik-fisheries.txt", "scoop-vilnius-power-links.txt"):
        ingest.add(store, parse_cable((PAGES / name).read_text(encoding="utf-8")))
    return store


async def test_appendix_widget_opens_the_compared_page_and_flips_the_diff(tmp_path, workers_finished):
    store = _library(tmp_path)
    try:
        pane = AppendixPane(store.get("08REYKJAVIK215"), ViewContext(store=store))
        app = PaneApp(pane)
        async with app.run_test(size=(100, 30)) as pilot:
            await workers_finished(app)
            await pilot.pause()
            assert pane.analysis is not None
            assert pane.analysis.other_reference_id == "10VILNIUS77"
            pane.focus()
            await pilot.press("o")
            await pilot.pause()
            assert app.opened == ["10VILNIUS77"]
            assert not pane.side_by_side
            await pilot.press("d")
            await pilot.pause()
            assert pane.side_by_side
            renderable = pane.query_one(Static).content
            assert any(isinstance(part, Table) and len(part.columns) == 3 for part in renderable.renderables)
    finally:
        store.close()


async def test_appendix_widget_without_index_opens_nothing(seed_path, workers_finished):
    (cable,) = list(read_path(seed_path))
    pane = AppendixPane(cable, ViewContext())
    app = PaneApp(pane)
    async with app.run_test(size=(100, 30)) as pilot:
        await workers_finished(app)
        await pilot.pause()
        pane.focus()
        await pilot.press("o")
        await pilot.pause()
        assert app.opened == []
        assert pane.analysis.other_reference_id is None
