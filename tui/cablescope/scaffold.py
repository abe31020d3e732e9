"""``cablescope plugin new``: write a small installable plugin package to start from.

The package has a pyproject with the ``cablescope`` entry point, a module with one view and
one command (importing only ``cablescope.api``), a README and a pytest test that passes.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path
from string import Template

NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


class ScaffoldError(ValueError):
    """The plugin cannot be created as asked; the message is one line for users."""


@dataclass(frozen=True)
class PluginNames:
    """Every name the new package needs, derived from the one the user typed."""

    slug: str
    """Entry-point, view and command name: ``word-count``."""
    distribution: str
    """``cablescope-word-count``"""
    module: str
    """``cablescope_word_count``"""
    title: str
    """``Word Count``"""
    key: str

    @classmethod
    def from_name(
        cls,
        name: str,
        taken_keys: AbstractSet[str] = frozenset(),
        taken_names: AbstractSet[str] = frozenset(),
    ) -> PluginNames:
        slug = re.sub(r"^cablescope[-_]", "", name.strip().lower()).replace("_", "-")
        if not NAME.match(slug):
            raise ScaffoldError(
                f"{name!r} is not a usable plugin name: use lowercase letters, digits and '-', "
                "starting with a letter (such as 'word-count')"
            )
        if slug in taken_names:
            # The new plugin's view and command take this name: it would be refused when loaded.
            raise ScaffoldError(f"{slug!r} is already a cablescope command or view: choose another name")
        candidates = [c.upper() for c in slug if c.isalpha()] + list("WXYZUVQ")
        key = next(c for c in candidates if c not in taken_keys)
        return cls(
            slug=slug,
            distribution=f"cablescope-{slug}",
            module="cablescope_" + slug.replace("-", "_"),
            title=slug.replace("-", " ").title(),
            key=key,
        )


PYPROJECT = Template("""\
[build-system]
requires = ["setuptools>=68"]
build-backend = "setuptools.build_meta"

[project]
name = "$distribution"
version = "0.1.0"
description = "A cablescope plugin: the $title view and command"
readme = "README.md"
requires-python = ">=3.11"
dependencies = ["cablescope"]

[project.optional-dependencies]
test = ["pytest"]

# cablescope finds plugins through this entry-point group.
[project.entry-points.cablescope]
$slug = "$module"

[tool.setuptools]
packages = ["$module"]

[tool.pytest.ini_options]
pythonpath = ["."]
""")

MODULE = Template('''\
"""cablescope plugin $slug: words per paragraph, as a view and as a command.

Replace the counting with what your plugin is about. Import only from cablescope.api:
it is the part of cablescope that stays stable for plugins.
"""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from cablescope.api import (
    Cable,
    JsonOption,
    LibraryOption,
    TargetArg,
    TuiOption,
    View,
    ViewContext,
    hookimpl,
    run_view_command,
)


def words_per_paragraph(cable: Cable) -> list[dict[str, Any]]:
    return [{"number": p.number, "words": len(p.text.split())} for p in cable.paragraphs]


class ${classname}View(View):
    name = "$slug"
    title = "$title"
    key = "$key"
    description = "Words per paragraph of the cable"

    def render(self, cable: Cable | None, context: ViewContext) -> Group:
        # Cable text is untrusted: build Text objects, never markup strings.
        heading = Text(f"{cable.reference_id or 'cable'}: words per paragraph", style="bold")
        table = Table()
        table.add_column("Paragraph", justify="right")
        table.add_column("Words", justify="right")
        for row in words_per_paragraph(cable):
            table.add_row(Text(str(row["number"] or "-")), Text(str(row["words"])))
        return Group(heading, table)

    def data(self, cable: Cable | None, context: ViewContext) -> dict[str, Any]:
        rows = words_per_paragraph(cable)
        return {
            "view": self.name,
            "reference_id": cable.reference_id,
            "paragraphs": rows,
            "total": sum(row["words"] for row in rows),
        }


@hookimpl
def register_views(register):
    register(${classname}View())


@hookimpl
def register_commands(cli):
    @cli.command(name="$slug")
    def command(
        target: TargetArg,
        as_json: JsonOption = False,
        tui: TuiOption = False,
        db: LibraryOption = None,
    ) -> None:
        """Words per paragraph of each cable in TARGET."""
        run_view_command("$slug", target, db=db, as_json=as_json, tui=tui, options={})
''')

TEST = Template('''\
"""Tests for the $slug plugin. Run them with `pytest` in this folder."""

from rich.console import Console

from cablescope.api import Cable, Paragraph, ViewContext

import $module

CABLE = Cable(
    reference_id="09TESTPOST101",
    paragraphs=[
        Paragraph(number=1, marking="C", text="Summary: the talks went well.", start=0, end=29),
        Paragraph(
            number=2, marking="C", text="The minister agreed to meet again in March.", start=30, end=74
        ),
    ],
)


def registered_views():
    views = []
    $module.register_views(views.append)
    return views


def test_view_counts_words_per_paragraph():
    (view,) = registered_views()
    data = view.data(CABLE, ViewContext())
    assert data["paragraphs"] == [{"number": 1, "words": 5}, {"number": 2, "words": 8}]
    assert data["total"] == 13


def test_view_renders_a_table():
    (view,) = registered_views()
    console = Console(width=80, record=True)
    console.print(view.render(CABLE, ViewContext()))
    text = console.export_text()
    assert "09TESTPOST101: words per paragraph" in text
    rows = [[cell.strip() for cell in line.split("│")[1:-1]] for line in text.splitlines() if "│" in line]
    assert ["1", "5"] in rows and ["2", "8"] in rows
''')

README = Template("""\
# $distribution

A cablescope plugin: the **$title** view (key `$key`)
and the `cablescope $slug` command show how many words each paragraph of a cable has.

## Install

```bash
cablescope install .          # or: cablescope install -e .  while you work on it
cablescope plugins            # $slug is listed, with its hooks
cablescope views              # the $slug view is listed
cablescope show CABLE --view $slug
cablescope $slug CABLE --json
```

## Develop

```bash
pip install -e '.[test]'
pytest
```

`$module/__init__.py` holds the hooks: `register_views` registers the view, `register_commands`
adds the command. Import only from `cablescope.api`. See cablescope's CONTRIBUTING.md, "Writing a
plugin", for every hook.

## Remove

```bash
cablescope uninstall $slug -y
```
""")

GITIGNORE = "__pycache__/\n*.egg-info/\nbuild/\ndist/\n.pytest_cache/\n"


def create_plugin(
    name: str,
    parent: Path,
    *,
    taken_keys: AbstractSet[str] = frozenset(),
    taken_names: AbstractSet[str] = frozenset(),
) -> tuple[Path, PluginNames]:
    """Write the package into ``parent / name``; refuse to touch a folder that already has files,
    or a name in ``taken_names`` (the commands and views there are)."""
    names = PluginNames.from_name(name, taken_keys, taken_names)
    root = parent / name
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise ScaffoldError(f"{root} already exists and is not empty")
    fields = {
        "slug": names.slug,
        "distribution": names.distribution,
        "module": names.module,
        "title": names.title,
        "key": names.key,
        "classname": names.title.replace(" ", ""),
    }
    files = {
        root / "pyproject.toml": PYPROJECT.substitute(fields),
        root / names.module / "__init__.py": MODULE.substitute(fields),
        root / "tests" / f"test_{names.module}.py": TEST.substitute(fields),
        root / "README.md": README.substitute(fields),
        root / ".gitignore": GITIGNORE,
    }
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root, names
