"""``cablescope library`` (where the library is, what it holds, ``--check``/``--repair``) and
``cablescope remove`` (forgetting cables and source files)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from cablescope import config
from cablescope.commands.corpus import NO_WAIT_HELP, open_writer, write_failures
from cablescope.commands.options import LibraryOption
from cablescope.commands.support import fail
from cablescope.sanitize import clean

if TYPE_CHECKING:
    from rich.console import Console

    from cablescope.checkup import Problem
    from cablescope.store import IndexReport, Store
    from cablescope.writelock import Holder

FILES_SHOWN = 20
"""Source files the summary lists (``--json`` lists all)."""


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def _is_demo(path: str) -> bool:
    """Whether ``path`` is one of the bundled demo cables (the first run's seed)."""
    seeds = str(config.seeds_dir().resolve()) + os.sep
    return os.path.realpath(path).startswith(seeds)


def _size(library: Path) -> int:
    """Bytes on disk: the database with its write-ahead log."""
    return sum(p.stat().st_size for p in (library, library.with_name(library.name + "-wal")) if p.is_file())


def _holder_dict(holder: Holder | None) -> dict[str, Any] | None:
    if holder is None:
        return None
    return {"pid": holder.pid, "started": holder.started, "command": holder.command}


def _describe(store: Store, library: Path) -> dict[str, Any]:
    from cablescope.writelock import current_holder

    files = [
        {
            "path": path,
            "cables": cables,
            "indexed_at": indexed_at,
            "on_disk": os.path.isfile(path),
            "demo": _is_demo(path),
            "interrupted": indexed_at is None,
        }
        for path, cables, indexed_at in store.files()
    ]
    return {
        "path": str(library),
        "exists": True,
        "size_bytes": _size(library),
        "cables": store.count(),
        "sources": files,
        "writer": _holder_dict(current_holder(library)),
    }


def _print_description(info: dict[str, Any], console: Console) -> None:
    from rich.text import Text

    from cablescope.writelock import Holder

    console.print(Text.assemble(("Library: ", "bold"), info["path"]))
    console.print(Text(f"Size: {info['size_bytes'] / 1e6:,.1f} MB"))
    console.print(Text(f"Cables: {info['cables']:,}"))
    sources = info["sources"]
    console.print(Text(f"Sources: {_plural(len(sources), 'file')}"))
    for source in sources[:FILES_SHOWN]:
        line = Text(f"  {clean(source['path'])}  {_plural(source['cables'], 'cable')}")
        if source["demo"]:
            line.append("  bundled demo (cablescope remove --demo)", style="yellow")
        if source["interrupted"]:
            line.append("  interrupted: run `cablescope index` on it again", style="red")
        elif not source["on_disk"]:
            line.append("  no longer on disk", style="red")
        console.print(line, soft_wrap=True)
    if len(sources) > FILES_SHOWN:
        console.print(Text(f"  … and {len(sources) - FILES_SHOWN:,} more (--json lists every one)"))
    writer = info["writer"]
    if writer is None:
        console.print(Text("Writer: none"))
    else:
        holder = Holder(writer["pid"], writer["started"], writer["command"])
        console.print(Text(f"Writer: {clean(holder.describe())}"))


def _check(library: Path) -> list[Problem]:
    """The problems a check finds; a file SQLite cannot even open is one problem."""
    import sqlite3

    from cablescope.checkup import DAMAGED, Problem
    from cablescope.store import Store

    try:
        with Store(library, readonly=True) as store:
            return store.check()
    except sqlite3.DatabaseError as error:
        return [Problem(DAMAGED, f"the library file is damaged: {error}")]


def _print_problems(problems: list[Problem], console: Console) -> None:
    from rich.text import Text

    for problem in problems:
        console.print(Text(f"Problem: {clean(problem.detail)}"), soft_wrap=True)


def _print_indexed(what: str, report: IndexReport, console: Console) -> None:
    from rich.text import Text

    console.print(
        Text(
            f"{what}: {report.added:,} cables added, {report.updated:,} updated, "
            f"{report.removed:,} removed. The library holds {report.cables:,} cables."
        )
    )
    for where, reason in (*report.failed, *report.facts_failed):
        console.print(Text(f"Failed: {clean(where)}: {clean(reason)}", style="red"), soft_wrap=True)


def _repair(library: Path, problems: list[Problem], *, no_wait: bool, as_json: bool) -> None:
    """Mend the library (or rebuild it when its file is damaged), print what was done and exit."""
    from rich.console import Console
    from rich.text import Text

    from cablescope.checkup import DAMAGED
    from cablescope.ingest import rebuild, repair

    console = Console(soft_wrap=True)
    with write_failures(f"cannot repair the library {library}"):
        if any(p.kind == DAMAGED for p in problems):
            rebuilt = rebuild(library, wait=not no_wait)
            left = _check(library)
            result: dict[str, Any] = {"found": [p.as_dict() for p in problems], "rebuilt": rebuilt.as_dict()}
            if not as_json:
                console.print(
                    Text(
                        f"Rebuilt the library from {_plural(len(rebuilt.sources), 'source file')}; "
                        f"the damaged file is kept at {rebuilt.kept_at}."
                    )
                )
                _print_indexed("Rebuilt", rebuilt.indexed, console)
        else:
            with open_writer(library, no_wait=no_wait) as store:
                repaired = repair(store)
            left = repaired.left
            result = repaired.as_dict()
            if not as_json:
                console.print(
                    Text(f"Read again {_plural(len(repaired.reread), 'file')} to restore what was lost.")
                )
                for path in repaired.gone:
                    console.print(Text(f"Not on disk, cannot be read again: {clean(path)}"), soft_wrap=True)
                _print_indexed("Repaired", repaired.indexed, console)
    if as_json:
        result["left"] = [p.as_dict() for p in left]
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        _print_problems(left, console)
        console.print(
            Text("Check: no problems left." if not left else f"Check: {len(left):,} problem(s) left.")
        )
    raise typer.Exit(1 if left else 0)


def library_command(
    db: LibraryOption = None,
    as_json: bool = typer.Option(False, "--json", help="Print as JSON."),
    check: bool = typer.Option(
        False,
        "--check",
        help="Verify the library: the SQLite file's integrity, cables against file records, the search "
        "index against the cables, facts against cables; one line per problem, exit 1 when any.",
    ),
    repair: bool = typer.Option(
        False,
        "--repair",
        help="With --check: mend what it finds, reading again from the source files still on disk what "
        "the library lost (a damaged file is kept aside and the library rebuilt).",
    ),
    no_wait: bool = typer.Option(False, "--no-wait", help=NO_WAIT_HELP),
) -> None:
    """Where the library is, its size, cables and source files; --check verifies it, --repair mends it."""
    import sqlite3

    from rich.console import Console

    library = config.library_path(db).absolute()
    if repair and not check:
        fail("--repair goes with --check: cablescope library --check --repair", 2)
    if not library.is_file():
        if check:
            fail(f"no library at {library}: index some cables first with `cablescope index PATH`")
        if as_json:
            typer.echo(json.dumps({"path": str(library), "exists": False}, indent=2))
        else:
            typer.echo(f"Library: {library} (none yet: `cablescope index PATH` makes it)")
        return
    if check:
        problems = _check(library)
        if repair and problems:
            _repair(library, problems, no_wait=no_wait, as_json=as_json)
        if as_json:
            typer.echo(
                json.dumps({"problems": [p.as_dict() for p in problems]}, ensure_ascii=False, indent=2)
            )
        else:
            _print_problems(problems, Console(soft_wrap=True))
            typer.echo(
                "Check: no problems." if not problems else f"Check: {len(problems):,} problem(s) found."
            )
        raise typer.Exit(1 if problems else 0)
    from cablescope.store import Store

    try:
        with Store(library, readonly=True) as store:
            info = _describe(store, library)
    except sqlite3.DatabaseError as error:
        fail(f"{library} is not a readable cablescope library: {error} (try `cablescope library --check`)")
    if as_json:
        typer.echo(json.dumps(info, ensure_ascii=False, indent=2))
    else:
        _print_description(info, Console(soft_wrap=True))


# -- remove ------------------------------------------------------------------------------------


def _plan(store: Store, targets: list[str], demo: bool) -> tuple[list[str], list[str], list[str]]:
    """What ``remove`` would forget: (source files, reference ids, targets that name nothing held)."""
    from cablescope.parse.refids import library_key

    files: list[str] = []
    cables: list[str] = []
    unknown: list[str] = []
    roots = [str(config.seeds_dir().resolve())] if demo else []
    for target in targets:
        path = Path(target).expanduser()
        # As given (made absolute, as `index` records it), else with links resolved.
        root = next(
            (r for r in (str(path.absolute()), os.path.realpath(path)) if store.indexed_under(r)), None
        )
        if root is not None:
            roots.append(root)
            continue
        reference_id = library_key(target) or target.strip()
        if store.get(reference_id) is not None:
            cables.append(reference_id)
        else:
            unknown.append(target)
    for root in roots:
        files += [p for p in store.indexed_under(root) if p not in files]
    return files, cables, unknown


def remove_command(
    targets: list[str] = typer.Argument(
        None,
        metavar="[TARGET]...",
        help="Reference ids of cables, or source files and folders as indexed (on disk or not).",
    ),
    demo: bool = typer.Option(False, "--demo", help="Remove the bundled demo cable the first run indexed."),
    yes: bool = typer.Option(False, "-y", "--yes", help="Do not ask for confirmation."),
    as_json: bool = typer.Option(False, "--json", help="Print what was removed as JSON."),
    db: LibraryOption = None,
    no_wait: bool = typer.Option(False, "--no-wait", help=NO_WAIT_HELP),
) -> None:
    """Remove cables, or everything read from source files, from the library.

    A source file's cables go unless another file also gives them. A removed cable stays
    removed while its file is unchanged; a file removed is read again only when indexed
    again. Exit status: 0 when everything named was removed, 1 when some target named
    nothing the library holds, 2 when nothing was removed, 3 when another run was writing
    the library and --no-wait was given.
    """
    from rich.console import Console
    from rich.text import Text

    from cablescope import plugins

    targets = list(targets or [])
    if not targets and not demo:
        fail("name what to remove: reference ids, source files or folders, or --demo", 2)
    library = config.library_path(db)
    if not library.is_file():
        fail(f"no library at {library}")
    err = Console(stderr=True)
    with open_writer(library, no_wait=no_wait) as store:
        files, cables, unknown = _plan(store, targets, demo)
        for target in unknown:
            err.print(Text(f"Not in the library: {clean(target)}", style="red"), soft_wrap=True)
        if demo and not any(_is_demo(p) for p in files):
            err.print(Text("Not in the library: the bundled demo", style="red"))
            unknown.append("--demo")
        if not files and not cables:
            fail("nothing to remove", 2)
        held = {path: n for path, n, _ in store.files()}
        if not yes:
            what = [*cables, *(f"{path} ({_plural(held.get(path, 0), 'cable')})" for path in files)]
            question = f"Remove from {library}: {', '.join(clean(w) for w in what[:5])}"
            question += f" and {len(what) - 5:,} more?" if len(what) > 5 else "?"
            if not sys.stdin.isatty():
                fail("not removing without confirmation: add -y (no terminal to ask on)", 2)
            if not typer.confirm(question):
                fail("nothing removed", 2)
        with write_failures(f"cannot write the library {library}"), store.writing():
            # One write run: no other writer between the two.
            removed_cables = store.remove_cables(cables)
            report = store.remove_files(files, plugins.facts)
    removed = report.removed + len(removed_cables)
    result = {
        "cables": removed_cables,
        "files": files,
        "removed": removed,
        "kept_from_other_files": report.updated,
        "not_found": unknown,
        "cables_left": report.cables,
    }
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        Console(soft_wrap=True).print(
            Text(
                f"Removed {_plural(removed, 'cable')} ({_plural(len(files), 'source file')} "
                f"forgotten; {report.updated:,} of their cables kept from other files). "
                f"The library holds {report.cables:,} cables."
            )
        )
    if unknown:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("library")(library_command)
    app.command("remove")(remove_command)
