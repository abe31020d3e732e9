"""Plugins the tests register, as real modules (after datasette's ``tests/plugins/``).

A test registers one on the host with :func:`registered` (``with registered(BoomPlugin(),
"boom_plugin"):``), or puts one in a plugins folder with :func:`install`, to be loaded from
there as a user's single-file plugin would be.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cablescope import plugins

SAMPLES = Path(__file__).parent


def install(folder: Path, sample: str, name: str | None = None) -> Path:
    """Copy ``sample.py`` into a plugins folder, as ``name.py`` (the plugin's name) when given."""
    return Path(shutil.copyfile(SAMPLES / f"{sample}.py", folder / f"{name or sample}.py"))


def source(sample: str) -> str:
    """The text of a sample plugin, for a test that writes a variation of it."""
    return (SAMPLES / f"{sample}.py").read_text(encoding="utf-8")


def line_of(sample: str, text: str) -> int:
    """The number of the first line of a sample plugin that holds ``text`` (for error messages)."""
    return next(n for n, line in enumerate(source(sample).splitlines(), 1) if text in line)


@contextmanager
def registered(plugin: object, name: str) -> Iterator[object]:
    """The plugin registered on the plugin host for the ``with`` block, unregistered after it."""
    plugins.pm.register(plugin, name=name)
    try:
        yield plugin
    finally:
        plugins.pm.unregister(name=name)
