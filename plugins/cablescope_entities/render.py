"""What the ``entities`` view, its explorer panel and its command share: entities grouped and described."""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text

from cablescope.api import Cable
from cablescope_entities.extract import Entity, extract_entities

KIND_LABELS = {"person": "People", "org": "Organisations", "place": "Places", "tag": "TAGS subjects"}
KIND_ORDER = ("person", "org", "place", "tag")
TYPE_CHOICES = ("person", "org", "place", "tag")


def ordered(entities: list[Entity]) -> list[Entity]:
    """Most mentioned first within each type; ties by name."""
    return sorted(entities, key=lambda e: (KIND_ORDER.index(e.kind), -len(e.mentions), e.key.casefold()))


def cable_entities(cable: Cable, kind: str | None = None) -> tuple[list[Entity], list[Entity]]:
    """The cable's own entities and, apart, those of its republisher's appendix."""
    found = [e for e in extract_entities(cable) if kind is None or e.kind == kind]
    own = ordered([e for e in found if not e.in_appendix])
    appendix = ordered([e for e in found if e.in_appendix])
    return own, appendix


def describe(entity: Entity) -> str:
    """The short gloss beside a name: title and affiliation, acronym, country, TAGS meaning."""
    if entity.kind == "person":
        return ", ".join(x for x in (entity.title, entity.affiliation) if x)
    extra = entity.extra
    if entity.kind == "org":
        return extra.get("acronym") or ""
    if entity.kind == "place":
        parts = [entity.type]
        if extra.get("country"):
            parts.append(extra["country"])
        if extra.get("tags_code"):
            parts.append(f"TAGS {extra['tags_code']}")
        return ", ".join(parts)
    return extra.get("expansion") or "unknown TAGS code"


def paragraphs_of(entity: Entity) -> str:
    seen: list[str] = []
    for m in entity.mentions:
        if m.source == "tags":
            label = "TAGS"
        elif m.source == "classified_by":
            label = "Classified By"
        elif m.source == "signer":
            label = "signer"
        elif m.source == "subject":
            label = "subject"
        elif m.in_appendix:
            label = "appendix"
        elif m.paragraph is None:
            label = "lead"
        else:
            label = f"¶{m.paragraph}"
        if label not in seen:
            seen.append(label)
    return " ".join(seen)


def entity_json(entity: Entity, cable: Cable) -> dict[str, Any]:
    texts = mention_texts(cable, entity)
    return {
        "kind": entity.kind,
        "key": entity.key,
        **entity.data(),
        "count": len(entity.mentions),
        "mentions": [
            {
                "paragraph": m.paragraph,
                "start": m.start,
                "end": m.end,
                "in_appendix": m.in_appendix,
                "source": m.source,
                "text": text,
            }
            for m, text in zip(entity.mentions, texts, strict=True)
        ],
    }


def mention_texts(cable: Cable, entity: Entity) -> list[str | None]:
    """The text of each mention as the cable writes it (None for header fields and TAGS)."""
    out: list[str | None] = []
    for m in entity.mentions:
        if m.start is None or m.end is None:
            out.append(None)
        elif m.source == "subject":
            out.append((cable.subject or "")[m.start : m.end])
        elif m.in_appendix:
            out.append(cable.appendix.text[m.start : m.end] if cable.appendix else None)
        else:
            para = next((p for p in cable.paragraphs if p.number == m.paragraph), None)
            out.append(para.text[m.start : m.end] if para else None)
    return out


def kind_table(entities: list[Entity], kind: str) -> Table:
    group = [e for e in entities if e.kind == kind]
    table = Table(
        title=Text(f"{KIND_LABELS[kind]} ({len(group)})", style="bold"),
        title_justify="left",
        show_header=True,
        header_style="dim",
        box=None,
        pad_edge=False,
        expand=False,
    )
    table.add_column("Name", style="bold", no_wrap=True)
    table.add_column("Mentions", justify="right")
    table.add_column("Details")
    table.add_column("Where", style="dim")
    for e in group:
        table.add_row(Text(e.key), Text(str(len(e.mentions))), Text(describe(e)), Text(paragraphs_of(e)))
    return table
