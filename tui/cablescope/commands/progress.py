"""The progress bar of ``cablescope index``: bytes read and cables written, then facts found.

A module of its own so that the commands module (imported for every command, ``--help``
included) does not import ``rich.progress``.
"""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, Progress, ProgressColumn, Task, TextColumn, TimeRemainingColumn
from rich.text import Text


class CablesColumn(ProgressColumn):
    """Cables done and cables per second, from the fields the indexing callback sets; for the
    facts stage, cables given their facts of those pending."""

    def render(self, task: Task) -> Text:
        if "facts" in task.fields:
            return Text(
                f"facts: {task.completed:,.0f} of {task.total or 0:,.0f} cables", style="progress.data.speed"
            )
        cables = task.fields.get("cables", 0)
        elapsed = task.elapsed or 0.0
        rate = cables / elapsed if elapsed > 0 else 0.0
        return Text(f"{cables:,} cables {rate:,.0f}/s", style="progress.data.speed")


class BytesColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        if "facts" in task.fields:
            return Text("")
        return Text(
            f"{task.completed / 1e6:,.1f}/{(task.total or 0) / 1e6:,.1f} MB", style="progress.download"
        )


def index_progress(console: Console, *, disable: bool) -> Progress:
    """The two-stage progress bar on ``console`` (stderr), gone when the run ends."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        CablesColumn(),
        BytesColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=disable,
    )
