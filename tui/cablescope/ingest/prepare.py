"""A parsed cable made ready to write: its reference id settled, its facts found by the plugins
(unless they are left to the facts stage), its document packed (``cablescope.store.rows``); and
what a failed file is reported with."""

from __future__ import annotations

import hashlib

from cablescope import plugins
from cablescope.model import Cable
from cablescope.parse.refids import placeholder_reference_id
from cablescope.reader import ReadError
from cablescope.readers.stated import ensure_reference_id
from cablescope.store.rows import Row, derive, pack, pack_facts


def prepare(cable: Cable, path: str, *, facts: bool = True) -> Row:
    source = cable.source
    text = cable.text
    if source:
        sha256 = source.sha256
        # An ASCII text is as many bytes as characters: its size needs no encoded copy.
        size = len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))
    else:
        encoded = text.encode("utf-8", "surrogatepass")
        sha256, size = hashlib.sha256(encoded).hexdigest(), len(encoded)
    # A record parsed in a worker (cables.csv) has not passed through readers.read_with.
    ensure_reference_id(cable)
    reference_id = cable.reference_id or placeholder_reference_id(sha256)
    facts_blob, fact_counts = pack_facts(plugins.facts(cable)) if facts else (None, [])
    return Row(
        reference_id=reference_id,
        derived=derive(cable),
        blob=pack(cable),
        path=path,
        row=source.row if source else None,
        format=source.format if source else None,
        sha256=sha256,
        size=size,
        facts_blob=facts_blob,
        fact_counts=fact_counts,
    )


class NoCables(Exception):
    """A file in which no cable was found."""


def failure_reason(error: BaseException) -> str:
    if isinstance(error, NoCables):
        return "no cables found in this file"
    if isinstance(error, ReadError):
        return " ".join(str(error).split()) or "cannot be read"
    message = " ".join(str(error).split()) or "no details"
    return f"{type(error).__name__}: {message}"
