"""On the 546 real cable pages: no appendix where there is none, and the boundary exact where we add one."""

from __future__ import annotations

import pytest
from appendix_pages import PAGES

from cablescope.api import find_appendix_boundary as find_boundary

# The sidebar of one of our synthetic pages, from its copyright line on.
SIDEBAR = (PAGES / "scoop-reykjavik-fisheries.txt").read_text(encoding="utf-8").split("© Scoop Media", 1)[1]


@pytest.fixture(scope="module")
def corpus_cables(shared_cables):
    return list(shared_cables)


def test_appendix_corpus_pages_have_no_appendix(corpus_cables):
    found = [(c.reference_id, b.decided_by.kind) for c in corpus_cables if (b := find_boundary(c.text))]
    print(f"{len(corpus_cables)} pages, {len(found)} with an appendix: {found}")
    assert len(corpus_cables) == 546
    assert found == []


@pytest.mark.parametrize(
    ("furniture", "kind"),
    [("© Scoop Media" + SIDEBAR, "copyright"), (SIDEBAR.lstrip("\n"), "heading")],
    ids=["copyright", "heading-only"],
)
def test_appendix_corpus_boundary_exact_when_a_sidebar_is_added(corpus_cables, furniture, kind):
    misses = []
    for cable in corpus_cables:
        body = cable.text.rstrip()
        boundary = find_boundary(f"{body}\n\n{furniture}")
        if boundary is None or boundary.offset != len(body) + 2 or boundary.decided_by.kind != kind:
            misses.append(cable.reference_id)
    print(f"{kind}: boundary exact on {len(corpus_cables) - len(misses)} of {len(corpus_cables)} pages")
    assert misses == []
