"""Search hits as data for other tools: CSV for a spreadsheet, JSON Lines for ``jq``, a JSON array.

``--fields`` picks and orders the columns; every format writes the same values.
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

from cablescope.commands.support import fail
from cablescope.sanitize import clean, safe_json

if TYPE_CHECKING:
    from cablescope.store import SearchHit

FORMATS = ("text", "json", "jsonl", "csv")
HIT_FIELDS = (
    *("reference_id", "created", "origin", "classification", "subject", "tags"),
    *("paragraph", "snippet", "spans", "score", "in_appendix"),
)
"""``SearchHit``'s fields, written out so that ``search --help`` names them without importing the
store (a test checks they agree)."""
CSV_DEFAULT_FIELDS = tuple(field for field in HIT_FIELDS if field != "spans")
"""CSV leaves out the snippet's match offsets unless asked: a list is no spreadsheet cell."""


def parse_fields(text: str | None, output_format: str) -> list[str]:
    """The fields of ``--fields a,b,c`` (default: all, CSV without ``spans``); an unknown one fails."""
    if not text:
        return list(CSV_DEFAULT_FIELDS if output_format == "csv" else HIT_FIELDS)
    fields = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in fields if name not in HIT_FIELDS]
    if unknown or not fields:
        named = ", ".join(map(repr, unknown)) or "(none given)"
        fail(f"unknown field {named}; fields: {', '.join(HIT_FIELDS)}", 2)
    return fields


def _cell(value: Any) -> str:
    """One CSV cell: lists joined by "; ", spans and other structures as JSON, None empty."""
    if value is None:
        return ""
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return "; ".join(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value)
    return str(value)


def write_hits(
    hits: list[SearchHit], output_format: str, fields: list[str], out: TextIO | None = None
) -> None:
    """Write ``hits`` (their ``fields``, in order) as ``json``, ``jsonl`` or ``csv`` on ``out``."""
    from cablescope.store.models import search_hit_json

    out = out or sys.stdout  # looked up at the call: a test runner swaps sys.stdout
    rows = []
    for hit in hits:
        data = search_hit_json(hit)
        rows.append({name: data[name] for name in fields})
    if output_format == "json":
        out.write(safe_json(rows, indent=2) + "\n")
    elif output_format == "jsonl":
        for row in rows:
            out.write(safe_json(row) + "\n")
    else:
        import csv

        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(fields)
        for row in rows:
            # Cells are cleaned of escape sequences and controls, as everything bound for a terminal.
            writer.writerow([clean(_cell(row[name])) for name in fields])
    out.flush()
