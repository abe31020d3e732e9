"""What a view is: one way of looking at a cable, in the terminal UI, on the command line and as JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from rich.console import RenderableType

if TYPE_CHECKING:
    from textual.widget import Widget

    from cablescope.model import Cable
    from cablescope.store import Library


@dataclass
class ViewContext:
    """What a view may use besides the cable itself."""

    store: Library | None = None
    """The corpus index, when there is one (cross-cable views use it)."""
    today: date = field(default_factory=date.today)
    options: dict[str, Any] = field(default_factory=dict)
    """View-specific options from the command line (``--against``, ``--side-by-side``)."""
    query: str | None = None
    """The search the user is looking at, if any."""


class View:
    """Subclass this and register an instance from ``register_views``.

    ``render`` is required; ``data`` defaults to nothing beyond the name; ``widget``
    defaults to showing ``render`` in a scrollable pane. Views with
    ``needs_cable = False`` (corpus views such as a timeline) may get ``cable=None``.
    """

    name: ClassVar[str]
    title: ClassVar[str]
    key: ClassVar[str]
    """A single key that switches the explorer to this view."""
    description: ClassVar[str] = ""
    needs_cable: ClassVar[bool] = True
    plugin: str = ""
    """Filled in by cablescope with the registering plugin's name."""

    def render(self, cable: Cable | None, context: ViewContext) -> RenderableType:
        """Rich renderable for the command line (and the explorer's default pane)."""
        raise NotImplementedError

    def data(self, cable: Cable | None, context: ViewContext) -> dict[str, Any]:
        """JSON-ready dict for ``--json``."""
        return {"view": self.name}

    def widget(self, cable: Cable | None, context: ViewContext) -> Widget | None:
        """An interactive Textual widget for the explorer, or ``None`` to show ``render``."""
        return None

    def applies_to(self, cable: Cable | None) -> bool:
        """Whether this view has something to show for ``cable``: until the user picks a view, the
        explorer shows each cable in the first view that applies to it."""
        return True
