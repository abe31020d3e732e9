"""Helpers every command uses, core and plugin alike (re-exported from ``cablescope.api``).

They give commands one behaviour: errors are one line on stderr with a non-zero exit,
a target is a path or a reference id, and a view prints as Rich or as JSON the same way
whichever command shows it.
"""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer

from cablescope import plugins
from cablescope.config import library_path
from cablescope.sanitize import clean_line, safe_json, safe_text

if TYPE_CHECKING:
    from rich.console import Console

    from cablescope.model import Cable
    from cablescope.store import Library, Store
    from cablescope.views import View, ViewContext

# The models, views, store and Rich load in the functions that use them: every command imports
# this module, and `--help` (or `search --json`) must not pay for them.


def fail(message: str, code: int = 1) -> NoReturn:
    """Print ``Error: message`` as one line on stderr (control characters removed) and exit with ``code``."""
    typer.echo(f"Error: {clean_line(str(message))}", err=True)
    raise typer.Exit(code)


def output_console() -> Console:
    """The console a command prints its results on: wrapped to the terminal's width, or, into a
    pipe or a file, not wrapped at all (the reader of a pipe greps, cuts or wraps lines itself)."""
    from rich.console import Console

    console = Console()
    if not console.is_terminal:
        console.soft_wrap = True
    return console


def open_store(db: Path | None = None, *, create: bool = True) -> Store:
    """The library at ``db`` (default: the user's library); ``create=False`` fails when there is none."""
    import sqlite3

    from cablescope.store import NotALibrary, Store

    path = library_path(db)
    if not create and not path.is_file():
        fail(f"no library at {path}: index some cables first with `cablescope index PATH`")
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return Store(path, readonly=not create)
    except NotALibrary as exc:
        fail(str(exc))
    except sqlite3.DatabaseError as exc:
        fail(f"{path} is not a cablescope library: {exc}")


def note_facts_pending(store: Library) -> None:
    """For a command that reads the library's facts (fact counts, fact filters): one line on
    stderr while an indexing run is still finding the facts of some cables."""
    pending = store.facts_pending()
    if pending:
        typer.echo(
            f"Note: facts for {pending:,} cable{'s' if pending != 1 else ''} are still being computed; "
            "results may be incomplete.",
            err=True,
        )


def load_targets(target: str, db: Path | None) -> list[Cable]:
    """The cables of ``target``: a file or folder when it exists, else a reference id in the library.

    Files a folder holds that cannot be read are reported on stderr, one line each; a target
    that yields no cable at all fails with one line.
    """
    from cablescope.parse.refids import library_key
    from cablescope.reader import ReadError
    from cablescope.readers import read_path

    path = Path(target).expanduser()
    if path.exists():
        unreadable: list[tuple[str, str]] = []
        passed_over: list[tuple[str, str]] = []
        try:
            cables = list(read_path(path, errors=unreadable, skipped=passed_over))
        except ReadError as exc:
            fail(str(exc))  # it names the path
        except OSError as exc:
            fail(f"{target}: {exc}")
        for skipped_path, reason in unreadable + passed_over:
            typer.echo(clean_line(f"Skipped {skipped_path}: {reason}"), err=True)
        if not cables:
            fail(f"no cables found in {target}")
        return cables
    reference_id = library_key(target)
    if reference_id is None:
        fail(f"{target}: no such file or folder, and not a reference id")
    library = library_path(db)
    if not library.is_file():
        fail(f"{target}: no such file, and no library at {library} to look the reference id up in")
    with open_store(library, create=False) as store:
        cable = store.get(reference_id)
    if cable is None:
        fail(f"no cable {reference_id} in the library at {library}")
    return [cable]


def _json_default(value: Any) -> Any:
    from pydantic import BaseModel

    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    if isinstance(value, Path):
        return str(value)
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def emit_view(view: View, cables: list[Cable | None], context: ViewContext, as_json: bool) -> None:
    """Print ``view`` of each cable: Rich renderables, or JSON (one object for one cable, else JSON Lines).

    A view that raises is reported in one line (naming its plugin) and the command exits 1.
    """
    from rich.text import Text

    console = output_console()
    try:
        for cable in cables:
            if as_json:
                data = plugins.call_view(view, "data", cable, context)
                try:
                    text = safe_json(data, default=_json_default, indent=2 if len(cables) == 1 else None)
                except (TypeError, ValueError) as exc:
                    failure = plugins.record_failure(view.plugin, f"view {view.name!r} data", exc)
                    raise plugins.PluginError(failure.message, failure) from exc
                typer.echo(text)
                continue
            renderable = plugins.call_view(view, "render", cable, context)
            if isinstance(renderable, str):
                # A plain string may carry cable text: print it literally, never as markup.
                renderable = safe_text(renderable)
            if len(cables) > 1:
                console.rule(
                    safe_text(cable.reference_id or "(no reference id)") if cable else Text(view.title)
                )
            console.print(renderable)
    except plugins.PluginError as exc:
        if exc.failure is not None:
            exc.failure.shown = True
        fail(str(exc))


def get_view(name: str) -> View:
    """The registered view called ``name``, or a one-line failure listing the views there are."""
    views = plugins.get_views()
    if name not in views:
        available = ", ".join(views) or "none (is a plugin disabled? see `cablescope plugins`)"
        fail(f"no view named {name!r}; views: {available}")
    return views[name]


def run_view_command(
    view_name: str,
    target: str | None,
    *,
    db: Path | None = None,
    as_json: bool = False,
    tui: bool = False,
    options: dict[str, Any] | None = None,
    query: str | None = None,
) -> None:
    """The body of a view's own subcommand: print the view of ``target``, or open it in the explorer.

    ``target`` is a path or reference id; ``None`` is allowed for views with
    ``needs_cable = False`` (corpus views), which then get ``cable=None``. ``options`` reach
    the view as ``ViewContext.options``, in the explorer too; ``query`` is the search the
    view sees as ``ViewContext.query`` (with ``tui``, the explorer opens on that search).
    """
    view = get_view(view_name)
    if target is None and view.needs_cable:
        fail(f"the {view_name} view needs a cable: give a file, a folder or a reference id")
    cables: list[Cable | None] = [*load_targets(target, db)] if target is not None else [None]
    if tui:
        from cablescope.app.launch import launch_explorer

        path = Path(target).expanduser() if target is not None else None
        first = cables[0]
        raise typer.Exit(
            launch_explorer(
                db=db,
                paths=(path,) if path is not None and path.exists() else (),
                doc=first.reference_id if first is not None else None,
                view=view_name,
                query=query,
                view_options=dict(options or {}),
            )
        )
    from cablescope.views import ViewContext

    with ExitStack() as stack:
        library = library_path(db)
        store = stack.enter_context(open_store(library, create=False)) if library.is_file() else None
        context = ViewContext(store=store, options=dict(options or {}), query=query)
        emit_view(view, cables, context, as_json)
