"""The shared corpus (546 cable-viewer pages) and the seed, indexed and searched.

Expected reference ids were found by reading the pages' cable text (their <pre> blocks).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cablescope.store import SearchFilters, Store


@pytest.fixture(scope="module")
def library(shared_library: Path) -> Store:
    with Store(shared_library, readonly=True) as store:
        yield store


def ids(hits) -> list[str]:
    return sorted(h.reference_id for h in hits)


def test_rare_words(library: Store) -> None:
    assert ids(library.search("hedegaard")) == ["10BRUSSELS183", "10BRUSSELS186"]
    assert ids(library.search("caviar")) == ["06MOSCOW9533"]
    assert ids(library.search("vodka")) == ["06MOSCOW9533", "09BAKU226"]
    assert ids(library.search("trident")) == ["08LONDON1991", "09LONDON1707", "09LONDON2222", "09PARIS1039"]


def test_phrases_and_operators(library: Store) -> None:
    assert ids(library.search('"supreme leader khamenei"')) == [
        "06BAKU1835",
        "08MADRID98",
        "09BAGHDAD2992",
        "09BAGHDAD3316",
        "09ISTANBUL440",
        "09RPODUBAI389",
        "10RPODUBAI13",
    ]
    assert ids(library.search('"second bottle of vodka"')) == ["09BAKU226"]
    assert ids(library.search("vodka NOT caviar")) == ["09BAKU226"]
    assert ids(library.search("caviar OR hedegaard")) == ["06MOSCOW9533", "10BRUSSELS183", "10BRUSSELS186"]
    assert ids(library.search("hedegaar*")) == ["10BRUSSELS183", "10BRUSSELS186"]


def test_hit_shows_where_the_word_is(library: Store) -> None:
    [hit] = library.search("caviar")
    assert (hit.origin, hit.classification, hit.created.date()) == (
        "Embassy Moscow",
        "CONFIDENTIAL",
        date(2006, 8, 31),
    )
    assert "Beluga Export vodka (“Best consumed with caviar”)" in hit.snippet
    assert [hit.snippet[s:e] for s, e in hit.spans] == ["caviar"]
    [first] = library.search('"deputy national security advisor" hedegaard')
    assert (first.reference_id, first.paragraph) == ("10BRUSSELS183", 1)


def test_filters_on_the_corpus(library: Store) -> None:
    assert ids(library.search("qom", SearchFilters(origin="tel aviv"))) == ["09TELAVIV2502", "09TELAVIV2777"]
    assert ids(library.search("qom", SearchFilters(origin="Embassy Moscow"))) == [
        "09MOSCOW2734",
        "09MOSCOW3010",
    ]
    # The pages' tables: 09LONDON2222 and 09PARIS1039 SECRET//NOFORN, the other two CONFIDENTIAL//NOFORN.
    assert ids(library.search("trident", SearchFilters(classification="S"))) == [
        "09LONDON2222",
        "09PARIS1039",
    ]
    assert ids(library.search("trident", SearchFilters(classification="secret//noforn"))) == [
        "09LONDON2222",
        "09PARIS1039",
    ]
    assert ids(library.search("trident", SearchFilters(classification="confidential"))) == [
        "08LONDON1991",
        "09LONDON1707",
    ]
    assert ids(library.search("trident", SearchFilters(classification="secret"))) == [
        "09LONDON2222",
        "09PARIS1039",
    ]
    assert ids(library.search("qom", SearchFilters(date_from=date(2010, 1, 1)))) == [
        "10BERLIN164",
        "10KUWAIT88",
    ]


def test_the_seed(library: Store) -> None:
    [hit] = library.search('"aubrey carlson" rahimi')
    assert hit.reference_id == "09BEIJING2932"
    assert hit.paragraph is None  # the Classified By line is above the first paragraph
    assert library.matching_paragraphs("09BEIJING2932", "rahimi") == [1, 2]
    assert library.matching_paragraphs("09BEIJING2932", '"supreme leader"') == [1, 3]
    # The Scoop sidebar after "© Scoop Media" is searchable only on request.
    cable = library.get("09BEIJING2932")
    assert cable.appendix is not None
    sidebar_word = "headlines"
    assert "09BEIJING2932" not in ids(library.search(sidebar_word))
    assert "09BEIJING2932" in ids(library.search(sidebar_word, include_appendix=True))


def test_summary_counts(library: Store) -> None:
    stats = library.summary_stats()
    assert stats["cables"] == 547
    assert sum(stats["by_year"].values()) == 547
    assert stats["by_origin"]["Embassy Madrid"] == 46
    assert stats["by_origin"]["Embassy Paris"] == 43
    assert stats["by_classification"]["CONFIDENTIAL"] >= 258
