"""``cablescope index``, ``search`` and ``stats``: build the corpus index and ask it questions."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from difflib import get_close_matches
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from cablescope.commands.export import FORMATS, HIT_FIELDS, parse_fields, write_hits
from cablescope.commands.options import LibraryOption
from cablescope.commands.support import fail, note_facts_pending, open_store, output_console
from cablescope.config import library_path
from cablescope.sanitize import clean, clean_line, safe_json
from cablescope.wording import counted

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from cablescope.store import IndexReport, SearchHit, Store
    from cablescope.writelock import Holder

# The store (and the grammar and models behind it), sqlite3, the write lock, the query parser,
# the charts and Rich are imported by the commands that use them: this module is imported for
# every command, `--help` included, and `search --json` prints no Rich text.

NO_WAIT_HELP = "When another run is writing the library, exit with status 3 instead of waiting for it."
BUSY_EXIT = 3


@contextmanager
def write_failures(what: str) -> Iterator[None]:
    """One line and its exit status for what stops a write run: another run writing the library
    with --no-wait (3), a lock file that cannot be made or a library that cannot be written
    (2, the line starting with ``what``)."""
    import sqlite3

    from cablescope.store import NotALibrary
    from cablescope.writelock import LibraryBusy, LockFileError

    try:
        yield
    except LibraryBusy as error:
        fail(f"{error}; not waiting (--no-wait)", BUSY_EXIT)
    except (LockFileError, NotALibrary) as error:
        fail(str(error), 2)
    except (sqlite3.Error, OSError) as error:
        fail(f"{what}: {error}", 2)


def open_writer(library: Path, *, no_wait: bool) -> Store:
    """The library opened for a write run, saying in one line on stderr that it waits for
    another writer (or exiting 3 with ``no_wait``)."""
    from cablescope.store import Store

    def waiting(holder: Holder) -> None:
        typer.echo(
            f"Waiting: another cablescope run ({clean(holder.describe())}) is writing the library "
            f"{library}; this one starts when it ends (--no-wait to exit instead).",
            err=True,
        )

    with write_failures(f"cannot open the library {library} for writing"):
        return Store(library, wait=not no_wait, on_wait=waiting)


def _parse_date(value: str | None, *, end: bool) -> date | None:
    """YYYY, YYYY-MM or YYYY-MM-DD; a year or month stands for its first day (``end``: its last)."""
    if value is None:
        return None
    parts = value.strip().split("-")
    try:
        if len(parts) == 1:
            year = int(parts[0])
            return date(year, 12, 31) if end else date(year, 1, 1)
        if len(parts) == 2:
            year, month = int(parts[0]), int(parts[1])
            if not end:
                return date(year, month, 1)
            following = date(year + month // 12, month % 12 + 1, 1)
            return date.fromordinal(following.toordinal() - 1)
        if len(parts) == 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        pass
    fail(f"{value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD", 2)


def print_index_report(report: IndexReport, library: Path, console: Console, elapsed: float) -> None:
    """The end-of-run summary: what changed, what was skipped, and one line per failed file."""
    from rich.text import Text

    rate = (report.added + report.updated) / elapsed if elapsed > 0 else 0.0
    summary = Text()
    summary.append(f"Indexed {counted(report.files_indexed, 'file')}", style="bold")
    summary.append(
        f": {counted(report.added, 'cable')} added, {report.updated:,} updated, {report.removed:,} removed"
        f" in {elapsed:,.1f}s ({rate:,.0f} cables/s)"
    )
    console.print(summary)
    console.print(
        Text(
            f"Unchanged: {counted(report.files_unchanged, 'file')}, {counted(report.unchanged, 'cable')}. "
            f"Removed files: {report.files_removed:,}. Failed: {counted(len(report.failed), 'file')}."
            + (
                f" Facts not found: {counted(len(report.facts_failed), 'cable')}."
                if report.facts_failed
                else ""
            )
        )
    )
    if report.skipped:
        console.print(Text(f"Skipped {counted(len(report.skipped), 'file')} that are not cable documents:"))
        for path, reason in report.skipped:
            console.print(Text("  " + clean_line(f"{path}: {reason}")))
    console.print(Text(clean_line(f"The library {library} holds {counted(report.cables, 'cable')}.")))


def _index_command(
    paths: list[Path] = typer.Argument(..., metavar="PATH...", help="Files and folders of cables to index."),
    db: LibraryOption = None,
    prune: bool = typer.Option(
        False, "--prune", help="Remove cables of files under PATH that no longer exist."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON instead of a summary."),
    workers: int = typer.Option(
        None,
        "--workers",
        min=0,
        max=16,
        help="Worker processes that parse cables and prepare them (compression), then find their plugin "
        "facts, while this one reads the files and writes the library; 0 for none (default: one per core "
        "for jobs over 8 MB).",
    ),
    no_wait: bool = typer.Option(False, "--no-wait", help=NO_WAIT_HELP),
) -> None:
    """Add files and folders of cables to the library; unchanged files are skipped.

    The cables are searchable as they are written; their facts (entities, markings) are found
    after them, with a progress line of their own, and the run ends when they are all found.

    Exit status: 0 when every file went in, 1 when some failed while the rest were
    indexed, 2 when nothing could be done, 3 when another run was writing the library and
    --no-wait was given. One run writes a library at a time: a second one waits for the
    first. Interrupted runs (even killed ones) leave a usable library; run the same command
    again to finish.
    """
    from rich.console import Console
    from rich.progress import TaskID
    from rich.text import Text

    from cablescope.commands.progress import index_progress
    from cablescope.ingest import index

    library = library_path(db)
    store = open_writer(library, no_wait=no_wait)
    err = Console(stderr=True)
    out = output_console()
    started = time.monotonic()
    progress = index_progress(err, disable=as_json)
    task = progress.add_task("Indexing", total=None, cables=0)
    facts_task: list[TaskID] = []

    def report_progress(cables: int, bytes_done: int, bytes_total: int) -> None:
        progress.update(task, completed=bytes_done, total=bytes_total or None, cables=cables)

    def report_facts(done: int, pending: int) -> None:
        # The second stage: the cables are searchable already, their facts follow.
        if not facts_task:
            progress.stop_task(task)  # its rate stays that of the first stage
            facts_task.append(progress.add_task("Facts", total=pending, facts=True))
        progress.update(facts_task[0], completed=done)

    try:
        # The lock first: the progress bar starts once this run is the writer.
        with write_failures(f"cannot write the library {library}"), store, store.writing(), progress:
            report = index(
                store,
                paths,
                prune=prune,
                progress=report_progress,
                workers=workers,
                facts_progress=report_facts,
            )
    except KeyboardInterrupt:
        fail("interrupted: what was indexed so far is kept; run the same command again to finish", 130)
    elapsed = time.monotonic() - started
    for where, reason in (*report.failed, *report.facts_failed):
        err.print(Text(clean_line(f"Failed: {where}: {reason}"), style="red"), soft_wrap=True)
    if as_json:
        typer.echo(safe_json(report.model_dump(mode="json"), indent=2))
    else:
        print_index_report(report, library, out, elapsed)
    nothing_done = report.files_indexed == 0 and report.files_unchanged == 0 and report.files_removed == 0
    if report.failed or report.facts_failed:
        raise typer.Exit(2 if nothing_done and report.failed else 1)
    if nothing_done and report.skipped:
        raise typer.Exit(2)  # a folder of files none of which is a cable document


def _hit_lines(hit: SearchHit) -> list[Text]:
    from rich.text import Text

    header = Text()
    header.append(hit.reference_id, style="bold cyan")
    header.append("  " + (hit.created.strftime("%Y-%m-%d") if hit.created else "date unknown"))
    header.append("  " + clean(hit.origin or "origin unknown"))
    header.append("  " + clean(hit.classification or "classification unknown"), style="magenta")
    if hit.in_appendix:
        header.append("  appendix", style="yellow")
    elif hit.paragraph is not None:
        header.append(f"  ¶{hit.paragraph}", style="green")
    lines = [header]
    if hit.subject:
        lines.append(Text("  " + clean(hit.subject), style="bold"))
    snippet = hit.snippet_text()
    # One line per snippet: the cable's own line breaks would split it mid-sentence.
    flat = Text(snippet.plain.replace("\n", " "), spans=snippet.spans)
    lines.append(Text("  ").append_text(flat))
    return lines


def print_hits(hits: list[SearchHit], total: int, console: Console) -> None:
    """Search results: a header line, the subject and the highlighted snippet for each cable."""
    from rich.text import Text

    for hit in hits:
        for line in _hit_lines(hit):
            console.print(line)
        console.print()
    console.print(Text(f"{len(hits):,} of {counted(total, 'matching cable')}", style="dim"))


def _check_origin(store: Store, origin: str) -> None:
    """Fail (exit 2) when no cable comes from ``origin``, naming the nearest origins the library has."""
    from cablescope.store import SearchFilters

    if store.count(SearchFilters(origin=origin)):
        return
    names = [name for name in store.stats("origin") if name != "unknown"]
    # An origin is matched by its full name or by its place ("beijing" for "Embassy Beijing").
    spellings: dict[str, str] = {}
    for name in names:
        spellings.setdefault(name.lower(), name)
        spellings.setdefault(name.split(" ", 1)[-1].lower(), name)
    close = get_close_matches(" ".join(origin.lower().split()), list(spellings), n=6, cutoff=0.6)
    nearest = list(dict.fromkeys(spellings[spelling] for spelling in close))[:3]
    suggestion = f"; did you mean {', '.join(repr(n) for n in nearest)}?" if nearest else ""
    fail(f"no cable in the library comes from {origin!r}{suggestion}", 2)


def _search_command(
    query: str = typer.Argument(
        ...,
        metavar="QUERY",
        help='Words (all must appear), "exact phrases", OR, NOT (as in: iran NOT nuclear), prefix*, ( ).',
    ),
    origin: str = typer.Option(
        None,
        "--origin",
        help='Origin, case-insensitive: the full name ("Embassy Beijing") or the place ("beijing").',
    ),
    classification: str = typer.Option(
        None,
        "--classification",
        help="A level (U, SBU, C, S, TS, or a name such as secret, which includes SECRET//NOFORN) "
        "or one exact classification such as SECRET//NOFORN.",
    ),
    tag: str = typer.Option(None, "--tag", help="A TAGS code such as PREL (case-insensitive)."),
    date_from: str = typer.Option(
        None, "--from", metavar="DATE", help="Created on or after (YYYY, YYYY-MM or YYYY-MM-DD)."
    ),
    date_to: str = typer.Option(
        None, "--to", metavar="DATE", help="Created on or before (YYYY, YYYY-MM or YYYY-MM-DD)."
    ),
    entity: str = typer.Option(
        None,
        "--entity",
        metavar="NAME",
        help="Only cables whose own text mentions this entity: its name as indexed or its acronym "
        '("International Atomic Energy Agency" or "IAEA"), case-insensitive.',
    ),
    limit: int = typer.Option(20, "--limit", min=1, help="How many cables to show."),
    sort: str = typer.Option("relevance", "--sort", help="relevance or date (newest first)."),
    appendix: bool = typer.Option(
        False,
        "--appendix",
        help="Also search republishers' appendix text (and count --entity mentions there).",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the hits as a JSON array (--format json)."),
    output_format: str = typer.Option(
        "text",
        "--format",
        metavar="FORMAT",
        help="text, json (an array), jsonl (one object a line, for jq) or csv (for a spreadsheet).",
    ),
    fields: str = typer.Option(
        None,
        "--fields",
        metavar="A,B,...",
        help=f"With --format: these fields, in this order (of {', '.join(HIT_FIELDS)}).",
    ),
    db: LibraryOption = None,
) -> None:
    """Search the library: the best paragraph of each matching cable, with the match highlighted.

    With --format json, jsonl or csv the hits are data for other tools (jq, a spreadsheet,
    VisiData); --fields picks their columns.
    """
    from cablescope.query import operator_hint
    from cablescope.store import QueryError, SearchFilters

    if sort not in ("relevance", "date"):
        fail(f"--sort must be relevance or date, not {sort!r}", 2)
    if output_format not in FORMATS:
        fail(f"--format must be one of {', '.join(FORMATS)}, not {output_format!r}", 2)
    if as_json and output_format not in ("text", "json"):
        fail(f"--json and --format {output_format} ask for two formats: give one", 2)
    if as_json:
        output_format = "json"
    if fields and output_format == "text":
        fail("--fields goes with --format json, jsonl or csv", 2)
    chosen = parse_fields(fields, output_format)
    as_data = output_format != "text"
    filters = SearchFilters(
        origin=origin,
        classification=classification,
        tag=tag,
        date_from=_parse_date(date_from, end=False),
        date_to=_parse_date(date_to, end=True),
        entity=entity,
    )
    with open_store(db, create=False) as store:
        if origin:
            _check_origin(store, origin)
        if entity:
            note_facts_pending(store)
        try:
            hits = store.search(query, filters, limit=limit, sort=sort, include_appendix=appendix)
            total = len(hits) if as_data else store.count(filters, query=query, include_appendix=appendix)
        except QueryError as error:
            fail(str(error), 2)
    hint = operator_hint(query)
    if hint:
        typer.echo(f"Hint: {hint}", err=True)
    if as_data:
        write_hits(hits, output_format, chosen)
        return
    print_hits(hits, total, output_console())


def print_counts(counts: dict[str, int], by: str, console: Console, *, limit: int | None = None) -> None:
    """A table of counts with a bar each, for the summary; ``--by`` draws a full chart instead."""
    from rich.table import Table
    from rich.text import Text

    table = Table(show_edge=False, box=None, pad_edge=False)
    table.add_column(Text(by.capitalize()), no_wrap=True)
    table.add_column(Text("Cables"), justify="right")
    table.add_column(Text(""), ratio=1)
    largest = max(counts.values(), default=0)
    items = list(counts.items())
    shown = items if limit is None else items[:limit]
    for key, n in shown:
        bar = "█" * max(1, round(30 * n / largest)) if largest and n else ""
        table.add_row(Text(clean(key)), Text(f"{n:,}"), Text(bar, style="cyan"))
    console.print(table)
    if len(shown) < len(items):
        console.print(Text(f"… and {len(items) - len(shown):,} more", style="dim"))


def _stats_command(
    by: str = typer.Option(None, "--by", help="Count by month, year, origin, classification or tag."),
    query: str = typer.Option(
        None, "--query", metavar="Q", help="Count only the cables matching this search."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the counts as JSON."),
    db: LibraryOption = None,
) -> None:
    """How many cables the library holds, by year, origin, classification and tag."""
    from rich.text import Text

    from cablescope.charts import BarChart, bars_from_counts, chart_rows
    from cablescope.query import operator_hint
    from cablescope.store import STATS_BY, QueryError

    if by is not None and by not in STATS_BY:
        fail(f"--by must be one of {', '.join(STATS_BY)}, not {by!r}", 2)
    hint = operator_hint(query) if query else None
    if hint:
        typer.echo(f"Hint: {hint}", err=True)
    with open_store(db, create=False) as store:
        try:
            if by is None and query is None:
                summary = store.summary_stats()
            elif by is None:
                summary = {
                    "cables": store.count(query=query),
                    **{
                        f"by_{name}": store.stats(name, query=query)
                        for name in ("year", "origin", "classification", "tag")
                    },
                }
            else:
                counts = store.stats(by, query=query)
                cables = store.count(query=query)
        except QueryError as error:
            fail(str(error), 2)
    console = output_console()
    if by is not None:
        if as_json:
            data = {"by": by, "query": query, "cables": cables, "counts": counts}
            typer.echo(safe_json(data, indent=2))
        else:
            heading = Text(f"Cables by {by}", style="bold")
            if query:
                heading.append(" matching ")
                heading.append(clean(query), style="bold magenta")
            heading.append(f" · {counted(cables, 'cable')}")
            if by == "tag":
                # A cable has several tags: the bars add up to more than the cables.
                heading.append(f", {counted(sum(counts.values()), 'tag assignment')}")
            console.print(heading)
            console.print(BarChart(chart_rows(bars_from_counts(counts, by), by)))
        return
    if as_json:
        typer.echo(safe_json(summary, indent=2))
        return
    console.print(Text(counted(summary["cables"], "cable"), style="bold"))
    for name, limit in (("year", None), ("classification", None), ("origin", 15), ("tag", 15)):
        console.print()
        print_counts(summary[f"by_{name}"], name, console, limit=limit)


def register(app: typer.Typer) -> None:
    app.command("index")(_index_command)
    # A query may start with "-" (search -nuclear): read it as the query, not as an unknown option.
    app.command("search", context_settings={"ignore_unknown_options": True})(_search_command)
    app.command("stats")(_stats_command)
