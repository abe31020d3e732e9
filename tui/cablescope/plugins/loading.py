"""Where plugins come from: core modules, entry points and plugins folders, and the switches that pick them.

Plugins come from four places, loaded in this order:

- ``core``: modules of cablescope itself that implement hooks (``CORE_PLUGINS``: the
  built-in readers). They always load, whatever ``CABLESCOPE_LOAD_PLUGINS`` says.
- ``builtin``: entry points in the ``cablescope`` group that the cablescope distribution
  itself declares (``plugins/cablescope_*``).
- ``entrypoint``: the same group, declared by any other installed distribution; skipped when
  ``CABLESCOPE_SKIP_INSTALLED_PLUGINS`` is set (the test suite sets it, as datasette's tests do,
  so that a developer's installed plugins cannot change results; worker processes inherit it).
- ``directory``: single-file ``*.py`` plugins in the default plugins folder and in any
  ``--plugins-dir`` folder.

This module only finds them; :mod:`cablescope.plugins.hosting` imports and registers them.
"""

from __future__ import annotations

import functools
import importlib
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import importlib.metadata
    from types import ModuleType

    from cablescope.plugins.records import PluginSource

# importlib.metadata (with the email package behind it), importlib.util and the records (pluggy)
# are imported by the functions that use them: `--help` imports this module for its names.

ENTRY_POINT_GROUP = "cablescope"
DISTRIBUTION = "cablescope"
CORE_PLUGINS = ("cablescope.readers.builtin",)
LOAD_ENV = "CABLESCOPE_LOAD_PLUGINS"
TRACE_ENV = "CABLESCOPE_TRACE_PLUGINS"
SKIP_INSTALLED_ENV = "CABLESCOPE_SKIP_INSTALLED_PLUGINS"


class Candidate(NamedTuple):
    """A plugin found, not yet imported: ``load()`` imports it and returns the plugin object."""

    name: str
    source: PluginSource
    version: str | None
    origin: str
    """The module name or the file the plugin is loaded from."""
    load: Callable[[], Any]
    distribution: str | None = None


def allowed_plugins() -> set[str] | None:
    """The ``CABLESCOPE_LOAD_PLUGINS`` allow-list; ``None`` when unset (load everything)."""
    raw = os.environ.get(LOAD_ENV)
    if raw is None:
        return None
    names = {name.strip() for name in raw.split(",") if name.strip()}
    return names | {normalise_name(name) for name in names}


def switched_on(variable: str) -> bool:
    """Whether an environment switch (``CABLESCOPE_TRACE_PLUGINS``...) is set to something but 0."""
    return os.environ.get(variable, "").strip() not in ("", "0")


def normalise_name(name: str) -> str:
    """A distribution name as pip compares them: ``Cablescope_Hello`` -> ``cablescope-hello``."""
    return re.sub(r"[-_.]+", "-", name).lower()


def installed(allow: set[str] | None) -> Iterator[Candidate]:
    """The core modules, then every entry point the allow-list and the skip switch let through."""
    for module_name in CORE_PLUGINS:
        yield Candidate(
            module_name, "core", None, module_name, functools.partial(importlib.import_module, module_name)
        )
    skip_installed = switched_on(SKIP_INSTALLED_ENV)
    for ep in entry_points():
        dist = ep.dist.name if ep.dist is not None else None
        builtin = dist is not None and normalise_name(dist) == DISTRIBUTION
        if not builtin and skip_installed:
            continue
        if allow is not None and not ({ep.name, ep.module, normalise_name(dist or "")} & allow):
            continue
        version = ep.dist.version if ep.dist is not None else None
        yield Candidate(ep.name, "builtin" if builtin else "entrypoint", version, ep.module, ep.load, dist)


def in_folder(folder: Path, allow: set[str] | None) -> Iterator[Candidate]:
    """The single-file plugins of a folder (none when it does not exist), in name order."""
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.py")):
        if path.name.startswith(("_", ".")):
            continue
        if allow is not None and path.stem not in allow:
            continue
        yield Candidate(path.stem, "directory", None, str(path), functools.partial(import_file, path))


def entry_points() -> list[importlib.metadata.EntryPoint]:
    """Entry points of the ``cablescope`` group from every distribution on ``sys.path``.

    ``importlib.metadata.entry_points()`` keeps only the first distribution of each name,
    so a stale ``cablescope.egg-info`` earlier on the path (a checkout's root, say) would
    hide the built-ins; reading each distribution and de-duplicating entries avoids that.
    """
    import importlib.metadata

    seen: set[tuple[str, str]] = set()
    unique = []
    for dist in importlib.metadata.distributions():
        for ep in dist.entry_points.select(group=ENTRY_POINT_GROUP):
            if (ep.name, ep.value) not in seen:
                seen.add((ep.name, ep.value))
                unique.append(ep)
    return unique


def import_file(path: Path) -> ModuleType:
    """Import a plugins folder's file as a module of its own name."""
    import importlib.util

    from cablescope.plugins.records import PluginError

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
