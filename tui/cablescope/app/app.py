"""The cablescope explorer: a Textual app over the index."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.worker import get_current_worker

from cablescope import config
from cablescope.app.bookmarks import Bookmarks
from cablescope.app.commands import CableCommands, ExplorerCommands, ViewCommands
from cablescope.app.history import History
from cablescope.app.library import Library
from cablescope.app.plugin_failures import report_plugin_failures
from cablescope.app.screens.confirm import ConfirmScreen
from cablescope.app.screens.explorer import ExplorerScreen
from cablescope.app.widgets.progress import IndexProgress
from cablescope.app.widgets.view_host import describe_error
from cablescope.sanitize import clean_line
from cablescope.views import View
from cablescope.writelock import Holder, WaitCancelled


class CablescopeApp(App[int]):
    """Browse, search and read an index of cables; plugin views in tabs beside the reader."""

    TITLE = "cablescope"
    CSS_PATH = Path(__file__).with_name("cablescope.tcss")
    COMMANDS = App.COMMANDS | {CableCommands, ViewCommands, ExplorerCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help"),
    ]

    def __init__(
        self,
        *,
        db: Path | None = None,
        index_paths: Sequence[Path] = (),
        doc: str | None = None,
        para: int | None = None,
        view: str | None = None,
        query: str | None = None,
        view_options: dict[str, Any] | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__()
        self.db_path = Path(db) if db else config.default_db_path()
        self.index_paths = [Path(p) for p in index_paths]
        self.start_doc = doc
        self.start_para = para
        self.start_view = view
        self.start_query = query
        self.view_options = dict(view_options or {})
        """Command-line options for the ``view`` the explorer opened on (its ``ViewContext.options``)."""
        self.today = today or date.today()
        self.library = Library(self.db_path)
        self.history = History()
        self.bookmarks = Bookmarks()
        self.views: dict[str, View] = {}
        self.plugins_ready = threading.Event()
        self._plugins_started = False

    @property
    def explorer(self) -> ExplorerScreen:
        return next(s for s in self.screen_stack if isinstance(s, ExplorerScreen))

    def on_mount(self) -> None:
        self.push_screen(ExplorerScreen())

    async def action_quit(self) -> None:
        """Quit, once the plugin views' tab bar is in if it is being mounted right now."""
        for screen in self.screen_stack:
            if isinstance(screen, ExplorerScreen):
                await screen.tabs.installed()
        self.exit()

    def on_explorer_screen_ready(self, message: ExplorerScreen.Ready) -> None:
        """The main screen is up: index and/or arrive at the deep link; load plugins behind it."""
        if self.bookmarks.error:
            self.notify(self.bookmarks.error, severity="warning", markup=False)
        if self.index_paths:
            self.load_plugins_once()
            self._index(self.index_paths)
        else:
            # The list's first page first: the screen starts loading plugins once it has painted
            # that page (``load_plugins_once``), so that importing them (a thread holding the
            # GIL for most of a second) does not hold up the first frame.
            self._arrive()

    def load_plugins_once(self) -> None:
        """Start loading the plugins in a worker, the first time this is called."""
        if not self._plugins_started:
            self._plugins_started = True
            self._load_plugins()

    @work(thread=True, exclusive=True, group="plugins", exit_on_error=False)
    def _load_plugins(self) -> None:
        """Import the plugins off the screen's thread, so the first frame does not wait for them."""
        errors: list[str] = []
        try:
            from cablescope import plugins

            views = plugins.get_views()
        except Exception as exc:  # noqa: BLE001 - a broken plugin manager is reported, the explorer still opens
            views = {}
            errors.append(f"Plugin views could not be loaded: {describe_error(exc)}")
        finally:
            self.plugins_ready.set()
        # Textual types call_from_thread for callbacks returning a value; this one returns nothing.
        self.call_from_thread(self._plugins_loaded, views, errors)  # type: ignore[arg-type]

    async def _plugins_loaded(self, views: dict[str, View], errors: list[str]) -> None:
        self.views = views
        screen = self.explorer
        refused = await screen.tabs.install(views)
        for name in refused:
            view = views[name]
            self.notify(
                f"View {view.title}: key {getattr(view, 'key', '')!r} is taken; use its number.",
                severity="warning",
                markup=False,
            )
        for message in errors:
            self.notify(message, severity="error", markup=False, timeout=10)
        report_plugin_failures(self)
        if self.start_view and not screen.show_view(self.start_view):
            self.notify(
                f"No view named {self.start_view!r}; see `cablescope views`.",
                severity="warning",
                markup=False,
            )

    def notifications_shown(self) -> list[str]:
        """The texts of the notifications on screen now, oldest first (what the user can read)."""
        return [notification.message for notification in self._notifications]

    def _arrive(self, found: str | None = None) -> None:
        """Show the list with the deep-linked cable, paragraph and search selected."""
        self.explorer.navigation.arrive(self.start_doc or found, self.start_para, self.start_query)

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def _index(self, paths: list[Path]) -> None:
        """Index ``paths`` (incrementally: unchanged files are skipped) with progress on screen."""
        from cablescope.ingest import index
        from cablescope.readers import read_path

        worker = get_current_worker()
        label = ", ".join(p.name for p in paths[:2]) + ("…" if len(paths) > 2 else "")

        def progress(cables: int, done: int, total: int) -> None:
            self.call_from_thread(
                self._progress,
                f"Indexing {label}: {cables:,} cables",
                done,
                total,
            )

        def waiting(holder: Holder) -> None:
            self.call_from_thread(
                self._progress,
                f"Waiting for another cablescope run ({clean_line(holder.describe())}) to finish writing…",
                None,
                None,
            )

        def facts_progress(done: int, pending: int) -> None:
            self.call_from_thread(
                self._progress,
                f"Finding facts (entities, markings): {done:,} of {pending:,} cables",
                done,
                pending,
            )

        self.call_from_thread(self._progress, f"Indexing {label}…", None, None)
        found: str | None = None
        try:
            with self.library.worker_store(
                write=True, on_wait=waiting, stop_waiting=lambda: worker.is_cancelled
            ) as store:
                report = index(store, paths, progress=progress, facts_progress=facts_progress)
            if not self.start_doc and len(paths) == 1 and paths[0].is_file():
                first = next(iter(read_path(paths[0])), None)
                found = first.reference_id if first else None
        except WaitCancelled:
            return  # the explorer is closing
        except Exception as exc:  # noqa: BLE001 - any indexing failure becomes a notification
            self.call_from_thread(
                self.notify,
                f"Indexing failed: {describe_error(exc)}",
                severity="error",
                markup=False,
                timeout=10,
            )
            report = None
        if worker.is_cancelled:
            return
        self.call_from_thread(self._indexed, report, found)

    def _progress(self, label: str, done: int | None, total: int | None) -> None:
        self.explorer.query_one(IndexProgress).show(label, done, total)

    def confirm_removal(self, reference_id: str | None) -> None:
        """Ask, then remove the cable from the library (the palette's "Remove this cable")."""
        if not reference_id:
            self.notify("No cable is open.", severity="warning", markup=False)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._remove(reference_id)

        self.push_screen(
            ConfirmScreen(
                f"Remove {clean_line(reference_id)} from the library {self.db_path}? It stays removed "
                "until its file changes and is indexed again (`cablescope remove` does the same)."
            ),
            answered,
        )

    @work(thread=True, group="remove", exit_on_error=False)
    def _remove(self, reference_id: str) -> None:
        """Remove a cable under the library's write lock, waiting for another writer with a note."""
        worker = get_current_worker()

        def waiting(holder: Holder) -> None:
            self.call_from_thread(
                self.notify,
                f"Waiting for another cablescope run ({clean_line(holder.describe())}) to finish writing…",
                markup=False,
            )

        try:
            with self.library.worker_store(
                write=True, on_wait=waiting, stop_waiting=lambda: worker.is_cancelled
            ) as store:
                removed = store.remove_cables([reference_id])
        except WaitCancelled:
            return
        except Exception as exc:  # noqa: BLE001 - a failed removal becomes a notification
            self.call_from_thread(
                self.notify, f"Removing failed: {describe_error(exc)}", severity="error", markup=False
            )
            return
        self.call_from_thread(self._removed, removed)

    def _removed(self, removed: list[str]) -> None:
        if removed:
            self.notify(f"Removed {removed[0]} from the library.", markup=False)
        self.explorer.navigation.reload_list()

    def _indexed(self, report, found: str | None) -> None:
        self.explorer.query_one(IndexProgress).hide()
        if report is not None:
            self.notify(
                f"Indexed: {report.added} added, {report.updated} updated, {report.unchanged} unchanged"
                + (f", {len(report.failed)} failed" if report.failed else "")
                + (f", facts of {len(report.facts_failed)} not found" if report.facts_failed else ""),
                markup=False,
            )
            failures = [(Path(path).name, reason) for path, reason in report.failed] + report.facts_failed
            for where, reason in failures[:5]:
                self.notify(clean_line(f"{where}: {reason}"), severity="warning", markup=False, timeout=10)
        self._arrive(found)

    def action_help(self) -> None:
        if isinstance(self.screen, ExplorerScreen):
            self.screen.action_help()

    def on_unmount(self) -> None:
        self.library.close()
