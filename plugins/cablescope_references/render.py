"""What the ``references`` view and its explorer widget both draw: the report's lines, headings, listing."""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.text import Text

from cablescope.api import clean_line

from .report import CableBrief, CitedItem, ReferencesReport

LABEL_WIDTH = 3
ID_WIDTH = 22
STATUS_WIDTH = 13
PRESENT_STYLE = "green"
MISSING_STYLE = "red"
OTHER_KIND_STYLE = "magenta"
HEADING_STYLE = "bold"
MUTED_STYLE = "dim"


class OneLine:
    """A line that is cut to the width it is given (with an ellipsis) instead of wrapping."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        line = self.text.copy()
        line.truncate(options.max_width, overflow="ellipsis")
        yield line


def brief_text(brief: CableBrief) -> Text:
    """ "2009-10-22  Embassy Beijing  PRC/IRAN: PREMIER WEN PUSHES …" as one line."""
    parts = [
        (brief.created.date().isoformat() if brief.created else "undated", "cyan"),
        ("  ", ""),
        (clean_line(brief.origin) or "unknown origin", ""),
    ]
    if brief.subject:
        parts += [("  ", ""), (clean_line(brief.subject), MUTED_STYLE)]
    return Text.assemble(*parts)


def cited_line(item: CitedItem) -> Text:
    """One REF item: label, cited id (or the item's kind), whether the index holds it, what it is."""
    reference = item.reference
    line = Text(no_wrap=True, overflow="ellipsis")
    line.append((clean_line(reference.label) or "·").ljust(LABEL_WIDTH), style=HEADING_STYLE)
    if reference.kind == "cable":
        line.append((reference.reference_id or "cable, year unknown").ljust(ID_WIDTH))
        if reference.present_in_corpus is True:
            line.append("● in index".ljust(STATUS_WIDTH), style=PRESENT_STYLE)
        elif reference.present_in_corpus is False:
            line.append("○ missing".ljust(STATUS_WIDTH), style=MISSING_STYLE)
        else:
            line.append(" " * STATUS_WIDTH)
    else:
        line.append(reference.kind.ljust(ID_WIDTH), style=OTHER_KIND_STYLE)
        line.append(" " * STATUS_WIDTH)
    if item.cable is not None:
        line.append_text(brief_text(item.cable))
    else:
        line.append(clean_line(reference.raw), style=MUTED_STYLE)
    return line


def citing_line(brief: CableBrief) -> Text:
    line = Text(no_wrap=True, overflow="ellipsis")
    line.append(" " * LABEL_WIDTH)
    line.append(brief.reference_id.ljust(ID_WIDTH))
    line.append_text(brief_text(brief))
    return line


def cites_heading(report: ReferencesReport) -> Text:
    items = len(report.cites)
    if not items:
        return Text("Cites nothing: the cable has no REF block", style=HEADING_STYLE)
    cables = sum(1 for item in report.cites if item.reference.kind == "cable")
    heading = f"Cites {items} item{'s' if items != 1 else ''}, {cables} cable{'s' if cables != 1 else ''}"
    if report.indexed:
        present = sum(1 for item in report.cites if item.reference.present_in_corpus)
        heading += f", {present} in the index"
    return Text(heading, style=HEADING_STYLE)


def cited_by_heading(report: ReferencesReport) -> Text:
    if report.cited_by is None:
        reason = "no index" if not report.indexed else "the cable has no reference id"
        return Text(f"Cited by: unknown ({reason})", style=HEADING_STYLE)
    count = len(report.cited_by)
    if not count:
        return Text("Cited by no cable in the index", style=HEADING_STYLE)
    return Text(f"Cited by {count} cable{'s' if count != 1 else ''} in the index", style=HEADING_STYLE)


def same_origin_line(report: ReferencesReport) -> Text | None:
    if report.previous is None and report.next is None:
        return None
    line = Text("Same origin: ", style=HEADING_STYLE)
    line.append(f"< {report.previous.reference_id}" if report.previous else "< (first)")
    line.append("   ")
    line.append(f"{report.next.reference_id} >" if report.next else "(last) >")
    return line


def render_report(report: ReferencesReport, *, cited_by_only: bool = False) -> RenderableType:
    title = Text.assemble(
        ("References of ", HEADING_STYLE), (report.reference_id or "this cable", "bold cyan")
    )
    parts: list[RenderableType] = [title, Text()]
    if not cited_by_only:
        parts.append(cites_heading(report))
        parts.extend(cited_line(item) for item in report.cites)
        parts.append(Text())
    parts.append(cited_by_heading(report))
    parts.extend(citing_line(brief) for brief in report.cited_by or [])
    neighbours = same_origin_line(report)
    if neighbours is not None and not cited_by_only:
        parts += [Text(), neighbours]
    return Group(*parts)
