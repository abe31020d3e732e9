"""The explorer's status line: cables shown, search, filters, narrowing, marks and order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from cablescope.app.navigation import NavigationState
from cablescope.app.widgets.cable_list import SORT_LABELS
from cablescope.sanitize import clean_line
from cablescope.wording import counted

if TYPE_CHECKING:
    from cablescope.app.widgets.reader import CableReader


def status_text(
    state: NavigationState, count: int, hit_position: str, span_mark: str, facts_pending: int = 0
) -> Text:
    """``hit_position``: "hit 3 of 12" or "12 hits"; ``span_mark``: "mark 2/5" while a view's
    marks are stepped through; ``facts_pending``: cables whose entities and markings are still
    being found (the views' corpus figures leave them out until then)."""
    text = Text()
    text.append("cablescope", style="bold")
    text.append(f"  {count:,} cable{'s' if count != 1 else ''}")
    if state.busy:
        text.append(f"  {state.busy}", style="bold yellow")
    if facts_pending:
        text.append(f"  facts for {counted(facts_pending, 'cable')} still coming", style="yellow")
    if state.query:
        text.append("  matching ")
        text.append(f"“{clean_line(state.query)}”", style="bold yellow")
        if hit_position:
            text.append(f"  {hit_position}", style="bold")
    f = state.filters
    parts = [
        f"origin={f.origin}" if f.origin else "",
        f"class={f.classification}" if f.classification else "",
        f"tag={f.tag}" if f.tag else "",
        f"from {f.date_from}" if f.date_from else "",
        f"to {f.date_to}" if f.date_to else "",
    ]
    if any(parts):
        text.append("  filters: " + " ".join(p for p in parts if p), style="cyan")
    if state.narrowing:
        text.append("  narrowed: ", style="magenta")
        text.append(clean_line(state.narrowing.label), style="bold magenta")
        text.append(" (esc clears)", style="dim")
    if span_mark:
        text.append(f"  {span_mark}", style="bold magenta")
    text.append(f"  sort: {SORT_LABELS[state.sort]}{' ▼' if state.descending else ' ▲'}", style="dim")
    return text


def hit_position(reader: CableReader) -> str:
    """Where the reader is among its cable's hits: "hit 3 of 12", or "12 hits" between them."""
    hits = reader.hit_indexes()
    if not hits:
        return ""
    if reader.cursor in hits:
        return f"hit {hits.index(reader.cursor) + 1} of {len(hits)}"
    return counted(len(hits), "hit")
