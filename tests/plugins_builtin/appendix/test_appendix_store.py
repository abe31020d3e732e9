"""The appendix in an index: kept out of paragraphs and default search, found on request, and compared."""

from __future__ import annotations

import pytest
from appendix_pages import PAGE_FACTS, PAGES

from cablescope import ingest
from cablescope.api import Cable, ViewContext, open_store, parse_cable, read_path
from cablescope_appendix.analysis import analyse

APPENDIX_WORDS = ("Vaccine", "Gaza", "Methane", "Padma", "IPPPR", "More>>", "Scoop", "Headlines")


def parsed_page(name: str) -> Cable:
    """A synthetic page as the parser reads it, with the reference id this suite gives it."""
    reference_id, _ = PAGE_FACTS[name]
    cable = parse_cable((PAGES / name).read_text(encoding="utf-8"))
    return cable.model_copy(update={"reference_id": reference_id})


@pytest.fixture
def library(tmp_path, seed_path):
    store = open_store(tmp_path / "library.db")
    for cable in read_path(seed_path):
        ingest.add(store, cable)
    for name in (
        "scoop-reykjavik-fisheries.txt",
        "scoop-vilnius-power-links.txt",
        "scoop-athens-ferry-strike.txt",
        "scoop-nairobi-no-appendix.txt",
    ):
        ingest.add(store, parsed_page(name))
    yield store
    store.close()


def test_appendix_store_no_appendix_word_in_seed_paragraphs(seed_path):
    (cable,) = list(read_path(seed_path))
    assert len(cable.paragraphs) == 8
    for paragraph in cable.paragraphs:
        assert paragraph.end <= cable.appendix.offset
        for word in APPENDIX_WORDS:
            assert word not in paragraph.text


def test_appendix_store_default_search_skips_the_appendix(library):
    assert library.search("Vaccine") == []
    hits = library.search("Vaccine", include_appendix=True)
    assert [(hit.reference_id, hit.in_appendix) for hit in hits] == [("09BEIJING2932", True)]


def test_appendix_store_most_similar_appendix_in_the_index(library):
    cable = library.get("08REYKJAVIK215")
    analysis = analyse(cable, ViewContext(store=library))
    diff = analysis.page_diff
    assert (diff.against, diff.chosen, diff.similarity) == ("10VILNIUS77", "most-similar", 0.636)
    assert diff.shared_headlines == [
        "WWF: Ocean Plastic Survey Finds Record Levels In Pacific Gyre",
        "UNDP: Solar Microgrids Bring Power To Island Clinics",
    ]


def test_appendix_store_same_site_when_no_headline_is_shared(library):
    # The seed shares no headline with any page: the candidates are the other Scoop pages, and the
    # closest by lines is the Vilnius page, which has the seed's three furniture lines (copyright,
    # "World Headlines", "Focus On: UN SDGs"): 2 * 3 / (15 + 11). Athens has two: 2 * 2 / (15 + 6).
    analysis = analyse(library.get("09BEIJING2932"), ViewContext(store=library))
    diff = analysis.page_diff
    assert (diff.against, diff.shared_headlines, diff.similarity) == ("10VILNIUS77", [], 0.231)


def test_appendix_store_against_a_reference_id(library):
    analysis = analyse(
        library.get("10VILNIUS77"), ViewContext(store=library, options={"against": "08REYKJAVIK215"})
    )
    assert (analysis.page_diff.against, analysis.page_diff.chosen) == ("08REYKJAVIK215", "given")
    assert analysis.page_diff.new_headlines == [
        "UN News: Measles Cases Quadruple In First Quarter",
        "FAO: Locust Swarms Threaten Harvests Across The Horn Of Africa",
    ]


class BrokenIndex:
    """An index whose every search fails, as a library written by an older schema can."""

    def search(self, query, **options):
        raise ValueError("this query cannot be searched: no such column: header")

    def get(self, reference_id):
        return None


def test_appendix_store_unsearchable_index_is_reported(seed_path):
    (cable,) = list(read_path(seed_path))
    analysis = analyse(cable, ViewContext(store=BrokenIndex()))
    assert analysis.page_diff is None
    assert analysis.page_diff_note == (
        "the index could not be searched for other pages: "
        "this query cannot be searched: no such column: header"
    )
