"""The explorer's panes: the list's height, focus from pane to pane, and zoom."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widget import Widget

from cablescope.app.widgets.view_host import ViewHost

if TYPE_CHECKING:
    from cablescope.app.screens.explorer import ExplorerScreen


class Panes:
    """The list, the reader and the active view's widget, as tab and z see them."""

    def __init__(self, screen: ExplorerScreen) -> None:
        self.screen = screen

    def fit_list(self) -> None:
        """The list takes the rows it needs, up to about a third of the screen; the reader gets the rest."""
        screen = self.screen
        if screen.maximized is screen.cable_list:
            return  # zoomed: the list keeps the whole screen
        most = max(4, int(screen.size.height * 0.38))
        screen.cable_list.styles.height = max(3, min(screen.cable_list.count, most))

    def focusable(self) -> list[Widget]:
        screen = self.screen
        panes: list[Widget] = [screen.cable_list, screen.reader]
        host = screen.active_host()
        if host is not None and host.content is not None:
            content = host.content
            focusable = (
                content if content.focusable else next((w for w in content.query("*") if w.focusable), None)
            )
            if focusable is not None:
                panes.append(focusable)
        return panes

    def next(self, step: int) -> None:
        screen = self.screen
        panes = self.focusable()
        focused = screen.focused
        index = 0
        for i, pane in enumerate(panes):
            if focused is pane or (focused is not None and pane in focused.ancestors_with_self):
                index = i
                break
        panes[(index + step) % len(panes)].focus()

    def zoom(self) -> None:
        screen = self.screen
        if screen.maximized is not None:
            self.unzoom()
            return
        focused = screen.focused
        if focused is None:
            return
        target = focused
        host = next((a for a in focused.ancestors_with_self if isinstance(a, ViewHost)), None)
        if host is not None:
            target = screen.query_one("#views-box")
        if target is screen.cable_list:
            # The list's height is set to fit its rows: zoomed, it takes the whole screen.
            screen.cable_list.styles.height = "1fr"
        screen.maximize(target, container=False)

    def unzoom(self) -> None:
        screen = self.screen
        screen.minimize()
        self.fit_list()
