"""Command palette (ctrl+p) providers: cables by reference id or words, views, explorer commands."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from cablescope.query import QueryError
from cablescope.sanitize import clean_line

if TYPE_CHECKING:
    from cablescope.app.screens.explorer import ExplorerScreen


def _explorer(provider: Provider) -> ExplorerScreen | None:
    from cablescope.app.screens.explorer import ExplorerScreen

    screen = provider.screen
    return screen if isinstance(screen, ExplorerScreen) else None


class CableCommands(Provider):
    """Find a cable by its reference id (whole, a prefix or pieces), its subject or the words in
    it, and open it."""

    async def search(self, query: str) -> Hits:
        screen = _explorer(self)
        query = query.strip()
        if screen is None or len(query) < 2:
            return
        app = screen.cs_app

        def look_up() -> list[tuple]:
            from cablescope.parse.refids import canonical_reference_id

            found: list[tuple] = []
            with app.library.worker_store() as store:
                canonical = canonical_reference_id(query)
                if canonical:
                    cable = store.get(canonical)
                    if cable is not None and cable.reference_id:
                        exact = (cable.reference_id, cable.subject, None, cable.created, cable.origin, 1.0)
                        found.append(exact)
                # A prefix or pieces of the id or subject ("09BEI", "ankara 15"), then the text.
                found.extend(
                    (c.reference_id, c.subject, None, c.created, c.origin, 0.9)
                    for c in store.find(query)
                    if c.reference_id not in {f[0] for f in found}
                )
                words = " ".join(
                    w + "*" if i == len(query.split()) - 1 else w for i, w in enumerate(query.split())
                )
                try:
                    hits = store.search(words, limit=12)
                except QueryError:
                    hits = []
                found.extend(
                    (h.reference_id, h.subject, h.paragraph, h.created, h.origin, 0.5)
                    for h in hits
                    if h.reference_id not in {f[0] for f in found}
                )
            return found

        try:
            results = await asyncio.to_thread(look_up)
        except Exception:  # noqa: BLE001 - a failed lookup just offers no cables
            return
        matcher = self.matcher(query)
        for rank, (reference_id, subject, paragraph, created, origin, base) in enumerate(results):
            label = f"{reference_id}  {clean_line(subject)}"
            # Found by id or subject ranks above found in the text; each keeps the store's order.
            score = max(matcher.match(label), base - rank * 0.005)
            where = f" ¶{paragraph}" if paragraph is not None else ""
            yield Hit(
                score,
                Text.assemble((reference_id + where, "bold"), "  ", clean_line(subject)),
                partial(screen.open_cable, reference_id, paragraph),
                text=label,
                help=" · ".join(
                    x for x in (created.strftime("%Y-%m-%d") if created else "", clean_line(origin)) if x
                )
                or None,
            )


PaletteCommand = tuple[str, Callable[[], Any], str]
"""(title, what choosing it does, help)."""


class _ListedCommands(Provider):
    """A provider over a fixed list of (title, callback, help) that the palette lists and filters."""

    def _commands(self) -> list[PaletteCommand]:
        raise NotImplementedError

    async def discover(self) -> Hits:
        for title, command, help_text in self._commands():
            yield DiscoveryHit(title, command, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, command, help_text in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), command, text=title, help=help_text)


class ViewCommands(_ListedCommands):
    """Switch to a plugin view."""

    def _commands(self) -> list[PaletteCommand]:
        screen = _explorer(self)
        if screen is None:
            return []
        commands: list[PaletteCommand] = []
        for number, view in enumerate(screen.views.values(), 1):
            key = screen.view_keys.get(view.name)
            keys = f"{number}" + (f" or {key}" if key else "")
            commands.append(
                (
                    f"View: {view.title}",
                    partial(screen.show_view, view.name),
                    f"{view.description or view.name} — key {keys} — from {view.plugin or 'a plugin'}",
                )
            )
        return commands


class ExplorerCommands(_ListedCommands):
    """The explorer's own commands (each also has a key; see ?)."""

    def _commands(self) -> list[PaletteCommand]:
        screen = _explorer(self)
        if screen is None:
            return []
        commands: list[PaletteCommand] = [
            ("Search the corpus", screen.action_search, "key /"),
            ("Filters: origin, classification, tag, dates", screen.action_filters, "key f"),
            ("Clear search, filters and narrowing", screen.clear_all, "shows every cable"),
            ("Bookmarks", screen.action_bookmarks, "key '"),
            ("Bookmark this paragraph", screen.action_bookmark, "key m"),
            ("Copy reference id", screen.action_copy_reference, "key y"),
            (
                "Remove this cable from the library",
                lambda: screen.cs_app.confirm_removal(screen.current_ref),
                "asks first; as `cablescope remove REFID`",
            ),
            ("Back", screen.action_back, "key backspace or alt+left"),
            ("Forward", screen.action_forward, "key shift+backspace or alt+right"),
            ("Reverse sort order", screen.action_reverse_sort, "key S"),
            ("Keys (help)", screen.action_help, "key ?"),
        ]
        from cablescope.app.widgets.cable_list import SORT_KEYS, SORT_LABELS

        for key in SORT_KEYS:
            commands.append((f"Sort by {SORT_LABELS[key]}", partial(screen.sort_by, key), "key s cycles"))
        return commands
