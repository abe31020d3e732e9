"""Built-in cablescope plugin: references between cables.

Reads a cable's REF block item by item with the core grammar (``cablescope.api.parse_references``:
lettered and run-on lists, yearless citations, mistyped station names, emails, meetings and
intelligence reports kept as text), checks each cited cable against the index, and lists the
indexed cables that cite this one.
The ``references`` view (key R) lets the explorer jump along citations, highlight where the
text cites an item (``h``: "as reported in REF A") and, with ``<`` and ``>``, go to the
previous and next cable from the same origin; ``cablescope refs`` prints it.
"""

from __future__ import annotations

from cablescope.api import hookimpl

from .command import register as register_refs_command
from .view import ReferencesView


@hookimpl
def register_views(register):
    register(ReferencesView())


@hookimpl
def register_commands(cli):
    register_refs_command(cli)
