"""Facts a source states about a cable (a cable-viewer page's table and file name, cables.csv's
columns), merged with what the parser found in the cable's text, each field marked with where its
value came from and every disagreement kept."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cablescope.model import Cable, FieldSource

IDENTITY_FIELDS = ("reference_id", "created", "origin", "classification")


@dataclass(frozen=True)
class Stated:
    """One field's value as a source states it."""

    value: str | datetime
    source: FieldSource


def merge_stated(cable: Cable, stated: dict[str, Stated], *, text_first: tuple[str, ...] = ()) -> None:
    """Give ``cable`` the stated values, recording provenance and disagreements.

    A stated value replaces the text's, except for the fields in ``text_first``, where the text's
    value stands and the stated one only fills a gap. Either way a differing value from the text is
    kept in ``cable.disagreements``. A page table's created date agrees with the text's when the
    day is the same (WikiLeaks printed the minutes wrongly there): the text's time is kept.
    """
    derived = set(cable.derived)
    for name in IDENTITY_FIELDS:
        found = getattr(cable, name)
        if found is not None:
            cable.provenance[name] = "derived" if name in derived else "text"
        fact = stated.get(name)
        if fact is None:
            continue
        if found is None:
            _take(cable, name, fact, derived)
        elif not _agree(name, found, fact):
            if name in text_first:
                cable.disagreements[name] = f"{_shown(fact.value)} ({fact.source})"
            else:
                cable.disagreements[name] = f"{_shown(found)} ({cable.provenance[name]})"
                _take(cable, name, fact, derived)
    cable.derived = [name for name in cable.derived if name in derived]


def _take(cable: Cable, name: str, fact: Stated, derived: set[str]) -> None:
    setattr(cable, name, fact.value)
    cable.provenance[name] = fact.source
    derived.discard(name)


def _agree(name: str, found: object, fact: Stated) -> bool:
    if (
        name == "created"
        and fact.source == "page-table"
        and isinstance(found, datetime)
        and isinstance(fact.value, datetime)
    ):
        return found.date() == fact.value.date()
    return found == fact.value


def _shown(value: object) -> str:
    if not isinstance(value, datetime):
        return str(value)
    if value.year >= 1000:
        # What strftime("%Y-%m-%d %H:%M") writes (four-digit years), at a fifth of its cost: a
        # CSV row's stated time differs from its DTG's in nearly every cable.
        return f"{value.year}-{value.month:02d}-{value.day:02d} {value.hour:02d}:{value.minute:02d}"
    return value.strftime("%Y-%m-%d %H:%M")


def ensure_reference_id(cable: Cable) -> None:
    """A cable read from a source that states no reference id gets its stable placeholder
    ("UNKNOWN-" and the source's hash), so that every command can name it."""
    if cable.reference_id is None and cable.source is not None:
        # The grammar loads with the first cable that needs it: opening a library to search
        # imports this module and must not pay for the whole grammar.
        from cablescope.parse.refids import placeholder_reference_id

        cable.reference_id = placeholder_reference_id(cable.source.sha256, cable.source.row)
        cable.provenance["reference_id"] = "placeholder"
