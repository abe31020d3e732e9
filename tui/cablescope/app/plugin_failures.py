"""Plugin failures shown to the user: each one the plugin manager recorded, once."""

from __future__ import annotations

from textual.app import App
from textual.widget import Widget

from cablescope.sanitize import clean_line


def report_plugin_failures(node: App | Widget) -> None:
    """Notify (through ``node``) each failure the plugin manager recorded and nobody has shown yet."""
    from cablescope import plugins

    for failure in plugins.plugin_failures():
        if not failure.shown:
            failure.shown = True
            node.notify(
                clean_line(failure.message), title="Plugin", severity="error", markup=False, timeout=10
            )


def recorded(error: str) -> bool:
    """The plugin manager recorded a failure with this message (it is shown by the reporter)."""
    from cablescope import plugins

    return any(failure.message == error for failure in plugins.plugin_failures())
