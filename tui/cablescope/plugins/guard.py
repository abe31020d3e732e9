"""Isolation of hook calls: each hook implementation runs guarded, so one failure disables its plugin.

:class:`GuardedPluginManager` is pluggy's manager with two public methods overridden:
``register`` registers, under the plugin's name, a :class:`GuardedPlugin` that holds the
plugin's hook functions each wrapped by :meth:`HookGuard.wrap` (pluggy reads them like any
plugin's), and rejects hooks cablescope does not have; ``unregister`` also takes the plugin
object itself. Nothing inside pluggy is changed.

A guarded call runs the plugin within its time budget, its stdout sent to stderr
(:func:`cablescope.isolation.call_plugin`), checks what it returned, and turns any exception
(``SystemExit`` and a used-up budget too) into a disabled plugin and a ``None`` result; the
other plugins' implementations still run.
"""

from __future__ import annotations

import contextvars
import difflib
import functools
import time
from collections.abc import Callable
from typing import Any, Literal

import pluggy

from cablescope import hookspecs
from cablescope.isolation import call_plugin
from cablescope.plugins.records import PluginError
from cablescope.plugins.tracing import Tracer

HOOK_NAMES = tuple(name for name, value in vars(hookspecs).items() if hasattr(value, "cablescope_spec"))
"""Every hook, in the order ``hookspecs.py`` declares them."""

Runner = Callable[[str, tuple, Callable[[], Any]], Any]
"""How a hook's implementation is run: (plugin, positional arguments, the guarded call) -> result."""


class GuardedPlugin:
    """What the manager registers for a plugin: its hook functions, each guarded, as attributes."""

    def __init__(self, original: object, implementations: dict[str, Callable[..., Any]]) -> None:
        self.original = original
        """The plugin object as it was handed to ``register``."""
        vars(self).update(implementations)


class HookGuard:
    """Wraps hook implementations; knows which plugin's implementation is running (``current_plugin``)."""

    def __init__(
        self,
        on_failure: Callable[[str, str, BaseException], object],
        tracer: Tracer,
        runners: dict[str, Runner],
    ) -> None:
        self.on_failure = on_failure
        self.tracer = tracer
        self.runners = runners
        self.current_plugin: contextvars.ContextVar[str] = contextvars.ContextVar(
            "cablescope_plugin", default=""
        )

    def wrap(self, function: Callable[..., Any], hook_name: str, plugin_name: str) -> Callable[..., Any]:
        run = self.runners.get(hook_name, _run_plain)
        current, tracer, on_failure = self.current_plugin, self.tracer, self.on_failure

        @functools.wraps(function)  # pluggy reads the arguments of the function itself
        def guarded(*args: Any, **kwargs: Any) -> Any:
            token = current.set(plugin_name)
            started = time.perf_counter()
            try:
                return run(
                    plugin_name, args, lambda: call_plugin(plugin_name, lambda: function(*args, **kwargs))
                )
            except KeyboardInterrupt:
                raise
            except BaseException as exc:  # noqa: BLE001 - failing, stuck or exiting: disabled, never fatal
                on_failure(plugin_name, f"hook {hook_name}", exc)
                return None
            finally:
                current.reset(token)
                if tracer.on:
                    tracer.implementation_done(plugin_name, time.perf_counter() - started)

        return guarded


def _run_plain(plugin: str, args: tuple, call: Callable[[], Any]) -> Any:
    return call()


def checked_list(kind_name: Literal["Annotation", "Fact"]) -> Runner:
    """A runner that accepts only a list of ``kind_name`` (or ``None``) and stamps each item's ``plugin``."""

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


class GuardedPluginManager(pluggy.PluginManager):
    """pluggy's manager whose ``register`` guards every hook implementation and rejects unknown hooks."""

    def __init__(self, guard: HookGuard, on_unregister: Callable[[str], object]) -> None:
        super().__init__("cablescope")
        self.add_hookspecs(hookspecs)
        self._guard = guard
        self._on_unregister = on_unregister

    def register(self, plugin: object, name: str | None = None) -> str | None:
        if plugin is None:
            return None
        if self.name_of(plugin) is not None:
            raise ValueError(f"Plugin already registered under a different name: {plugin!r}")
        name = name or self.get_canonical_name(plugin)
        guarded = GuardedPlugin(plugin, self._guarded_implementations(plugin, name))
        registered = super().register(guarded, name)
        if registered is None:
            return None
        unknown = [
            caller.name
            for caller in self.get_hookcallers(guarded) or []
            if not caller.has_spec()
            and any(impl.plugin is guarded and not impl.optionalhook for impl in caller.get_hookimpls())
        ]
        if unknown:
            super().unregister(guarded, registered)
            raise pluggy.PluginValidationError(plugin, "; ".join(_unknown_hook_message(h) for h in unknown))
        return registered

    def unregister(self, plugin: object | None = None, name: str | None = None) -> Any | None:
        if name is None and plugin is not None:
            name = self.name_of(plugin)
        if name is None:
            return None
        removed = super().unregister(name=name)
        self._on_unregister(name)
        return removed.original if isinstance(removed, GuardedPlugin) else removed

    def name_of(self, plugin: object) -> str | None:
        """The name ``plugin`` (as handed to ``register``) is registered under, if it is."""
        for name, registered in self.list_name_plugin():
            if registered is plugin or getattr(registered, "original", None) is plugin:
                return name
        return None

    def _guarded_implementations(self, plugin: object, plugin_name: str) -> dict[str, Callable[..., Any]]:
        marker = f"{self.project_name}_impl"
        found: dict[str, Callable[..., Any]] = {}
        for attr in dir(plugin):
            options = self.parse_hookimpl_opts(plugin, attr)
            if options is None:
                continue
            function = getattr(plugin, attr)
            if options.get("wrapper") or options.get("hookwrapper"):
                found[attr] = function  # a plugin's own wrapper around other plugins: nothing to guard
                continue
            guarded = self._guard.wrap(function, options.get("specname") or attr, plugin_name)
            setattr(guarded, marker, options)
            found[attr] = guarded
        return found


def declared_hooks(pm: pluggy.PluginManager, plugin: object) -> list[str]:
    """Hook names a plugin implements, read from its markers (works before registration)."""
    found = set()
    for attr in dir(plugin):
        opts = pm.parse_hookimpl_opts(plugin, attr)
        if opts is not None:
            found.add(opts.get("specname") or attr)
    return in_spec_order(found)


def in_spec_order(names: Any) -> list[str]:
    names = set(names)
    return [h for h in HOOK_NAMES if h in names] + sorted(names - set(HOOK_NAMES))


def _unknown_hook_message(hook: str) -> str:
    close = difflib.get_close_matches(hook, HOOK_NAMES, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else f" (hooks are: {', '.join(HOOK_NAMES)})"
    return f"unknown hook {hook!r}{hint}"
