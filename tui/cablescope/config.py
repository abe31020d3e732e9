"""Where cablescope keeps its things: the library database, the plugins folder, bookmarks.

Every location can be moved with an environment variable, which is also how the
tests keep each run inside a temporary folder.
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

import platformdirs

APP_NAME = "cablescope"


def data_dir() -> Path:
    """``CABLESCOPE_HOME`` or the user's data folder for cablescope."""
    home = os.environ.get("CABLESCOPE_HOME")
    return Path(home) if home else _user_data_dir()


@lru_cache(maxsize=1)
def _user_data_dir() -> Path:
    # platformdirs works the folder out afresh on every call (plugins ask for it per cable).
    return Path(platformdirs.user_data_dir(APP_NAME))


def default_db_path() -> Path:
    """The library database used when ``--db`` is not given."""
    return data_dir() / "library.db"


def default_plugins_dir() -> Path:
    """Single-file plugins placed here are loaded on every run."""
    return data_dir() / "plugins"


def bookmarks_path() -> Path:
    return data_dir() / "bookmarks.json"


def seeds_dir() -> Path:
    """The bundled corpus: package data ``cablescope.seeds`` when installed, else the checkout's
    ``seeds/``."""
    spec = find_spec("cablescope.seeds")
    if spec is not None and spec.submodule_search_locations:
        # seeds/ has no __init__.py: it installs as a namespace package, so take its folder.
        return Path(next(iter(spec.submodule_search_locations)))
    # An editable install maps only ``cablescope`` onto tui/; seeds/ is then beside tui/.
    return Path(__file__).resolve().parents[2] / "seeds"
