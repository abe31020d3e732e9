"""Starting the explorer from the command line (``cablescope``, ``cablescope open``, view ``--tui``)."""

from __future__ import annotations

import asyncio
import gc
import os
import sqlite3
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cablescope import collector

DEMO_KEY = "demo"
"""The library's meta key recording that the bundled demo was indexed into it once."""
NOT_A_TERMINAL = "cablescope open needs a terminal; use `cablescope show`/`search --json` for scripts"


def launch_explorer(
    *,
    db: Path | None = None,
    paths: Sequence[Path] = (),
    doc: str | None = None,
    para: int | None = None,
    view: str | None = None,
    query: str | None = None,
    view_options: dict[str, Any] | None = None,
    seed_if_empty: bool = False,
) -> int:
    """Open the explorer; returns the exit code. ``paths`` are indexed first (unchanged files are skipped).

    ``view_options`` are the command-line options of ``view`` (``--against``, ``--by``…): the
    explorer gives them to that view in ``ViewContext.options``, as its subcommand would.

    ``seed_if_empty`` indexes the bundled seeds when the library holds no cable yet (the first
    run of a bare ``cablescope``), so a new user sees a cable at once. That happens once per
    library: the demo removed (``cablescope remove --demo``) stays removed.
    """
    if query and query.strip():
        from cablescope.query import QueryError, parse_query
        from cablescope.sanitize import clean_line

        try:
            parse_query(query)
        except QueryError as exc:
            print(f"Error: {clean_line(str(exc))}", file=sys.stderr)
            return 2
    refusal = deep_link_refusal(db=db, paths=paths, doc=doc, para=para, view=view)
    if refusal is not None:
        from cablescope.sanitize import clean_line

        print(f"Error: {clean_line(refusal)}", file=sys.stderr)
        return 2
    if not sys.stdout.isatty():
        print(NOT_A_TERMINAL, file=sys.stderr)
        return 1
    # No garbage collection while the explorer starts: what it loads (Textual, the plugins) lives
    # as long as the explorer, and collecting as it loaded took about a tenth of the time to the
    # first frame (355 against 319 ms, medians of 8, a small library).
    with collector.paused():
        from cablescope import config
        from cablescope.app.app import CablescopeApp
        from cablescope.sanitize import clean_line
        from cablescope.store import NotALibrary, Store
        from cablescope.writelock import LibraryBusy, LockFileError

        db_path = config.library_path(db)
        missing = [str(p) for p in paths if not Path(p).exists()]
        if missing:
            print(f"Error: no such file or folder: {missing[0]}", file=sys.stderr)
            return 1
        index_paths = [Path(p) for p in paths]
        try:
            if db_path.is_file() and db_path.stat().st_size:
                Store(db_path, readonly=True).close()  # another program's file, or not SQLite at all
            # A library in a folder this process cannot write is only read: nothing to seed into it.
            writable = not db_path.exists() or os.access(db_path.parent, os.W_OK)
            if seed_if_empty and not index_paths and writable:
                # Not waiting: a library another run is writing is not a first run's empty one.
                with Store(db_path, wait=False) as store:
                    if store.count() == 0 and store.meta(DEMO_KEY) is None:
                        store.set_meta(DEMO_KEY, "indexed")
                        index_paths = [config.seeds_dir()]
        except (LibraryBusy, LockFileError):
            pass
        except NotALibrary as exc:
            print(f"Error: {clean_line(str(exc))}", file=sys.stderr)
            return 1
        except sqlite3.DatabaseError as exc:
            print(clean_line(f"Error: {db_path} is not a cablescope library: {exc}"), file=sys.stderr)
            return 1
        app = CablescopeApp(
            db=db_path,
            index_paths=index_paths,
            doc=doc,
            para=para,
            view=view,
            query=query,
            view_options=view_options,
        )
        # What start-up loaded lives as long as the explorer: out of the garbage collector's
        # reach, which from now on runs less often than by default (the explorer makes and drops
        # many objects a key; the collector took a quarter of the explorer tests' CPU time).
        gc.freeze()
        gc.set_threshold(10_000, 10, 10)
    # Our own loop, not asyncio.run(): that waits at the end for every worker thread, and a
    # worker still inside plugin code that never returns (blocked in C, where the time budget
    # cannot reach it) would keep the explorer alive after `q`.
    loop = asyncio.new_event_loop()
    try:
        result = app.run(loop=loop)
    finally:
        loop.close()
    code = result if isinstance(result, int) else 0
    if any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)  # the interpreter's exit would join that thread too
    return code


def deep_link_refusal(
    *, db: Path | None, paths: Sequence[Path], doc: str | None, para: int | None, view: str | None
) -> str | None:
    """Why the explorer cannot open where ``--doc``/``--para``/``--view`` ask (None: it can).

    Checked before the explorer starts, so a mistyped deep link is one line on stderr instead
    of an explorer opened somewhere else. A ``--doc`` among ``paths`` (not indexed yet) is
    taken on trust.
    """
    if view is not None:
        from cablescope import plugins

        views = plugins.get_views()
        if view not in views:
            return f"no view named {view!r}; views: {', '.join(views) or 'none'}"
    if para is not None and doc is None:
        return "--para needs --doc: the paragraph of which cable?"
    if doc is None or paths:
        return None
    from cablescope import config
    from cablescope.store import Store

    library = config.library_path(db)
    if not library.is_file():
        return f"no library at {library} to find {doc} in"
    try:
        with Store(library, readonly=True) as store:
            cable = store.get(doc)
    except sqlite3.DatabaseError as exc:
        return f"{library} is not a cablescope library: {exc}"
    if cable is None:
        return f"no cable {doc} in the library at {library}"
    numbers = [p.number for p in cable.paragraphs if p.number is not None]
    if para is not None and para not in numbers:
        held = f"{min(numbers)}–{max(numbers)}" if numbers else "none"
        return f"{doc} has no paragraph {para} (its numbered paragraphs: {held})"
    return None
