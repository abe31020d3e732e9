"""The hand-written package list in pyproject.toml must match the tree, or `pip install .` drops code."""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _pyproject() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _packages_on_disk() -> set[str]:
    found = {"cablescope.seeds"}
    for init in (REPO / "tui").rglob("__init__.py"):
        found.add(".".join(init.parent.relative_to(REPO / "tui").parts))
    for init in (REPO / "plugins").rglob("__init__.py"):
        found.add(".".join(init.parent.relative_to(REPO / "plugins").parts))
    return {name for name in found if "__pycache__" not in name}


def test_every_package_in_the_tree_is_listed():
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])
    assert listed == _packages_on_disk()


def test_every_builtin_plugin_is_an_entry_point_and_mapped():
    config = _pyproject()
    entry_points = config["project"]["entry-points"]["cablescope"]
    package_dir = config["tool"]["setuptools"]["package-dir"]
    plugin_dirs = sorted(p.name for p in (REPO / "plugins").iterdir() if (p / "__init__.py").exists())
    assert plugin_dirs, "plugins/ holds no built-in plugin"
    for name in plugin_dirs:
        assert name in entry_points.values(), f"{name} has no entry point in group 'cablescope'"
        assert package_dir[name] == f"plugins/{name}"


def test_seed_ships_as_package_data():
    data = _pyproject()["tool"]["setuptools"]["package-data"]["cablescope.seeds"]
    assert "*.txt" in data
    seed = REPO / "seeds" / "09BEIJING2932-scoop.txt"
    shared_seed = REPO.parent / "shared" / "seeds" / "000_51f8327abe2c607f.txt"
    if shared_seed.exists():
        assert seed.read_bytes() == shared_seed.read_bytes(), (
            "the bundled seed must be the shared page byte for byte"
        )
    assert seed.stat().st_size == 10_185
