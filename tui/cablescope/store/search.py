"""Full-text search, counts, pages of a list and a cable's place in one.

A query's matches are kept as a temporary table per query and data version (``_matches``),
so that counting, paging and grouping the same match set does not run the full-text query
again: the explorer asks for the same query's count and pages over and over.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from cablescope.excerpts import SCANNED_CHARS, head
from cablescope.query import Matcher, QueryError, parse_query, snippet, to_fts
from cablescope.store.connection import Connection
from cablescope.store.filters import and_where, sort_parts, where_clause
from cablescope.store.models import SUMMARY_COLUMNS, CableSummary, SearchFilters, SearchHit, summary
from cablescope.store.rows import fts_values

# bm25 weights per column (body, subject, header): a word in the subject counts for more.
BM25 = "bm25(fts, 1.0, 3.0, 0.5)"
MATCH_TABLES = 4
"""How many queries' match sets are kept as temporary tables for count, list and stats."""
RANK_LIMIT = 8000
"""Relevance is exact for up to this many matching cables; past it, the most recently indexed
RANK_LIMIT matches are ranked (bm25 costs a few microseconds per match, and a word found in
most of 250,000 cables would otherwise take a second)."""


class Search(Connection):
    """Searching and listing the library's cables."""

    def _match(self, query: str) -> tuple[Matcher, str]:
        node = parse_query(query)
        return Matcher(node), to_fts(node)

    def _matches(self, query: str | None, include_appendix: bool = False) -> str | None:
        """The temporary table of the ids of cables matching ``query`` (built once per query and data).

        Counting, listing and grouping a big match set joins this table instead of running
        the full-text query each time: the explorer asks for the same query's count and
        pages over and over.
        """
        if query is None:
            return None
        match = self._match(query)[1]
        version = (self._db.execute("PRAGMA data_version").fetchone()[0], self._generation)
        key = (match, include_appendix)
        cached = self._match_tables.pop(key, None)
        if cached and cached[1] == version:
            self._match_tables[key] = cached
            return cached[0]
        if cached:
            self._db.execute(f"DROP TABLE IF EXISTS temp.{cached[0]}")
        while len(self._match_tables) >= MATCH_TABLES:
            oldest = next(iter(self._match_tables))
            self._db.execute(f"DROP TABLE IF EXISTS temp.{self._match_tables.pop(oldest)[0]}")
        self._table_serial += 1
        table = f"matches_{self._table_serial}"
        self._db.execute(f"CREATE TEMP TABLE {table} (id INTEGER PRIMARY KEY)")
        sources = "SELECT rowid FROM fts WHERE fts MATCH ?"
        params = [match]
        if include_appendix:
            sources += " UNION SELECT rowid FROM fts_appendix WHERE fts_appendix MATCH ?"
            params.append(match)
        try:
            self._fetch(f"INSERT INTO temp.{table} (id) {sources}", params)
        except QueryError:
            self._db.execute(f"DROP TABLE temp.{table}")
            raise
        self._match_tables[key] = (table, version, self._db.execute("SELECT changes()").fetchone()[0])
        return table

    def read_in_order(self, matches: str | None, rows: int) -> bool:
        """Whether a list's first ``rows`` rows (its offset and page) within the match table
        ``matches`` are found sooner by walking the list's order, looking each cable up in the
        matches, than by sorting every match: when the matches are so many that the walk meets
        ``rows`` of them soon. Walking meets about rows × cables / matches cables; sorting
        handles every match. A word found in most of 250,000 cables: a page in 0.2 ms instead
        of 320; 300 matches: 0.7 ms sorted, 195 walked."""
        if matches is None:
            return False
        count = next(entry[2] for entry in self._match_tables.values() if entry[0] == matches)
        cables = self._db.execute("SELECT max(id) FROM cables").fetchone()[0] or 0
        return count * count >= rows * cables

    def _fetch(self, sql: str, params: list[Any]) -> list[tuple]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.OperationalError as error:
            # Only FTS5 can still refuse a query we built (such as one too deeply nested).
            raise QueryError("this query cannot be searched: " + str(error).replace("fts5: ", "")) from None

    def count(
        self,
        filters: SearchFilters | None = None,
        query: str | None = None,
        *,
        include_appendix: bool = False,
    ) -> int:
        """How many cables pass the filters (and match the query); ``include_appendix`` as for ``search``."""
        with self._lock:
            where, params = where_clause(filters, self._matches(query, include_appendix), include_appendix)
            key = where + json.dumps(params)
            version = self._db.execute("PRAGMA data_version").fetchone()[0]
            cached = self._count_cache.get(key)
            if cached and cached[0] == version and not self._in_transaction():
                return cached[1]
            n = self._fetch("SELECT count(*) FROM cables c" + where, params)[0][0]
            if len(self._count_cache) > 256:
                self._count_cache.clear()
            self._count_cache[key] = (version, n)
        return n

    def _in_transaction(self) -> bool:
        return self._db.in_transaction

    def list_cables(
        self,
        filters: SearchFilters | None = None,
        *,
        query: str | None = None,
        sort: str = "date",
        descending: bool = False,
        offset: int = 0,
        limit: int = 100,
        backwards: bool = False,
    ) -> list[CableSummary]:
        """One page of cables in order; sort is date, reference_id, origin, classification or subject.

        ``backwards`` reads the same order from its end (a page near the end is cheaper that way:
        SQLite walks OFFSET rows one by one).
        """
        parts = sort_parts(sort, descending, backwards)
        rows: list[tuple[Any, ...]] = []
        skip, want = max(0, offset), max(0, limit)
        with self._lock:
            matches = self._matches(query)
            where, params = where_clause(filters, matches, in_order=self.read_in_order(matches, skip + want))
            for condition, columns, part_descending in parts:
                if len(rows) >= want:
                    break
                within = and_where(where, condition)
                order = ", ".join(column + (" DESC" if part_descending else "") for column in columns)
                page = self._fetch(
                    f"SELECT {SUMMARY_COLUMNS} FROM cables c{within} ORDER BY {order} LIMIT ? OFFSET ?",
                    [*params, want - len(rows), skip],
                )
                if page:
                    rows += page
                    skip = 0
                elif skip:  # the whole part lies before the page
                    skip = max(0, skip - self._fetch(f"SELECT count(*) FROM cables c{within}", params)[0][0])
        return [summary(row) for row in rows]

    def position(
        self,
        reference_id: str,
        filters: SearchFilters | None = None,
        *,
        query: str | None = None,
        sort: str = "date",
        descending: bool = False,
    ) -> int | None:
        """Where the cable stands (from 0) in ``list_cables`` with the same filters, query and order;
        None when it is not in that list (not indexed, or filtered out).

        One count of the rows that come before it, so a jump finds its row however long the list.
        """
        parts = sort_parts(sort, descending, False)
        with self._lock:
            cable_id = self._cable_id(reference_id)
            if cable_id is None:
                return None
            where, params = where_clause(filters, self._matches(query))
            found = self._find_part(parts, where, params, cable_id)
            if found is None:
                return None
            index, here = found
            condition, columns, part_descending = parts[index]
            within = and_where(where, condition)
            # Rows before it: all of the earlier parts; then, within its own part, those equal on
            # the first i sort columns and before it on the next one, for each i. These sets are
            # disjoint, and counted apart each one is a range of an index. SQLite sorts NULL
            # first, so ascending a NULL comes before any value; descending, after.
            counts = [f"(SELECT count(*) FROM cables c{and_where(where, c)})" for c, _, _ in parts[:index]]
            before_params: list[Any] = [*params] * index
            for i, (column, value) in enumerate(zip(columns, here, strict=True)):
                if value is None and not part_descending:
                    continue
                if value is None:
                    step = f"{column} IS NOT NULL"
                elif part_descending:
                    step = f"{column} > ?"
                else:
                    step = f"({column} IS NULL OR {column} < ?)"
                equal = "".join(f" AND {c} IS ?" for c in columns[:i])
                counts.append(f"(SELECT count(*) FROM cables c{and_where(within, step + equal)})")
                before_params += [*params, *([] if value is None else [value]), *here[:i]]
            if not counts:
                return 0
            return self._fetch("SELECT " + " + ".join(counts), before_params)[0][0]

    def _find_part(
        self, parts: list[tuple[str, tuple[str, ...], bool]], where: str, params: list[Any], cable_id: int
    ) -> tuple[int, tuple[Any, ...]] | None:
        """Which part of a list's order holds the cable, and its sort values; None if it is not listed."""
        for index, (condition, columns, _) in enumerate(parts):
            within = and_where(and_where(where, condition), "c.id = ?")
            rows = self._fetch(
                f"SELECT {', '.join(columns)} FROM cables c{within}",
                [*params, cable_id],
            )
            if rows:
                return index, rows[0]
        return None

    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        *,
        limit: int = 20,
        sort: str = "relevance",
        include_appendix: bool = False,
    ) -> list[SearchHit]:
        """The best-matching cables, one hit each with its best paragraph and a highlighted snippet.

        ``include_appendix`` also searches republishers' appendices, and lets an ``entity``
        filter count the mentions found there.
        """
        if sort not in ("relevance", "date"):
            raise ValueError(f"cannot sort search results by {sort!r}: choose relevance or date")
        matcher, match = self._match(query)
        where, params = where_clause(filters, None, include_appendix)
        with self._lock:
            if sort == "relevance":
                # Filters narrow the FTS scan so bm25 is only computed for cables that pass them, and
                # for at most RANK_LIMIT of those, newest rowids first. The unary + keeps FTS5 from
                # taking "rowid IN" as a lookup, which would run the whole query once per id.
                # The bounds of the passing ids, which FTS5 does use, skip the rest of the index
                # (cables indexed from a CSV in date order make date filters contiguous).
                narrowed = (
                    f" AND rowid >= (SELECT min(c.id) FROM cables c{where})"
                    f" AND rowid <= (SELECT max(c.id) FROM cables c{where})"
                    f" AND +rowid IN (SELECT c.id FROM cables c{where})"
                    if where
                    else ""
                )
                params = params * 3
                if any(len(p.words) > 1 for p in matcher.positive) and not include_appendix:
                    # bm25 of a phrase first counts the phrase over the whole table (70 ms for a common
                    # one at 250,000 cables): rank the phrase's matches by bm25 of their words instead,
                    # whose counts FTS5 keeps in the index.
                    ranked = self._fetch(
                        "WITH m(id) AS MATERIALIZED (SELECT rowid FROM fts "
                        f"WHERE fts MATCH ?{narrowed} ORDER BY rowid DESC LIMIT ?) "
                        f"SELECT rowid AS id, {BM25} AS score FROM fts WHERE fts MATCH ? "
                        "AND rowid >= (SELECT min(id) FROM m) AND rowid <= (SELECT max(id) FROM m) "
                        "AND +rowid IN (SELECT id FROM m) ORDER BY score LIMIT ?",
                        [match, *params, RANK_LIMIT, matcher.any_word_fts(), max(0, limit)],
                    )
                else:
                    ranked_sql = (
                        f"SELECT rowid AS id, {BM25} AS score FROM fts "
                        f"WHERE fts MATCH ?{narrowed} ORDER BY rowid DESC LIMIT ?"
                    )
                    ranked_params = [match, *params, RANK_LIMIT]
                    if include_appendix:
                        ranked_sql = (
                            f"SELECT * FROM ({ranked_sql}) UNION ALL SELECT * FROM (SELECT rowid AS id, "
                            "bm25(fts_appendix) AS score FROM fts_appendix "
                            f"WHERE fts_appendix MATCH ?{narrowed} "
                            "ORDER BY rowid DESC LIMIT ?)"
                        )
                        ranked_params += [match, *params, RANK_LIMIT]
                    ranked = self._fetch(
                        f"SELECT m.id, min(m.score) AS best FROM ({ranked_sql}) m "
                        "GROUP BY m.id ORDER BY best LIMIT ?",
                        [*ranked_params, max(0, limit)],
                    )
                scores = dict(ranked)
                found = {
                    row[6]: row
                    for row in self._fetch(
                        f"SELECT {SUMMARY_COLUMNS}, c.id FROM cables c WHERE c.id IN "
                        "(SELECT value FROM json_each(?))",
                        [json.dumps(list(scores))],
                    )
                }
                rows = [(*found[cable_id], score) for cable_id, score in ranked if cable_id in found]
            else:
                matches = self._matches(query, include_appendix)
                where, params = where_clause(filters, matches, include_appendix)
                # When the query matches a good share of the corpus, walking the date index from the
                # newest cable finds the first hits at once; otherwise sorting the matches is quicker.
                share = self._db.execute(
                    f"SELECT (SELECT count(*) FROM temp.{matches}) * 20 >= (SELECT count(*) FROM cables)"
                ).fetchone()[0]
                walk = " INDEXED BY cables_created" if share else ""
                rows = [
                    (*row, 0.0)
                    for row in self._fetch(
                        f"SELECT {SUMMARY_COLUMNS}, c.id FROM cables c{walk}{where} "
                        "ORDER BY c.created DESC, c.reference_id DESC LIMIT ?",
                        [*params, max(0, limit)],
                    )
                ]
            docs = {row[6]: self._load_doc(row[6]) for row in rows}
        hits = []
        for row in rows:
            doc = docs[row[6]]
            number, text, in_appendix, spans, size = best_paragraph(doc, matcher, include_appendix)
            excerpt, moved = snippet(text, spans)
            if size > len(text):
                excerpt += f" [excerpt from the first {len(text):,} of {size:,} characters]"
            hits.append(
                SearchHit(
                    **vars(summary(row[:6])),
                    paragraph=number,
                    snippet=excerpt,
                    spans=[(start, end) for start, end in moved],
                    score=float(row[7]),
                    in_appendix=bool(in_appendix),
                )
            )
        return hits

    def matching_paragraphs(self, reference_id: str, query: str) -> list[int]:
        """Numbers of the cable's numbered paragraphs in which the whole query matches."""
        matcher = Matcher(parse_query(query))
        with self._lock:
            cable_id = self._cable_id(reference_id)
            if cable_id is None:
                return []
            doc = self._load_doc(cable_id)
        return [
            p["number"]
            for p in doc.get("paragraphs") or ()
            if p.get("number") is not None and matcher.matches(head(p["text"], SCANNED_CHARS))
        ]


def best_paragraph(
    doc: dict[str, Any], matcher: Matcher, include_appendix: bool
) -> tuple[int | None, str, bool, list[tuple[int, int]], int]:
    """(paragraph number, its text (the first ``SCANNED_CHARS`` of it), in appendix, match spans,
    its whole length) of the piece of the cable matching best.

    Pieces are tried in this order, which breaks ties: the paragraphs, the subject, the
    header lines, the appendix.
    """
    body, subject, header, appendix = fts_values(doc)
    paragraphs = doc.get("paragraphs") or ()
    pieces: list[tuple[int | None, str, bool]] = (
        [(p.get("number"), p["text"], False) for p in paragraphs] if paragraphs else [(None, body, False)]
    )
    pieces += [(None, subject, False), (None, header, False)]
    if include_appendix and appendix:
        pieces.append((None, appendix, True))
    best, best_key = 0, (False, -1, 0)
    for i, (_, text, _) in enumerate(pieces):
        # A huge paragraph is looked at in its first part only (see cablescope.excerpts).
        matched, present = matcher.score(head(text, SCANNED_CHARS))
        if (matched, present, -i) > best_key:
            best, best_key = i, (matched, present, -i)
            if matched and present == len(matcher.positive):
                break  # no later piece can do better
    number, text, in_appendix = pieces[best]
    scanned = head(text, SCANNED_CHARS)
    return number, scanned, in_appendix, matcher.spans(scanned), len(text)
