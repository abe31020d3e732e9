"""The plugin manager: core readers, built-in and installed plugins, a plugins folder, isolation."""

from __future__ import annotations

import pluggy

from cablescope import hookspecs
from cablescope.annotations import Annotation, Fact
from cablescope.readers.base import Reader
from cablescope.views import View

pm = pluggy.PluginManager("cablescope")
pm.add_hookspecs(hookspecs)

CORE_PLUGINS = ("cablescope.readers.builtin",)

_loaded = False


def load_plugins() -> None:
    """Register core modules and every plugin from the entry-point group, once."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    import importlib

    for name in CORE_PLUGINS:
        pm.register(importlib.import_module(name), name=name)
    pm.load_setuptools_entrypoints("cablescope")


def get_readers() -> list[Reader]:
    load_plugins()
    readers: list[Reader] = []
    pm.hook.register_readers(register=readers.append)
    return readers


def get_views() -> dict[str, View]:
    load_plugins()
    views: dict[str, View] = {}

    def register(view: View) -> None:
        views[view.name] = view

    pm.hook.register_views(register=register)
    return views


def annotate(cable) -> list[Annotation]:
    load_plugins()
    return [a for batch in pm.hook.annotate_paragraphs(cable=cable) for a in (batch or [])]


def facts(cable) -> list[Fact]:
    load_plugins()
    return [f for batch in pm.hook.index_facts(cable=cable) for f in (batch or [])]
