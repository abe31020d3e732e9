"""The Store API on cables built directly: round trip, search, filters, merging, lists and stats."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

import pytest

from cablescope import ingest, plugins
from cablescope.annotations import Fact
from cablescope.hookspecs import hookimpl
from cablescope.reader import Reader
from cablescope.store import SCHEMA_VERSION, QueryError, SearchFilters, Store


@pytest.fixture
def store(tmp_path, cable_factory):
    """Five synthetic cables from three posts, two years, three levels."""
    with Store(tmp_path / "library.db") as store:
        ingest.add(
            store,
            cable_factory(
                "09ROME100",
                [
                    "The quixotic zampognaro association met the agriculture ministry.",
                    "Growers described a plan to export grappa to Mongolia.",
                ],
                created="2009-10-22T12:03:00+00:00",
                origin="Embassy Rome",
                classification="CONFIDENTIAL",
                subject="ITALY: GRAPPA GROWERS LOBBY",
                tags=["PREL", "EAGR", "IT"],
            ),
        )
        ingest.add(
            store,
            cable_factory(
                "09ROME101",
                ["Grappa exports rose sharply this year.", "The minister declined to comment on cheese."],
                created="2009-11-02T08:00:00+00:00",
                origin="Embassy Rome",
                classification="SECRET//NOFORN",
                subject="ITALY: EXPORT FIGURES",
                tags=["ECON", "IT"],
                references=["09ROME100", "08ROME999"],
            ),
        )
        ingest.add(
            store,
            cable_factory(
                "08PARIS50",
                ["French officials discussed cheese tariffs and grappa.", "Nothing about Italy here."],
                created="2008-03-05T15:30:00+00:00",
                origin="Embassy Paris",
                classification="UNCLASSIFIED",
                subject="FRANCE: CHEESE",
                tags=["ETRD", "FR"],
            ),
        )
        ingest.add(
            store,
            cable_factory(
                "09ROME102",
                ["A third Rome cable on olive oil."],
                created="2009-12-01T09:00:00+00:00",
                origin="Embassy Rome",
                classification="CONFIDENTIAL",
                subject="ITALY: OLIVE OIL",
                tags=["EAGR"],
                references=["09ROME100"],
                appendix="World Headlines: zampognaro festival draws crowds More>>",
                fmt="scoop",
            ),
        )
        ingest.add(
            store,
            cable_factory(
                "09SHANGHAI7",
                ["Consulate staff met [bold]markup[/bold] fans about grappa."],
                created=None,
                origin="Consulate Shanghai",
                classification="SECRET",
                subject=None,
                tags=[],
            ),
        )
        yield store


def ids(results) -> list[str]:
    return [r.reference_id for r in results]


def test_get_returns_the_cable_as_added(tmp_path, cable_factory) -> None:
    cable = cable_factory("09ROME100", ["One paragraph.", "Two paragraph."], appendix="Sidebar news More>>")
    with Store(tmp_path / "a.db") as store:
        assert ingest.add(store, cable) == "09ROME100"
        assert store.get("09ROME100") == cable
        assert store.get("09rome100") == cable
        assert store.get("09ROME999") is None
        assert [s.format for s in store.sources("09ROME100")] == ["text"]


def test_rare_word_phrase_prefix_or_not(store) -> None:
    assert ids(store.search("zampognaro")) == ["09ROME100"]
    assert ids(store.search('"export grappa"')) == ["09ROME100"]
    assert sorted(ids(store.search("grap*"))) == ["08PARIS50", "09ROME100", "09ROME101", "09SHANGHAI7"]
    assert sorted(ids(store.search("mongolia OR tariffs"))) == ["08PARIS50", "09ROME100"]
    assert sorted(ids(store.search("grappa NOT cheese"))) == ["09ROME100", "09SHANGHAI7"]
    assert ids(store.search('"grappa export"')) == []


def test_hit_has_paragraph_snippet_and_spans(store) -> None:
    [hit] = store.search("mongolia")
    assert hit.paragraph == 2
    assert hit.snippet == "Growers described a plan to export grappa to Mongolia."
    assert [hit.snippet[s:e] for s, e in hit.spans] == ["Mongolia"]
    assert hit.created == datetime(2009, 10, 22, 12, 3, tzinfo=UTC)
    text = hit.snippet_text()
    assert text.plain == hit.snippet
    assert [(s.start, s.end) for s in text.spans] == [(45, 53)]


def test_markup_in_cable_text_stays_literal(store) -> None:
    [hit] = store.search("markup")
    assert "[bold]markup[/bold]" in hit.snippet_text().plain
    assert [hit.snippet[s:e] for s, e in hit.spans] == ["markup"]


def test_appendix_is_searched_only_when_asked(store) -> None:
    assert ids(store.search("festival")) == []
    [hit] = store.search("festival", include_appendix=True)
    assert (hit.reference_id, hit.in_appendix, hit.paragraph) == ("09ROME102", True, None)
    hits = {hit.reference_id: hit for hit in store.search("zampognaro", include_appendix=True)}
    assert sorted(hits) == ["09ROME100", "09ROME102"]
    assert (hits["09ROME100"].in_appendix, hits["09ROME100"].paragraph) == (False, 1)
    assert hits["09ROME102"].in_appendix
    assert store.count(query="festival") == 0


def test_subject_words_are_found(store) -> None:
    [hit] = store.search("figures")
    assert (hit.reference_id, hit.paragraph) == ("09ROME101", None)
    assert hit.snippet == "ITALY: EXPORT FIGURES"


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (SearchFilters(origin="Embassy Rome"), ["09ROME100", "09ROME101"]),
        (SearchFilters(origin="rome"), ["09ROME100", "09ROME101"]),
        (SearchFilters(origin="EMBASSY  ROME"), ["09ROME100", "09ROME101"]),
        (SearchFilters(origin="shanghai"), ["09SHANGHAI7"]),
        (SearchFilters(origin="roma"), []),
        (SearchFilters(classification="S"), ["09ROME101", "09SHANGHAI7"]),
        (SearchFilters(classification="secret"), ["09ROME101", "09SHANGHAI7"]),
        (SearchFilters(classification="secret//noforn"), ["09ROME101"]),
        (SearchFilters(classification="confidential"), ["09ROME100"]),
        # level reads the paragraphs' markings (every paragraph here is "(C)"), not the banner.
        (SearchFilters(level="U"), []),
        (SearchFilters(level="confidential"), ["08PARIS50", "09ROME100", "09ROME101", "09SHANGHAI7"]),
        (SearchFilters(tag="it"), ["09ROME100", "09ROME101"]),
        (SearchFilters(date_from=date(2009, 11, 1)), ["09ROME101"]),
        (SearchFilters(date_to=date(2009, 10, 22)), ["08PARIS50", "09ROME100"]),
        (SearchFilters(date_from=date(2008, 1, 1), date_to=date(2008, 12, 31)), ["08PARIS50"]),
        (SearchFilters(reference_ids=["09ROME101", "08PARIS50", "NOPE"]), ["08PARIS50", "09ROME101"]),
    ],
)
def test_filters_narrow_a_search(store, filters, expected) -> None:
    assert sorted(ids(store.search("grappa", filters))) == expected
    assert store.count(filters, query="grappa") == len(expected)


def test_unknown_classification_is_a_query_error(store) -> None:
    with pytest.raises(QueryError, match="unknown classification 'SECRETISH'"):
        store.search("grappa", SearchFilters(classification="SECRETISH"))


def test_malformed_query_is_a_query_error_from_every_method(store) -> None:
    for call in (
        lambda: store.search('"grappa'),
        lambda: store.count(query="NOT grappa"),
        lambda: store.list_cables(query="*x"),
        lambda: store.stats("year", query="grappa OR"),
        lambda: store.matching_paragraphs("09ROME100", "(grappa"),
    ):
        with pytest.raises(QueryError):
            call()


def test_sort_by_date_newest_first(store) -> None:
    assert ids(store.search("grappa", sort="date")) == ["09ROME101", "09ROME100", "08PARIS50", "09SHANGHAI7"]
    assert ids(store.search("grappa", limit=2, sort="date")) == ["09ROME101", "09ROME100"]


def test_relevance_prefers_subject_and_density(store) -> None:
    # "grappa" is in 09ROME100's subject and body: it outranks one body mention elsewhere.
    assert ids(store.search("grappa"))[0] == "09ROME100"


def test_list_count_sort_and_page(store) -> None:
    assert store.count() == 5
    # The undated cable comes after the dated ones, oldest or newest first.
    assert ids(store.list_cables()) == ["08PARIS50", "09ROME100", "09ROME101", "09ROME102", "09SHANGHAI7"]
    assert ids(store.list_cables(descending=True)) == [
        "09ROME102",
        "09ROME101",
        "09ROME100",
        "08PARIS50",
        "09SHANGHAI7",
    ]
    assert ids(store.list_cables(descending=True, limit=2)) == ["09ROME102", "09ROME101"]
    assert ids(store.list_cables(offset=3, limit=10)) == ["09ROME102", "09SHANGHAI7"]
    assert ids(store.list_cables(sort="reference_id")) == [
        "08PARIS50",
        "09ROME100",
        "09ROME101",
        "09ROME102",
        "09SHANGHAI7",
    ]
    assert ids(store.list_cables(sort="origin"))[:1] == ["09SHANGHAI7"]
    assert ids(store.list_cables(sort="subject"))[1:] == ["08PARIS50", "09ROME101", "09ROME100", "09ROME102"]
    assert ids(store.list_cables(SearchFilters(origin="rome"), query="cheese")) == ["09ROME101"]
    assert store.count(SearchFilters(tag="EAGR")) == 2
    with pytest.raises(ValueError, match="cannot sort by 'size'"):
        store.list_cables(sort="size")


def test_undated_cables_come_last_in_pages_positions_and_backwards(tmp_path, cable_factory) -> None:
    """Partial extracts carry no date: listed by date they follow every dated cable, whichever
    way the dates run, and every page, position and backwards read agrees with the whole list."""
    dated = [("05MADRID10", "2005-01-04"), ("04MADRID20", "2004-06-01"), ("05PARIS30", "2005-01-04")]
    undated = ["UNKNOWN-bbbb", "UNKNOWN-aaaa", "UNKNOWN-cccc"]
    with Store(tmp_path / "library.db") as store:
        for ref, day in dated:
            origin = "Embassy Paris" if "PARIS" in ref else "Embassy Madrid"
            ingest.add(
                store, cable_factory(ref, ["Olive harvest."], created=f"{day}T10:00:00+00:00", origin=origin)
            )
        for ref in undated:
            ingest.add(
                store, cable_factory(ref, ["Olive harvest, no date."], created=None, origin="Embassy Madrid")
            )
        oldest_first = [
            "04MADRID20",
            "05MADRID10",
            "05PARIS30",
            "UNKNOWN-aaaa",
            "UNKNOWN-bbbb",
            "UNKNOWN-cccc",
        ]
        newest_first = [
            "05PARIS30",
            "05MADRID10",
            "04MADRID20",
            "UNKNOWN-cccc",
            "UNKNOWN-bbbb",
            "UNKNOWN-aaaa",
        ]
        assert ids(store.list_cables()) == oldest_first
        assert ids(store.list_cables(descending=True)) == newest_first
        assert ids(store.list_cables(SearchFilters(origin="madrid"), query="olive")) == [
            "04MADRID20",
            "05MADRID10",
            "UNKNOWN-aaaa",
            "UNKNOWN-bbbb",
            "UNKNOWN-cccc",
        ]
        # A date range holds no undated cable.
        assert ids(store.list_cables(SearchFilters(date_from=date(2004, 1, 1)))) == oldest_first[:3]
        for sort in ("date", "reference_id", "origin", "classification", "subject"):
            for descending in (False, True):
                whole = ids(store.list_cables(sort=sort, descending=descending))
                assert sorted(whole) == sorted(oldest_first)
                for offset in range(len(whole) + 1):
                    for limit in (1, 2, 4):
                        window = dict(sort=sort, descending=descending, offset=offset, limit=limit)
                        assert ids(store.list_cables(**window)) == whole[offset : offset + limit], window
                        backwards = ids(store.list_cables(**window, backwards=True))
                        assert backwards == whole[::-1][offset : offset + limit], window
                for index, ref in enumerate(whole):
                    assert store.position(ref, sort=sort, descending=descending) == index, (sort, ref)
        assert store.position("UNKNOWN-aaaa", SearchFilters(origin="madrid"), query="olive") == 2
        assert store.position("05PARIS30", SearchFilters(origin="madrid")) is None


def test_a_word_in_most_cables_pages_along_the_order(tmp_path, cable_factory) -> None:
    """A word in most of the library is paged by walking the list's order and looking each cable
    up in its matches (a page of a word in most of 250,000 cables in 0.2 ms instead of 320); a
    word in few cables by sorting its matches. Either way a page holds what the whole list does."""
    origins = ["Embassy Rome", "Embassy Madrid", "Consulate Milan"]
    wheat = set()
    with Store(tmp_path / "library.db") as store:
        for n in range(40):
            ref = f"0{n % 7 + 3}{origins[n % 3].split()[1].upper()}{n:03d}"
            if n % 10 == 0:
                wheat.add(ref)
            created = None if n % 13 == 0 else f"200{n % 7 + 3}-0{n % 9 + 1}-1{n % 10}T00:00:00+00:00"
            text = "Olive harvest" + (" and wheat." if n % 10 == 0 else " and barley.")
            ingest.add(
                store,
                cable_factory(
                    ref, [text], created=created, origin=origins[n % 3], subject=f"HARVEST {n % 5}"
                ),
            )
        # "olive" is in all 40 cables: 40 x 40 matches >= 40 cables x any first 40 rows.
        assert store.read_in_order(store._matches("olive"), 40)
        assert not store.read_in_order(store._matches("olive"), 41)
        # "barley" is in 36: walked for the first 32 rows (36 x 36 >= 40 x 32), sorted past them;
        # "wheat" is in 4: 4 x 4 < 40 cables x even the first row.
        assert store.read_in_order(store._matches("barley"), 32)
        assert not store.read_in_order(store._matches("barley"), 33)
        assert not store.read_in_order(store._matches("wheat"), 1)
        for sort in ("date", "reference_id", "origin", "classification", "subject"):
            for descending in (False, True):
                whole = ids(store.list_cables(sort=sort, descending=descending, limit=100))
                assert len(whole) == 40
                order = dict(sort=sort, descending=descending)
                barley = [r for r in whole if r not in wheat]
                found = ids(store.list_cables(query="wheat", limit=100, **order))
                assert found == [r for r in whole if r in wheat]
                for offset in (0, 1, 17, 39, 40):
                    for limit in (1, 5, 100):
                        window = dict(offset=offset, limit=limit, **order)
                        found = ids(store.list_cables(query="olive", **window))
                        assert found == whole[offset : offset + limit], window
                        found = ids(store.list_cables(query="barley", **window))
                        assert found == barley[offset : offset + limit], window
                        assert (
                            ids(store.list_cables(query="barley", backwards=True, **window))
                            == (barley[::-1][offset : offset + limit])
                        ), window
                in_madrid = SearchFilters(origin="madrid")
                madrid = ids(store.list_cables(in_madrid, limit=100, **order))
                assert len(madrid) == 13
                found = ids(store.list_cables(in_madrid, query="barley", limit=5, **order))
                assert found == [r for r in madrid if r not in wheat][:5]


def test_count_sees_new_cables(store, cable_factory) -> None:
    assert store.count(query="polenta") == 0
    ingest.add(store, cable_factory("09ROME103", ["Polenta prices."]))
    assert store.count(query="polenta") == 1
    assert store.count() == 6


def test_update_replaces_the_indexed_text(store, cable_factory) -> None:
    ingest.add(
        store,
        cable_factory(
            "08PARIS50",
            ["Now only about truffles."],
            origin="Embassy Paris",
            created="2008-03-05T15:30:00+00:00",
            tags=["FR"],
        ),
    )
    assert ids(store.search("truffles")) == ["08PARIS50"]
    assert "08PARIS50" not in ids(store.search("cheese"))
    assert store.count() == 5
    assert store.stats("tag")["FR"] == 1 and "ETRD" not in store.stats("tag")
    assert len(store.sources("08PARIS50")) == 1


def test_matching_paragraphs(store) -> None:
    assert store.matching_paragraphs("09ROME101", "cheese OR grappa") == [1, 2]
    assert store.matching_paragraphs("09ROME101", "minister cheese") == [2]
    assert store.matching_paragraphs("09ROME101", "mongolia") == []
    assert store.matching_paragraphs("09NOPE1", "grappa") == []


def test_stats_and_summary(store) -> None:
    assert store.stats("year") == {"2008": 1, "2009": 3, "unknown": 1}
    assert store.stats("month") == {"2008-03": 1, "2009-10": 1, "2009-11": 1, "2009-12": 1, "unknown": 1}
    assert store.stats("origin") == {"Embassy Rome": 3, "Consulate Shanghai": 1, "Embassy Paris": 1}
    assert store.stats("tag", query="grappa") == {
        "IT": 2,
        "EAGR": 1,
        "ECON": 1,
        "ETRD": 1,
        "FR": 1,
        "PREL": 1,
    }
    assert store.stats("classification", filters=SearchFilters(origin="rome")) == {
        "CONFIDENTIAL": 2,
        "SECRET//NOFORN": 1,
    }
    assert store.summary_stats() == {
        "cables": 5,
        "by_year": {"2008": 1, "2009": 3, "unknown": 1},
        "by_origin": {"Embassy Rome": 3, "Consulate Shanghai": 1, "Embassy Paris": 1},
        "by_classification": {"CONFIDENTIAL": 2, "SECRET": 1, "SECRET//NOFORN": 1, "UNCLASSIFIED": 1},
        "by_tag": {"EAGR": 2, "IT": 2, "ECON": 1, "ETRD": 1, "FR": 1, "PREL": 1},
    }
    with pytest.raises(ValueError):
        store.stats("week")


def test_references_both_ways_and_neighbours(store) -> None:
    assert ids(store.cited_by("09ROME100")) == ["09ROME101", "09ROME102"]
    cites = store.cites("09ROME101")
    assert [(ref, s.reference_id if s else None) for ref, s in cites] == [
        ("09ROME100", "09ROME100"),
        ("08ROME999", None),
    ]
    assert store.neighbour("09ROME100", 1).reference_id == "09ROME101"
    assert store.neighbour("09ROME100", 2).reference_id == "09ROME102"
    assert store.neighbour("09ROME101", -1).reference_id == "09ROME100"
    assert store.neighbour("09ROME100", -1) is None
    assert store.neighbour("09ROME102", 1) is None


def test_readonly_store_reads_while_writer_is_open(store, tmp_path) -> None:
    with Store(tmp_path / "library.db", readonly=True) as reader:
        assert reader.count() == 5
        assert ids(reader.search("mongolia")) == ["09ROME100"]


class _CountryFacts:
    @hookimpl
    def index_facts(self, cable):
        found = []
        for p in cable.paragraphs:
            for name in ("Mongolia", "Italy"):
                at = p.text.find(name)
                if at >= 0:
                    found.append(
                        Fact(kind="testplace", key=name, paragraph=p.number, start=at, end=at + len(name))
                    )
        return found


def test_facts_are_indexed_and_queried(tmp_path, cable_factory) -> None:
    plugin = _CountryFacts()
    plugins.load_plugins()
    plugins.pm.register(plugin, name="test-country-facts")
    try:
        with Store(tmp_path / "f.db") as store:
            ingest.add(store, cable_factory("09ROME100", ["Grappa to Mongolia.", "Mongolia and Italy talk."]))
            ingest.add(store, cable_factory("08PARIS50", ["Nothing about Italy here."]))
            ingest.add(store, cable_factory("08PARIS51", ["No places."]))
            facts = store.facts("09ROME100", kind="testplace")
            assert [(f.key, f.paragraph, f.start, f.end) for f in facts] == [
                ("Mongolia", 1, 10, 18),
                ("Mongolia", 2, 0, 8),
                ("Italy", 2, 13, 18),
            ]
            assert facts[0].plugin == "test-country-facts"
            assert [f for f in store.top_facts("testplace")] == [
                {"kind": "testplace", "key": "Italy", "cables": 2, "mentions": 2},
                {"kind": "testplace", "key": "Mongolia", "cables": 1, "mentions": 2},
            ]
            assert ids(store.cables_with_fact("testplace", "italy")) == ["08PARIS50", "09ROME100"]
            assert ids(store.cables_with_fact(None, "MONGOLIA")) == ["09ROME100"]
            assert store.count(SearchFilters(entity="mongolia")) == 1
            assert ids(store.list_cables(SearchFilters(entity="Italy"), sort="reference_id")) == [
                "08PARIS50",
                "09ROME100",
            ]
            ingest.add(store, cable_factory("08PARIS50", ["Now silent."]))
            assert ids(store.cables_with_fact("testplace", "Italy")) == ["09ROME100"]
    finally:
        plugins.pm.unregister(name="test-country-facts")


def test_an_index_of_format_1_is_upgraded_in_place(tmp_path, cable_factory) -> None:
    db = tmp_path / "old.db"
    with Store(db) as store:
        ingest.add(
            store, cable_factory("09ROME100", ["Grappa to Mongolia."], appendix="Festival news More>>")
        )
        ingest.add(store, cable_factory("09ROME101", ["Polenta prices."]))
    # Format 1 had one FTS table with the appendix as a fourth column.
    with sqlite3.connect(db) as old:
        old.executescript(
            "DROP TABLE fts; DROP TABLE fts_appendix; "
            "CREATE VIRTUAL TABLE fts USING fts5 (body, subject, header, appendix, content='', "
            "tokenize='unicode61 remove_diacritics 2'); PRAGMA user_version = 1;"
        )
    with Store(db) as store:
        assert store.format_version() == SCHEMA_VERSION
        assert ids(store.search("mongolia")) == ["09ROME100"]
        assert ids(store.search("polenta")) == ["09ROME101"]
        assert ids(store.search("festival", include_appendix=True)) == ["09ROME100"]
        assert store.search("festival") == []


def test_readonly_refuses_what_it_cannot_read(tmp_path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE notes (text TEXT)")
    with pytest.raises(sqlite3.DatabaseError, match=r"not a cablescope library: it is another SQLite"):
        Store(other, readonly=True)
    with pytest.raises(FileNotFoundError):
        Store(tmp_path / "missing.db", readonly=True)


class _SurrogateReader(Reader):
    """Reads *.surrogate files as a cable whose text holds a lone surrogate, which SQLite cannot take."""

    name = "surrogate-test"
    extensions = (".surrogate",)

    def sniff(self, head, path):
        return 1.0 if path is not None and path.suffix == ".surrogate" else 0.0

    def read(self, path):
        from cablescope.model import Cable, Source

        yield Cable(
            reference_id="09ROME777",
            text="bad \ud800 text",
            source=Source(path=str(path), format="text", sha256="1" * 64),
        )


class _SurrogatePlugin:
    @hookimpl
    def register_readers(self, register):
        register(_SurrogateReader())


def test_a_cable_that_cannot_be_stored_fails_its_file_only(tmp_path, make_cable_file) -> None:
    good = make_cable_file(
        "rome.txt", "ROME", 1234, "221203Z OCT 09", "ITALY: GRAPPA", ["Grappa to Mongolia."]
    )
    bad = good.parent / "weird.surrogate"
    bad.write_text("anything")
    plugins.load_plugins()
    plugins.pm.register(_SurrogatePlugin(), name="test-surrogate-reader")
    try:
        with Store(tmp_path / "lib.db") as store:
            report = ingest.index(store, [good.parent], workers=0)
            assert report.failed == [
                (
                    str(bad),
                    "cannot store 09ROME777: UnicodeEncodeError: 'utf-8' codec can't encode character "
                    "'\\ud800' in position 4: surrogates not allowed",
                )
            ]
            assert (report.added, report.files_indexed, report.cables) == (1, 1, 1)
            assert ids(store.search("mongolia")) == ["09ROME1234"]
            assert store.get("09ROME777") is None
    finally:
        plugins.pm.unregister(name="test-surrogate-reader")
