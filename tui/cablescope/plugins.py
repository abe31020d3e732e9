"""The plugin manager: core readers, built-in and installed plugins, a plugins folder, isolation.

Plugins come from four places, loaded in this order:

- ``core``: modules of cablescope itself that implement hooks (``CORE_PLUGINS``: the
  built-in readers). They always load, whatever ``CABLESCOPE_LOAD_PLUGINS`` says.
- ``builtin``: entry points in the ``cablescope`` group that the cablescope distribution
  itself declares (``plugins/cablescope_*``).
- ``entrypoint``: the same group, declared by any other installed distribution.
- ``directory``: single-file ``*.py`` plugins in the default plugins folder and in any
  ``--plugins-dir`` folder.

Isolation: every hook implementation is wrapped when it is registered, so an exception
inside it (``SystemExit`` too, or a result cablescope cannot accept) unregisters that plugin
and records a ``PluginFailure`` instead of propagating; the other implementations still run.
A plugin that fails to import or to validate is recorded the same way and never registered.
Every call into plugin code has a time budget and its standard output sent to stderr
(``cablescope.isolation``): a stuck plugin is stopped, reported and disabled.
"""

from __future__ import annotations

import contextvars
import difflib
import functools
import importlib
import importlib.metadata
import importlib.util
import os
import re
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal

import pluggy

from cablescope import hookspecs
from cablescope.isolation import PluginTimeout, call_plugin
from cablescope.sanitize import clean_line

if TYPE_CHECKING:
    import typer

    from cablescope.annotations import Annotation, Fact
    from cablescope.model import Cable
    from cablescope.parse.posts import Post
    from cablescope.readers.base import Reader
    from cablescope.views import View, ViewContext

# The models, the posts table, readers and views are imported where they are used, not here:
# every command imports this module, and `--help` or `search` must not pay for the grammar.

ENTRY_POINT_GROUP = "cablescope"
DISTRIBUTION = "cablescope"
CORE_PLUGINS = ("cablescope.readers.builtin",)
LOAD_ENV = "CABLESCOPE_LOAD_PLUGINS"
TRACE_ENV = "CABLESCOPE_TRACE_PLUGINS"

PluginSource = Literal["core", "builtin", "entrypoint", "directory", "runtime"]
"""``runtime`` is a plugin registered by code with ``pm.register`` (tests do this)."""

VIEW_NAME = re.compile(r"^[a-z][a-z0-9_-]*$")
HOOK_NAMES = tuple(name for name, value in vars(hookspecs).items() if hasattr(value, "cablescope_spec"))
"""Every hook, in the order ``hookspecs.py`` declares them."""


class PluginError(Exception):
    """A plugin failed or handed cablescope something it cannot use; the message is one line for users."""

    def __init__(self, message: str, failure: PluginFailure | None = None) -> None:
        super().__init__(message)
        self.failure = failure
        """The recorded failure, when there is one (``call_view`` sets it)."""


@dataclass
class PluginFailure:
    """One thing that went wrong in a plugin, kept for ``cablescope plugins`` and the explorer."""

    plugin: str
    stage: str
    """Where it happened: ``import``, ``validation``, ``hook register_views``, ``view 'x' render``."""
    error: str
    """One line: the exception type and message, and where in the plugin it was raised."""
    disabled: bool
    """Whether the plugin was unregistered because of it (view failures leave the plugin on)."""
    traceback: str = ""
    """The full traceback, printed to stderr when ``CABLESCOPE_TRACE_PLUGINS`` is on."""
    shown: bool = False
    """Set by whoever has shown the failure to the user, so it is not shown twice."""

    @property
    def message(self) -> str:
        if self.stage in ("import", "validation"):
            outcome = "not loaded"
        else:
            outcome = "disabled" if self.disabled else "failed"
        # The stage may name a cable and the plugin name comes from a file name: clean it all.
        return clean_line(f"plugin {self.plugin!r} {outcome} ({self.stage}): {self.error}")


@dataclass
class PluginInfo:
    """A plugin cablescope tried to load, as ``cablescope plugins`` lists it."""

    name: str
    source: PluginSource
    version: str | None = None
    origin: str = ""
    """The module name or the file the plugin was loaded from."""
    distribution: str | None = None
    """The installed distribution that declares the entry point (what ``uninstall`` removes)."""
    hooks: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def status(self) -> Literal["ok", "failed"]:
        return "failed" if self.error else "ok"

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "source": self.source,
            "hooks": self.hooks,
            "status": self.status,
            "error": self.error,
        }


class PluginManager(pluggy.PluginManager):
    """pluggy's manager, plus: unknown hooks are rejected and every implementation is guarded."""

    def register(self, plugin: object, name: str | None = None) -> str | None:
        registered = super().register(plugin, name)
        if registered is None:
            return None
        unknown = [
            caller.name
            for caller in self.get_hookcallers(plugin) or []
            if not caller.has_spec()
            and any(impl.plugin is plugin and not impl.optionalhook for impl in caller.get_hookimpls())
        ]
        if unknown:
            super().unregister(plugin, registered)
            raise pluggy.PluginValidationError(plugin, "; ".join(_unknown_hook_message(h) for h in unknown))
        for caller in self.get_hookcallers(plugin) or []:
            for impl in caller.get_hookimpls():
                if impl.plugin is plugin:
                    _guard(impl, caller.name)
        return registered

    def unregister(self, plugin: object | None = None, name: str | None = None) -> Any | None:
        if name is None and plugin is not None:
            name = self.get_name(plugin)
        removed = super().unregister(plugin, name)
        if name is not None:
            _remove_commands(name)
        return removed


pm = PluginManager("cablescope")
pm.add_hookspecs(hookspecs)

_current_plugin: contextvars.ContextVar[str] = contextvars.ContextVar("cablescope_plugin", default="")
_infos: list[PluginInfo] = []
_failures: list[PluginFailure] = []
_lock = threading.RLock()
_loaded = False
_loading = False
_loaded_dirs: set[Path] = set()
_deferred_dirs: list[Path] = []
"""Folders named before plugins were loaded, for the next ``load_plugins`` (see ``defer_plugins_dirs``)."""
_undo_trace: Callable[[], None] | None = None
_trace_local = threading.local()
"""Per thread: a stack of (start time, [(plugin, seconds)]) for the hook calls in progress."""
_commands: dict[str, list[tuple[typer.Typer, object]]] = {}
"""Commands each plugin added, so they can be removed when it is unregistered."""
_commands_called: set[tuple[str, int]] = set()
"""(plugin, id(app)) pairs whose ``register_commands`` has run."""
_cache: dict[str, tuple[tuple[object, ...], Any]] = {}


# ----------------------------------------------------------------------------- loading


def load_plugins(plugins_dir: Path | str | Iterable[Path | str] | None = None) -> None:
    """Load core modules, entry points and the plugins folders; cheap to call again.

    Core modules, entry points and the default plugins folder load once per process; each
    ``plugins_dir`` folder loads the first time it is named. Thread-safe: explorer workers
    may all ask for readers at once.
    """
    global _loaded, _loading, _undo_trace
    if _loaded and plugins_dir is None and not _deferred_dirs:
        return  # the hot path: annotate() and facts() run this for every cable indexed
    with _lock:
        if _loading:
            return  # re-entered by a plugin that asks for views while it is being imported
        _loading = True
        try:
            allow = allowed_plugins()
            folders: list[Path] = []
            if not _loaded:
                if os.environ.get(TRACE_ENV, "").strip() not in ("", "0"):
                    _undo_trace = pm.add_hookcall_monitoring(_trace_before, _trace_after)
                _load_installed(allow)
                from cablescope.config import default_plugins_dir

                folders.append(default_plugins_dir())
            folders.extend(_deferred_dirs)
            _deferred_dirs.clear()
            if isinstance(plugins_dir, (str, Path)):
                folders.append(Path(plugins_dir))
            elif plugins_dir is not None:
                folders.extend(Path(p) for p in plugins_dir)
            for folder in folders:
                _load_folder(folder, allow)
        finally:
            _loading = False
            _loaded = True


def _load_installed(allow: set[str] | None) -> None:
    for module_name in CORE_PLUGINS:
        _load(module_name, "core", None, module_name, lambda m=module_name: importlib.import_module(m))
    for ep in _entry_points():
        dist = ep.dist.name if ep.dist is not None else None
        builtin = dist is not None and normalise_name(dist) == DISTRIBUTION
        # Like datasette: while testing, only cablescope's own plugins load, so a
        # developer's installed plugins cannot change test results.
        if not builtin and getattr(sys, "_called_from_test", False):
            continue
        if allow is not None and not ({ep.name, ep.module, normalise_name(dist or "")} & allow):
            continue
        version = ep.dist.version if ep.dist is not None else None
        _load(ep.name, "builtin" if builtin else "entrypoint", version, ep.module, ep.load, dist)


def _load_folder(folder: Path, allow: set[str] | None) -> None:
    resolved = folder.expanduser().resolve()
    if resolved in _loaded_dirs:
        return
    _loaded_dirs.add(resolved)
    if not resolved.is_dir():
        return
    for path in sorted(resolved.glob("*.py")):
        if path.name.startswith(("_", ".")):
            continue
        if allow is not None and path.stem not in allow:
            continue
        _load(path.stem, "directory", None, str(path), lambda p=path: _import_file(p))


def defer_plugins_dirs(plugins_dir: Iterable[Path | str]) -> None:
    """Have the next ``load_plugins`` also load these folders, without loading anything now.

    For callers that leave loading to someone else: the explorer loads plugins in a worker
    after its first frame, so ``cablescope --plugins-dir DIR`` hands DIR over this way.
    """
    with _lock:
        _deferred_dirs.extend(Path(p) for p in plugins_dir)


def loaded_plugins_dirs() -> list[Path]:
    """The plugins folders loaded in this process (after loading plugins, if that was not done yet)."""
    load_plugins()
    with _lock:
        return sorted(_loaded_dirs)


def unload_plugins() -> None:
    """Unregister every plugin and forget every failure; the next ``load_plugins`` starts afresh."""
    global _loaded, _undo_trace
    with _lock:
        for name, _plugin in pm.list_name_plugin():
            pm.unregister(name=name)
        if _undo_trace is not None:
            _undo_trace()
            _undo_trace = None
        _infos.clear()
        _failures.clear()
        _loaded_dirs.clear()
        _deferred_dirs.clear()
        _cache.clear()
        if "cablescope.parse.posts" in sys.modules:  # nothing to reset in a table never loaded
            from cablescope.parse.posts import POSTS

            POSTS.use_extra([])
        _loaded = False


def allowed_plugins() -> set[str] | None:
    """The ``CABLESCOPE_LOAD_PLUGINS`` allow-list; ``None`` when unset (load everything)."""
    raw = os.environ.get(LOAD_ENV)
    if raw is None:
        return None
    names = {name.strip() for name in raw.split(",") if name.strip()}
    return names | {normalise_name(name) for name in names}


def _entry_points() -> list[importlib.metadata.EntryPoint]:
    """Entry points of the ``cablescope`` group from every distribution on ``sys.path``.

    ``importlib.metadata.entry_points()`` keeps only the first distribution of each name,
    so a stale ``cablescope.egg-info`` earlier on the path (a checkout's root, say) would
    hide the built-ins; reading each distribution and de-duplicating entries avoids that.
    """
    seen: set[tuple[str, str]] = set()
    unique = []
    for dist in importlib.metadata.distributions():
        for ep in dist.entry_points.select(group=ENTRY_POINT_GROUP):
            if (ep.name, ep.value) not in seen:
                seen.add((ep.name, ep.value))
                unique.append(ep)
    return unique


def _load(
    name: str,
    source: PluginSource,
    version: str | None,
    origin: str,
    load: Callable[[], Any],
    distribution: str | None = None,
) -> None:
    info = PluginInfo(name=name, source=source, version=version, origin=origin, distribution=distribution)
    _infos.append(info)
    started = time.perf_counter()
    try:
        _register(info, load)
    finally:
        if _undo_trace is not None:
            elapsed_ms = (time.perf_counter() - started) * 1000
            outcome = "failed" if info.error else "loaded"
            print(
                f"cablescope trace: {outcome} {name} ({source}) {elapsed_ms:.1f} ms",
                file=sys.stderr,
                flush=True,
            )


def _register(info: PluginInfo, load: Callable[[], Any]) -> None:
    name = info.name
    try:
        plugin = call_plugin(name, load)
    except BaseException as exc:  # a plugin calling sys.exit() at import must not end cablescope
        if isinstance(exc, KeyboardInterrupt):
            raise
        failure = _record(name, "import", exc, False)
        info.error = f"{failure.stage}: {failure.error}"
        return
    if info.version is None:
        info.version = getattr(plugin, "__version__", None)
    info.hooks = _declared_hooks(plugin)
    try:
        pm.register(plugin, name=name)
    except (pluggy.PluginValidationError, ValueError) as exc:
        message = str(exc)
        if isinstance(exc, ValueError) and "already registered" in message:
            message = f"another plugin is already registered under the name {name!r}"
        failure = _record(name, "validation", PluginError(message), False)
        info.error = f"{failure.stage}: {failure.error}"
        return
    info.hooks = _registered_hooks(name)


def _import_file(path: Path) -> ModuleType:
    module_name = "cablescope_plugins_dir_" + re.sub(r"\W", "_", path.stem)
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        raise PluginError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[module_name]
        raise
    return module


def normalise_name(name: str) -> str:
    """A distribution name as pip compares them: ``Cablescope_Hello`` -> ``cablescope-hello``."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared_hooks(plugin: object) -> list[str]:
    """Hook names a plugin implements, read from its markers (works before registration)."""
    found = set()
    for attr in dir(plugin):
        opts = pm.parse_hookimpl_opts(plugin, attr)
        if opts is not None:
            found.add(opts.get("specname") or attr)
    return _in_spec_order(found)


def _registered_hooks(name: str) -> list[str]:
    plugin = pm.get_plugin(name)
    return _in_spec_order(caller.name for caller in pm.get_hookcallers(plugin) or [])


def _in_spec_order(names: Iterable[str]) -> list[str]:
    names = set(names)
    return [h for h in HOOK_NAMES if h in names] + sorted(names - set(HOOK_NAMES))


def _unknown_hook_message(hook: str) -> str:
    close = difflib.get_close_matches(hook, HOOK_NAMES, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else f" (hooks are: {', '.join(HOOK_NAMES)})"
    return f"unknown hook {hook!r}{hint}"


# ----------------------------------------------------------------------------- failures


def _one_line(exc: BaseException) -> str:
    """The exception as one line, with the plugin's file and line where it was raised.

    Control characters and escape sequences are removed: the message may quote cable text.
    """
    if isinstance(exc, (PluginError, pluggy.PluginValidationError)):
        return clean_line("; ".join(part.strip() for part in str(exc).splitlines() if part.strip()))
    if isinstance(exc, SyntaxError):
        return f"SyntaxError: {exc.msg} ({Path(exc.filename or '?').name} line {exc.lineno})"
    text = clean_line(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if not _is_library_file(f.filename)]
    if frames:
        path = Path(frames[-1].filename)
        where = f"{path.parent.name}/{path.name}" if path.name == "__init__.py" else path.name
        text += f" ({where} line {frames[-1].lineno})"
    return text


@functools.cache
def _library_dirs() -> tuple[tuple[str, ...], str]:
    """(cablescope core, pluggy, pydantic and rich folders), and the standard library's folder."""
    import sysconfig

    import pydantic
    import rich

    packages = (
        Path(__file__).parent,
        Path(pluggy.__file__).parent,
        Path(pydantic.__file__).parent,
        Path(rich.__file__).parent,
    )
    return tuple(str(d) + os.sep for d in packages), str(Path(sysconfig.get_paths()["stdlib"])) + os.sep


def _is_library_file(filename: str) -> bool:
    """Frames in cablescope's core, pluggy, pydantic, rich or the standard library are not the plugin's."""
    packages, stdlib = _library_dirs()
    if filename.startswith("<") or filename.startswith(packages):
        return True
    # A system-wide install keeps site-packages inside the standard library's folder.
    return filename.startswith(stdlib) and "site-packages" not in filename and "dist-packages" not in filename


def _record(plugin: str, stage: str, error: BaseException | str, disabled: bool) -> PluginFailure:
    if isinstance(error, BaseException):
        failure = PluginFailure(
            plugin,
            stage,
            _one_line(error),
            disabled,
            "".join(traceback.format_exception(type(error), error, error.__traceback__)),
        )
    else:
        failure = PluginFailure(plugin, stage, clean_line(error), disabled)
    for earlier in _failures:
        # A view that fails on the same cable again (the explorer re-renders on resize) is one failure.
        if (earlier.plugin, earlier.stage, earlier.error, earlier.disabled) == (
            plugin,
            stage,
            failure.error,
            disabled,
        ):
            return earlier
    _failures.append(failure)
    if _undo_trace is not None and failure.traceback:
        print(
            f"cablescope trace: {failure.message}\n{failure.traceback}", file=sys.stderr, end="", flush=True
        )
    return failure


def record_failure(plugin: str, stage: str, error: BaseException | str) -> PluginFailure:
    """Record a failure without disabling the plugin (a view that failed on one cable)."""
    return _record(plugin, stage, error, False)


def disable(plugin: str, stage: str, error: BaseException | str) -> PluginFailure:
    """Unregister ``plugin`` and record why; the rest of cablescope carries on without it."""
    with _lock:
        failure = _record(plugin, stage, error, True)
        if pm.get_plugin(plugin) is not None:
            pm.unregister(name=plugin)
        for info in _infos:
            if info.name == plugin and info.error is None:
                info.error = f"{stage}: {failure.error}"
    return failure


def plugin_failures() -> list[PluginFailure]:
    """Everything that went wrong in plugins in this process, oldest first."""
    return list(_failures)


def plugin_report(*, include_core: bool = False) -> list[PluginInfo]:
    """Every plugin cablescope tried to load (and any registered at run time), with its status."""
    load_plugins()
    report = [info for info in _infos if include_core or info.source != "core"]
    known = {info.name for info in _infos}
    for name, plugin in pm.list_name_plugin():
        if name not in known and plugin is not None:
            report.append(
                PluginInfo(
                    name=name,
                    source="runtime",
                    version=getattr(plugin, "__version__", None),
                    origin=getattr(plugin, "__name__", type(plugin).__name__),
                    hooks=_registered_hooks(name),
                )
            )
    return report


# ----------------------------------------------------------------------------- guarding hook calls


def _guard(impl: pluggy.HookImpl, hook_name: str) -> None:
    """Replace ``impl.function`` with a wrapper that turns any failure into a disabled plugin."""
    if impl.wrapper or impl.hookwrapper or getattr(impl.function, "_cablescope_guarded", False):
        return
    original = impl.function
    plugin_name = impl.plugin_name
    run = _RUNNERS.get(hook_name, _run_plain)

    def guarded(*args: Any, **kwargs: Any) -> Any:
        token = _current_plugin.set(plugin_name)
        started = time.perf_counter()
        try:
            return run(plugin_name, args, lambda: call_plugin(plugin_name, lambda: original(*args, **kwargs)))
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # noqa: BLE001 - failing, stuck or exiting: disabled, never fatal
            disable(plugin_name, f"hook {hook_name}", exc)
            return None
        finally:
            _current_plugin.reset(token)
            if _undo_trace is not None and getattr(_trace_local, "stack", None):
                _trace_local.stack[-1][1].append((plugin_name, time.perf_counter() - started))

    guarded._cablescope_guarded = True  # type: ignore[attr-defined]
    impl.function = guarded  # type: ignore[misc]


def _run_plain(plugin: str, args: tuple, call: Callable[[], Any]) -> Any:
    return call()


def _checked_list(kind_name: Literal["Annotation", "Fact"]) -> Callable[[str, tuple, Callable[[], Any]], Any]:
    def run(plugin: str, args: tuple, call: Callable[[], Any]) -> list:
        from cablescope import annotations

        kind = getattr(annotations, kind_name)
        result = call()
        if result is None:
            return []
        if not isinstance(result, (list, tuple)):
            raise PluginError(f"returned {type(result).__name__}, expected a list of {kind.__name__}")
        for item in result:
            if not isinstance(item, kind):
                raise PluginError(f"returned a {type(item).__name__} in its list, expected {kind.__name__}")
            item.plugin = plugin
        return list(result)

    return run


def _run_register_commands(plugin: str, args: tuple, call: Callable[[], Any]) -> None:
    if not args:  # an implementation that takes no ``cli`` cannot add commands
        return call()
    app = args[0]
    commands_before, groups_before = len(app.registered_commands), len(app.registered_groups)
    callback_before = app.registered_callback
    existing = _command_names(
        app.registered_commands[:commands_before], app.registered_groups[:groups_before]
    )
    try:
        call()
        added = list(app.registered_commands[commands_before:]) + list(app.registered_groups[groups_before:])
        names = _command_names(
            app.registered_commands[commands_before:], app.registered_groups[groups_before:]
        )
        clash = sorted(set(names) & set(existing))
        if clash:
            owner = existing[clash[0]]
            raise PluginError(f"command {clash[0]!r} is already provided by {owner}")
        if app.registered_callback is not callback_before:
            raise PluginError("replaced the app's callback (its global options); add commands instead")
    except BaseException:
        del app.registered_commands[commands_before:]
        del app.registered_groups[groups_before:]
        app.registered_callback = callback_before
        raise
    _commands.setdefault(plugin, []).extend((app, info) for info in added)


def _command_names(commands: Iterable[Any], groups: Iterable[Any]) -> dict[str, str]:
    """Command name -> who provides it ("cablescope" or "plugin 'x'")."""
    from typer.main import get_command_name

    owners = {id(info): f"plugin {name!r}" for name, infos in _commands.items() for _app, info in infos}
    names: dict[str, str] = {}
    for info in commands:
        name = info.name or (get_command_name(info.callback.__name__) if info.callback else None)
        if name:
            names[name] = owners.get(id(info), "cablescope")
    for info in groups:
        name = info.name or info.typer_instance.info.name
        if isinstance(name, str):
            names[name] = owners.get(id(info), "cablescope")
    return names


def plugin_commands(app: typer.Typer) -> dict[str, str]:
    """Name -> plugin of every command (or group) a plugin added to ``app``."""
    from typer.models import CommandInfo, TyperInfo

    found: dict[str, str] = {}
    for plugin, added in _commands.items():
        infos = [info for owner, info in added if owner is app]
        commands = [info for info in infos if isinstance(info, CommandInfo)]
        groups = [info for info in infos if isinstance(info, TyperInfo)]
        found.update(dict.fromkeys(_command_names(commands, groups), plugin))
    return found


def _remove_commands(plugin: str) -> None:
    _commands_called.difference_update({called for called in _commands_called if called[0] == plugin})
    for app, info in _commands.pop(plugin, []):
        for registry in (app.registered_commands, app.registered_groups):
            if info in registry:
                registry.remove(info)


_RUNNERS: dict[str, Callable[[str, tuple, Callable[[], Any]], Any]] = {
    "register_commands": _run_register_commands,
    "annotate_paragraphs": _checked_list("Annotation"),
    "index_facts": _checked_list("Fact"),
}


# ----------------------------------------------------------------------------- tracing


def _trace_before(hook_name: str, hook_impls: list, kwargs: dict) -> None:
    if not hasattr(_trace_local, "stack"):
        _trace_local.stack = []
    _trace_local.stack.append((time.perf_counter(), []))


def _trace_after(outcome: Any, hook_name: str, hook_impls: list, kwargs: dict) -> None:
    started, calls = _trace_local.stack.pop()
    total_ms = (time.perf_counter() - started) * 1000
    parts = ", ".join(f"{plugin} {seconds * 1000:.2f} ms" for plugin, seconds in calls)
    print(f"cablescope trace: {hook_name} {total_ms:.2f} ms [{parts}]", file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------- what everybody calls


def _hook_impls(hook_name: str) -> tuple[object, ...]:
    return tuple(getattr(pm.hook, hook_name).get_hookimpls())


def _plugin_order() -> dict[str, tuple[int, int]]:
    """Core modules first, then the built-ins, then the rest, each in registration order."""
    rank = {"core": 0, "builtin": 1}
    source = {info.name: rank.get(info.source, 2) for info in _infos}
    return {name: (source.get(name, 2), index) for index, (name, _plugin) in enumerate(pm.list_name_plugin())}


def _collect(hook_name: str, validate: Callable[[Any], str]) -> list[Any]:
    """Call a ``register_*`` hook; return what was registered, in plugin order, names unique.

    ``validate`` returns the item's name or raises ``PluginError``. The first plugin in
    ``_plugin_order`` (core, built-ins, the rest as registered) to use a name keeps it; a
    later one is disabled and reported.
    """
    load_plugins()
    with _lock:
        impls = _hook_impls(hook_name)
        cached = _cache.get(hook_name)
        if cached is not None and cached[0] == impls:
            return list(cached[1])
        registered: list[tuple[str, int, Any]] = []

        def register(item: Any) -> None:
            plugin = _current_plugin.get()
            validate(item)
            item.plugin = plugin
            registered.append((plugin, len(registered), item))

        getattr(pm.hook, hook_name)(register=register)
        order = _plugin_order()
        registered.sort(key=lambda entry: (order.get(entry[0], (3, 0)), entry[1]))
        kind = hook_name.removeprefix("register_").rstrip("s")
        owners: dict[str, str] = {}
        for plugin, _index, item in registered:
            if pm.get_plugin(plugin) is None:
                continue
            owner = owners.setdefault(item.name, plugin)
            if owner != plugin:
                disable(
                    plugin,
                    f"hook {hook_name}",
                    f"{kind} name {item.name!r} is already taken by plugin {owner!r}",
                )
        items = []
        for plugin, _index, item in registered:
            if pm.get_plugin(plugin) is None or owners[item.name] != plugin:
                continue
            if any(other.name == item.name for other in items):
                disable(plugin, f"hook {hook_name}", f"registered two {kind}s named {item.name!r}")
                items = [other for other in items if other.plugin != plugin]
                continue
            items.append(item)
        items = [item for item in items if pm.get_plugin(item.plugin) is not None]
        _cache[hook_name] = (_hook_impls(hook_name), items)
        return list(items)


def _validate_view(view: Any) -> str:
    from cablescope.views import View

    if not isinstance(view, View):
        raise PluginError(
            f"register() was given {type(view).__name__}, expected an instance of cablescope.api.View"
        )
    cls = type(view).__name__
    name = getattr(view, "name", None)
    if not isinstance(name, str) or not VIEW_NAME.match(name):
        raise PluginError(
            f"view {cls} needs name = \"...\": lowercase letters, digits, '-' or '_', starting with a letter"
            + (f" (got {name!r})" if name is not None else "")
        )
    title = getattr(view, "title", None)
    if not isinstance(title, str) or not title.strip():
        raise PluginError(f'view {name!r} needs title = "...": the tab label in the explorer')
    key = getattr(view, "key", None)
    if not isinstance(key, str) or len(key) != 1 or not key.isprintable() or key.isspace():
        raise PluginError(f'view {name!r} needs key = "X": one printable character (got {key!r})')
    if not isinstance(getattr(view, "description", ""), str):
        raise PluginError(f"view {name!r} has a description that is not a string")
    # Shown on tabs, in lists and the palette: no escape sequence of a plugin's reaches the terminal.
    view.title = clean_line(title)
    view.description = clean_line(view.description)
    if type(view).render is View.render:
        raise PluginError(f"view {name!r} must implement render(self, cable, context)")
    return name


def _validate_reader(reader: Any) -> str:
    from cablescope.readers.base import Reader

    if not isinstance(reader, Reader):
        raise PluginError(
            f"register() was given {type(reader).__name__}, expected an instance of cablescope.api.Reader"
        )
    name = getattr(reader, "name", None)
    if not isinstance(name, str) or not name.strip():
        raise PluginError(f'reader {type(reader).__name__} needs name = "..." (the format name)')
    if type(reader).sniff is Reader.sniff:
        raise PluginError(f"reader {name!r} must implement sniff()")
    if type(reader).read is Reader.read and not reader.splits:
        raise PluginError(f"reader {name!r} must implement read()")
    return name


def get_readers() -> list[Reader]:
    """Every registered reader, core ones first; the plugins' posts are put in force to parse with."""
    get_posts()
    return _collect("register_readers", _validate_reader)


def get_posts() -> list[Post]:
    """Every post plugins registered, now also in the posts table the cable grammar reads."""
    from cablescope.parse.posts import POSTS

    posts = _collect("register_posts", _validate_post)
    POSTS.use_extra(posts)
    return posts


def _validate_post(post: Any) -> str:
    from cablescope.parse.posts import POSTS, Post

    if not isinstance(post, Post):
        raise PluginError(
            f"register() was given {type(post).__name__}, expected an instance of cablescope.api.Post"
        )
    try:
        POSTS.check(post)
    except ValueError as error:
        raise PluginError(str(error)) from None
    return post.name


def get_views() -> dict[str, View]:
    """Every registered view by name, in plugin load order (built-ins first)."""
    return {view.name: view for view in _collect("register_views", _validate_view)}


def register_commands(app: typer.Typer) -> None:
    """Let every plugin add its commands to ``app``; plugins that already did are skipped."""
    load_plugins()
    done = [
        plugin
        for name, plugin in pm.list_name_plugin()
        if plugin is not None and (name, id(app)) in _commands_called
    ]
    for impl in pm.hook.register_commands.get_hookimpls():
        _commands_called.add((impl.plugin_name, id(app)))
    pm.subset_hook_caller("register_commands", remove_plugins=done)(cli=app)


def annotate(cable: Cable) -> list[Annotation]:
    """Every plugin's annotations for the cable, each with ``plugin`` filled in."""
    load_plugins()
    return [a for batch in pm.hook.annotate_paragraphs(cable=cable) for a in (batch or [])]


def facts(cable: Cable) -> list[Fact]:
    """Every plugin's facts about the cable, each with ``plugin`` filled in."""
    load_plugins()
    return [f for batch in pm.hook.index_facts(cable=cable) for f in (batch or [])]


def call_view(
    view: View, method: Literal["render", "data", "widget"], cable: Cable | None, context: ViewContext
) -> Any:
    """Call a view's ``render``, ``data`` or ``widget``; a failure is recorded and raised as ``PluginError``.

    The plugin stays registered: a view that fails on one cable may work on the next. One
    that uses up its time budget is disabled, since it would hold up every cable shown.
    """
    plugin = view.plugin or view.name
    if pm.get_plugin(plugin) is None:
        # Disabled since the view was handed out (it hung, say): not called again, to hang again.
        failure = next((f for f in reversed(_failures) if f.plugin == plugin and f.disabled), None)
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
            disable(plugin, stage, exc)
            if isinstance(exc, PluginTimeout)
            else record_failure(plugin, stage, exc)
        )
        raise PluginError(failure.message, failure) from exc
