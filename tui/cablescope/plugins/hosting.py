"""The plugin host: one object that loads plugins, isolates them and answers for what they registered.

It puts together the parts of :mod:`cablescope.plugins`: :mod:`~cablescope.plugins.loading`
finds plugins, :mod:`~cablescope.plugins.guard` registers them with every hook
implementation guarded, :mod:`~cablescope.plugins.records` keeps what was loaded and what
failed, :mod:`~cablescope.plugins.registry` and :mod:`~cablescope.plugins.commands` hold what
they registered, :mod:`~cablescope.plugins.tracing` reports their cost. The process's host is
made on first use by :func:`host`; a test may make a fresh one with :func:`reset_host`.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pluggy

from cablescope.isolation import IMPORT_BUDGET, PluginTimeout, call_plugin
from cablescope.plugins import loading
from cablescope.plugins.commands import CommandLedger
from cablescope.plugins.guard import (
    GuardedPluginManager,
    HookGuard,
    checked_list,
    declared_hooks,
    in_spec_order,
)
from cablescope.plugins.records import FailureLog, PluginError, PluginFailure, PluginInfo
from cablescope.plugins.registry import Registry, validate_post, validate_reader, validate_view
from cablescope.plugins.tracing import Tracer

if TYPE_CHECKING:
    import typer

    from cablescope.annotations import Annotation, Fact
    from cablescope.model import Cable
    from cablescope.parse.posts import Post
    from cablescope.reader import Reader
    from cablescope.views import View, ViewContext

# The models, the posts table, readers and views are imported where they are used, not here:
# every command imports this module, and `--help` or `search` must not pay for the grammar.


class PluginHost:
    """Loads core modules, entry points and plugins folders; calls plugins; records their failures."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._loaded = False
        self._loading = False
        self._loaded_dirs: set[Path] = set()
        self._deferred_dirs: list[Path] = []
        """Folders named before plugins were loaded, for the next ``load`` (see ``defer_dirs``)."""
        self.infos: list[PluginInfo] = []
        self.failures = FailureLog()
        self.tracer = Tracer()
        self.commands = CommandLedger()
        runners = {
            "register_commands": self.commands.run,
            "annotate_paragraphs": checked_list("Annotation"),
            "index_facts": checked_list("Fact"),
        }
        self.guard = HookGuard(self.disable, self.tracer, runners)
        self.pm = GuardedPluginManager(self.guard, self.commands.remove)
        self.registry = Registry(
            self.pm, self.guard.current_plugin, self._plugin_order, self.disable, self._lock
        )

    # -- loading

    def load(self, plugins_dir: Path | str | Iterable[Path | str] | None = None) -> None:
        """Load core modules, entry points and the plugins folders; cheap to call again.

        Core modules, entry points and the default plugins folder load once per host; each
        ``plugins_dir`` folder loads the first time it is named. Thread-safe: explorer workers
        may all ask for readers at once.
        """
        if self._loaded and plugins_dir is None and not self._deferred_dirs:
            return  # the hot path: annotate() and facts() run this for every cable indexed
        with self._lock:
            if self._loading:
                return  # re-entered by a plugin that asks for views while it is being imported
            self._loading = True
            try:
                self._load_now(plugins_dir)
            finally:
                self._loading = False
                self._loaded = True

    def _load_now(self, plugins_dir: Path | str | Iterable[Path | str] | None) -> None:
        allow = loading.allowed_plugins()
        folders: list[Path] = []
        if not self._loaded:
            if loading.switched_on(loading.TRACE_ENV):
                self.tracer.start(self.pm)
            for candidate in loading.installed(allow):
                self._load_one(candidate)
            from cablescope.config import default_plugins_dir

            folders.append(default_plugins_dir())
        folders.extend(self._deferred_dirs)
        self._deferred_dirs.clear()
        if isinstance(plugins_dir, (str, Path)):
            folders.append(Path(plugins_dir))
        elif plugins_dir is not None:
            folders.extend(Path(p) for p in plugins_dir)
        for folder in folders:
            resolved = folder.expanduser().resolve()
            if resolved in self._loaded_dirs:
                continue
            self._loaded_dirs.add(resolved)
            for candidate in loading.in_folder(resolved, allow):
                self._load_one(candidate)

    def defer_dirs(self, plugins_dir: Iterable[Path | str]) -> None:
        """Have the next ``load`` also load these folders, without loading anything now.

        For callers that leave loading to someone else: the explorer loads plugins in a worker
        after its first frame, so ``cablescope --plugins-dir DIR`` hands DIR over this way.
        """
        with self._lock:
            self._deferred_dirs.extend(Path(p) for p in plugins_dir)

    def loaded_dirs(self) -> list[Path]:
        """The plugins folders loaded by this host (after loading plugins, if that was not done yet)."""
        self.load()
        with self._lock:
            return sorted(self._loaded_dirs)

    def unload(self) -> None:
        """Unregister every plugin and forget every failure; the next ``load`` starts afresh."""
        with self._lock:
            for name, _plugin in self.pm.list_name_plugin():
                self.pm.unregister(name=name)
            self.tracer.stop()
            self.infos.clear()
            self.failures = FailureLog()
            self._loaded_dirs.clear()
            self._deferred_dirs.clear()
            self.registry.clear()
            if "cablescope.parse.posts" in sys.modules:  # nothing to reset in a table never loaded
                from cablescope.parse.posts import POSTS

                POSTS.use_extra([])
            self._loaded = False

    def _load_one(self, candidate: loading.Candidate) -> None:
        info = PluginInfo(
            name=candidate.name,
            source=candidate.source,
            version=candidate.version,
            origin=candidate.origin,
            distribution=candidate.distribution,
        )
        self.infos.append(info)
        started = time.perf_counter()
        try:
            self._register(info, candidate)
        finally:
            if self.tracer.on:
                self.tracer.loaded(info.name, info.source, bool(info.error), time.perf_counter() - started)

    def _register(self, info: PluginInfo, candidate: loading.Candidate) -> None:
        name = info.name
        try:
            plugin = call_plugin(name, candidate.load, at_least=IMPORT_BUDGET)
        except BaseException as exc:  # a plugin calling sys.exit() at import must not end cablescope
            if isinstance(exc, KeyboardInterrupt):
                raise
            failure = self._record(name, "import", exc, False)
            info.error = f"{failure.stage}: {failure.error}"
            return
        if info.version is None:
            info.version = getattr(plugin, "__version__", None)
        info.hooks = declared_hooks(self.pm, plugin)
        try:
            self.pm.register(plugin, name=name)
        except (pluggy.PluginValidationError, ValueError) as exc:
            message = str(exc)
            if isinstance(exc, ValueError) and "already registered" in message:
                message = f"another plugin is already registered under the name {name!r}"
            failure = self._record(name, "validation", PluginError(message), False)
            info.error = f"{failure.stage}: {failure.error}"
            return
        info.hooks = self.registered_hooks(name)

    # -- failures and the report

    def _record(self, plugin: str, stage: str, error: BaseException | str, disabled: bool) -> PluginFailure:
        return self.failures.record(plugin, stage, error, disabled, trace=self.tracer.on)

    def record_failure(self, plugin: str, stage: str, error: BaseException | str) -> PluginFailure:
        """Record a failure without disabling the plugin (a view that failed on one cable)."""
        return self._record(plugin, stage, error, False)

    def disable(self, plugin: str, stage: str, error: BaseException | str) -> PluginFailure:
        """Unregister ``plugin`` and record why; the rest of cablescope carries on without it."""
        with self._lock:
            failure = self._record(plugin, stage, error, True)
            if self.pm.get_plugin(plugin) is not None:
                self.pm.unregister(name=plugin)
            for info in self.infos:
                if info.name == plugin and info.error is None:
                    info.error = f"{stage}: {failure.error}"
        return failure

    def registered_hooks(self, name: str) -> list[str]:
        """The hooks the plugin registered under ``name`` implements, in ``hookspecs`` order."""
        plugin = self.pm.get_plugin(name)
        return in_spec_order(caller.name for caller in self.pm.get_hookcallers(plugin) or [])

    def report(self, *, include_core: bool = False) -> list[PluginInfo]:
        """Every plugin this host tried to load (and any registered at run time), with its status."""
        self.load()
        report = [info for info in self.infos if include_core or info.source != "core"]
        known = {info.name for info in self.infos}
        for name, registered in self.pm.list_name_plugin():
            if name in known or registered is None:
                continue
            plugin = getattr(registered, "original", registered)
            report.append(
                PluginInfo(
                    name=name,
                    source="runtime",
                    version=getattr(plugin, "__version__", None),
                    origin=getattr(plugin, "__name__", type(plugin).__name__),
                    hooks=self.registered_hooks(name),
                )
            )
        return report

    def _plugin_order(self) -> dict[str, tuple[int, int]]:
        """Core modules first, then the built-ins, then the rest, each in registration order."""
        rank = {"core": 0, "builtin": 1}
        source = {info.name: rank.get(info.source, 2) for info in self.infos}
        return {
            name: (source.get(name, 2), index) for index, (name, _p) in enumerate(self.pm.list_name_plugin())
        }

    # -- what the rest of cablescope calls

    def readers(self) -> list[Reader]:
        """Every registered reader, core ones first; the plugins' posts are put in force to parse with."""
        self.posts()
        return self.registry.collect("register_readers", validate_reader)

    def posts(self) -> list[Post]:
        """Every post plugins registered, now also in the posts table the cable grammar reads."""
        from cablescope.parse.posts import POSTS

        self.load()
        posts = self.registry.collect("register_posts", validate_post)
        POSTS.use_extra(posts)
        return posts

    def views(self) -> dict[str, View]:
        """Every registered view by name, in plugin load order (built-ins first)."""
        self.load()
        return {view.name: view for view in self.registry.collect("register_views", validate_view)}

    def register_commands(self, app: typer.Typer) -> None:
        """Let every plugin add its commands to ``app``; plugins that already did are skipped."""
        self.load()
        self.commands.register_all(self.pm, app)

    def annotate(self, cable: Cable) -> list[Annotation]:
        """Every plugin's annotations for the cable, each with ``plugin`` filled in."""
        self.load()
        return [a for batch in self.pm.hook.annotate_paragraphs(cable=cable) for a in (batch or [])]

    def facts(self, cable: Cable) -> list[Fact]:
        """Every plugin's facts about the cable, each with ``plugin`` filled in."""
        self.load()
        return [f for batch in self.pm.hook.index_facts(cable=cable) for f in (batch or [])]

    def call_view(
        self,
        view: View,
        method: Literal["render", "data", "widget"],
        cable: Cable | None,
        context: ViewContext,
    ) -> Any:
        """Call a view's ``render``, ``data`` or ``widget``; a failure is recorded, raised as ``PluginError``.

        The plugin stays registered: a view that fails on one cable may work on the next. One
        that uses up its time budget is disabled, since it would hold up every cable shown.
        """
        plugin = view.plugin or view.name
        if self.pm.get_plugin(plugin) is None:
            # Disabled since the view was handed out (it hung, say): not called again, to hang again.
            failure = self.failures.last_disabling(plugin)
            if failure is not None:
                raise PluginError(failure.message, failure)
        try:
            return call_plugin(plugin, lambda: getattr(view, method)(cable, context))
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # noqa: BLE001 - SystemExit and a used-up time budget too
            on = f" on {cable.reference_id}" if cable is not None and cable.reference_id else ""
            stage = f"view {view.name!r} {method}{on}"
            failure = (
                self.disable(plugin, stage, exc)
                if isinstance(exc, PluginTimeout)
                else self.record_failure(plugin, stage, exc)
            )
            raise PluginError(failure.message, failure) from exc


_creating = threading.Lock()
_the_host: dict[str, PluginHost] = {}
"""The process's one host, under "host" once made (the only state this package keeps outside it)."""


def host() -> PluginHost:
    """This process's plugin host, made on first use."""
    try:
        return _the_host["host"]  # every hook call asks: no lock once the host exists
    except KeyError:
        with _creating:  # two threads asking at once get the same host
            return _the_host.setdefault("host", PluginHost())


def existing_host() -> PluginHost | None:
    """This process's host if one was made, else ``None`` (nothing is made)."""
    return _the_host.get("host")


def reset_host() -> PluginHost:
    """Drop this process's host (its plugins and records with it) for a fresh one, and return it."""
    with _creating:
        _the_host["host"] = PluginHost()
        return _the_host["host"]
