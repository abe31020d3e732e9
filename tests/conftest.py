"""Shared fixtures: the seed, the shared corpus (when present beside the repo), an isolated home."""

from __future__ import annotations

import asyncio
import compileall
import fcntl
import gc
import os
import pickle
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from textual.worker import WorkerCancelled, WorkerError, WorkerFailed

from cablescope import ingest
from cablescope.model import Cable
from cablescope.readers import read_path
from cablescope.store import Store

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "09BEIJING2932-scoop.txt"
SHARED_CORPUS = REPO.parent / "shared" / "corpus" / "wikileaks-cables"

# Like datasette: the plugin host does not autoload installed entry points other than
# cablescope's own while tests run, so a developer's installed plugins cannot change results.
# An environment switch, so that the indexing worker processes the tests start inherit it.
os.environ["CABLESCOPE_SKIP_INSTALLED_PLUGINS"] = "1"


def pytest_configure(config) -> None:
    """Compile the checkout once, before the workers start: the tests start hundreds of
    cablescope processes, and where ``PYTHONDONTWRITEBYTECODE`` is set (as on CI) each of them
    would otherwise compile every module it imports again (about 0.1 CPU-second a process)."""
    if not hasattr(config, "workerinput"):
        for package in ("tui", "plugins"):
            compileall.compile_dir(REPO / package, quiet=1, workers=0)
        _rewrite_test_modules(config)


def _rewrite_test_modules(config) -> None:
    """Write the assertion-rewritten bytecode of every test module and conftest once, here,
    before the workers start: where ``PYTHONDONTWRITEBYTECODE`` is set, each worker would rewrite
    and compile them all again (about 2.8 CPU-seconds a worker), and pytest reads such bytecode
    even then. This goes through pytest's rewriting functions, which are not public: pytest is
    pinned below 9, and where they are missing or assertions are not rewritten, nothing is
    written and the workers rewrite as they would anyway."""
    from _pytest.assertion import rewrite

    state = config.stash.get(rewrite.assertstate_key, None)
    needed = ("_read_pyc", "_rewrite_test", "_write_pyc", "get_cache_dir", "try_makedirs", "PYC_TAIL")
    if (
        state is None
        or config.getoption("assertmode") != "rewrite"
        or not all(hasattr(rewrite, name) for name in needed)
    ):
        return
    for source in sorted((REPO / "tests").rglob("*.py")):
        if not (source.name.startswith("test_") or source.name == "conftest.py"):
            continue
        cache = rewrite.get_cache_dir(source)
        pyc = cache / (source.name[:-3] + rewrite.PYC_TAIL)
        if rewrite._read_pyc(source, pyc) is not None or not rewrite.try_makedirs(cache):
            continue
        source_stat, code = rewrite._rewrite_test(source, config)
        rewrite._write_pyc(state, code, source_stat, pyc)


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    if not SHARED_CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {SHARED_CORPUS} (it sits beside the repository in CI)")
    return SHARED_CORPUS


def _run_dir(tmp_path_factory) -> Path:
    """A folder this run's xdist workers share, and no other run."""
    root = tmp_path_factory.getbasetemp()
    return root.parent if os.environ.get("PYTEST_XDIST_WORKER") else root


@contextmanager
def _first_worker(tmp_path_factory, name: str) -> Iterator[bool]:
    """Yields True to the first worker of the run that asks for ``name`` (which builds it) and
    False to the others, which wait on a lock until it is built."""
    root = _run_dir(tmp_path_factory)
    done = root / f"{name}.done"
    with (root / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        first = not done.exists()
        yield first
        if first:
            done.touch()


@pytest.fixture(scope="session")
def shared_cables(shared_corpus, tmp_path_factory) -> tuple[Cable, ...]:
    """The shared pages read once for the whole run, in the order ``read_path`` gives them
    (tests that read them treat them as read-only); the other workers load what the first read."""
    saved = _run_dir(tmp_path_factory) / "shared-cables.pickle"
    with _first_worker(tmp_path_factory, "shared-cables") as first:
        if first:
            errors: list[tuple[str, str]] = []
            cables = tuple(read_path(shared_corpus, errors=errors))
            assert errors == []
            saved.write_bytes(pickle.dumps(cables, protocol=pickle.HIGHEST_PROTOCOL))
            return cables
    return pickle.loads(saved.read_bytes())


@pytest.fixture(scope="session")
def shared_library(shared_corpus, tmp_path_factory) -> Path:
    """The shared pages and the seed indexed (cables and facts) once for the whole run, by the
    first worker that asks; the others open the same file. Tests open it read-only."""
    db = _run_dir(tmp_path_factory) / "shared-library.db"
    with _first_worker(tmp_path_factory, "shared-library") as first:
        if first:
            with Store(db) as store:
                report = ingest.index(store, [shared_corpus, SEED], workers=0)
            assert report.failed == []
            assert (report.added, report.files_indexed) == (547, 547)
    return db


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch) -> Path:
    """Every test gets its own CABLESCOPE_HOME so no test touches the user's library."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CABLESCOPE_HOME", str(home))
    monkeypatch.delenv("CABLESCOPE_DB", raising=False)
    return home


async def _workers_finished(app) -> None:
    """Wait until none of ``app``'s workers is running.

    A worker in an ``exclusive`` group is cancelled when a newer one replaces it (a view that is
    loaded twice while it renders): that is the app working as meant, so it is waited past, not
    raised. A worker that failed still raises."""
    while True:
        running = [worker for worker in app.workers if not worker.is_finished]
        if not running:
            return
        for worker in running:
            try:
                await worker.wait()
            except WorkerFailed:
                raise
            except WorkerCancelled:
                pass
            except WorkerError:  # not started yet
                await asyncio.sleep(0.01)


async def _press_to_quit(pilot, key: str = "q") -> None:
    """Press ``key``, which closes the app, and wait (up to 20 s) until the app has closed.

    ``pilot.press`` alone could wait forever here: after a key it waits for the app's animations
    to complete, and an animation scheduled while the app closes, once its animator has stopped,
    never does (seen about once in 40 runs of a loaded machine). So the press is left to deliver
    the key, and what is waited for is the app closing."""
    app = pilot.app
    loop = asyncio.get_running_loop()
    press = asyncio.ensure_future(pilot.press(key))
    deadline = loop.time() + 20
    while app.is_running and not press.done():
        if loop.time() > deadline:
            press.cancel()
            raise AssertionError(f"the app did not close on {key!r}")
        await asyncio.sleep(0.01)
    await asyncio.wait([press], timeout=2)  # the press may still finish as the app winds down
    if press.done():
        press.result()
    else:
        press.cancel()


@pytest.fixture
def press_to_quit():
    """``await press_to_quit(pilot)``: press q (or the key given) and wait until the app closed."""
    return _press_to_quit


@pytest.fixture
def workers_finished():
    """``await workers_finished(app)``: every worker of the app has finished or was replaced."""
    return _workers_finished


def pytest_terminal_summary(terminalreporter) -> None:
    """The figures that tests measure on real and synthetic cables (what they print), in one
    section at the end of the run: their output is captured, and under xdist a worker has no
    terminal of its own."""
    printed = [
        (report.nodeid, text)
        for report in terminalreporter.stats.get("passed", [])
        if report.when == "call"
        for title, text in report.sections
        if title.endswith("stdout call") and text.strip()
    ]
    if not printed:
        return
    terminalreporter.section("figures printed by the tests")
    for nodeid, text in sorted(printed):
        terminalreporter.write_line(nodeid)
        terminalreporter.write_line("    " + text.strip().replace("\n", "\n    "))


def pytest_collection_finish(session) -> None:
    """The garbage collector, tuned for a test run: what collection built (every module imported,
    Textual, the plugins' word tables, each test item) lives to the end, so it is frozen out of
    the collector's reach; and a young collection runs after 10,000 new objects, not 700. The
    explorer's tests make and drop many objects a key, and with Python's defaults the collector
    took 8.1 of the 32.8 CPU-seconds of test_app_explorer.py and test_app_layout.py in one
    process, 6.6 of them in 35 full collections that walked the whole heap; tuned, 2.5 (one full
    collection) and 26.6 in all. It changes when cyclic garbage is freed, not what any test sees."""
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)


def pytest_collection_modifyitems(config, items) -> None:
    """Tests marked slow (the fresh-venv end-to-end run, some 20 s alone) go first, then the
    modules marked long (7 s or more of a worker's time), each group in the order collected:
    on several workers, a long one started last would run on alone after the others finished
    (in one run, the last two store modules kept one worker 7 s after the other four)."""
    items.sort(key=lambda item: (not item.get_closest_marker("slow"), not item.get_closest_marker("long")))


def pytest_xdist_auto_num_workers(config) -> int:
    """Two workers per core and one more: many tests wait part of their time (the explorer's for
    the app to be idle, as Textual's pilot sleeps between keys; the plugin-budget tests for stuck
    calls to time out; others for the processes they start), in which the other workers run. On
    the 2-core machine, whole runs took 126 s with 2 workers, 99 s with 3, 86-94 s with 4, 81-88 s
    with 5 and 87 s with 6."""
    return 2 * (os.cpu_count() or 1) + 1
