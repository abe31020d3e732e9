"""One plugin view in the explorer: its own widget, or its Rich rendering in a scrollable pane.

Rendering runs in a thread worker so a slow or failing plugin never freezes the screen; a
failure shows in the pane and as a notification, and the rest of the explorer keeps working.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from rich.console import Console
from rich.text import Text
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from cablescope.sanitize import clean, clean_line
from cablescope.views import View, ViewContext

if TYPE_CHECKING:
    from textual.app import ComposeResult

    from cablescope.model import Cable


def describe_error(exc: BaseException) -> str:
    """One line for a notification (a PluginError's message already says which plugin and what)."""
    from cablescope.plugins import PluginError

    message = str(exc) if isinstance(exc, PluginError) else f"{type(exc).__name__}: {exc}"
    return clean_line(message.splitlines()[0] if message else type(exc).__name__)


class RenderedView(VerticalScroll, can_focus=True):
    """A scrollable pane showing a view's Rich rendering."""

    BINDINGS: ClassVar[list[BindingType]] = [
        ("j", "scroll_down", "Scroll down"),
        ("k", "scroll_up", "Scroll up"),
        ("g", "scroll_home", "Top"),
        ("G", "scroll_end", "Bottom"),
    ]

    DEFAULT_CSS = """
    RenderedView { height: 1fr; padding: 0 1; }
    RenderedView > Static { width: 1fr; height: auto; }
    """

    def compose(self) -> ComposeResult:
        yield Static(Text(""), classes="view-body")

    def show(self, renderable: Text) -> None:
        self.query_one(Static).update(renderable)
        self.scroll_home(animate=False)


class ViewHost(Widget):
    """Holds one view; ``load`` (re)renders it for a cable in the background."""

    DEFAULT_CSS = """
    ViewHost { height: 1fr; }
    ViewHost > .view-status { color: $text-muted; padding: 0 1; height: auto; }
    ViewHost > .view-status.-error { color: $error; }
    """

    def __init__(
        self,
        view: View,
        context_factory: Callable[[], ViewContext],
        *,
        on_error: Callable[[View, str], None],
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.view = view
        self._context_factory = context_factory
        self._on_error = on_error
        self.loaded_for: object = object()
        """The cable key the pane currently shows (so switching back does not re-render)."""
        self.error: str | None = None
        self._cable_key: tuple[Cable | None, object] | None = None
        self._rendered_width = 0

    def compose(self) -> ComposeResult:
        yield Static(Text("Select a cable to see this view."), classes="view-status")

    @property
    def content(self) -> Widget | None:
        """The focusable thing inside (the view's widget or the rendered pane)."""
        for child in self.children:
            if not child.has_class("view-status"):
                return child
        return None

    def _status(self, message: str, error: bool = False) -> None:
        status = self.query_one(".view-status", Static)
        status.update(Text(message))
        status.set_class(error, "-error")
        status.display = True

    def load(self, cable: Cable | None, key: object) -> None:
        """Show the view for ``cable`` (``key`` identifies what is shown, to skip needless work)."""
        if key == self.loaded_for:
            return
        self.loaded_for = key
        self._cable_key = (cable, key)
        self._rendered_width = 0
        self.error = None
        if cable is None and self.view.needs_cable:
            self._clear_content()
            self._status("Select a cable to see this view.")
            return
        from cablescope.plugins import call_view

        context = self._context_factory()
        try:
            widget = call_view(self.view, "widget", cable, context)
        except Exception as exc:  # noqa: BLE001 - a plugin's failure is reported, never fatal
            self._fail(exc)
            return
        self._clear_content()
        if widget is not None:
            self.query_one(".view-status", Static).display = False
            self.mount(widget)
            return
        self._status(f"Rendering {self.view.title}…")
        pane = RenderedView()
        pane.display = False
        self.mount(pane)
        width = self._render_width()
        self._rendered_width = width
        self.run_worker(
            lambda: self._render_view(cable, context, width),
            thread=True,
            exit_on_error=False,
            exclusive=True,
            group="render",
            name=f"render {self.view.name}",
        )

    def _render_width(self) -> int:
        # The pane's padding (one cell each side) and its scrollbar take four cells.
        return max((self.size.width or 40) - 4, 20)

    def on_resize(self) -> None:
        if not self.size.width:
            return  # a hidden tab
        if (
            self._rendered_width
            and self._render_width() != self._rendered_width
            and self._cable_key is not None
        ):
            cable, key = self._cable_key
            self.loaded_for = object()
            self.load(cable, key)

    def _render_view(self, cable: Cable | None, context: ViewContext, width: int) -> Text | Exception:
        """Render the view and lay it out to ``width`` here, in the worker thread.

        Laying out here keeps the cost off the screen's thread, and a renderable that fails
        to lay out fails here instead of while the screen paints. A failure is returned, not
        raised: it is the plugin's, reported in the pane, not a failure of the explorer.
        """
        try:
            return self._lay_out(cable, context, width)
        except Exception as exc:  # noqa: BLE001 - a plugin's failure is reported, never fatal
            return exc

    def _lay_out(self, cable: Cable | None, context: ViewContext, width: int) -> Text:
        from cablescope.plugins import call_view

        result = call_view(self.view, "render", cable, context)
        # A plain string from a plugin may carry cable text: show it literally, never as markup.
        renderable = Text(clean(result)) if isinstance(result, str) else result
        console = Console(file=io.StringIO(), width=width, color_system="truecolor", force_terminal=True)
        lines = console.render_lines(renderable, console.options.update_width(width), pad=False)
        text = Text("\n").join(
            Text.assemble(*((clean(seg.text), seg.style or "") for seg in line if not seg.control))
            for line in lines
        )
        # Already laid out to the pane's width: the pane must not wrap it a second time.
        text.no_wrap = True
        text.overflow = "crop"
        return text

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "render":
            return
        event.stop()
        if event.state == WorkerState.SUCCESS and isinstance(event.worker.result, Exception):
            self._fail(event.worker.result)
        elif event.state == WorkerState.SUCCESS:
            panes = self.query(RenderedView)
            if panes and isinstance(event.worker.result, Text):
                pane = panes.last()
                pane.show(event.worker.result)
                pane.display = True
                self.query_one(".view-status", Static).display = False
        elif event.state == WorkerState.ERROR and event.worker.error is not None:
            self._fail(event.worker.error)

    def _fail(self, exc: BaseException) -> None:
        self._clear_content()
        self.error = describe_error(exc)
        self._status(f"This view failed: {self.error}", error=True)
        self._on_error(self.view, self.error)

    def _clear_content(self) -> None:
        for child in list(self.children):
            if not child.has_class("view-status"):
                child.remove()

    def invalidate(self) -> None:
        """Forget what is shown so the next ``load`` renders again (new query, new today)."""
        self.loaded_for = object()
