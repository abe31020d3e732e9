"""Where cablescope keeps its things: the library database, the plugins folder, bookmarks.

Every location can be moved with an environment variable, which is also how the
tests keep each run inside a temporary folder.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

APP_NAME = "cablescope"
HOME_ENV = "CABLESCOPE_HOME"
LIBRARY_ENV = "CABLESCOPE_DB"
"""Names the library file used when no ``--db`` is given (beside ``CABLESCOPE_HOME``, which moves
everything cablescope keeps)."""


def data_dir() -> Path:
    """``CABLESCOPE_HOME`` or the user's data folder for cablescope."""
    home = os.environ.get(HOME_ENV)
    return Path(home) if home else _user_data_dir()


@lru_cache(maxsize=1)
def _user_data_dir() -> Path:
    # platformdirs works the folder out afresh on every call (plugins ask for it per cable).
    import platformdirs  # here: with CABLESCOPE_HOME set, no command needs it

    return Path(platformdirs.user_data_dir(APP_NAME))


def default_db_path() -> Path:
    """The library used when no ``--db`` is given: ``CABLESCOPE_DB``, else ``library.db`` in
    :func:`data_dir`."""
    chosen = os.environ.get(LIBRARY_ENV)
    return Path(chosen).expanduser() if chosen else data_dir() / "library.db"


def library_path(db: Path | None = None) -> Path:
    """The library a command works on: its own ``--db``, else the global ``cablescope --db``,
    else :func:`default_db_path`."""
    if db is not None:
        return Path(db).expanduser()
    chosen = _global_library.get()
    return chosen if chosen is not None else default_db_path()


_global_library: ContextVar[Path | None] = ContextVar("cablescope_global_library", default=None)
"""The global ``cablescope --db`` of the command running now: every command, a plugin's too,
honours it through :func:`library_path` without being handed it."""


def use_library(db: Path | None) -> Callable[[], None]:
    """Make ``db`` the global library for the command being run; returns the undo, for when it ends."""
    token = _global_library.set(Path(db).expanduser() if db is not None else None)
    return lambda: _global_library.reset(token)


def default_plugins_dir() -> Path:
    """Single-file plugins placed here are loaded on every run."""
    return data_dir() / "plugins"


def bookmarks_path() -> Path:
    return data_dir() / "bookmarks.json"


def seeds_dir() -> Path:
    """The bundled corpus: package data ``cablescope.seeds`` when installed, else the checkout's
    ``seeds/``."""
    from importlib.util import find_spec

    spec = find_spec("cablescope.seeds")
    if spec is not None and spec.submodule_search_locations:
        # seeds/ has no __init__.py: it installs as a namespace package, so take its folder.
        return Path(next(iter(spec.submodule_search_locations)))
    # An editable install maps only ``cablescope`` onto tui/; seeds/ is then beside tui/.
    return Path(__file__).resolve().parents[2] / "seeds"
