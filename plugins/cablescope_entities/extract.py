"""Rule-based entity extraction tuned to cables: the cable as a whole.

``extract_entities`` reads the subject, every paragraph, the Classified By official, the
signer and the TAGS, then (flagged) the republisher's appendix, with the extractor the
configured backend gives (``extractor.py``; the rules live in ``people_rules.py``,
``org_rules.py``, ``acronyms.py`` and ``resolution.py`` over the tokens of ``tokens.py`` and
``paragraph.py``). ``entity_facts`` turns what it finds into one ``Fact`` per mention.
``Entity`` is re-exported here for the view and the widget.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import TypeAdapter

from cablescope.api import Cable, Fact
from cablescope_entities.entity import Entity, Mention
from cablescope_entities.gazetteer import GAZETTEER, load_world_places
from cablescope_entities.organisations import ORGANISATIONS
from cablescope_entities.paragraph import Passage
from cablescope_entities.people import (
    COMMON_WORDS,
    NOT_NAMES,
)
from cablescope_entities.tags import COUNTRY_CODES, ORGANISATION_CODES, SUBJECT_CODES

__all__ = ["KINDS", "PLUGIN", "Entity", "entity_facts", "extract_entities", "home_country"]
KINDS = ("person", "org", "place", "tag")
PLUGIN = "entities"
_ORG_BY_KEY = {name: acronym for name, acronym, _a in ORGANISATIONS}


def extract_entities(cable: Cable) -> list[Entity]:
    """Every entity in the cable's own text and header, then (flagged) in its appendix."""
    from cablescope_entities.backends import selected_backend

    load_world_places()
    backend = selected_backend()
    body = backend.extractor(in_appendix=False, home=home_country(cable))
    if cable.subject:
        # Subject lines are written in capitals or in title case: either way a capital tells
        # nothing, so they are read as capitals are, by the words themselves.
        words = [w for w in cable.subject.split() if w[:1].isalpha()]
        headline = sum(w[0].isupper() for w in words) * 3 >= len(words) * 2
        body.read(cable.subject, None, caps=headline or None, source="subject")
    signers = list(cable.signers)
    last = len(cable.paragraphs) - 1
    for n, para in enumerate(cable.paragraphs):
        text = para.text
        # The National Archives' declassification stamp after the signature, and the "Visit ...
        # Classified Website" line, are not the cable's.
        if "Declassified/Released" in text or "Classified Website" in text:  # spares a search per line
            for furniture in _FURNITURE.finditer(text):
                text = text[: furniture.start()]
                break
        signature = _SIGNATURE.search(text) if n == last and not signers else None
        # A signature the header parser did not take (it sits above an archive stamp).
        if signature and signature.group(1).lower() not in COMMON_WORDS | NOT_NAMES:
            signers.append(signature.group(1))
            text = text[: signature.start()]
        body.read(text, para.number)
    if cable.classified_by:
        body.read_official(cable.classified_by, cable.classified_by_title, "classified_by")
    for signer in signers:
        body.read_official(signer, None, "signer")
    entities = body.finish()
    entities.extend(_tag_entities(cable, entities))
    if cable.appendix is not None and cable.appendix.text.strip():
        appendix = backend.extractor(in_appendix=True)
        appendix.read(cable.appendix.text, None)
        entities.extend(appendix.finish())
    return [e for e in entities if e.mentions]


_SIGNATURE = re.compile(r"\n[ \t]*(?:\n|[xX]{3,}[ \t]*\n)[ \t]*([A-Z][A-Za-z'\-]+(?: [A-Z][A-Z'\-]+)?)\s*\Z")
_FURNITURE = re.compile(r"Declassified/Released|\n[^\n]*Visit [^\n]*Classified Website")


def home_country(cable: Cable) -> str | None:
    """The country of the cable's post ("Embassy Tokyo": Japan), else of its first TAGS country code."""
    if cable.origin:
        named, country = _origin_country(cable.origin, len(GAZETTEER))
        if named:
            return country
    for code in cable.tags:
        if code.strip().upper() in COUNTRY_CODES:
            return COUNTRY_CODES[code.strip().upper()]
    return None


# Cables of one post share their origin: it is read once (the gazetteer's size is part of the key,
# so a reading made before the world list was loaded is not reused after).
@lru_cache(maxsize=1024)
def _origin_country(origin: str, _gazetteer_size: int) -> tuple[bool, str | None]:
    """Whether the origin names a place, and that place's country."""
    p = Passage(origin, None, False, caps=False)
    for i in range(len(p.tokens)):
        found = p.gazetteer_at(i)
        if found is not None and found[1].kind == "place":
            entry = found[1]
            return True, dict(entry.extra).get("country") or (entry.key if entry.type == "country" else None)
    return False, None


def _tag_entities(cable: Cable, found: list[Entity]) -> list[Entity]:
    """The TAGS line: subject codes expanded, country codes as places, organisation codes as organisations."""
    by_key = {(e.kind, e.key): e for e in found}
    new: list[Entity] = []
    for raw in cable.tags:
        code = raw.strip().upper()
        if not code:
            continue
        mention = Mention(None, None, None, False, "tags")
        extra: dict[str, str | None]
        if code in COUNTRY_CODES:
            kind, key, etype, extra = "place", COUNTRY_CODES[code], "country", {}
        elif code in ORGANISATION_CODES:
            key = ORGANISATION_CODES[code]
            acronym = _ORG_BY_KEY.get(key)
            kind, etype, extra = "org", "organisation", ({"acronym": acronym} if acronym else {})
        else:
            kind, key, etype = "tag", code, "subject"
            extra = {"expansion": SUBJECT_CODES.get(code)}
        ent = by_key.get((kind, key))
        if ent is None:
            ent = Entity(kind, key, etype, extra=extra)
            by_key[(kind, key)] = ent
            new.append(ent)
        ent.extra.setdefault("tags_code", code)
        ent.mentions.append(mention)
    return new


_FACTS = TypeAdapter(list[Fact])


def entity_facts(cable: Cable) -> list[Fact]:
    """One Fact per mention, for the index."""
    facts: list[dict] = []
    append = facts.append
    for ent in extract_entities(cable):
        data = ent.data()
        kind, key = ent.kind, ent.key
        # One data dict per source, not per mention: validation copies it into each Fact.
        by_source: dict[str, dict] = {}
        for m in ent.mentions:
            sourced = by_source.get(m.source)
            if sourced is None:
                sourced = by_source[m.source] = {**data, "source": m.source}
            # ``plugin`` is given its default: pydantic fills a missing field twice as slowly,
            # and the host stamps it on every Fact anyway.
            append(
                {
                    "kind": kind,
                    "key": key,
                    "paragraph": m.paragraph,
                    "start": m.start,
                    "end": m.end,
                    "in_appendix": m.in_appendix,
                    "data": sourced,
                    "plugin": "",
                }
            )
    # Validated as one list: a real cable has about a hundred mentions, and one call into
    # pydantic-core for all of them costs less than a model built for each.
    return _FACTS.validate_python(facts)
