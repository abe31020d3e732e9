"""Fixtures for the explorer's tests: small synthetic libraries and a helper to let the app settle."""

from __future__ import annotations

import asyncio
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path

import pytest
from explorer_helpers import make_cable
from textual.widgets._tabs import Underline

from cablescope import ingest, plugins
from cablescope.app.screens.explorer import ExplorerScreen
from cablescope.store import Store

TODAY = date(2026, 1, 15)

# (reference id, created, origin, classification, subject, [(marking, paragraph text), ...])
CORPUS = [
    (
        "06ANKARA101",
        datetime(2006, 1, 10, 9, 0),
        "Embassy Ankara",
        "UNCLASSIFIED",
        "Turkey: grain harvest outlook",
        [
            ("U", "The grain harvest is expected to rise this year."),
            ("U", "Farmers in Anatolia report good rain."),
        ],
    ),
    (
        "07PARIS2002",
        datetime(2007, 3, 5, 14, 30),
        "Embassy Paris",
        "CONFIDENTIAL",
        "France: views on the pipeline",
        [
            ("C", "Officials discussed the pipeline and gas prices with PolOff."),
            ("C", "The ministry sees no change in policy."),
            ("C", "Comment: the pipeline question will return in spring."),
        ],
    ),
    (
        "08MOSCOW3003",
        datetime(2008, 6, 20, 8, 15),
        "Embassy Moscow",
        "SECRET",
        "Russia: pipeline talks stall",
        [
            ("S", "Pipeline talks stalled over transit fees."),
            ("S//NF", "A source said the Kremlin wants a better price."),
            ("C", "Embassy will follow up next week."),
        ],
    ),
    (
        "09TOKYO4004",
        datetime(2009, 9, 1, 2, 0),
        "Embassy Tokyo",
        "SECRET//NOFORN",
        "Japan: new government priorities",
        [
            ("S//NF", "The new cabinet set out its priorities."),
            ("C", "Trade and the alliance lead the list."),
        ],
    ),
    (
        "10STATE5005",
        datetime(2010, 2, 14, 18, 45),
        "Secretary of State",
        "TOP SECRET",
        "Guidance on the pipeline demarche",
        [("TS", "Posts should deliver the pipeline demarche at once."), ("S", "Report reactions by cable.")],
    ),
]

HOSTILE_REF = "10HOSTILE666"
HOSTILE_SUBJECT = "[bold]Pwned[/bold] \x1b[31mRED\x1b[0m subject"
HOSTILE_PARAGRAPHS = [
    ("C", "Click [@click=app.quit]here[/] or [link=http://evil.example]there[/link] now."),
    ("C", "Bell\x07 and title\x1b]0;owned\x07 and clear\x1b[2J and colour \x1b[1;31mred\x1b[0m end."),
]


def build_library(path: Path, *, hostile: bool = False, seed: Path | None = None) -> Path:
    with Store(path) as store:
        for row in CORPUS:
            ingest.add(store, make_cable(*row))
        if hostile:
            ingest.add(
                store,
                make_cable(
                    HOSTILE_REF,
                    datetime(2010, 12, 1),
                    "Embassy Nowhere",
                    "CONFIDENTIAL",
                    HOSTILE_SUBJECT,
                    HOSTILE_PARAGRAPHS,
                ),
            )
        if seed is not None:
            ingest.index(store, [seed])
    return path


@contextmanager
def plugin_switch(value: str | None) -> Iterator[None]:
    """The plugins switch (``CABLESCOPE_LOAD_PLUGINS``) set to ``value`` (None: unset, every plugin)
    and a host that loads afresh under it; then the switch as it was, restored before the host is
    unloaded, so that a load still running in a closed app's thread cannot hand this one's plugins
    to the next test."""
    saved = os.environ.get(plugins.LOAD_ENV)
    if value is None:
        os.environ.pop(plugins.LOAD_ENV, None)
    else:
        os.environ[plugins.LOAD_ENV] = value
    plugins.unload_plugins()
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop(plugins.LOAD_ENV, None)
        else:
            os.environ[plugins.LOAD_ENV] = saved
        plugins.unload_plugins()


class Libraries:
    """Each library built once by each test worker, with every plugin (its facts as a user's would have them);
    a test gets its own copy of the file, so one that writes to it (bookmarks, history) changes
    no other test's."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.built: dict[str, Path] = {}

    def copy(self, name: str, build: Callable[[Path], Path], to: Path) -> Path:
        if name not in self.built:
            with plugin_switch(None):
                self.built[name] = build(self.folder / name)
        shutil.copyfile(self.built[name], to)
        return to


@pytest.fixture(scope="session")
def libraries(tmp_path_factory) -> Libraries:
    return Libraries(tmp_path_factory.mktemp("libraries"))


@pytest.fixture(autouse=True)
def plugin_views(request) -> Iterator[None]:
    """A test marked ``plugin_views(False)`` runs the explorer with no plugin loaded but the core
    readers (no view tabs): it looks only at the list, the reader and the dialogs, and mounting
    and rendering five views for every cable opened was most of its cost. Unmarked tests, and
    those marked ``plugin_views(True)``, load every plugin."""
    marker = request.node.get_closest_marker("plugin_views")
    if marker is None or marker.args[0]:
        yield
        return
    with plugin_switch("none"):
        yield


@pytest.fixture
def corpus_db(tmp_path, libraries) -> Path:
    return libraries.copy("corpus.db", build_library, tmp_path / "corpus.db")


@pytest.fixture
def hostile_db(tmp_path, libraries) -> Path:
    return libraries.copy("hostile.db", partial(build_library, hostile=True), tmp_path / "hostile.db")


def _index_seed(path: Path, seed: Path) -> Path:
    with Store(path) as store:
        ingest.index(store, [seed])
    return path


@pytest.fixture
def seed_db(tmp_path, seed_path, libraries) -> Path:
    return libraries.copy("seed.db", partial(_index_seed, seed=seed_path), tmp_path / "seed.db")


def _underlines(app) -> list[tuple[float, float]]:
    return [(u.highlight_start, u.highlight_end) for u in app.screen.query(Underline)]


@pytest.fixture(autouse=True)
def instant_preview(monkeypatch) -> None:
    """The reader follows the list cursor at once (a test that needs the delay sets its own)."""
    monkeypatch.setattr(ExplorerScreen, "preview_delay", 0)


def _busy(app) -> bool:
    """A worker runs, or the reader is about to follow the list cursor."""
    if any(not worker.is_finished for worker in app.workers):
        return True
    explorers = [screen for screen in app.screen_stack if isinstance(screen, ExplorerScreen)]
    return any(screen.preview_pending for screen in explorers)


async def _messages_handled(app) -> None:
    """Until the app, its screen and every widget on it have handled the messages queued now."""
    nodes = [app, *app.screen.walk_children(with_self=True)]
    handled = asyncio.Event()
    waiting = 0

    def one_handled() -> None:
        nonlocal waiting
        waiting -= 1
        if waiting == 0:
            handled.set()

    waiting = sum(1 for node in nodes if node.call_later(one_handled))
    if waiting:
        await asyncio.wait_for(handled.wait(), timeout=10)


@pytest.fixture
def settle(workers_finished):
    """``await settle(pilot)``: wait until the app is quiet: every message handled, no worker
    running, no preview on its way, animations done and the screen laid out (within 10 s)."""

    async def _settle(pilot) -> None:
        app = pilot.app
        deadline = time.monotonic() + 10
        while True:
            await _messages_handled(app)
            if _busy(app):
                await workers_finished(app)
                await asyncio.sleep(0.005)  # a preview timer (a test that set a delay) fires
            else:
                # Settling may start more (a view renders once the tab bar has its width), and on
                # a loaded machine the tab underline may still move to the tab's new width.
                underlines = _underlines(app)
                await pilot.wait_for_scheduled_animations()
                if not _busy(app) and _underlines(app) == underlines:
                    return
            if time.monotonic() > deadline:
                raise AssertionError("the explorer never settled")

    return _settle


@pytest.fixture
def many_db(tmp_path, libraries) -> Path:
    """250 cables, one a day from 2005-01-01: more than one page of the list."""
    return libraries.copy("many.db", _build_many, tmp_path / "many.db")


def _build_many(path: Path) -> Path:
    start = datetime(2005, 1, 1, 12, 0)
    with Store(path) as store:
        for n in range(250):
            ingest.add(
                store,
                make_cable(
                    f"05MANY{n + 1}",
                    start + timedelta(days=n),
                    "Embassy Manila" if n % 2 else "Embassy Lima",
                    "CONFIDENTIAL" if n % 3 else "SECRET",
                    f"Routine report number {n + 1}",
                    [("C", f"Report {n + 1} says the harvest was normal."), ("C", "Nothing else to add.")],
                ),
            )
    return path
