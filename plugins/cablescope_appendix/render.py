"""What the ``appendix`` view and its explorer pane both draw: the analysis as Rich text and as JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from cablescope.api import Cable, clean
from cablescope_appendix.analysis import Analysis
from cablescope_appendix.capture import describe_gap
from cablescope_appendix.diff import PageDiff

if TYPE_CHECKING:
    pass

CABLE_TAIL_LINES = 2
SHARED_WORDS_SHOWN = 12
# Lines only on this page and only on the other: neutral colours, since neither side is "wrong".
THIS_PAGE = "cyan"
OTHER_PAGE = "magenta"
SIGNAL_NAMES = {"copyright": "the copyright line", "heading": "the heading", "more-run": "a run of"}


def _signal_phrase(kind: str, text: str) -> str:
    return f"{SIGNAL_NAMES[kind]} {text}" if kind == "more-run" else f"{SIGNAL_NAMES[kind]} “{clean(text)}”"


def _parser_agreement(cable: Cable, analysis: Analysis) -> dict[str, Any] | None:
    """What the reader recorded as the appendix, and whether it starts where this plugin finds it."""
    if cable.appendix is None:
        return None
    found = analysis.boundary.offset if analysis.boundary else None
    return {
        "offset": cable.appendix.offset,
        "signal": cable.appendix.signal,
        "agrees": cable.appendix.offset == found,
    }


def analysis_data(cable: Cable, analysis: Analysis) -> dict[str, Any]:
    """The JSON form of the view.

    Keys: ``has_appendix``; ``parser`` (the reader's own boundary and whether it agrees);
    ``boundary`` (offset, line, deciding ``signal`` and its ``text``, every ``signals`` entry,
    ``cable_chars``, ``appendix_chars``); ``sections`` with their ``items``; ``item_count``;
    ``furniture``; ``capture`` (estimate, confidence, evidence, ``months_after_cable``,
    ``after_cable``); ``relatedness`` (score, jaccard, verdict, shared words and names);
    ``page_diff`` (against, chosen, similarity, shared/new/other headlines, unified lines,
    side-by-side rows) or null with ``page_diff_note`` saying why. Without an appendix only
    ``message`` follows ``parser``.
    """
    boundary = analysis.boundary
    result: dict[str, Any] = {
        "view": "appendix",
        "reference_id": cable.reference_id,
        "has_appendix": boundary is not None,
        "parser": _parser_agreement(cable, analysis),
    }
    if boundary is None:
        result["message"] = "no appendix: no copyright line, furniture heading or run of More>> items"
        return result
    result["boundary"] = {
        "offset": boundary.offset,
        "line": boundary.line,
        "signal": boundary.decided_by.kind,
        "text": boundary.decided_by.text,
        "signals": [
            {"kind": s.kind, "text": s.text, "offset": s.offset, "line": s.line} for s in boundary.signals
        ],
        "cable_chars": boundary.offset,
        "appendix_chars": len(cable.text) - boundary.offset,
    }
    result["sections"] = [
        {
            "title": section.title,
            "items": [item.model_dump(exclude={"section"}) for item in section.items],
        }
        for section in analysis.parsed.sections
    ]
    result["item_count"] = len(analysis.parsed.items)
    result["furniture"] = [f.model_dump() for f in analysis.parsed.furniture]
    capture = analysis.capture.model_dump() if analysis.capture else None
    if capture is not None:
        capture["cable_created"] = cable.created.date().isoformat() if cable.created else None
        capture["months_after_cable"] = analysis.months_after_cable
        capture["after_cable"] = (
            describe_gap(analysis.months_after_cable) if analysis.months_after_cable is not None else None
        )
    result["capture"] = capture
    result["relatedness"] = analysis.relatedness.model_dump() if analysis.relatedness else None
    result["page_diff"] = analysis.page_diff.model_dump() if analysis.page_diff else None
    result["page_diff_note"] = analysis.page_diff_note
    return result


def render_analysis(cable: Cable, analysis: Analysis, *, side_by_side: bool = False) -> RenderableType:
    """The Rich form of the view: split, items, capture date, relatedness, page diff."""
    boundary = analysis.boundary
    parts: list[RenderableType] = []
    if boundary is None:
        parts.append(Text.assemble((analysis.name, "bold"), ": no appendix"))
        parts.append(
            Text(
                "The page has no copyright line, no furniture heading and no run of More>> items.",
                style="dim",
            )
        )
        if cable.appendix is not None:
            parts.append(
                Text(
                    f"The reader recorded an appendix at offset {cable.appendix.offset}; this view finds none"
                )
            )
        return Group(*parts)

    decided = boundary.decided_by
    parts.append(
        Text.assemble(
            (analysis.name, "bold"),
            f": appendix from line {boundary.line} (offset {boundary.offset}), decided by ",
            (_signal_phrase(decided.kind, decided.text), "bold yellow"),
        )
    )
    others = [s for s in boundary.signals if s is not decided]
    if others:
        parts.append(
            Text(
                "  also seen: "
                + "; ".join(f"{_signal_phrase(s.kind, s.text)} (line {s.line})" for s in others),
                style="dim",
            )
        )
    agreement = _parser_agreement(cable, analysis)
    if agreement is not None and not agreement["agrees"]:
        parts.append(Text(f"  the reader put the boundary at offset {agreement['offset']}", style="red"))
    elif agreement is None and cable.paragraphs:
        parts.append(
            Text("  the reader kept no appendix: its paragraphs may hold the site's text", style="red")
        )

    tail = [line for line in cable.text[: boundary.offset].splitlines() if line.strip()][-CABLE_TAIL_LINES:]
    for line in tail:
        parts.append(Text("  " + clean(line.strip()), style="dim"))
    parts.append(Rule(Text("✂ cable ends · appendix begins"), style="yellow"))

    parts.append(_items_table(analysis))
    parts.extend(_capture_lines(cable, analysis))
    parts.extend(_relatedness_lines(analysis))
    parts.extend(_page_diff_parts(analysis, side_by_side))
    return Group(*parts)


def _items_table(analysis: Analysis) -> RenderableType:
    """Sections and their items: a borderless grid, so a narrow pane wraps headlines, not columns."""
    sections = analysis.parsed.sections
    items = analysis.parsed.items
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(justify="right", width=3)
    grid.add_column(ratio=1)
    grid.add_row(
        "", Text(f"{len(items)} items in {len(sections)} section{'s' if len(sections) != 1 else ''}", "bold")
    )
    for section in sections:
        grid.add_row("", Text(clean(section.title or "(untitled)"), style="bold cyan"))
        for item in section.items:
            line = Text.assemble((clean(item.source), "bold"), ": ") if item.source else Text()
            line.append(clean(item.headline))
            grid.add_row(Text(str(item.number), style="dim"), line)
    return grid


EVIDENCE_PHRASES = {"explicit": "dated", "month": "month", "year": "year", "copyright-year": "copyright year"}


def _capture_lines(cable: Cable, analysis: Analysis) -> list[RenderableType]:
    """The estimate, then each piece of evidence with the items it came from."""
    capture = analysis.capture
    if capture is None:
        return []
    if capture.estimate is None:
        head = Text.assemble(("Captured: ", "bold"), capture.reason)
    else:
        head = Text.assemble(
            ("Captured: ", "bold"), (capture.estimate, "bold green"), f" ({capture.confidence} confidence)"
        )
        months = analysis.months_after_cable
        if months is not None and cable.created is not None:
            created = cable.created.date().isoformat()
            if months > 0:
                head.append(f", {describe_gap(months)} after the cable ({created})")
            elif months == 0:
                head.append(f", the month of the cable itself ({created})")
            else:
                head.append(
                    f", {describe_gap(-months)} before the cable ({created}): the items' dates mislead"
                )
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(justify="right", width=3)
    grid.add_column(ratio=1)
    for evidence in capture.evidence:
        where = ", ".join(str(n) for n in evidence.items)
        where = f" (item{'s' if len(evidence.items) > 1 else ''} {where})" if where else ""
        if evidence.kind == "era":
            detail = f": not before {evidence.date}, as {evidence.note}"
        elif evidence.kind == "year-inferred":
            detail = f" → {evidence.date}, {evidence.note}"
        elif evidence.kind == "undated":
            detail = f": {evidence.note}"
        else:
            detail = f": {EVIDENCE_PHRASES[evidence.kind]} {evidence.date}"
        grid.add_row("•", Text.assemble((clean(evidence.text), "italic"), where, detail))
    return [head, grid] if capture.evidence else [head]


def _relatedness_lines(analysis: Analysis) -> list[RenderableType]:
    related = analysis.relatedness
    if related is None:
        return []
    colour = {"low": "green", "medium": "yellow", "high": "red"}[related.verdict]
    lines: list[RenderableType] = [
        Text.assemble(
            ("Related to the cable: ", "bold"),
            (related.verdict, f"bold {colour}"),
            f" (cosine {related.score:.3f}, Jaccard {related.jaccard:.3f}; {len(related.shared_words)} of "
            f"{related.appendix_words} appendix words occur in the cable)",
        )
    ]
    words = related.shared_words[:SHARED_WORDS_SHOWN]
    more = len(related.shared_words) - len(words)
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(justify="right", width=14)
    grid.add_column(ratio=1)
    grid.add_row(
        Text("shared words", "dim"), Text(", ".join(words) + (f" … (+{more})" if more > 0 else "") or "none")
    )
    grid.add_row(Text("shared names", "dim"), Text(clean(", ".join(related.shared_entities)) or "none"))
    lines.append(grid)
    return lines


def _page_diff_parts(analysis: Analysis, side_by_side: bool) -> list[RenderableType]:
    diff = analysis.page_diff
    if diff is None:
        return (
            [Text.assemble(("Other pages: ", "bold"), analysis.page_diff_note)]
            if analysis.page_diff_note
            else []
        )
    how = "given" if diff.chosen == "given" else "the most similar appendix in the index"
    parts: list[RenderableType] = [
        Text.assemble(
            ("Against ", "bold"),
            (clean(diff.against), "bold"),
            f" ({how}; line similarity {diff.similarity:.3f})",
        )
    ]
    if analysis.page_diff_note:
        parts.append(Text("  " + analysis.page_diff_note, style="dim"))
    for label, titles, style in (
        ("shared furniture", diff.shared_headlines, "dim"),
        ("new on this page", diff.new_headlines, THIS_PAGE),
        (f"only on {diff.against}", diff.other_headlines, OTHER_PAGE),
    ):
        parts.append(Text(f"  {label} ({len(titles)}):", style="bold"))
        if titles:
            grid = Table.grid(padding=(0, 1), expand=True)
            grid.add_column(width=3)
            grid.add_column(ratio=1)
            for title in titles:
                grid.add_row("", Text(clean(title), style=style))
            parts.append(grid)
    parts.append(_side_by_side_table(diff) if side_by_side else _unified_text(diff))
    return parts


def _unified_text(diff: PageDiff) -> Text:
    text = Text()
    for line in diff.unified:
        if line.startswith(("---", "+++")):
            style = "bold"
        elif line.startswith("@@"):
            style = "cyan"
        elif line.startswith("+"):
            style = OTHER_PAGE
        elif line.startswith("-"):
            style = THIS_PAGE
        else:
            style = "dim"
        text.append(clean(line) + "\n", style=style)
    text.rstrip()
    return text


def _side_by_side_table(diff: PageDiff) -> Table:
    table = Table(expand=True, show_edge=False, pad_edge=False)
    table.add_column("", width=1)
    table.add_column("this page", ratio=1)
    table.add_column(clean(diff.against), ratio=1)
    marks = {
        "equal": (" ", "dim"),
        "replace": ("|", "yellow"),
        "delete": ("<", THIS_PAGE),
        "insert": (">", OTHER_PAGE),
    }
    for row in diff.side_by_side:
        mark, style = marks[row.tag]
        table.add_row(
            mark, Text(clean(row.left or ""), style=style), Text(clean(row.right or ""), style=style)
        )
    return table
