"""The layout's own rules: the import contracts name every module, and no module outgrows a room."""

from __future__ import annotations

import pkgutil
import tomllib
from pathlib import Path

import cablescope

REPO = Path(__file__).resolve().parents[1]
MAX_LINES = 600
# Data written as Python (a gazetteer): tables, not code, so the line limit does not apply.
DATA_TABLES = {"plugins/cablescope_entities/world_places.py"}


def _contracts() -> dict[str, dict]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    return {c["name"]: c for c in config["tool"]["importlinter"]["contracts"]}


def _modules() -> set[str]:
    return {f"cablescope.{m.name}" for m in pkgutil.iter_modules(cablescope.__path__)}


def test_plugins_are_kept_from_every_module_but_the_api():
    contract = _contracts()["Built-in plugins reach cablescope only through cablescope.api"]
    assert set(contract["forbidden_modules"]) == _modules() - {"cablescope.api"}


def test_the_grammar_and_the_model_are_kept_from_every_module_above_them():
    contract = _contracts()["The grammar and the model import nothing above them"]
    # The marking grammar is a leaf both stand on, and the banner names' levels a leaf under it;
    # the collector's pause is a leaf the grammar's batches of models use.
    below = {
        "cablescope.parse",
        "cablescope.model",
        "cablescope.markings",
        "cablescope.banner_levels",
        "cablescope.collector",
    }
    assert set(contract["forbidden_modules"]) == _modules() - below


def test_no_module_is_over_600_lines():
    sources = [*(REPO / "tui").rglob("*.py"), *(REPO / "plugins").rglob("*.py")]
    assert len(sources) > 100
    long = {
        str(path.relative_to(REPO)): count
        for path in sources
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
        and str(path.relative_to(REPO)) not in DATA_TABLES
    }
    assert long == {}
