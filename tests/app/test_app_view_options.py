"""Command-line view options and search reach the explorer: ``launch_explorer(query=, view_options=)``."""

from __future__ import annotations

import sys
from datetime import date

from rich.text import Text
from sample_plugins import registered

from cablescope.api import View, hookimpl
from cablescope.app.app import CablescopeApp
from cablescope.app.launch import launch_explorer

TODAY = date(2026, 1, 15)
SIZE = (100, 30)


class RecordingView(View):
    """Renders nothing of interest; keeps the options and search each render was given."""

    seen: list[tuple[str, str | None, dict, str | None]]

    def render(self, cable, context):
        self.seen.append(
            (self.name, cable.reference_id if cable else None, dict(context.options), context.query)
        )
        return Text(self.name)


class AgainstView(RecordingView):
    name = "against"
    title = "Against"
    key = "V"


class OtherView(RecordingView):
    name = "other"
    title = "Other"
    key = "W"


class RecordingPlugin:
    def __init__(self, seen: list) -> None:
        self.views = [AgainstView(), OtherView()]
        for view in self.views:
            view.seen = seen

    @hookimpl
    def register_views(self, register):
        for view in self.views:
            register(view)


async def test_the_view_named_at_launch_gets_the_command_line_options_and_search(corpus_db, settle):
    seen: list = []
    with registered(RecordingPlugin(seen), "recording_plugin"):
        app = CablescopeApp(
            db=corpus_db,
            doc="07PARIS2002",
            view="against",
            query="pipeline",
            view_options={"against": "08MOSCOW3003", "side_by_side": True},
            today=TODAY,
        )
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert app.screen.active_view == "against"
            assert seen[-1] == (
                "against",
                "07PARIS2002",
                {"against": "08MOSCOW3003", "side_by_side": True},
                "pipeline",
            )
            # The options belong to the view they were given for: another view renders without them.
            assert app.screen.show_view("other")
            await settle(pilot)
            assert seen[-1] == ("other", "07PARIS2002", {}, "pipeline")


def test_launch_explorer_hands_the_search_and_view_options_to_the_app(corpus_db, monkeypatch):
    started: list[CablescopeApp] = []
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(CablescopeApp, "run", lambda self, **options: started.append(self) or 0)
    code = launch_explorer(
        db=corpus_db, doc="07PARIS2002", view="timeline", query="pipeline", view_options={"by": "year"}
    )
    assert code == 0
    (app,) = started
    assert (app.start_doc, app.start_view, app.start_query) == ("07PARIS2002", "timeline", "pipeline")
    assert app.view_options == {"by": "year"}


def test_launch_explorer_without_view_options_gives_the_app_none(corpus_db, monkeypatch):
    started: list[CablescopeApp] = []
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(CablescopeApp, "run", lambda self, **options: started.append(self) or 0)
    assert launch_explorer(db=corpus_db) == 0
    assert started[0].view_options == {}
    assert started[0].start_query is None
