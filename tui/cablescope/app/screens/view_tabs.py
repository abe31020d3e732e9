"""The plugin views in tabs beside the reader: building the tabs, labelling them to fit,
switching, and loading the active view for the open cable."""

from __future__ import annotations

import asyncio
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual.content import Content
from textual.css.query import NoMatches
from textual.widgets import Static, TabbedContent, TabPane, Tabs

from cablescope.app.plugin_failures import recorded, report_plugin_failures
from cablescope.app.widgets.view_host import ViewHost
from cablescope.sanitize import clean_line
from cablescope.views import View, ViewContext

if TYPE_CHECKING:
    from cablescope.app.screens.explorer import ExplorerScreen

# Keys the explorer itself uses; a plugin view asking for one of these gets no key of its own.
RESERVED_KEYS = set("jkgGnNmqyYfsSvz/?:'[]123456789") | {"tab", "escape", "enter", "backspace"}


def tab_title(number: int, title: str, key: str | None) -> Content:
    """ "2 Entities" with the view's own key underlined in the title (or added after it)."""
    prefix = f"{number} " if number <= 9 else ""
    if not key:
        return Content(prefix + title)
    at = title.find(key)
    if at < 0:
        at = title.lower().find(key.lower())
    if at < 0:
        return Content.assemble(prefix + title, (f" {key}", "dim"))
    return Content.assemble(prefix + title[:at], (title[at], "underline"), title[at + 1 :])


def tab_labels(
    views: dict[str, View], keys: dict[str, str], width: int, active: str | None
) -> dict[str, Content]:
    """Tab labels that fit ``width``: every title when they fit, else the ``active`` tab's title
    and the others shortened, down to their numbers (each tab pads its label by one cell)."""
    titles = {name: clean_line(view.title) for name, view in views.items()}
    numbered = {name: (number, titles[name]) for number, name in enumerate(titles, 1)}

    def short(name: str, letters: int) -> Content:
        number, title = numbered[name]
        if name == active or letters >= len(title):
            return tab_title(number, title, keys.get(name))
        prefix = f"{number}" if number <= 9 else ""
        return Content(f"{prefix} {title[:letters]}…" if letters else prefix or title[:1])

    longest = max(len(title) for title in titles.values())
    for letters in range(longest, -1, -1):
        labels = {name: short(name, letters) for name in titles}
        if sum(label.cell_length + 2 for label in labels.values()) <= width:
            break
    return labels


class ViewTabs:
    """The explorer's plugin views: one tab each, the active one rendered for the open cable."""

    def __init__(self, screen: ExplorerScreen) -> None:
        self.screen = screen
        self.views: dict[str, View] = {}
        self.keys: dict[str, str] = {}
        self.chosen = False
        """The user picked a view: each cable no longer picks its own."""
        self._mounted: TabbedContent | None = None
        """The tab bar, once mounted with its panes (before that, switching tabs would fail)."""
        self._idle = asyncio.Event()
        self._idle.set()

    async def install(self, views: dict[str, View]) -> list[str]:
        """Add a tab per plugin view; returns the views whose own key could not be bound."""
        self._idle.clear()
        try:
            return await self._install(views)
        finally:
            self._idle.set()

    async def installed(self) -> None:
        """Until no tab bar is being mounted: the app waits for this before it quits, since
        Textual's tab bar raises when the app closes while it mounts."""
        await self._idle.wait()

    async def _install(self, views: dict[str, View]) -> list[str]:
        screen = self.screen
        self.views = views
        refused = self.bind_keys(views)
        box = screen.query_one("#views-box")
        self._mounted = None
        await box.remove_children()
        if not (box.is_attached and screen.app.is_running):
            return refused  # the explorer is closing: tabs mounted now would find their panes gone
        if not views:
            await box.mount(Static(Text("No plugin views are installed."), id="views-loading"))
            return refused
        # The tabs are built with the view to show first and labels that fit the pane, so the
        # first frame is final (the view named on the command line is shown next, if any).
        start = screen.cs_app.start_view
        first = start if start in views else self.preferred()
        labels = tab_labels(views, self.keys, box.size.width or 40, first)
        tabs = TabbedContent(id="views", initial=f"view-{first}")
        for view in views.values():
            host = ViewHost(
                view,
                partial(self.context, view.name),
                on_error=self.failed,
                id=f"host-{view.name}",
            )
            tabs.compose_add_child(TabPane(labels[view.name], host, id=f"view-{view.name}"))
        await box.mount(tabs)
        self._mounted = tabs
        screen.call_after_refresh(self.fit)  # once the tab bar has its width
        screen.refresh_bindings()
        # The cable may have arrived while the tabs were mounted: it may want another view.
        if not self.follow_cable():
            self.refresh()
        return refused

    def context(self, view_name: str | None = None) -> ViewContext:
        """The context a view renders with; the view named at launch gets the command line's options."""
        options = (
            self.screen.cs_app.view_options
            if view_name and view_name == self.screen.cs_app.start_view
            else {}
        )
        return ViewContext(
            store=self.screen.cs_app.library.store,
            today=self.screen.cs_app.today,
            options=dict(options),
            query=self.screen.navigation.state.query,
        )

    def failed(self, view: View, error: str) -> None:
        """A view raised: show every failure the plugin manager recorded (this one included)."""
        # A failure the plugin manager recorded is shown once, by whichever report comes first
        # (the cable's worker reports too); only an error it does not know gets a notice here.
        known = recorded(error)
        report_plugin_failures(self.screen)
        if not known:
            self.screen.notify(
                f"View {view.title} failed: {error}",
                title="Plugin",
                severity="error",
                markup=False,
                timeout=10,
            )

    def bind_keys(self, views: dict[str, View]) -> list[str]:
        """Bind each view's own key; returns the views whose key was taken or invalid."""
        refused = []
        for view in views.values():
            key = getattr(view, "key", "") or ""
            if len(key) != 1 or key in RESERVED_KEYS or key in self.keys.values():
                refused.append(view.name)
                continue
            self.keys[view.name] = key
            self.screen._bindings.bind(key, f"show_view('{view.name}')", f"{view.title} view", show=False)
        return refused

    def hosts(self) -> list[ViewHost]:
        return list(self.screen.query(ViewHost))

    def tabs(self) -> TabbedContent | None:
        return self._mounted

    def active_host(self) -> ViewHost | None:
        tabs = self.tabs()
        pane = tabs.active_pane if tabs is not None else None
        return pane.query_one(ViewHost) if pane is not None else None

    @property
    def active(self) -> str | None:
        tabs = self.tabs()
        active = tabs.active if tabs is not None else None
        return active.removeprefix("view-") if active else None

    def refresh(self) -> None:
        """Load the active view for the open cable and search."""
        host = self.active_host()
        if host is not None:
            screen = self.screen
            host.load(screen.cable, (screen.current_ref, screen.navigation.state.query))

    def activated(self) -> None:
        """A tab was activated. Until the user picks a view, the cable's own is put back over
        whatever else activated a tab (the tab bar activates its first tab as it is built)."""
        if self.follow_cable():
            return
        self.refresh()
        self.fit()
        self.screen.call_after_refresh(self.center_active)

    def preferred(self) -> str:
        """The first view that applies to the open cable (the first view when none does)."""
        cable = self.screen.cable
        for name, view in self.views.items():
            try:
                if view.applies_to(cable):
                    return name
            except Exception:  # noqa: BLE001, S112 - a plugin's failing test just does not pick it
                continue
        return next(iter(self.views))

    def follow_cable(self) -> bool:
        """Until the user picks a view, each cable opens on the first view that applies to it.

        True when it switched tabs: the view is then loaded when the switch arrives (the active
        pane follows the active tab a moment later, so loading now would load the old one)."""
        tabs = self.tabs()
        if self.chosen or not self.views or tabs is None:
            return False
        name = self.preferred()
        if name == self.active:
            return False
        tabs.active = f"view-{name}"
        return True

    def fit(self) -> None:
        """Relabel the tabs to fit the pane for the active view (after a switch or a resize)."""
        tabs = self.tabs()
        if tabs is None or not self.views or not tabs.size.width:
            return
        for name, label in tab_labels(self.views, self.keys, tabs.size.width, self.active).items():
            try:
                tabs.get_tab(f"view-{name}").label = label
            except NoMatches:
                return  # still being built: it was given labels that fit

    def center_active(self) -> None:
        """Centre the active tab in a tab bar too narrow for all of them, once it is laid out
        (Textual's own scroll can run before layout, leaving the active tab out of sight)."""
        tabs = self.tabs()
        bar = tabs.query_one(Tabs) if tabs is not None else None
        if bar is None or bar.active_tab is None:
            return
        # Tabs moves its underline on a relabel in the refresh right after it, which can come
        # before the relabelled tab's new width is laid out (a busy machine): the underline then
        # kept the old width. Placed again here, a refresh later (Textual 8's own method).
        bar._highlight_active(animate=False)
        try:
            scroller = bar.query_one("#tabs-scroll")  # Textual 8's scrolling row inside Tabs
        except NoMatches:
            bar.active_tab.scroll_visible(animate=False, immediate=True)
        else:
            scroller.scroll_to_center(bar.active_tab, animate=False, force=True, immediate=True)

    def show(self, name: str) -> bool:
        """Switch to view ``name`` (the user's choice: cables no longer pick their view)."""
        tabs = self.tabs()
        if name not in self.views or tabs is None:
            return False
        self.chosen = True
        tabs.active = f"view-{name}"
        self.refresh()
        return True

    def show_number(self, number: int) -> None:
        names = list(self.views)
        if 1 <= number <= len(names):
            self.show(names[number - 1])
        else:
            self.no_view(f"No view {number}")

    def cycle(self, step: int) -> None:
        names = list(self.views)
        if not names:
            self.no_view("No views")
            return
        current = self.active
        index = names.index(current) if current in names else 0
        self.show(names[(index + step) % len(names)])

    def no_view(self, what: str) -> None:
        """Say why a view key did nothing: the views are still loading, or there is no such view."""
        screen = self.screen
        if not screen.cs_app.plugins_ready.is_set():
            screen.notify("The views are still loading.", severity="information")
        elif not self.views:
            screen.notify("No plugin views are installed (see `cablescope plugins`).", severity="warning")
        else:
            screen.notify(
                f"{what}: the views are 1–{len(self.views)} (? lists their keys).", severity="warning"
            )

    def widget_help(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """The keys a view's own widget adds (for views shown so far): bindings its plugin declared."""
        from cablescope.app.screens.help import describe_bindings

        sections = []
        for host in self.hosts():
            content = host.content
            if content is None:
                continue
            rows: list[tuple[str, str]] = []
            for widget in [content, *content.query("*")]:
                for cls in type(widget).__mro__:
                    if cls.__module__.startswith(("textual.", "cablescope.app.")):
                        continue
                    for row in describe_bindings(cls.__dict__.get("BINDINGS", [])):
                        if row not in rows:
                            rows.append(row)
            if rows:
                sections.append((f"In the {clean_line(host.view.title)} view (tab to it)", rows))
        return sections
