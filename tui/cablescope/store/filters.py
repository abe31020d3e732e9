"""The SQL a list, count or search is narrowed and ordered by: filters, sort orders, levels."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from cablescope.query import QueryError
from cablescope.store.models import SearchFilters

LEVELS = ("U", "SBU", "C", "S", "TS")
SORT_COLUMNS = {
    "date": ("c.created", "c.reference_id"),
    "reference_id": ("c.reference_id",),
    "origin": ("c.origin_key", "c.created", "c.reference_id"),
    "classification": ("c.classification COLLATE NOCASE", "c.created", "c.reference_id"),
    "subject": ("c.subject COLLATE NOCASE", "c.reference_id"),
}


def sort_parts(sort: str, descending: bool, backwards: bool) -> list[tuple[str, tuple[str, ...], bool]]:
    """A list's order as consecutive parts, each (condition, sort columns, descending).

    By date, undated cables (partial extracts) follow the dated ones whichever way the dates
    run. As two parts each is still read along an index, where ``NULLS LAST`` would sort them
    all. ``backwards`` is the same order read from its end.
    """
    if sort not in SORT_COLUMNS:
        raise ValueError(f"cannot sort by {sort!r}: choose one of {', '.join(SORT_COLUMNS)}")
    if sort == "date":
        parts = [
            ("c.created > ''", SORT_COLUMNS["date"], descending),
            ("c.created = ''", ("c.reference_id",), descending),
        ]
    else:
        parts = [("", SORT_COLUMNS[sort], descending)]
    if backwards:
        return [(condition, columns, not part) for condition, columns, part in reversed(parts)]
    return parts


def and_where(where: str, condition: str) -> str:
    """``where`` (a WHERE clause, or nothing) narrowed by ``condition`` (or by nothing)."""
    if not condition:
        return where
    return f"{where} AND {condition}" if where else f" WHERE {condition}"


KEY_OR_ALIAS = (
    "cf.key_id IN (SELECT id FROM fact_keys WHERE key_fold = ? "
    "UNION SELECT id FROM fact_keys WHERE alias_fold = ?)"
)
"""Fact keys named by a folded key or acronym (two parameters: the same folded text)."""

_LEVEL_NAMES = {
    "UNCLASSIFIED": "U",
    "SENSITIVE BUT UNCLASSIFIED": "SBU",
    "CONFIDENTIAL": "C",
    "SECRET": "S",
    "TOP SECRET": "TS",
}


def filter_level(value: str, what: str = "classification") -> str:
    """A classification or level filter value as a level; QueryError for one that is not a level."""
    text = " ".join(value.upper().split())
    if text in LEVELS:
        return text
    if text in _LEVEL_NAMES:
        return _LEVEL_NAMES[text]
    if what != "classification":
        raise QueryError(f"unknown {what} {value!r}: use U, SBU, C, S or TS, or its name (secret)")
    raise QueryError(
        f"unknown classification {value!r}: use a level (U, SBU, C, S, TS), its name (secret), "
        "or a full classification with caveats (SECRET//NOFORN)"
    )


def where_clause(
    filters: SearchFilters | None,
    matches: str | None,
    include_appendix: bool = False,
    *,
    in_order: bool = False,
) -> tuple[str, list[Any]]:
    """A WHERE clause (or nothing) for the filters, and within the match table ``matches``
    (a query's matches, ``Search._matches``) when given; with its parameters.

    ``in_order``: the rows are to be read along the list's order, each looked up in the match
    table, rather than the matches looked up and sorted (``Search.read_in_order`` says when)."""
    clauses: list[str] = []
    params: list[Any] = []
    if matches is not None:
        # A unary plus keeps SQLite from reading the matches by their ids (then sorting them all):
        # it walks the sort's own index instead and stops at the page's last row.
        clauses.append(f"{'+' if in_order else ''}c.id IN (SELECT id FROM temp.{matches})")
    f = filters or SearchFilters()
    if f.origin and f.origin.strip():
        key = " ".join(f.origin.lower().split())
        clauses.append("(c.origin_key = ? OR c.origin_place = ?)")
        params += [key, key]
    if f.classification and f.classification.strip():
        value = f.classification.strip()
        if "/" in value:
            clauses.append("c.classification = ? COLLATE NOCASE")
            params.append(" ".join(value.upper().split()))
        else:
            clauses.append("c.level = ?")
            params.append(filter_level(value))
    if f.level and f.level.strip():
        clauses.append(
            "c.id IN (SELECT cf.cable_id FROM cable_facts cf WHERE cf.key_id IN "
            "(SELECT id FROM fact_keys WHERE kind = 'marking' AND key = ?) AND cf.mentions > 0)"
        )
        params.append(filter_level(f.level, "paragraph level"))
    if f.tag and f.tag.strip():
        clauses.append("c.id IN (SELECT cable_id FROM cable_tags WHERE tag = ?)")
        params.append(f.tag.strip().upper())
    if f.date_from:
        clauses.append("c.created >= ?")
        params.append(f.date_from.isoformat())
    if f.date_to:
        clauses.append("c.created > '' AND c.created < ?")
        params.append((f.date_to + timedelta(days=1)).isoformat())
    if f.entity and f.entity.strip():
        own = "" if include_appendix else " AND cf.mentions > 0"
        clauses.append(f"c.id IN (SELECT cf.cable_id FROM cable_facts cf WHERE {KEY_OR_ALIAS}{own})")
        params += [" ".join(f.entity.split()).casefold()] * 2
    if f.reference_ids is not None:
        clauses.append("c.reference_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(f.reference_ids))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params
