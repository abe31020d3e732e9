"""The ``markers`` view: Rich rendering and JSON data (its explorer pane is in ``widget``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from cablescope.api import Cable, View, ViewContext, clean

from .analysis import Classification, MarkerReport, analyse

if TYPE_CHECKING:
    from textual.widget import Widget

# Banner colours (unclassified green, confidential blue, secret red, top secret orange), the same
# blocks the reader's marking column uses; SBU is a paler green: unclassified, with a caveat.
LEVEL_STYLES: dict[str, str] = {
    "U": "bold black on green3",
    "SBU": "bold black on pale_green3",
    "C": "bold white on blue3",
    "S": "bold white on red3",
    "TS": "bold black on dark_orange",
}
UNMARKED_STYLE = "bold black on yellow"
ISSUE_STYLE = "bold red"
OK_STYLE = "bold green"
REDACTION_STYLE = "black on grey70"


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' * (count != 1)}"


def level_style(level: str | None) -> str:
    return LEVEL_STYLES.get(level or "", UNMARKED_STYLE)


def gutter_label(short: str | None, level: str) -> str:
    """At most five cells: "C", "S//NF"; longer markings keep the level and a plus."""
    if short and len(short) <= 5:
        return short
    return f"{level}+"


FINDING_GUTTERS = {
    "above-banner": "▲",
    "caveat-missing-from-banner": "!",
    "unmarked": "?",
    "unreadable-marking": "?",
}


def finding_gutter(kind: str, level: str | None) -> str:
    """ "▲S" for a paragraph above the banner, "!S" for NOFORN the banner lacks, "?" for unmarked."""
    return FINDING_GUTTERS.get(kind, "!") + (level or "")


def classification_text(c: Classification | None, *, missing: str) -> Text:
    if c is None:
        return Text(missing, style="dim")
    return Text.assemble((f" {c.short} ", level_style(c.level)), " ", clean(c.name))


def _paragraph_label(number: int | None) -> str:
    return f"¶{number}" if number is not None else "unnumbered"


def render_report(report: MarkerReport) -> RenderableType:
    title = Text.assemble(("Markers", "bold"), " · ", clean(report.reference_id) or "cable")
    facts = _facts_table(report)
    return Group(title, facts, _paragraphs_table(report)) if report.paragraphs else Group(title, facts)


def _facts_table(report: MarkerReport) -> Table:
    """The cable's banner, its markings' verdict, who classified it, why, until when, its redactions."""
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold", no_wrap=True)
    facts.add_column()

    if report.banner is None and report.inferred:
        how = (
            "inferred as" if report.inferred_from in (None, "derived") else f"the {report.inferred_from} says"
        )
        banner = Text.assemble(("not stated in this copy; ", "dim"), f"{how} {clean(report.inferred)}")
    else:
        banner = classification_text(report.banner, missing="not stated in this copy")
    facts.add_row("Banner", banner)
    if report.disagreement:
        facts.add_row(
            "Disagreement",
            Text.assemble(("✗ ", ISSUE_STYLE), f"the source states {clean(report.disagreement)}"),
        )
    marked = len(report.marked)
    derived = classification_text(report.derived, missing="no paragraph markings")
    if report.derived is not None:
        derived.append(f"  from {marked} of {len(report.paragraphs)} paragraphs: ", style="dim")
        for level, count in report.count_by_level().items():
            derived.append_text(Text.assemble((f" {level} ", level_style(level)), f"×{count} "))
    facts.add_row("From paragraphs", derived)
    if report.consistent:
        facts.add_row("Markings", Text("consistent", style=OK_STYLE))
    else:
        issues = Text()
        for n, issue in enumerate(report.issues):
            if n:
                issues.append("\n")
            issues.append("✗ ", style=ISSUE_STYLE)
            issues.append(clean(issue.message))
        facts.add_row("Markings", issues)

    if report.classified_by or report.classified_by_title:
        who = Text(clean(report.classified_by) or "name not given", style="bold")
        if report.classified_by_title:
            who.append(f", {clean(report.classified_by_title)}")
        facts.add_row("Classified by", who)
    if report.reasons:
        reasons = Text()
        for n, reason in enumerate(report.reasons):
            if n:
                reasons.append("\n")
            reasons.append(reason.citation, style="bold")
            reasons.append(f" {reason.meaning or 'no such category'}")
        sections = sorted({r.section for r in report.reasons})
        reasons.append(f"\n(section {', '.join(sections)} of {report.reasons[-1].order})", style="dim")
        facts.add_row("Reasons", reasons)
    elif report.reasons_raw:
        facts.add_row("Reasons", Text(clean("; ".join(report.reasons_raw))))

    decl = report.declassification
    when = Text()
    if decl.on is not None:
        when.append(decl.on.isoformat(), style="bold")
        when.append(" — ")
    when.append(clean(decl.phrase))
    if decl.kind == "date" and decl.days_remaining is not None and decl.days_remaining < 0:
        when.stylize("yellow")
    facts.add_row("Declassify", when)
    if report.order and not report.reasons:
        facts.add_row("Order cited", Text(clean(report.order)))

    if report.redaction_count:
        count = report.redaction_count
        where = [
            f"{_paragraph_label(p.paragraph)}" + (f" ×{len(p.redactions)}" if len(p.redactions) > 1 else "")
            for p in report.paragraphs
            if p.redactions
        ]
        if report.redactions_outside_paragraphs:
            where.append(f"outside the paragraphs ×{report.redactions_outside_paragraphs}")
        redactions = Text(f"{count} redaction{'s' * (count != 1)} (runs of X): ")
        redactions.append(", ".join(where))
        facts.add_row("Redactions", redactions)
    else:
        facts.add_row("Redactions", Text("none", style="dim"))
    return facts


def _paragraphs_table(report: MarkerReport) -> Table:
    """One row per paragraph; columns with nothing in them are left out."""
    flagged: dict[int | None, list[str]] = {}
    for issue in report.issues:
        for number in issue.paragraphs:
            flagged.setdefault(number, []).append(issue.kind)

    # One row per paragraph; runs of unnumbered, unmarked text with nothing to say become one row.
    rows: list[tuple[str, Text, Text, Text, str, Text]] = []
    quiet_run = 0
    for p in [*report.paragraphs, None]:
        if p is not None and p.paragraph is None and p.raw is None and not p.redactions:
            quiet_run += 1
            continue
        if quiet_run:
            quiet = Text(f"{quiet_run} unnumbered, unmarked", style="dim")
            rows.append(("–", Text(), quiet, Text(), "", Text()))
            quiet_run = 0
        if p is None:
            break
        level = (
            Text(f" {p.level} ", style=level_style(p.level))
            if p.level
            else Text("unmarked" if not p.raw else "unreadable", style="dim")
        )
        rows.append(
            (
                _paragraph_label(p.paragraph) if p.paragraph is not None else "–",
                Text(clean(p.raw)),
                level,
                Text(clean(", ".join(p.caveats))),
                str(len(p.redactions)) if p.redactions else "",
                Text(", ".join(flagged.get(p.paragraph, [])), style=ISSUE_STYLE),
            )
        )
    # Columns with nothing in them are left out, so the table fits a narrow explorer pane.
    columns = [
        ("¶", "right"),
        ("Marking", "left"),
        ("Level", "left"),
        ("Caveats", "left"),
        ("X runs", "right"),
        ("Note", "left"),
    ]
    keep = [i for i in range(len(columns)) if i < 3 or any(str(row[i]) for row in rows)]
    table = Table(title="Paragraphs", title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for i in keep:
        table.add_column(columns[i][0], justify=columns[i][1])  # type: ignore[arg-type]
    for row in rows:
        table.add_row(*(row[i] for i in keep))
    return table


def report_data(report: MarkerReport) -> dict[str, Any]:
    def classification(c: Classification | None) -> dict[str, Any] | None:
        if c is None:
            return None
        return {
            "level": c.level,
            "caveats": c.caveats,
            "short": c.short,
            "name": c.name,
            "wikileaks": c.wikileaks,
        }

    decl = report.declassification
    return {
        "view": "markers",
        "reference_id": report.reference_id,
        "banner": classification(report.banner),
        "banner_raw": report.banner_raw,
        "inferred": report.inferred,
        "inferred_from": report.inferred_from,
        "disagreement": report.disagreement,
        "derived": classification(report.derived),
        "consistent": report.consistent,
        "issues": [issue.model_dump() for issue in report.issues],
        "levels": report.count_by_level(),
        "paragraphs": [
            {
                "paragraph": p.paragraph,
                "raw": p.raw,
                "level": p.level,
                "caveats": p.caveats,
                "short": p.short,
                "redactions": [list(span) for span in p.redactions],
            }
            for p in report.paragraphs
        ],
        "classified_by": report.classified_by,
        "classified_by_title": report.classified_by_title,
        "order": report.order,
        "reasons": [
            {
                "citation": r.citation,
                "section": r.section,
                "letter": r.letter,
                "meaning": r.meaning,
                "order": r.order,
            }
            for r in report.reasons
        ],
        "reasons_raw": report.reasons_raw,
        "declassify": {
            "raw": decl.raw,
            "kind": decl.kind,
            "on": decl.on.isoformat() if decl.on else None,
            "days_remaining": decl.days_remaining,
            "phrase": decl.phrase,
            "exemptions": [e.model_dump() for e in decl.exemptions],
            "downgrade_to": decl.downgrade_to,
        },
        "redactions": {
            "count": report.redaction_count,
            "outside_paragraphs": report.redactions_outside_paragraphs,
            "by_paragraph": {
                _paragraph_label(p.paragraph): len(p.redactions) for p in report.paragraphs if p.redactions
            },
        },
    }


# Enough to list every cable of any corpus cablescope is meant for.
ALL_CABLES = 1_000_000


def inconsistent_cables(store: Any) -> list[str]:
    """Reference ids of the cables with any marking finding, oldest first within each kind."""
    ids: dict[str, None] = {}
    for row in store.top_facts(kind="marking-issue", limit=50):
        for summary in store.cables_with_fact("marking-issue", row["key"], limit=ALL_CABLES):
            ids[summary.reference_id] = None
    return list(ids)


class MarkersView(View):
    name = "markers"
    title = "Markers"
    key = "M"
    description = "Classification markings: per paragraph, overall, who, why, until when; redactions"

    def render(self, cable: Cable | None, context: ViewContext) -> RenderableType:
        if cable is None:
            return Text("No cable selected.", style="dim")
        return render_report(analyse(cable, context.today))

    def data(self, cable: Cable | None, context: ViewContext) -> dict[str, Any]:
        if cable is None:
            return {"view": self.name, "reference_id": None}
        return report_data(analyse(cable, context.today))

    def widget(self, cable: Cable | None, context: ViewContext) -> Widget | None:
        if cable is None:
            return None
        from .widget import MarkersPane

        return MarkersPane(analyse(cable, context.today), context)
