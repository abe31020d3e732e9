"""Everything the appendix view says about one page, computed once: split, items, capture date, diffs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cablescope.api import (
    AppendixBoundary,
    Cable,
    ViewContext,
    canonical_reference_id,
    find_appendix_boundary,
    read_path,
)
from cablescope_appendix.capture import CaptureEstimate, estimate_capture, months_between
from cablescope_appendix.diff import (
    CableRelatedness,
    PageDiff,
    appendix_lines,
    diff_pages,
    relate,
    similarity,
)
from cablescope_appendix.items import ParsedAppendix, parse_appendix

# How many pages the index is asked for per headline, and how many are compared in all.
HITS_PER_QUERY = 20
MAX_CANDIDATES = 50
QUERY_WORD = re.compile(r"[A-Za-z0-9]+")


class PageNotFound(LookupError):
    """``--against`` named neither a readable file nor a cable in the index."""


@dataclass
class Analysis:
    name: str
    boundary: AppendixBoundary | None
    parsed: ParsedAppendix
    capture: CaptureEstimate | None
    months_after_cable: int | None
    relatedness: CableRelatedness | None
    page_diff: PageDiff | None
    page_diff_note: str
    other_reference_id: str | None = None
    """The compared page's reference id when the index holds it (so the explorer can open it)."""


def page_name(cable: Cable) -> str:
    if cable.reference_id:
        return cable.reference_id
    if cable.source and cable.source.path:
        return Path(cable.source.path).name
    return "this page"


def split(cable: Cable) -> tuple[AppendixBoundary | None, ParsedAppendix]:
    """The boundary in the page text and the appendix read into sections and items."""
    boundary = find_appendix_boundary(cable.text)
    if boundary is None:
        return None, ParsedAppendix()
    return boundary, parse_appendix(cable.text[boundary.offset :], boundary.offset, boundary.line)


def resolve_page(target: str, store: Any) -> Cable:
    """``--against``: a file path (its first cable), else a reference id looked up in the index."""
    path = Path(target).expanduser()
    if path.exists():
        for cable in read_path(path):
            return cable
        raise PageNotFound(f"no cable could be read from {target}")
    if store is None:
        raise PageNotFound(f"{target} is not a file, and there is no index to look it up in")
    reference_id = canonical_reference_id(target) or target
    cable = store.get(reference_id)
    if cable is None:
        raise PageNotFound(f"{target} is neither a file nor a cable in the index")
    return cable


def _search_terms(parsed: ParsedAppendix, boundary: AppendixBoundary) -> list[str]:
    """Index queries that find pages with the same furniture: each headline as a phrase, then the
    site's copyright line and headings (which find its other pages when no headline is shared)."""
    queries = []
    for item in parsed.items:
        words = QUERY_WORD.findall(item.headline)
        if len(words) >= 2:
            queries.append('"' + " ".join(words) + '"')
    for signal in boundary.signals:
        if signal.kind in ("copyright", "heading"):
            words = QUERY_WORD.findall(signal.text)
            if words:
                queries.append('"' + " ".join(words) + '"')
    return queries


class IndexUnsearchable(RuntimeError):
    """Every query for candidate pages failed: the index, not a headline, is at fault."""


def most_similar(
    cable: Cable, boundary: AppendixBoundary, parsed: ParsedAppendix, store: Any
) -> Cable | None:
    """The page in the index whose appendix is closest to this one's, or None when no other has one."""
    seen: list[str] = []
    failures: list[str] = []
    queries = _search_terms(parsed, boundary)
    for query in queries:
        try:
            hits = store.search(query, limit=HITS_PER_QUERY, include_appendix=True)
        except ValueError as error:
            # The store's QueryError: a headline the query syntax cannot take is skipped.
            failures.append(str(error))
            continue
        for hit in hits:
            if hit.reference_id != cable.reference_id and hit.reference_id not in seen:
                seen.append(hit.reference_id)
        if len(seen) >= MAX_CANDIDATES:
            break
    if queries and len(failures) == len(queries):
        raise IndexUnsearchable(failures[0])
    mine = appendix_lines(cable.text[boundary.offset :])
    best: tuple[tuple[int, float], Cable] | None = None
    for reference_id in seen[:MAX_CANDIDATES]:
        other = store.get(reference_id)
        if other is None:
            continue
        other_boundary, other_parsed = split(other)
        if other_boundary is None:
            continue
        shared = len({i.key for i in parsed.items} & {i.key for i in other_parsed.items})
        rank = (shared, similarity(mine, appendix_lines(other.text[other_boundary.offset :])))
        if best is None or rank > best[0]:
            best = (rank, other)
    return best[1] if best else None


def analyse(cable: Cable, context: ViewContext) -> Analysis:
    """Split the page, read its appendix, date it, and compare it with the cable and another page."""
    name = page_name(cable)
    boundary, parsed = split(cable)
    if boundary is None:
        return Analysis(
            name=name,
            boundary=None,
            parsed=parsed,
            capture=None,
            months_after_cable=None,
            relatedness=None,
            page_diff=None,
            page_diff_note="",
        )
    capture = estimate_capture(parsed)
    months = None
    if capture.estimate and len(capture.estimate) >= 7 and cable.created:
        months = months_between(cable.created.date(), capture.estimate)
    relatedness = relate(cable.text[: boundary.offset], parsed)

    against = context.options.get("against")
    other: Cable | None
    if against:
        other = resolve_page(str(against), context.store)
        chosen, note = "given", ""
    elif context.store is not None:
        chosen = "most-similar"
        try:
            other = most_similar(cable, boundary, parsed, context.store)
        except IndexUnsearchable as error:
            other, note = None, f"the index could not be searched for other pages: {error}"
        else:
            note = "" if other else "no other page in the index has an appendix to compare with"
    else:
        other, chosen = None, ""
        note = "no index to look for other pages in (give --against PATH_OR_REFID or --db FILE)"
    page_diff = None
    other_reference_id = None
    if other is not None:
        store = context.store
        if other.reference_id and store is not None and store.get(other.reference_id) is not None:
            other_reference_id = other.reference_id
        other_boundary, other_parsed = split(other)
        other_text = other.text[other_boundary.offset :] if other_boundary else ""
        page_diff = diff_pages(
            cable.text[boundary.offset :],
            parsed.items,
            other_text,
            other_parsed.items,
            this_name=name,
            other_name=page_name(other),
            chosen=chosen,
        )
        if other_boundary is None:
            note = f"{page_name(other)} has no appendix: every headline here is new"
    return Analysis(
        name=name,
        boundary=boundary,
        parsed=parsed,
        capture=capture,
        months_after_cable=months,
        relatedness=relatedness,
        page_diff=page_diff,
        page_diff_note=note,
        other_reference_id=other_reference_id,
    )
