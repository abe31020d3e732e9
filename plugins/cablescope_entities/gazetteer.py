"""The gazetteer: countries, cities, provinces and organisations keyed by their lower-case words,
with the generated world list added on first use; and the demonyms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cablescope_entities.cities import CITIES, PROVINCES
from cablescope_entities.countries import COUNTRIES, REGION_NAMES
from cablescope_entities.landforms import PLACES as LANDFORMS
from cablescope_entities.organisations import ORGANISATIONS
from cablescope_entities.people import COMMON_WORDS, FIRST_NAMES, KNOWN_SURNAMES, NOT_NAMES
from cablescope_entities.regions import PLACES as REGION_PLACES
from cablescope_entities.regions import WEAK as WEAK_REGION_PLACES
from cablescope_entities.tokens import tokenize
from cablescope_entities.towns import PLACES as TOWNS


@dataclass(slots=True)
class GazEntry:
    kind: str
    key: str
    type: str
    surface: tuple[str, ...]
    extra: tuple[tuple[str, str], ...] = ()
    weak: bool = False
    """From the generated world list: a place only where no name is meant (``Passage.place_alone``)."""


def surface_tokens(surface: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenize(surface))


def _build_gazetteer() -> tuple[dict[tuple[str, ...], list[GazEntry]], dict[str, str]]:
    index: dict[tuple[str, ...], list[GazEntry]] = {}
    demonyms: dict[str, str] = {}

    def add(surface: str, entry_kind: str, key: str, etype: str, extra=(), weak: bool = False) -> None:
        toks = surface_tokens(surface)
        if not toks:
            return
        index.setdefault(tuple(t.lower() for t in toks), []).append(
            GazEntry(entry_kind, key, etype, toks, tuple(extra), weak)
        )

    for name, aliases, dems in COUNTRIES:
        etype = "region" if name in REGION_NAMES else "country"
        for surface in (name, *aliases):
            add(surface, "place", name, etype)
        for dem in dems:
            demonyms[dem.lower()] = name
    for name, country, aliases in CITIES:
        for surface in (name, *aliases):
            add(surface, "place", name, "city", (("country", country),))
    for name, country, aliases in PROVINCES:
        for surface in (name, *aliases):
            add(surface, "place", name, "province", (("country", country),))
    for name, acronym, aliases in ORGANISATIONS:
        extra = (("acronym", acronym),) if acronym else ()
        for surface in (name, *aliases, *((acronym,) if acronym else ())):
            add(surface, "org", name, "organisation", extra)
    _add_regions(index, add)
    return index, demonyms


def _add_regions(index: dict[tuple[str, ...], list[GazEntry]], add) -> None:
    """The places of ``regions.py``, ``towns.py`` and ``landforms.py``, where the lists above have
    no place of that name."""
    countries = {name for name, _a, _d in COUNTRIES}
    # A name that is also a given name, a surname or a word ("Milan", "Salvador") is weak.
    words = FIRST_NAMES | KNOWN_SURNAMES | COMMON_WORDS | NOT_NAMES

    def new(surface: str) -> bool:
        entries = index.get(tuple(t.lower() for t in surface_tokens(surface)), ())
        return not any(e.kind == "place" for e in entries)

    for line in (REGION_PLACES + TOWNS + LANDFORMS).splitlines():
        name, country, kind, *rest = line.split("\t")
        extra = (("country", country),) if country in countries and country != name else ()
        for surface in (name, *(rest[0].split(";") if rest else ())):
            if new(surface):
                weak = name in WEAK_REGION_PLACES or surface in WEAK_REGION_PLACES or surface.lower() in words
                add(surface, "place", name, kind, extra, weak)


GAZETTEER, DEMONYMS = _build_gazetteer()
GAZ_LENGTHS: dict[str, tuple[int, ...]] = {}
for _key in GAZETTEER:
    GAZ_LENGTHS[_key[0]] = tuple(sorted({*GAZ_LENGTHS.get(_key[0], ()), len(_key)}, reverse=True))
GAZ_FIRST = set(GAZ_LENGTHS)
_world_loaded = False


def load_world_places() -> None:
    """Add the generated world list (``world_places.py``) to the gazetteer, once, on first use:
    reading its 12,000 names costs some 50 ms that commands which never extract should not pay
    at start-up. Added last, so that a name our own lists hold keeps their meaning."""
    global _world_loaded
    if _world_loaded:
        return
    _world_loaded = True
    from cablescope_entities.world_places import PLACES

    for line in PLACES.splitlines():
        name, country, kind = line.split("\t")
        toks = (name,) if name.isalpha() else surface_tokens(name)
        key = tuple(t.lower() for t in toks)
        GAZETTEER.setdefault(key, []).append(
            GazEntry("place", name, kind, toks, (("country", country),), True)
        )
        GAZ_LENGTHS[key[0]] = tuple(sorted({*GAZ_LENGTHS.get(key[0], ()), len(key)}, reverse=True))
        GAZ_FIRST.add(key[0])


_WORD = re.compile(r"\S+")


def country_in(words: str) -> tuple[str, int, int] | None:
    """The country one or two words name ("Kenyan", "DPRK", "South Sudan"), with where those words
    are inside ``words``; the first words that do, or None."""
    spans = [(m.start(), m.end()) for m in _WORD.finditer(words)]
    for size in (2, 1):
        for k in range(len(spans) - size + 1):
            start, end = spans[k][0], spans[k + size - 1][1]
            text = words[start:end]
            country = DEMONYMS.get(text.lower())
            if country is None:
                entries = entries_of(text)
                country = next((e.key for e in entries if e.kind == "place" and e.type == "country"), None)
            if country is not None:
                return country, start, end - start
    return None


def entries_of(words: str) -> list[GazEntry]:
    """The list's entries whose name is ``words`` (word for word, case aside)."""
    return GAZETTEER.get(tuple(t.low for t in tokenize(words)), [])


def place_named(words: str) -> bool:
    return any(e.kind == "place" for e in entries_of(words))
