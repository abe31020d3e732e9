"""Cited-by links in an index of the shared corpus, checked both ways against the pages' REF blocks.

The pages are read again, apart from the index, and their REF blocks parsed with the grammar:
every citation of a cable the corpus holds must show up in that cable's ``cited_by``, and every
``cited_by`` entry must be a citation some page makes. A page is named by its file (the
Reference ID WikiLeaks gives it), because a partial extract may carry no date-time group to
derive its id from: links from such pages cannot be indexed under their real id, and are
counted and printed separately rather than hidden.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cablescope.api import cited_ids
from cablescope.store import Store
from cablescope_references.report import cable_references

pytestmark = pytest.mark.long  # sent out first (tests/conftest.py)


@pytest.fixture(scope="module")
def corpus_index(shared_library: Path) -> Store:
    """The shared pages (and the seed, which cites none of them) indexed once for the run."""
    with Store(shared_library, readonly=True) as store:
        yield store


def test_refs_cited_by_matches_the_pages_both_ways(shared_cables, corpus_index):
    pages = {Path(c.source.path).stem: c for c in shared_cables}
    assert len(pages) == 546
    # What each page cites, its REF block read with the page's own id for yearless citations.
    cites = {
        page_id: cited_ids(cable_references(cable.model_copy(update={"reference_id": page_id})))
        for page_id, cable in pages.items()
    }
    links = {(citing, cited) for citing, ids in cites.items() for cited in ids if cited in pages}
    indexed = {(citing.reference_id, cited) for cited in pages for citing in corpus_index.cited_by(cited)}
    unnamed = {(citing, cited) for citing, cited in links if pages[citing].reference_id != citing}

    print(
        f"\ncited-by check: {len(links)} citations between corpus pages, "
        f"{len(indexed)} cited_by entries; "
        f"{len(links & indexed)} agree; {len(unnamed)} from pages whose text yields no reference id: "
        + ", ".join(f"{a}->{b}" for a, b in sorted(unnamed))
    )
    # Every cited_by entry is a citation a page makes.
    assert indexed - links == set()
    # Every citation from a page the index could name is in the cited cable's cited_by.
    assert links - unnamed - indexed == set()
    # The check has substance: the corpus pages cite each other dozens of times.
    assert len(links & indexed) >= 30
