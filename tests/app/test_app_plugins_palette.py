"""A failing plugin view is reported and contained; the command palette finds cables and views."""

from __future__ import annotations

from datetime import date

from sample_plugins import line_of, registered
from sample_plugins.boom import BoomPlugin
from textual.message import Message
from textual.notifications import Notify

from cablescope.api import hookimpl
from cablescope.app.app import CablescopeApp
from cablescope.app.widgets.reader import CableReader

TODAY = date(2026, 1, 15)
SIZE = (100, 30)


BOOM_LINE = line_of("boom", "raise RuntimeError")


async def test_a_view_that_raises_is_reported_and_the_rest_keeps_working(corpus_db, settle):
    with registered(BoomPlugin(), "boom_plugin"):
        app = CablescopeApp(db=corpus_db, view="boom", today=TODAY)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            screen = app.screen
            assert screen.active_view == "boom"
            host = screen.query_one("#host-boom")
            assert host.error is not None and "kaboom" in host.error
            messages = app.notifications_shown()
            assert any("kaboom [bold]not markup[/bold]" in m for m in messages), messages
            # The reader and the other views are unaffected.
            assert screen.query_one(CableReader).cable.reference_id == "06ANKARA101"
            other = next(name for name in app.views if name != "boom")
            assert screen.show_view(other)
            await settle(pilot)
            assert screen.query_one(f"#host-{other}").error is None
            # The failing view's own key still switches to it.
            await pilot.press("B")
            await settle(pilot)
            assert screen.active_view == "boom"


async def test_palette_opens_a_cable_found_by_its_words(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"japan")
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        reader = app.screen.query_one(CableReader)
        assert reader.cable.reference_id == "09TOKYO4004"
        assert app.history.current.reference_id == "09TOKYO4004"


async def test_palette_switches_views(corpus_db, settle):
    app = CablescopeApp(db=corpus_db, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        last = list(app.views)[-1]
        title = app.views[last].title
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*f"view: {title.lower()}")
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert app.screen.active_view == last


class MarkPlugin:
    @staticmethod
    @hookimpl
    def annotate_paragraphs(cable):
        from cablescope.api import Annotation

        return [
            Annotation(paragraph=2, start=2, end=8, style="bold magenta", label="test mark"),
            Annotation(paragraph=2, gutter="NF!", gutter_style="bold red", label="test gutter"),
        ]


async def test_plugin_annotations_style_the_text_and_mark_the_gutter(corpus_db, settle):
    with registered(MarkPlugin(), "mark_plugin"):
        app = CablescopeApp(db=corpus_db, doc="08MOSCOW3003", today=TODAY)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            reader = app.screen.query_one(CableReader)
            lines = [line for line in reader._lines if line.block == 1]
            body = next(line.body for line in lines if line.first)
            assert body.plain.startswith("A source said")
            styled = [(body.plain[s.start : s.end], str(s.style)) for s in body.spans]
            assert ("source", "bold magenta") in styled
            # The gutter mark shows on the paragraph's second line, in the marking column.
            marks = [line.mark.plain for line in lines if line.mark is not None]
            assert "NF!" in marks
            assert any("NF!" in text and "│" in text for text in reader.plain_lines())


async def test_a_failing_view_raises_one_notice(corpus_db, settle):
    notices: list[str] = []

    def on_message(message: Message) -> None:
        if isinstance(message, Notify):
            notices.append(message.notification.message)

    with registered(BoomPlugin(), "boom_plugin"):
        app = CablescopeApp(db=corpus_db, doc="07PARIS2002", view="boom", today=TODAY)
        async with app.run_test(size=SIZE, message_hook=on_message) as pilot:
            await settle(pilot)
            assert app.screen.active_view == "boom"
    # The failure is recorded by the plugin manager and shown once, not also as "View Boom failed".
    assert [n for n in notices if "kaboom" in n] == [
        "plugin 'boom_plugin' failed (view 'boom' render on 07PARIS2002): "
        f"RuntimeError: kaboom [bold]not markup[/bold] (boom.py line {BOOM_LINE})"
    ]
