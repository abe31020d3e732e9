"""Reading one cable and what links it: its text, sources, facts, citations and neighbours;
counts by year, origin, classification or tag; the files the library was read from."""

from __future__ import annotations

import json
import os
import sqlite3
from typing import TYPE_CHECKING, Any

from cablescope.checkup import Problem, find_problems
from cablescope.store.filters import KEY_OR_ALIAS, where_clause
from cablescope.store.models import SUMMARY_COLUMNS, CableSummary, SearchFilters, summary
from cablescope.store.rows import load_facts
from cablescope.store.search import Search

if TYPE_CHECKING:
    from cablescope.annotations import Fact
    from cablescope.model import Cable, Source

# The models load with the first cable read (``get``, ``sources``): a search builds none.

STATS_BY = ("year", "month", "origin", "classification", "tag")


class Reads(Search):
    """Everything the library answers; nothing here writes (see ``cablescope.store.Library``)."""

    def get(self, reference_id: str) -> Cable | None:
        """The full cable (its primary reading, with fields other sources added), or None."""
        from cablescope.model import Cable

        with self._lock:
            cable_id = self._cable_id(reference_id)
            if cable_id is None:
                return None
            return Cable.model_validate(self._load_doc(cable_id))

    def sources(self, reference_id: str) -> list[Source]:
        """Every source of a cable, the primary one first."""
        from cablescope.model import Source

        with self._lock:
            cable_id = self._cable_id(reference_id)
            if cable_id is None:
                return []
            rows = self._db.execute(
                "SELECT path, format, sha256, row FROM sources WHERE cable_id = ? "
                "ORDER BY rank DESC, id DESC",
                (cable_id,),
            ).fetchall()
        return [
            Source(path=path or None, format=fmt or "text", sha256=sha, row=row)
            for path, fmt, sha, row in rows
        ]

    def find(self, text: str, limit: int = 12) -> list[CableSummary]:
        """Cables a finder offers as the user types: reference ids starting with ``text`` first
        (``09BEI``), then cables whose id or subject holds every word of it (``ankara 15``)."""
        words = text.upper().split()
        if not words:
            return []
        with self._lock:
            rows: list[tuple] = []
            if len(words) == 1:
                # A prefix reads the reference id index: instant on the largest library.
                rows = self._fetch(
                    f"SELECT {SUMMARY_COLUMNS} FROM cables c WHERE c.reference_id >= ? "
                    "AND c.reference_id < ? ORDER BY c.reference_id LIMIT ?",
                    [words[0], words[0] + "\uffff", limit],
                )
            found = [row[0] for row in rows]
            escaped = (w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for w in words)
            patterns = [f"%{word}%" for word in escaped]
            pieces = " AND ".join(
                "(c.reference_id LIKE ? ESCAPE '\\' OR c.subject LIKE ? ESCAPE '\\')" for _ in words
            )
            rows += self._fetch(
                f"SELECT {SUMMARY_COLUMNS} FROM cables c WHERE {pieces} "
                "AND c.reference_id NOT IN (SELECT value FROM json_each(?)) "
                "ORDER BY length(c.reference_id), c.reference_id LIMIT ?",
                [
                    *(p for pattern in patterns for p in (pattern, pattern)),
                    json.dumps(found),
                    limit - len(rows),
                ],
            )
        return [summary(row) for row in rows]

    def stats(
        self, by: str, *, query: str | None = None, filters: SearchFilters | None = None
    ) -> dict[str, int]:
        """Cable counts grouped by year, month, origin, classification or tag.

        Years and months come in calendar order ("unknown" last); the others by count,
        largest first.
        """
        if by not in STATS_BY:
            raise ValueError(f"cannot count by {by!r}: choose one of {', '.join(STATS_BY)}")
        with self._lock:
            where, params = where_clause(filters, self._matches(query))
            # Each grouping reads one index (the cable rows are big): origins are counted by their
            # folded key and named afterwards, tags straight from their table.
            if by in ("year", "month"):
                width = 4 if by == "year" else 7
                sql = (
                    f"SELECT substr(c.created, 1, {width}) AS k, count(*) AS n FROM cables c{where} "
                    "GROUP BY k ORDER BY k = '', k"
                )
            elif by == "tag":
                within = f" WHERE t.cable_id IN (SELECT c.id FROM cables c{where})" if where else ""
                sql = (
                    f"SELECT t.tag AS k, count(*) AS n FROM cable_tags t{within} "
                    "GROUP BY k ORDER BY n DESC, k"
                )
            elif by == "origin":
                sql = (
                    f"SELECT c.origin_key AS k, count(*) AS n FROM cables c{where} "
                    "GROUP BY k ORDER BY n DESC, k"
                )
            else:
                sql = (
                    f"SELECT min(c.classification) AS k, count(*) AS n FROM cables c{where} "
                    "GROUP BY c.classification COLLATE NOCASE ORDER BY n DESC, k"
                )
            rows = self._fetch(sql, params)
            if by == "origin":
                rows = [
                    (
                        self._db.execute(
                            "SELECT origin FROM cables WHERE origin_key = ? LIMIT 1", (key,)
                        ).fetchone()[0]
                        if key
                        else None,
                        n,
                    )
                    for key, n in rows
                ]
        counts: dict[str, int] = {}
        for key, n in rows:
            label = key if key else "unknown"
            counts[label] = counts.get(label, 0) + n
        if by in ("origin", "classification", "tag"):
            counts = dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
        return counts

    def summary_stats(self) -> dict[str, Any]:
        """Number of cables and counts by year, origin, classification and tag."""
        return {
            "cables": self.count(),
            "by_year": self.stats("year"),
            "by_origin": self.stats("origin"),
            "by_classification": self.stats("classification"),
            "by_tag": self.stats("tag"),
        }

    def cited_by(self, reference_id: str) -> list[CableSummary]:
        """Cables in the index whose references list this one, oldest first."""
        with self._lock:
            rows = self._db.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM refs r JOIN cables c ON c.id = r.citing "
                "WHERE r.cited = ? ORDER BY c.created, c.reference_id",
                (reference_id.strip().upper(),),
            ).fetchall()
        return [summary(row) for row in rows]

    def cites(self, reference_id: str) -> list[tuple[str, CableSummary | None]]:
        """The cable's references in its own order, each with its summary or None when not indexed."""
        cable = self.get(reference_id)
        if cable is None:
            return []
        out = []
        with self._lock:
            for cited in dict.fromkeys(cable.references):
                row = self._db.execute(
                    f"SELECT {SUMMARY_COLUMNS} FROM cables c WHERE c.reference_id = ?", (cited,)
                ).fetchone()
                out.append((cited, summary(row) if row else None))
        return out

    def neighbour(self, reference_id: str, step: int) -> CableSummary | None:
        """The cable ``step`` places later (or earlier, when negative) from the same origin, by date."""
        with self._lock:
            row = self._db.execute(
                "SELECT origin_key, created, reference_id FROM cables WHERE id = ?",
                (self._cable_id(reference_id),),
            ).fetchone()
            if row is None or row[0] is None or step == 0:
                return None
            origin_key, created, ref = row
            if step > 0:
                sql = (
                    f"SELECT {SUMMARY_COLUMNS} FROM cables c WHERE c.origin_key = ? "
                    "AND (c.created, c.reference_id) > (?, ?) "
                    "ORDER BY c.created, c.reference_id LIMIT 1 OFFSET ?"
                )
            else:
                sql = (
                    f"SELECT {SUMMARY_COLUMNS} FROM cables c WHERE c.origin_key = ? "
                    "AND (c.created, c.reference_id) < (?, ?) "
                    "ORDER BY c.created DESC, c.reference_id DESC LIMIT 1 OFFSET ?"
                )
            found = self._db.execute(sql, (origin_key, created, ref, abs(step) - 1)).fetchone()
        return summary(found) if found else None

    def facts(self, reference_id: str, kind: str | None = None) -> list[Fact]:
        """The facts plugins found in the cable when it was indexed."""
        with self._lock:
            cable_id = self._cable_id(reference_id)
            if cable_id is None:
                return []
            blob = self._db.execute("SELECT facts FROM cables WHERE id = ?", (cable_id,)).fetchone()[0]
        if not blob:
            return []
        facts = load_facts(blob)
        return [f for f in facts if kind is None or f.kind == kind]

    def facts_pending(self) -> int:
        """How many cables still await their facts: an indexing run writes cables first and
        their facts after (``cablescope.ingest.facts``); until it is done, fact counts and fact
        filters leave those cables out."""
        with self._lock:
            try:
                return self._db.execute("SELECT count(*) FROM facts_pending").fetchone()[0]
            except sqlite3.OperationalError:
                return 0  # index format 4, read as it is: it has no facts to find

    def top_facts(self, kind: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
        """The facts found in most cables: ``{kind, key, cables, mentions}``, most cables first.

        Only the cables' own text counts: mentions in a republisher's appendix are left out.
        """
        where = " AND k.kind = ?" if kind else ""
        with self._lock:
            rows = self._db.execute(
                "SELECT k.kind, k.key, count(*) AS n, sum(cf.mentions) FROM cable_facts cf "
                f"JOIN fact_keys k ON k.id = cf.key_id WHERE cf.mentions > 0{where} "
                "GROUP BY cf.key_id ORDER BY n DESC, k.key LIMIT ?",
                ([kind] if kind else []) + [limit],
            ).fetchall()
        return [{"kind": k, "key": key, "cables": n, "mentions": m} for k, key, n, m in rows]

    def cables_with_fact(self, kind: str | None, key: str, limit: int = 200) -> list[CableSummary]:
        """Cables whose own text has a fact with this key or acronym (case-insensitive), oldest first.

        Mentions in a republisher's appendix do not count (``facts`` still lists them).
        """
        folded = " ".join(key.split()).casefold()
        params: list[Any] = [folded, folded]
        kind_clause = ""
        if kind:
            kind_clause = " AND cf.key_id IN (SELECT id FROM fact_keys WHERE kind = ?)"
            params.append(kind)
        with self._lock:
            rows = self._db.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM cables c "
                "WHERE c.id IN (SELECT cf.cable_id FROM cable_facts cf "
                f"WHERE {KEY_OR_ALIAS}{kind_clause} AND cf.mentions > 0) "
                "ORDER BY c.created, c.reference_id LIMIT ?",
                [*params, limit],
            ).fetchall()
        return [summary(row) for row in rows]

    def indexed_under(self, root: str) -> list[str]:
        """The files at or under ``root`` that the library holds readings or a record of."""
        under = root.rstrip(os.sep) + os.sep
        where = "path = ? OR substr(path, 1, ?) = ?"
        with self._lock:
            rows = self._db.execute(
                f"SELECT path FROM files WHERE {where} UNION SELECT path FROM sources WHERE {where}",
                (root, len(under), under) * 2,
            ).fetchall()
        return sorted(path for (path,) in rows)

    def files(self) -> list[tuple[str, int, str | None]]:
        """Every file the library holds readings or a record of: (path, cables held, when it was
        indexed; None for a file an interrupted run left without a record)."""
        with self._lock:
            return self._db.execute(
                "SELECT path, (SELECT count(*) FROM sources s WHERE s.path = f.path), indexed_at "
                "FROM files f "
                "UNION ALL SELECT path, count(*), NULL FROM sources WHERE path != '' "
                "AND path NOT IN (SELECT path FROM files) GROUP BY path ORDER BY 1"
            ).fetchall()

    def check(self) -> list[Problem]:
        """Every mismatch in the library (``cablescope.checkup``)."""
        with self._lock:
            return find_problems(self._db)
