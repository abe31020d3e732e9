"""The commands plugins add to the Typer app: checked as they are added, removed with their plugin."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import pluggy

from cablescope.plugins.records import PluginError

if TYPE_CHECKING:
    import typer


class CommandLedger:
    """Which plugin added which command to which app, and which plugins' ``register_commands`` ran."""

    def __init__(self) -> None:
        self._added: dict[str, list[tuple[typer.Typer, Any]]] = {}
        """Commands each plugin added, so they can be removed when it is unregistered."""
        self._called: set[tuple[str, int]] = set()
        """(plugin, id(app)) pairs whose ``register_commands`` has run."""

    def register_all(self, pm: pluggy.PluginManager, app: typer.Typer) -> None:
        """Let every plugin add its commands to ``app``; plugins that already did are skipped."""
        done = [
            plugin
            for name, plugin in pm.list_name_plugin()
            if plugin is not None and (name, id(app)) in self._called
        ]
        for impl in pm.hook.register_commands.get_hookimpls():
            self._called.add((impl.plugin_name, id(app)))
        pm.subset_hook_caller("register_commands", remove_plugins=done)(cli=app)

    def run(self, plugin: str, args: tuple, call: Callable[[], Any]) -> None:
        """Run a plugin's ``register_commands``: a clash or a replaced callback undoes what it added."""
        if not args:  # an implementation that takes no ``cli`` cannot add commands
            return call()
        app = args[0]
        commands_before, groups_before = len(app.registered_commands), len(app.registered_groups)
        callback_before = app.registered_callback
        existing = self._names(
            app.registered_commands[:commands_before], app.registered_groups[:groups_before]
        )
        try:
            call()
            added = list(app.registered_commands[commands_before:]) + list(
                app.registered_groups[groups_before:]
            )
            names = self._names(
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
        self._added.setdefault(plugin, []).extend((app, info) for info in added)
        return None

    def plugin_commands(self, app: typer.Typer) -> dict[str, str]:
        """Name -> plugin of every command (or group) a plugin added to ``app``."""
        from typer.models import CommandInfo, TyperInfo

        found: dict[str, str] = {}
        for plugin, added in self._added.items():
            infos = [info for owner, info in added if owner is app]
            commands = [info for info in infos if isinstance(info, CommandInfo)]
            groups = [info for info in infos if isinstance(info, TyperInfo)]
            found.update(dict.fromkeys(self._names(commands, groups), plugin))
        return found

    def remove(self, plugin: str) -> None:
        """Take the plugin's commands out of every app it added them to."""
        self._called.difference_update({called for called in self._called if called[0] == plugin})
        for app, info in self._added.pop(plugin, []):
            for registry in (app.registered_commands, app.registered_groups):
                if info in registry:
                    registry.remove(info)

    def _names(self, commands: Iterable[Any], groups: Iterable[Any]) -> dict[str, str]:
        """Command name -> who provides it ("cablescope" or "plugin 'x'")."""
        from typer.main import get_command_name

        owners = {id(info): f"plugin {name!r}" for name, infos in self._added.items() for _app, info in infos}
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
