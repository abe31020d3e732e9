"""The explorer's footer keeps its keys when focus moves between widgets with the same bindings,
and shows the new ones when they differ."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets._footer import FooterKey

from cablescope.app.widgets.key_footer import KeyFooter


class Pane(Widget, can_focus=True):
    BINDINGS = [Binding("n", "noop", "Next")]

    def action_noop(self) -> None:
        pass


class OtherPane(Widget, can_focus=True):
    BINDINGS = [Binding("o", "noop", "Open")]

    def action_noop(self) -> None:
        pass


class Panes(App):
    def compose(self) -> ComposeResult:
        yield Pane(id="first")
        yield Pane(id="second")
        yield OtherPane(id="other")
        yield KeyFooter()


def _keys(app: App) -> list[FooterKey]:
    return list(app.screen.query(FooterKey))


async def test_the_footer_is_rebuilt_only_when_its_keys_change():
    app = Panes()
    async with app.run_test(size=(60, 10)) as pilot:
        app.set_focus(app.query_one("#first"))
        await pilot.pause()
        shown = _keys(app)
        assert "n" in [key.key for key in shown] and "o" not in [key.key for key in shown]

        # The same bindings: the very same key widgets stay.
        app.set_focus(app.query_one("#second"))
        await pilot.pause()
        assert _keys(app) == shown

        # Other bindings: new keys, the old ones gone.
        app.set_focus(app.query_one("#other"))
        await pilot.pause()
        keys = [key.key for key in _keys(app)]
        assert "o" in keys and "n" not in keys

        # And back.
        app.set_focus(app.query_one("#first"))
        await pilot.pause()
        keys = [key.key for key in _keys(app)]
        assert "n" in keys and "o" not in keys
