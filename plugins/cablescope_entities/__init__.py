"""Built-in cablescope plugin: the people, organisations, places and TAGS subjects in a cable.

Extraction is rule-based and needs no model (``extract.py`` and the rule modules it drives,
with the gazetteers in ``countries.py``, ``cities.py``, ``organisations.py``, ``tags.py`` and
``people.py``); a spaCy backend can be chosen in configuration (``backends.py``). Entities are
stored at index time as facts, one per mention, so corpus questions (``cablescope entities --corpus``,
``cablescope search --entity``) read the index.
"""

from __future__ import annotations

from cablescope.api import Cable, Fact, hookimpl
from cablescope_entities.commands import register as register_entities_command
from cablescope_entities.extract import entity_facts
from cablescope_entities.view import EntitiesView


@hookimpl
def register_views(register):
    register(EntitiesView())


@hookimpl
def register_commands(cli):
    register_entities_command(cli)


@hookimpl
def index_facts(cable: Cable) -> list[Fact]:
    return entity_facts(cable)
