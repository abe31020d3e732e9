"""The explorer's help: the keys of every pane, the views and the dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cablescope.app.screens.bookmarks import BookmarksScreen
from cablescope.app.screens.filters import FiltersScreen
from cablescope.app.screens.help import HelpScreen, describe_bindings
from cablescope.app.widgets.cable_list import CableList
from cablescope.app.widgets.reader import CableReader

if TYPE_CHECKING:
    from cablescope.app.screens.explorer import ExplorerScreen


def explorer_help(screen: ExplorerScreen) -> list[tuple[str, list[tuple[str, str]]]]:
    """The help screen's sections for the explorer: every binding, the views and their keys."""
    app_rows = describe_bindings(screen.app.BINDINGS) + [
        ("ctrl+p", "Command palette: cables, views, commands")
    ]
    views = [
        (
            f"{i}" + (f"  {screen.view_keys[v.name]}" if v.name in screen.view_keys else ""),
            f"{v.title} view ({v.plugin or 'plugin'})" + (f": {v.description}" if v.description else ""),
        )
        for i, v in enumerate(screen.views.values(), 1)
    ]
    views += [
        ("1–9", "The view of that number (one with no view says so)"),
        ("[  ]", "Previous / next view"),
        ("z", "Zoom the focused pane (again to restore)"),
    ]
    return [
        (
            "Everywhere",
            app_rows
            + [
                row
                for row in describe_bindings(type(screen).BINDINGS)
                if not row[1].startswith("View ") and "view" not in row[1].lower()
            ],
        ),
        ("Document list", describe_bindings(CableList.BINDINGS)),
        ("Reader", describe_bindings(CableReader.BINDINGS)),
        ("Views", views),
        *screen.tabs.widget_help(),
        ("Search box (/) and paragraph box (:)", [("enter", "Search / go"), ("escape", "Cancel")]),
        ("Filters (f)", describe_bindings(FiltersScreen.BINDINGS)),
        ("Bookmarks (')", [("enter", "Open the bookmark"), *describe_bindings(BookmarksScreen.BINDINGS)]),
        ("This help", describe_bindings(HelpScreen.BINDINGS)),
    ]
