"""Built-in cablescope plugin: the corpus over time.

The ``timeline`` view (key T) draws the index's cables, or the explorer's search hits, as a
bar chart per month or year (``bars``: eighth-block bars, empty periods filled in, long gaps
folded), marks the selected cable's period, and narrows the document list to the period of
the bar picked. ``cablescope timeline`` prints the chart, also by origin, classification or tag.
"""

from __future__ import annotations

from cablescope.api import hookimpl

from .command import register as register_timeline_command
from .view import TimelineView


@hookimpl
def register_views(register):
    register(TimelineView())


@hookimpl
def register_commands(cli):
    register_timeline_command(cli)
