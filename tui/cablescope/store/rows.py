"""The row codec: how a cable and its facts are stored, and what the index derives from them.

A cable's document is kept as zstd-compressed JSON (``pack``/``unpack``); its facts as
compressed JSON with mention counts per key (``pack_facts``); ``derive`` gives the columns,
tags, references and full-text values of its index rows. ``Row`` is one reading of a cable
ready to write, as a worker process builds it. Nothing here reads files or calls plugins.
"""

from __future__ import annotations

import functools
import json
import sqlite3
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import zstandard

if TYPE_CHECKING:
    from pydantic import TypeAdapter

    from cablescope.annotations import Fact
    from cablescope.model import Cable

# The models (pydantic, and the schemas it builds for them) are imported by the functions that
# pack, unpack and derive cables: a search reads stored JSON and never builds a Cable.

FactsOf = Callable[["Cable"], list["Fact"]]
"""What finds the facts of a cable (the plugins' ``index_facts``, as the indexing run passes it)."""

# Office prefixes stripped to give an origin's place, so ``--origin beijing`` finds "Embassy Beijing".
ORIGIN_PREFIXES = (
    "us interests section ",
    "consulate general ",
    "us mission ",
    "us embassy ",
    "embassy ",
    "consulate ",
    "mission ",
    "usmission ",
)

_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_compressor = zstandard.ZstdCompressor(level=1)
_decompressor = zstandard.ZstdDecompressor()


def compress_json(value: Any) -> bytes:
    """JSON (ASCII, so a stray lone surrogate in a text survives the round trip), zstd-compressed."""
    return _compressor.compress(json.dumps(value, separators=(",", ":")).encode())


class DamagedReading(sqlite3.DatabaseError):
    """A stored document that cannot be decoded: the library file was damaged or altered.

    A ``sqlite3.DatabaseError``, so that every command reports it in one line as a damaged
    library; the facts stage fails the one cable whose reading it is."""


def decompress_json(blob: bytes) -> Any:
    """What ``compress_json`` stored, or the zlib-compressed JSON that index format 3 stored;
    ``DamagedReading`` when the bytes are not that."""
    try:
        if blob[:4] == _ZSTD_MAGIC:
            return json.loads(_decompressor.decompress(blob))
        return json.loads(zlib.decompress(blob))
    except (zstandard.ZstdError, zlib.error, ValueError, TypeError) as error:
        raise DamagedReading(f"a stored cable document cannot be decoded ({error})") from None


@functools.cache
def _adapters() -> tuple[TypeAdapter[Cable], TypeAdapter[list[Fact]]]:
    """The adapters of a cable and of a list of facts, built the first time one is packed or loaded."""
    from pydantic import TypeAdapter

    from cablescope.annotations import Fact
    from cablescope.model import Cable

    return TypeAdapter(Cable), TypeAdapter(list[Fact])


def _compress_models(adapter: TypeAdapter[Any], value: Any) -> bytes:
    """Models as compressed JSON (defaults left out), serialised by pydantic-core."""
    from pydantic_core import PydanticSerializationError

    try:
        return _compressor.compress(adapter.dump_json(value, exclude_defaults=True))
    except PydanticSerializationError:
        # A lone surrogate (from a plugin reader) cannot be UTF-8: write ASCII JSON instead.
        return compress_json(adapter.dump_python(value, mode="json", exclude_defaults=True))


def pack(cable: Cable) -> bytes:
    """The cable as compressed JSON (defaults left out)."""
    return _compress_models(_adapters()[0], cable)


def unpack(blob: bytes) -> dict[str, Any]:
    """A stored cable document. Format 3 stored paragraph and appendix texts that are slices of
    the cable's text as offsets (``_at``): those are restored."""
    doc = decompress_json(blob)
    text = doc.get("text", "")
    for p in doc.get("paragraphs", ()):
        if "_at" in p:
            offset, length = p.pop("_at")
            p["text"] = text[p["start"] + offset : p["start"] + offset + length]
    appendix = doc.get("appendix")
    if appendix and "text" not in appendix:
        appendix["text"] = text[appendix.get("offset", 0) :]
    return doc


def merged_doc(blob: bytes, merged: str | None) -> dict[str, Any]:
    """A cable's document as stored: its primary reading (``unpack``) with the fields merged
    from its other readings (JSON, or None when it has no other)."""
    doc = unpack(blob)
    if merged:
        doc.update(json.loads(merged))
    return doc


def fts_values(doc: dict[str, Any]) -> tuple[str, str, str, str]:
    """The indexed texts of a stored document (``unpack``): see ``fts_texts``."""
    appendix = doc.get("appendix")
    return fts_texts(
        doc.get("text", ""),
        doc.get("subject"),
        [(p["start"], p["text"]) for p in doc.get("paragraphs") or ()],
        (appendix.get("offset", 0), appendix.get("text", "")) if appendix else None,
    )


def fts_texts(
    text: str, subject: str | None, paragraphs: list[tuple[int, str]], appendix: tuple[int, str] | None
) -> tuple[str, str, str, str]:
    """The indexed texts of a cable: body paragraphs, subject, header, appendix.

    ``paragraphs`` are (start, text) and ``appendix`` (offset, text). The body is column 0
    because FTS5 stores a column marker in every position list of the other columns: the
    big column goes first to keep the index small.
    """
    if paragraphs:
        body = "\n\n".join(p_text for _, p_text in paragraphs)
        header = text[: paragraphs[0][0]]
    else:
        body = text[: appendix[0]] if appendix else text
        header = ""
    return body, subject or "", header, appendix[1] if appendix else ""


def created_key(value: str | datetime | None) -> str:
    """Sortable UTC text for a creation time ('' when unknown)."""
    if value is None:
        return ""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    if moment.tzinfo is not None and moment.tzinfo is not UTC:  # in UTC already: the same fields
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    if moment.year >= 1000:
        # What strftime writes for four-digit years, at a fifth of its cost.
        return (
            f"{moment.year}-{moment.month:02d}-{moment.day:02d}"
            f"T{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}"
        )
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


_tags_json = json.JSONEncoder(ensure_ascii=False).encode
"""``json.dumps(tags, ensure_ascii=False)`` without making its encoder at every call."""


def origin_keys(origin: str | None) -> tuple[str | None, str | None]:
    if not origin:
        return None, None
    key = " ".join(origin.lower().split())
    for prefix in ORIGIN_PREFIXES:
        if key.startswith(prefix):
            return key, key[len(prefix) :]
    return key, key


@functools.lru_cache(maxsize=256)
def _level(classification: str | None) -> str | None:
    """The level of a classification, cached: a handful of forms ("SECRET//NOFORN") repeat."""
    from cablescope.markings import level_of_classification

    return level_of_classification(classification) if classification else None


FactCount = tuple[str, str, str | None, int, int]
"""(kind, key, folded acronym or None, mentions in the cable's own text, mentions in its appendix)."""


def count_facts(facts: list[Fact]) -> list[FactCount]:
    """Mention counts per fact key."""
    counts: dict[tuple[str, str], list] = {}
    for fact in facts:
        key = (fact.kind, fact.key)
        entry = counts.get(key)
        if entry is None:
            entry = counts[key] = [None, 0, 0]
        # The first acronym met is the key's: the data is read only until one is.
        if entry[0] is None and fact.data:
            acronym = fact.data.get("acronym")
            if isinstance(acronym, str) and acronym.strip():
                entry[0] = " ".join(acronym.split()).casefold()
        entry[2 if fact.in_appendix else 1] += 1
    return [(kind, key, alias, own, appendix) for (kind, key), (alias, own, appendix) in counts.items()]


def pack_facts(facts: list[Fact]) -> tuple[bytes | None, list[FactCount]]:
    """Facts as stored (compressed JSON, defaults left out; None for none), and the counts per key."""
    if not facts:
        return None, []
    return _compress_models(_adapters()[1], facts), count_facts(facts)


def load_facts(blob: bytes) -> list[Fact]:
    return _adapters()[1].validate_python(decompress_json(blob))


@dataclass
class Derived:
    """What the index rows of a cable hold besides its stored JSON: metadata, tags, references, texts."""

    columns: tuple
    """created, origin, origin_key, origin_place, classification, level, subject, tags JSON."""
    tags: list[str]
    references: list[str]
    fts: tuple[str, str, str]
    appendix: str


def derive(cable: Cable) -> Derived:
    classification = cable.classification
    tags = list(dict.fromkeys(cable.tags))
    body, subject, header, appendix = fts_texts(
        cable.text,
        cable.subject,
        [(p.start, p.text) for p in cable.paragraphs],
        (cable.appendix.offset, cable.appendix.text) if cable.appendix else None,
    )
    return Derived(
        columns=(
            created_key(cable.created),
            cable.origin,
            *origin_keys(cable.origin),
            classification,
            _level(classification),
            cable.subject,
            _tags_json(tags),
        ),
        tags=tags,
        references=[r for r in dict.fromkeys(cable.references) if r],
        fts=(body, subject, header),
        appendix=appendix,
    )


@dataclass
class Row:
    """A cable read from one source, ready to write (built in a worker process for big jobs)."""

    reference_id: str
    derived: Derived
    blob: bytes
    path: str
    row: int | None
    format: str | None
    sha256: str
    size: int
    facts_blob: bytes | None
    fact_counts: list[FactCount]
