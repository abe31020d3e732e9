"""Built-in cablescope plugin: classification markings made legible.

Per paragraph, the marking normalised to a level and caveats, shown as a coloured gutter in the
reader; the overall classification as stated and as derived from the paragraphs, with the
inconsistencies between them; who classified the cable, the E.O. categories cited and what they
mean; the declassification instruction; the redactions. At index time it records one
``marking`` fact per marked paragraph, one ``marking-derived`` fact per cable and one
``marking-issue`` fact per inconsistency, which ``cablescope markers --corpus`` and the explorer's
level filter query.
"""

from __future__ import annotations

from datetime import date

from cablescope.api import Annotation, Cable, Fact, hookimpl, parse_marking

from .analysis import Issue, analyse, marking_findings
from .command import register as register_markers_command
from .view import REDACTION_STYLE, UNMARKED_STYLE, MarkersView, finding_gutter, gutter_label, level_style


@hookimpl
def register_views(register):
    register(MarkersView())


@hookimpl
def register_commands(cli):
    register_markers_command(cli)


@hookimpl
def annotate_paragraphs(cable: Cable) -> list[Annotation]:
    """Gutter marks for what the reader's marking column cannot say, and redaction highlights.

    The reader already shows each paragraph's marking as written, in its level's colour; this
    adds a mark where the plugin knows more: a marking it read that the parser did not (such as
    ``(S-NF)``), and every finding (a paragraph above the banner, NOFORN under a banner without
    it, an unmarked paragraph in a classified cable).
    """
    report = analyse(cable, date.today())
    findings: dict[int | None, list[Issue]] = {}
    for issue in report.issues:
        for number in issue.paragraphs:
            findings.setdefault(number, []).append(issue)
    annotations: list[Annotation] = []
    seen: set[int | None] = set()
    for paragraph, p in zip(cable.paragraphs, report.paragraphs, strict=True):
        # The reader attaches annotations to the first paragraph with a number (or with none).
        if p.paragraph in seen:
            continue
        seen.add(p.paragraph)
        written = parse_marking(paragraph.marking) if paragraph.marking else None
        if p.level is not None and (written is None or written.short != p.short):
            annotations.append(
                Annotation(
                    paragraph=p.paragraph,
                    gutter=gutter_label(p.short, p.level),
                    gutter_style=level_style(p.level),
                    label=f"marking {p.raw} read as {p.short}",
                )
            )
        for issue in findings.get(p.paragraph, []):
            annotations.append(
                Annotation(
                    paragraph=p.paragraph,
                    gutter=finding_gutter(issue.kind, p.level),
                    gutter_style=level_style(p.level) if p.level else UNMARKED_STYLE,
                    label=issue.message,
                )
            )
        for start, end in p.redactions:
            annotations.append(
                Annotation(
                    paragraph=p.paragraph, start=start, end=end, style=REDACTION_STYLE, label="redaction"
                )
            )
    return annotations


@hookimpl
def index_facts(cable: Cable) -> list[Fact]:
    paragraphs, derived, issues = marking_findings(cable)
    facts = [
        Fact(kind="marking", key=p.level, paragraph=p.paragraph, data={"marking": p.short})
        for p in paragraphs
        if p.level is not None
    ]
    if derived is not None:
        facts.append(Fact(kind="marking-derived", key=derived.level, data={"classification": derived.name}))
    for issue in issues:
        facts.append(
            Fact(
                kind="marking-issue",
                key=issue.kind,
                paragraph=issue.paragraphs[0] if issue.paragraphs else None,
                data={"message": issue.message, "paragraphs": issue.paragraphs},
            )
        )
    return facts
