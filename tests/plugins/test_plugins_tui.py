"""Broken plugins in the explorer: each is reported as a notification and the explorer keeps working."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime

from sample_plugins import install, line_of
from textual.message import Message
from textual.notifications import Notify

from cablescope import ingest, plugins
from cablescope.app.app import CablescopeApp
from cablescope.model import Cable, Paragraph
from cablescope.store import Store


def library(path):
    body = "The delegation arrived on time."
    text = f"SUBJECT: Test\n\n1. (U) {body}\n"
    cable = Cable(
        reference_id="09TESTPOST42",
        created=datetime(2009, 5, 1, 12, 0, tzinfo=UTC),
        origin="Embassy Testville",
        classification="UNCLASSIFIED",
        subject="Test",
        paragraphs=[Paragraph(number=1, marking="U", text=body, start=21, end=21 + len(body))],
        text=text,
    )
    with Store(path) as store:
        ingest.add(store, cable)
    return path


async def test_the_explorer_reports_each_broken_plugin_and_still_shows_the_cable(
    fresh_plugins, plugins_dir, tmp_path, press_to_quit
):
    (plugins_dir / "broken.py").write_text("raise ImportError('needs numpy')\n", encoding="utf-8")
    install(plugins_dir, "flaky")
    install(plugins_dir, "exploding", "exploder")
    plugins.load_plugins(plugins_dir)
    db = library(tmp_path / "library.db")

    # Notifications are watched through run_test's message hook (Textual keeps the list private);
    # waiting for the workers instead would re-raise the failed render worker's error.
    messages: list[str] = []
    all_three = asyncio.Event()

    def on_message(message: Message) -> None:
        if isinstance(message, Notify) and message.notification.message.startswith("plugin "):
            messages.append(message.notification.message)
            if len(messages) == 3:
                all_three.set()

    app = CablescopeApp(db=db, doc="09TESTPOST42", view="exploding", today=date(2026, 1, 15))
    async with app.run_test(size=(100, 30), message_hook=on_message) as pilot:
        await asyncio.wait_for(all_three.wait(), timeout=10)
        await pilot.pause()
        # Sorted: the annotation and the view run in separate workers, in either order.
        assert sorted(messages) == [
            "plugin 'broken' not loaded (import): ImportError: needs numpy (broken.py line 1)",
            "plugin 'exploder' failed (view 'exploding' render on 09TESTPOST42): LookupError: view broke"
            f" (exploder.py line {line_of('exploding', 'raise LookupError')})",
            "plugin 'flaky' disabled (hook annotate_paragraphs): "
            f"RuntimeError: annotator broke (flaky.py line {line_of('flaky', 'raise RuntimeError')})",
        ]
        assert app.explorer.cable is not None and app.explorer.cable.reference_id == "09TESTPOST42"
        assert "markers" in app.views  # the built-in views are all still there
        await press_to_quit(pilot)
