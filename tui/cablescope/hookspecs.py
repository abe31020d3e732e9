"""Every hook a cablescope plugin can implement. One function each; see CONTRIBUTING.md.

None of the hooks is ``firstresult`` or ``historic``: every implementation is called,
and the ``register_*`` hooks hand the plugin a ``register`` callback (as llm does) so
that cablescope validates each reader, view and post and knows which plugin it came from.
"""

from __future__ import annotations

from pluggy import HookimplMarker, HookspecMarker

hookspec = HookspecMarker("cablescope")
hookimpl = HookimplMarker("cablescope")


@hookspec
def register_readers(register):
    """Teach cablescope a source format: call ``register(reader)`` with a ``Reader`` for each."""


@hookspec
def register_views(register):
    """Add views of a cable: call ``register(view)`` with a ``View`` instance for each."""


@hookspec
def register_posts(register):
    """Teach cablescope posts or spellings of posts: call ``register(post)`` with a ``Post`` for each."""


@hookspec
def register_commands(cli):
    """Add subcommands to the Typer app ``cli`` (names must not clash with existing commands)."""


@hookspec
def annotate_paragraphs(cable):
    """Return ``Annotation`` objects (highlighted spans, gutter marks) for the cable's paragraphs."""


@hookspec
def index_facts(cable):
    """Return ``Fact`` objects stored with the cable at index time, for corpus-wide questions."""
