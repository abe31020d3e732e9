"""The plugin host: cablescope's core readers, built-in and installed plugins, a plugins folder, isolation.

One :class:`~cablescope.plugins.hosting.PluginHost` per process (:func:`host`) does the work;
its parts are modules of their own:

- ``loading``: where plugins come from (core modules, entry points, plugins folders) and the
  environment switches that pick them (``CABLESCOPE_LOAD_PLUGINS``, ``CABLESCOPE_TRACE_PLUGINS``,
  ``CABLESCOPE_SKIP_INSTALLED_PLUGINS``);
- ``guard``: isolation through pluggy's public API: a plugin manager whose ``register`` guards
  each hook implementation, so an exception inside it (``SystemExit`` too, a stuck call, or a
  result cablescope cannot accept) disables that plugin and records a ``PluginFailure``
  instead of propagating; the other implementations still run;
- ``records``: what was loaded (``PluginInfo``) and what failed (``PluginFailure``);
- ``registry`` and ``commands``: the readers, views, posts and commands plugins registered;
- ``tracing``: each plugin's cost on stderr (``CABLESCOPE_TRACE_PLUGINS``).

The functions below are what the rest of cablescope calls; each asks the host. ``plugins.pm``
is the host's plugin manager (tests register plugins on it).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from cablescope.plugins.loading import (
    CORE_PLUGINS,
    DISTRIBUTION,
    ENTRY_POINT_GROUP,
    LOAD_ENV,
    SKIP_INSTALLED_ENV,
    TRACE_ENV,
    allowed_plugins,
    normalise_name,
)

if TYPE_CHECKING:
    import typer

    from cablescope.annotations import Annotation, Fact
    from cablescope.model import Cable
    from cablescope.parse.posts import Post
    from cablescope.plugins.guard import HOOK_NAMES, GuardedPluginManager
    from cablescope.plugins.hosting import PluginHost
    from cablescope.plugins.records import PluginError, PluginFailure, PluginInfo
    from cablescope.reader import Reader
    from cablescope.views import View, ViewContext

# The host (pluggy, the isolation machinery, the hook specifications) is imported when a plugin
# is first asked for, not with this package: `--help` and `search` import it for the record's
# fingerprint and the failures report, and load no plugin.
_LAZY = {
    "HOOK_NAMES": "cablescope.plugins.guard",
    "PluginHost": "cablescope.plugins.hosting",
    "PluginError": "cablescope.plugins.records",
    "PluginFailure": "cablescope.plugins.records",
    "PluginInfo": "cablescope.plugins.records",
}

__all__ = [
    "CORE_PLUGINS",
    "DISTRIBUTION",
    "ENTRY_POINT_GROUP",
    "HOOK_NAMES",
    "LOAD_ENV",
    "SKIP_INSTALLED_ENV",
    "TRACE_ENV",
    "PluginError",
    "PluginFailure",
    "PluginHost",
    "PluginInfo",
    "allowed_plugins",
    "annotate",
    "call_view",
    "defer_plugins_dirs",
    "disable",
    "facts",
    "get_posts",
    "get_readers",
    "get_views",
    "host",
    "load_plugins",
    "loaded_plugins_dirs",
    "normalise_name",
    "plugin_commands",
    "plugin_failures",
    "plugin_report",
    "record_failure",
    "register_commands",
    "registered_hooks",
    "reset_host",
    "unload_plugins",
]


def __getattr__(name: str) -> Any:
    if name == "pm":  # the host's manager, not a copy kept here: a fresh host brings a fresh one
        manager: GuardedPluginManager = host().pm
        return manager
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def host() -> PluginHost:
    """This process's plugin host, made on first use (``cablescope.plugins.hosting.host``)."""
    from cablescope.plugins.hosting import host as the_host

    return the_host()


def reset_host() -> PluginHost:
    """Drop this process's host for a fresh one, and return it (``cablescope.plugins.hosting.reset_host``)."""
    from cablescope.plugins.hosting import reset_host as fresh_host

    return fresh_host()


def _existing_host() -> PluginHost | None:
    """The host if one was made in this process, without making one (nor importing pluggy)."""
    module = sys.modules.get("cablescope.plugins.hosting")
    return None if module is None else module.existing_host()


def load_plugins(plugins_dir: Path | str | Iterable[Path | str] | None = None) -> None:
    """Load core modules, entry points and the plugins folders (``PluginHost.load``)."""
    host().load(plugins_dir)


def defer_plugins_dirs(plugins_dir: Iterable[Path | str]) -> None:
    """Have the next ``load_plugins`` also load these folders (``PluginHost.defer_dirs``)."""
    folders = list(plugins_dir)
    if folders or _existing_host() is not None:  # no folder: nothing to hand over, no host to make
        host().defer_dirs(folders)


def loaded_plugins_dirs() -> list[Path]:
    """The plugins folders loaded in this process."""
    return host().loaded_dirs()


def unload_plugins() -> None:
    """Unregister every plugin and forget every failure; the next ``load_plugins`` starts afresh."""
    host().unload()


def get_readers() -> list[Reader]:
    """Every registered reader, core ones first."""
    return host().readers()


def get_posts() -> list[Post]:
    """Every post plugins registered, now in force in the posts table."""
    return host().posts()


def get_views() -> dict[str, View]:
    """Every registered view by name, built-ins first."""
    return host().views()


def register_commands(app: typer.Typer) -> None:
    """Let every plugin add its commands to ``app``."""
    host().register_commands(app)


def plugin_commands(app: typer.Typer) -> dict[str, str]:
    """Name -> plugin of every command (or group) a plugin added to ``app``."""
    return host().commands.plugin_commands(app)


def annotate(cable: Cable) -> list[Annotation]:
    """Every plugin's annotations for the cable."""
    return host().annotate(cable)


def facts(cable: Cable) -> list[Fact]:
    """Every plugin's facts about the cable."""
    return host().facts(cable)


def call_view(
    view: View, method: Literal["render", "data", "widget"], cable: Cable | None, context: ViewContext
) -> Any:
    """Call a view's ``render``, ``data`` or ``widget``; a failure is raised as ``PluginError``."""
    return host().call_view(view, method, cable, context)


def record_failure(plugin: str, stage: str, error: BaseException | str) -> PluginFailure:
    """Record a failure without disabling the plugin."""
    return host().record_failure(plugin, stage, error)


def disable(plugin: str, stage: str, error: BaseException | str) -> PluginFailure:
    """Unregister ``plugin`` and record why."""
    return host().disable(plugin, stage, error)


def plugin_failures() -> list[PluginFailure]:
    """Everything that went wrong in plugins in this process, oldest first."""
    existing = _existing_host()
    return [] if existing is None else existing.failures.all()


def plugin_report(*, include_core: bool = False) -> list[PluginInfo]:
    """Every plugin cablescope tried to load (and any registered at run time), with its status."""
    return host().report(include_core=include_core)


def registered_hooks(name: str) -> list[str]:
    """The hooks of the plugin registered under ``name``."""
    return host().registered_hooks(name)
