"""Facts in the index: appendix mentions kept apart, entities found by acronym, paragraph levels,
list positions, and an index of format 2 upgraded."""

from __future__ import annotations

import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from forked_cli import run_cli

from cablescope import ingest, plugins
from cablescope.annotations import Fact
from cablescope.hookspecs import hookimpl
from cablescope.model import Cable, Paragraph, Source
from cablescope.store import SCHEMA_VERSION, QueryError, SearchFilters, Store

SEED = "09BEIJING2932"

# Lower-case code words no entity extractor takes for a name, each standing for a made-up key.
WORDS = {
    "zembla": ("testplace", "Zembla", None),
    "florin": ("testplace", "Florin", None),
    "azaorg": ("testorg", "Atomic Zembla Agency", "AZA"),
    "azacar": ("testorg", "Zembla Automobile Association", "aza"),
}


class _WordFacts:
    """One fact per code word: in the paragraphs as the cable's own, in the appendix flagged so."""

    @hookimpl
    def index_facts(self, cable):
        found = []
        pieces = [(p.number, p.text, False) for p in cable.paragraphs]
        if cable.appendix is not None:
            pieces.append((None, cable.appendix.text, True))
        for number, text, in_appendix in pieces:
            for at, word in sorted((text.find(w), w) for w in WORDS if w in text):
                kind, key, acronym = WORDS[word]
                found.append(
                    Fact(
                        kind=kind,
                        key=key,
                        paragraph=number,
                        start=at,
                        end=at + len(word),
                        in_appendix=in_appendix,
                        data={"acronym": acronym} if acronym else {},
                    )
                )
        return found


@pytest.fixture
def word_facts():
    plugins.load_plugins()
    plugins.pm.register(_WordFacts(), name="test-word-facts")
    yield
    plugins.pm.unregister(name="test-word-facts")


def ids(results) -> list[str]:
    return [r.reference_id for r in results]


def _add_word_cables(store: Store, cable_factory) -> None:
    ingest.add(
        store,
        cable_factory(
            "09ROME100",
            ["Grappa shipped to zembla.", "More grappa for zembla and azaorg."],
            appendix="Sidebar: florin festival, zembla fair, azacar rally More>>",
            fmt="scoop",
        ),
    )
    ingest.add(store, cable_factory("09ROME101", ["Grappa talk with florin.", "Again florin."]))


def test_appendix_mentions_are_kept_apart(tmp_path, cable_factory, word_facts) -> None:
    with Store(tmp_path / "lib.db") as store:
        _add_word_cables(store, cable_factory)
        # The cable's facts still hold every mention, the appendix's flagged.
        assert [(f.key, f.paragraph, f.in_appendix) for f in store.facts("09ROME100", "testplace")] == [
            ("Zembla", 1, False),
            ("Zembla", 2, False),
            ("Florin", None, True),
            ("Zembla", None, True),
        ]
        # Corpus counts take the cables' own text only: Florin is in 09ROME100's appendix alone.
        assert store.top_facts("testplace") == [
            {"kind": "testplace", "key": "Florin", "cables": 1, "mentions": 2},
            {"kind": "testplace", "key": "Zembla", "cables": 1, "mentions": 2},
        ]
        assert store.top_facts("testorg") == [
            {"kind": "testorg", "key": "Atomic Zembla Agency", "cables": 1, "mentions": 1},
        ]
        assert ids(store.cables_with_fact("testplace", "florin")) == ["09ROME101"]
        assert ids(store.cables_with_fact("testplace", "Zembla")) == ["09ROME100"]
        assert store.cables_with_fact("testorg", "Zembla Automobile Association") == []
        assert store.count(SearchFilters(entity="florin")) == 1
        assert ids(store.search("grappa", SearchFilters(entity="florin"))) == ["09ROME101"]
        # A search that includes the appendix lets the entity filter count it too.
        found = store.search("grappa", SearchFilters(entity="florin"), include_appendix=True)
        assert sorted(ids(found)) == ["09ROME100", "09ROME101"]
        assert store.count(SearchFilters(entity="florin"), query="grappa", include_appendix=True) == 2
        newest_first = store.search(
            "grappa", SearchFilters(entity="florin"), sort="date", include_appendix=True
        )
        assert ids(newest_first) == ["09ROME101", "09ROME100"]


def test_entity_is_found_by_key_or_acronym(tmp_path, cable_factory, word_facts) -> None:
    with Store(tmp_path / "lib.db") as store:
        _add_word_cables(store, cable_factory)
        ingest.add(store, cable_factory("09ROME102", ["The azacar club and grappa."]))
        assert ids(store.cables_with_fact("testorg", "aza")) == ["09ROME100", "09ROME102"]
        assert ids(store.cables_with_fact(None, "AZA")) == ["09ROME100", "09ROME102"]
        assert ids(store.cables_with_fact("testorg", "atomic zembla  AGENCY")) == ["09ROME100"]
        assert ids(store.cables_with_fact("testplace", "aza")) == []
        assert store.count(SearchFilters(entity="Aza")) == 2
        assert sorted(ids(store.search("grappa", SearchFilters(entity="aza")))) == ["09ROME100", "09ROME102"]
        assert ids(store.list_cables(SearchFilters(entity="Zembla Automobile Association"))) == ["09ROME102"]


def _marked_cable(reference_id: str, classification: str, markings: list[str | None], day: int) -> Cable:
    """A cable whose paragraphs carry these markings ("(S//NF) ..."; None: unmarked)."""
    text = "SUBJECT: MARKINGS\n\n"
    paragraphs = []
    for number, marking in enumerate(markings, 1):
        head = f"{number}. ({marking}) " if marking else f"{number}. "
        body = f"Paragraph {number} about tariffs."
        start = len(text) + len(head)
        text += head + body + "\n\n"
        paragraphs.append(
            Paragraph(
                number=number,
                marking=marking,
                marking_raw=f"({marking})" if marking else None,
                text=body,
                start=start,
                end=start + len(body),
            )
        )
    return Cable(
        reference_id=reference_id,
        created=datetime(2009, 10, day, tzinfo=UTC),
        origin="Embassy Rome",
        classification=classification,
        subject="MARKINGS",
        paragraphs=paragraphs,
        text=text,
        source=Source(path=f"/synthetic/{reference_id}.txt", format="text", sha256="0" * 64),
    )


def test_level_keeps_cables_with_a_paragraph_at_that_level(tmp_path) -> None:
    with Store(tmp_path / "lib.db") as store:
        ingest.add(store, _marked_cable("09ROME1", "SECRET", ["C", "C"], 1))
        ingest.add(store, _marked_cable("09ROME2", "CONFIDENTIAL", ["C", "S//NF"], 2))
        ingest.add(store, _marked_cable("09ROME3", "UNCLASSIFIED", [None, None], 3))
        ingest.add(store, _marked_cable("09ROME4", "TOP SECRET", ["TS", "S", "U"], 4))
        assert ids(store.list_cables(SearchFilters(level="S"))) == ["09ROME2", "09ROME4"]
        assert ids(store.list_cables(SearchFilters(level="secret"))) == ["09ROME2", "09ROME4"]
        assert ids(store.list_cables(SearchFilters(level="C"))) == ["09ROME1", "09ROME2"]
        assert ids(store.list_cables(SearchFilters(level="U"))) == ["09ROME4"]
        assert store.list_cables(SearchFilters(level="SBU")) == []
        # The banner is what classification reads.
        assert ids(store.list_cables(SearchFilters(classification="S"))) == ["09ROME1"]
        assert store.count(SearchFilters(level="S", classification="C")) == 1
        assert ids(store.search("tariffs", SearchFilters(level="TS"))) == ["09ROME4"]


# Five cables whose sort keys include NULLs and a subject differing only in case.
POSITION_CABLES = [
    ("08PARIS50", "2008-03-05T15:30:00+00:00", "Embassy Paris", "UNCLASSIFIED", "FRANCE: CHEESE", "Grappa."),
    ("09ROME100", "2009-10-22T12:03:00+00:00", "Embassy Rome", "CONFIDENTIAL", "ITALY: GRAPPA", "Grappa."),
    ("09ROME101", "2009-11-02T08:00:00+00:00", "Embassy Rome", "SECRET//NOFORN", None, "Cheese."),
    ("09ROME102", "2009-12-01T09:00:00+00:00", "Embassy Rome", "CONFIDENTIAL", "italy: olive oil", "Grappa."),
    ("09SHANGHAI7", None, None, None, None, "Tea."),
]

ORDERS = [
    # The undated cable follows the dated ones either way.
    ("date", False, ["08PARIS50", "09ROME100", "09ROME101", "09ROME102", "09SHANGHAI7"]),
    ("date", True, ["09ROME102", "09ROME101", "09ROME100", "08PARIS50", "09SHANGHAI7"]),
    ("subject", False, ["09ROME101", "09SHANGHAI7", "08PARIS50", "09ROME100", "09ROME102"]),
    ("subject", True, ["09ROME102", "09ROME100", "08PARIS50", "09SHANGHAI7", "09ROME101"]),
    ("origin", False, ["09SHANGHAI7", "08PARIS50", "09ROME100", "09ROME101", "09ROME102"]),
    ("origin", True, ["09ROME102", "09ROME101", "09ROME100", "08PARIS50", "09SHANGHAI7"]),
    ("classification", False, ["09SHANGHAI7", "09ROME100", "09ROME102", "09ROME101", "08PARIS50"]),
    ("classification", True, ["08PARIS50", "09ROME101", "09ROME102", "09ROME100", "09SHANGHAI7"]),
    ("reference_id", False, ["08PARIS50", "09ROME100", "09ROME101", "09ROME102", "09SHANGHAI7"]),
]


@pytest.fixture
def position_store(tmp_path, cable_factory):
    with Store(tmp_path / "lib.db") as store:
        for ref, created, origin, classification, subject, text in POSITION_CABLES:
            ingest.add(
                store,
                cable_factory(
                    ref,
                    [text],
                    created=created,
                    origin=origin,
                    classification=classification,
                    subject=subject,
                ),
            )
        yield store


@pytest.mark.parametrize(("sort", "descending", "expected"), ORDERS)
def test_position_is_the_row_in_list_order(position_store, sort, descending, expected) -> None:
    assert ids(position_store.list_cables(sort=sort, descending=descending)) == expected
    assert [position_store.position(ref, sort=sort, descending=descending) for ref in expected] == [
        0,
        1,
        2,
        3,
        4,
    ]


def test_position_with_filters_and_query(position_store) -> None:
    rome = SearchFilters(origin="rome")
    assert position_store.position("09ROME100", rome, descending=True) == 2
    assert position_store.position("09rome102", rome) == 2
    assert position_store.position("08PARIS50", rome) is None
    assert position_store.position("09ROME102", query="grappa") == 2
    assert position_store.position("08PARIS50", query="grappa", descending=True) == 2
    assert position_store.position("09ROME101", query="grappa") is None
    assert position_store.position("09NOWHERE1") is None
    with pytest.raises(ValueError, match="cannot sort by 'size'"):
        position_store.position("09ROME100", sort="size")


def _as_format_2(db: Path) -> None:
    """Turn an index into what format 2 wrote: appendix mentions counted as the cable's own, no acronyms."""
    with sqlite3.connect(db) as old:
        old.executescript(
            "UPDATE cable_facts SET mentions = mentions + appendix; "
            "DROP INDEX fact_keys_alias; ALTER TABLE fact_keys DROP COLUMN alias_fold; "
            "ALTER TABLE cable_facts DROP COLUMN appendix; PRAGMA user_version = 2;"
        )


def test_an_index_of_format_2_is_upgraded_on_a_readonly_open(tmp_path, cable_factory, word_facts) -> None:
    db = tmp_path / "old.db"
    with Store(db) as store:
        _add_word_cables(store, cable_factory)
    _as_format_2(db)
    with sqlite3.connect(db) as old:
        assert old.execute(
            "SELECT k.key, cf.mentions FROM cable_facts cf JOIN fact_keys k ON k.id = cf.key_id "
            "JOIN cables c ON c.id = cf.cable_id WHERE c.reference_id = '09ROME100' AND k.kind = 'testplace' "
            "ORDER BY k.key"
        ).fetchall() == [("Florin", 1), ("Zembla", 3)]
    # The counts are redone from the stored fact lists: the plugin is not needed for it.
    plugins.pm.unregister(name="test-word-facts")
    try:
        with Store(db, readonly=True) as store:
            assert store.format_version() == SCHEMA_VERSION
            assert store.top_facts("testplace") == [
                {"kind": "testplace", "key": "Florin", "cables": 1, "mentions": 2},
                {"kind": "testplace", "key": "Zembla", "cables": 1, "mentions": 2},
            ]
            assert ids(store.cables_with_fact("testplace", "florin")) == ["09ROME101"]
            assert ids(store.cables_with_fact(None, "aza")) == ["09ROME100"]
            assert store.count(SearchFilters(entity="AZA")) == 1
            assert ids(store.search("grappa", SearchFilters(entity="florin"))) == ["09ROME101"]
    finally:
        plugins.pm.register(_WordFacts(), name="test-word-facts")


def test_an_index_of_format_2_is_upgraded_by_a_writer(tmp_path, cable_factory, word_facts) -> None:
    db = tmp_path / "old.db"
    with Store(db) as store:
        _add_word_cables(store, cable_factory)
    _as_format_2(db)
    with Store(db) as store:
        assert store.format_version() == SCHEMA_VERSION
        assert ids(store.cables_with_fact("testplace", "florin")) == ["09ROME101"]
        # A cable indexed again after the upgrade is counted the same way.
        ingest.add(
            store, cable_factory("09ROME102", ["Trade in florin and azacar."], appendix="zembla news More>>")
        )
        assert store.top_facts("testplace") == [
            {"kind": "testplace", "key": "Florin", "cables": 2, "mentions": 3},
            {"kind": "testplace", "key": "Zembla", "cables": 1, "mentions": 2},
        ]
        assert ids(store.cables_with_fact("testorg", "AZA")) == ["09ROME100", "09ROME102"]


@pytest.fixture
def seed_db(tmp_path, seed_path) -> Path:
    db = tmp_path / "seed.db"
    with Store(db) as store:
        ingest.index(store, [seed_path], workers=0)
    return db


def test_the_seed_news_sidebar_is_not_the_cable(seed_db) -> None:
    with Store(seed_db, readonly=True) as store:
        # "Nepal" comes only from the sidebar's story of a farmer in Kanchanpur district (its "Paris
        # Agreement" names an agreement, no place).
        assert [f.in_appendix for f in store.facts(SEED, "place") if f.key == "Nepal"] == [
            True,
            True,
        ]  # two mentions
        assert store.cables_with_fact("place", "Nepal") == []
        assert store.count(SearchFilters(entity="nepal")) == 0
        places = {row["key"]: row for row in store.top_facts("place", limit=500)}
        assert "Nepal" not in places
        assert "Paris" not in places
        assert "Gaza" not in places
        # Tehran in paragraphs 5 and 7 (the heading above paragraph 5 is no paragraph text).
        assert places["Tehran"] == {"kind": "place", "key": "Tehran", "cables": 1, "mentions": 2}
        orgs = {row["key"]: row for row in store.top_facts("org", limit=500)}
        assert "Save the Children" not in orgs
        # IAEA in paragraph 1 once and paragraph 5 twice.
        assert orgs["International Atomic Energy Agency"] == {
            "kind": "org",
            "key": "International Atomic Energy Agency",
            "cables": 1,
            "mentions": 3,
        }
        assert ids(store.search("iran", SearchFilters(entity="nepal"))) == []
        assert ids(store.search("iran", SearchFilters(entity="nepal"), include_appendix=True)) == [SEED]


def test_the_seed_by_acronym_and_paragraph_level(seed_db) -> None:
    with Store(seed_db, readonly=True) as store:
        assert ids(store.cables_with_fact("org", "iaea")) == [SEED]
        assert store.count(SearchFilters(entity="IAEA")) == 1
        assert ids(store.search("cooperation", SearchFilters(entity="iaea"))) == [SEED]
        # Eight paragraphs, all (C).
        assert store.count(SearchFilters(level="C")) == 1
        assert store.count(SearchFilters(level="S")) == 0


def _search(*args: str) -> subprocess.CompletedProcess:
    return run_cli("search", *args)


@pytest.mark.parametrize(
    ("args", "total"),
    [
        (("iran", "--entity", "IAEA"), "1 of 1 matching cable"),
        (("iran", "--entity", "nepal"), "0 of 0 matching cables"),
        (("iran", "--entity", "nepal", "--appendix"), "1 of 1 matching cable"),
        # "methane" is in the news sidebar only: the total counts the appendix as the hits do.
        (("methane", "--appendix"), "1 of 1 matching cable"),
    ],
)
def test_search_on_the_command_line(seed_db, args, total) -> None:
    result = _search(*args, "--db", str(seed_db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == total


def test_an_unknown_level_is_a_query_error(position_store) -> None:
    with pytest.raises(QueryError, match=r"unknown paragraph level 'S//NF': use U, SBU, C, S or TS"):
        position_store.count(SearchFilters(level="S//NF"))


def _as_format_3(db: Path) -> None:
    """Rewrite an index's blobs as format 3 stored them: zlib-compressed JSON, with paragraph and
    appendix texts that are slices of the cable's text kept as offsets."""
    import json
    import zlib

    from cablescope.store.rows import decompress_json

    with sqlite3.connect(db) as old:
        for source_id, blob in old.execute("SELECT id, body FROM sources").fetchall():
            doc = decompress_json(blob)
            text = doc["text"]
            for p in doc.get("paragraphs", ()):
                found = text.find(p["text"], p["start"], p["end"])
                if found >= 0:
                    p["_at"] = [found - p["start"], len(p.pop("text"))]
            appendix = doc.get("appendix")
            if appendix and appendix["text"] == text[appendix["offset"] :]:
                del appendix["text"]
            old.execute(
                "UPDATE sources SET body = ? WHERE id = ?",
                (zlib.compress(json.dumps(doc).encode()), source_id),
            )
        for cable_id, blob in old.execute("SELECT id, facts FROM cables WHERE facts IS NOT NULL").fetchall():
            items = json.dumps(decompress_json(blob)).encode()
            old.execute("UPDATE cables SET facts = ? WHERE id = ?", (zlib.compress(items), cable_id))
        old.execute("PRAGMA user_version = 3")
        assert old.execute(
            "SELECT count(*) FROM sources WHERE hex(substr(body, 1, 1)) = '78'"
        ).fetchone() == (2,)


def test_an_index_of_format_3_reads_as_it_is_and_updates(tmp_path, cable_factory, word_facts) -> None:
    db = tmp_path / "old.db"
    with Store(db) as store:
        _add_word_cables(store, cable_factory)
        written = store.get("09ROME100")
    _as_format_3(db)
    with Store(db, readonly=True) as store:
        assert store.format_version() == 3
        assert store.get("09ROME100") == written
        assert written.appendix.text == "Sidebar: florin festival, zembla fair, azacar rally More>>"
        assert [(f.key, f.in_appendix) for f in store.facts("09ROME100", "testplace")] == [
            ("Zembla", False),
            ("Zembla", False),
            ("Florin", True),
            ("Zembla", True),
        ]
        assert [(h.reference_id, h.paragraph) for h in store.search("azaorg")] == [("09ROME100", 2)]
    with Store(db) as store:
        assert store.format_version() == SCHEMA_VERSION
        # Replacing a cable takes its format 3 texts out of the full-text index first.
        ingest.add(store, cable_factory("09ROME100", ["Only vermouth now."]))
        assert store.search("azaorg") == []
        assert ids(store.search("vermouth")) == ["09ROME100"]
        assert ids(store.search("grappa")) == ["09ROME101"]
