"""``cablescope show``: read cables from files and folders and print them, as Rich text or JSON."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from cablescope.commands.options import LibraryOption
from cablescope.commands.support import output_console
from cablescope.excerpts import SHOWN_CHARS, cut_note, head
from cablescope.sanitize import clean, clean_line, safe_json

if TYPE_CHECKING:
    from rich.console import Console, Group

    from cablescope.model import Cable


def _stated(cable: Cable, name: str, value: str | None) -> str | None:
    """A value with where it came from when that is not the cable's text ("… (page-table)")."""
    source = cable.provenance.get(name)
    return f"{value} ({source})" if value and source and source != "text" else value


def _fact_rows(cable: Cable) -> list[tuple[str, str]]:
    routing = cable.routing
    created = cable.created.strftime("%Y-%m-%d %H:%M UTC") if cable.created else None
    rows = [
        ("Reference", _stated(cable, "reference_id", cable.reference_id)),
        ("Created", _stated(cable, "created", created)),
        ("Origin", _stated(cable, "origin", cable.origin)),
        ("Classification", _stated(cable, "classification", cable.classification)),
        (
            "Disagreement",
            "; ".join(f"{name}: the source states {value}" for name, value in cable.disagreements.items())
            or None,
        ),
        ("Precedence", cable.precedence),
        (
            "Routing",
            " ".join(
                p
                for p in (routing.station, f"#{routing.serial}" if routing.serial else None, routing.dtg)
                if p
            )
            or None,
        ),
        ("Subject", cable.subject),
        ("Tags", ", ".join(cable.tags) or None),
        ("References", ", ".join(cable.references) or None),
        (
            "Classified by",
            ", ".join(p for p in (cable.classified_by, cable.classified_by_title) if p) or None,
        ),
        ("Reasons", ", ".join(cable.reasons) or None),
        ("Declassify", cable.declassify_on.isoformat() if cable.declassify_on else cable.declassify_raw),
        ("Signed", ", ".join(cable.signers) or None),
        ("To", "; ".join(cable.recipients) or None),
        ("Partial", "yes, a partial extract of the original cable" if cable.partial else None),
        ("Derived", ", ".join(cable.derived) or None),
        ("Source", f"{cable.source.path} ({cable.source.format})" if cable.source else None),
    ]
    return [(label, value) for label, value in rows if value]


def render_cable(cable: Cable) -> Group:
    """Header facts, then the paragraphs with their numbers, markings and headings (text, never markup)."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold cyan", no_wrap=True)
    facts.add_column()
    for label, value in _fact_rows(cable):
        facts.add_row(Text(label), Text(clean(value)))
    parts: list = [Panel(facts, title=Text(clean(cable.reference_id) or "cable"), title_align="left")]
    for paragraph in cable.paragraphs:
        if paragraph.heading:
            parts.append(Text(clean(paragraph.heading), style="bold underline"))
        lead = Text()
        if paragraph.number is not None:
            lead.append(f"{paragraph.number}. ", style="bold")
        if paragraph.marking:
            lead.append(f"({clean(paragraph.marking)}) ", style="bold magenta")
        shown = head(paragraph.text, SHOWN_CHARS)
        lead.append(clean(shown))
        parts.append(lead)
        if len(shown) < len(paragraph.text):
            parts.append(Text(cut_note(len(shown), len(paragraph.text)), style="dim italic"))
        parts.append(Text(""))
    if cable.appendix:
        parts.append(
            Text(
                f"[appendix from offset {cable.appendix.offset}: {len(cable.appendix.text)} characters]",
                style="dim",
            )
        )
    return Group(*parts)


def show(target: str, json_: bool, db: Path | None = None) -> int:
    """Print every cable of ``target``; returns the exit code (1 when a file could not be read)."""
    # The readers (and the grammar) load here, not with the module that every command imports.
    from cablescope.reader import ReadError
    from cablescope.readers import read_path

    console = output_console()
    path = Path(target).expanduser()
    if not path.exists():
        # Not a file or folder: a reference id in the library (or an error, one line).
        from cablescope.commands.support import load_targets

        cables = load_targets(target, db)
        _print(console, cables, json_)
        return 0
    failures: list[tuple[str, str]] = []
    passed_over: list[tuple[str, str]] = []
    count = 0
    try:
        for cable in read_path(path, errors=failures, skipped=passed_over):
            _print(console, [cable], json_)
            count += 1
    except ReadError as error:
        typer.echo(f"Error: {clean_line(str(error))}", err=True)
        return 1
    for failed, reason in failures:
        typer.echo(clean_line(f"Error: {failed}: {reason}"), err=True)
    for other, reason in passed_over:
        typer.echo(clean_line(f"Skipped {other}: {reason}"), err=True)
    if count == 0 and not failures:
        typer.echo(clean_line(f"Error: no cables found in {target}"), err=True)
        return 1
    return 1 if failures else 0


def _print(console: Console, cables: list[Cable], json_: bool) -> None:
    for cable in cables:
        if json_:
            typer.echo(safe_json(cable.model_dump(mode="json")))
        else:
            console.print(render_cable(cable))


def register(app: typer.Typer) -> None:
    @app.command("show")
    def show_command(
        target: str = typer.Argument(
            ...,
            metavar="PATH_OR_REFID",
            help="A reference id in the library (09BEIJING2932), a cable file (Scoop page, "
            "cable-viewer HTML, text, cables.csv) or a folder.",
        ),
        json_: bool = typer.Option(
            False, "--json", help="Print the model as JSON (JSON Lines for several cables)."
        ),
        view: str = typer.Option(
            None,
            "--view",
            metavar="NAME",
            help="Print this view of each cable instead (`cablescope views` lists them).",
        ),
        db: LibraryOption = None,
    ) -> None:
        """Print cables, by reference id from the library or read from files: header facts and
        paragraphs, or the model as JSON."""
        if view is not None:
            from cablescope.commands.support import run_view_command

            run_view_command(view, target, db=db, as_json=json_)
            return
        code = show(target, json_, db)
        if code:
            raise typer.Exit(code)
