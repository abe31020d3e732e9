"""What plugins register through the ``register_*`` hooks: validated, named uniquely, cached."""

from __future__ import annotations

import contextvars
import re
import threading
from collections.abc import Callable
from typing import Any

import pluggy

from cablescope.plugins.records import PluginError
from cablescope.sanitize import clean_line

VIEW_NAME = re.compile(r"^[a-z][a-z0-9_-]*$")


class Registry:
    """Readers, views and posts by name, each from the first plugin (in load order) to use that name."""

    def __init__(
        self,
        pm: pluggy.PluginManager,
        current_plugin: contextvars.ContextVar[str],
        plugin_order: Callable[[], dict[str, tuple[int, int]]],
        disable: Callable[[str, str, str], object],
        lock: threading.RLock,
    ) -> None:
        self._pm = pm
        self._current_plugin = current_plugin
        self._plugin_order = plugin_order
        self._disable = disable
        self._lock = lock
        """The host's: a registering plugin that fails is disabled under it."""
        self._cache: dict[str, tuple[tuple[object, ...], list[Any]]] = {}

    def clear(self) -> None:
        with self._lock:
            self._cache.clear()

    def collect(self, hook_name: str, validate: Callable[[Any], str]) -> list[Any]:
        """Call a ``register_*`` hook; return what was registered, in plugin order, names unique.

        ``validate`` returns the item's name or raises ``PluginError``. The first plugin in
        ``plugin_order`` (core, built-ins, the rest as registered) to use a name keeps it; a
        later one is disabled and reported. The result is kept until the hook's implementations change.
        """
        with self._lock:
            impls = self._impls(hook_name)
            cached = self._cache.get(hook_name)
            if cached is not None and cached[0] == impls:
                return list(cached[1])
            registered = self._call(hook_name, validate)
            items = self._unique(hook_name, registered)
            self._cache[hook_name] = (self._impls(hook_name), items)
            return list(items)

    def _impls(self, hook_name: str) -> tuple[object, ...]:
        return tuple(getattr(self._pm.hook, hook_name).get_hookimpls())

    def _call(self, hook_name: str, validate: Callable[[Any], str]) -> list[tuple[str, Any]]:
        """(plugin, item) for everything registered, sorted by plugin order, then registration order."""
        registered: list[tuple[str, int, Any]] = []

        def register(item: Any) -> None:
            plugin = self._current_plugin.get()
            validate(item)
            item.plugin = plugin
            registered.append((plugin, len(registered), item))

        getattr(self._pm.hook, hook_name)(register=register)
        order = self._plugin_order()
        registered.sort(key=lambda entry: (order.get(entry[0], (3, 0)), entry[1]))
        return [(plugin, item) for plugin, _index, item in registered]

    def _unique(self, hook_name: str, registered: list[tuple[str, Any]]) -> list[Any]:
        kind = hook_name.removeprefix("register_").rstrip("s")
        alive = self._pm.get_plugin
        owners: dict[str, str] = {}
        for plugin, item in registered:
            if alive(plugin) is None:
                continue
            owner = owners.setdefault(item.name, plugin)
            if owner != plugin:
                self._disable(
                    plugin,
                    f"hook {hook_name}",
                    f"{kind} name {item.name!r} is already taken by plugin {owner!r}",
                )
        items: list[Any] = []
        for plugin, item in registered:
            if alive(plugin) is None or owners[item.name] != plugin:
                continue
            if any(other.name == item.name for other in items):
                self._disable(plugin, f"hook {hook_name}", f"registered two {kind}s named {item.name!r}")
                items = [other for other in items if other.plugin != plugin]
                continue
            items.append(item)
        return [item for item in items if alive(item.plugin) is not None]


def _expect_instance(item: Any, cls: type) -> None:
    if not isinstance(item, cls):
        given, expected = type(item).__name__, cls.__name__
        raise PluginError(f"register() was given {given}, expected an instance of cablescope.api.{expected}")


def validate_view(view: Any) -> str:
    from cablescope.views import View

    _expect_instance(view, View)
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


def validate_reader(reader: Any) -> str:
    from cablescope.reader import Reader

    _expect_instance(reader, Reader)
    name = getattr(reader, "name", None)
    if not isinstance(name, str) or not name.strip():
        raise PluginError(f'reader {type(reader).__name__} needs name = "..." (the format name)')
    if type(reader).sniff is Reader.sniff:
        raise PluginError(f"reader {name!r} must implement sniff()")
    if type(reader).read is Reader.read and not reader.splits:
        raise PluginError(f"reader {name!r} must implement read()")
    return name


def validate_post(post: Any) -> str:
    from cablescope.parse.posts import POSTS, Post

    _expect_instance(post, Post)
    try:
        POSTS.check(post)
    except ValueError as error:
        raise PluginError(str(error)) from None
    return post.name
