"""Indexing on every core: worker processes give the same index as indexing in one process,
load the plugin folders this process loaded, send back the plugins they disabled, parse the
records of readers that split their files, and fail only the file a bad record is in."""

from __future__ import annotations

import sqlite3
import textwrap
from pathlib import Path

import pytest
from store_samples import csv_rows, write_csv

from cablescope import ingest, plugins
from cablescope.ingest import sizes
from cablescope.store import SearchFilters, Store

pytestmark = pytest.mark.long  # sent out first (tests/conftest.py)

# A plugin folder's module: a fact for every paragraph that says "grappa", a failure on "kaboom",
# and a reader of ".lines" files (one cable per line, "REFID|text") that splits its files and
# kills the worker parsing a line that says "selfdestruct".
PLUGIN = textwrap.dedent(
    """
    import hashlib
    import multiprocessing
    import os
    import signal

    from cablescope.api import Cable, Fact, Paragraph, Reader, Source, hookimpl


    class LinesReader(Reader):
        name = "lines"
        extensions = (".lines",)

        def sniff(self, head, path):
            return 1.0 if path is not None and path.suffix == ".lines" else 0.0

        def records(self, path):
            with path.open(encoding="utf-8") as handle:
                for number, line in enumerate(handle, 1):
                    if line.strip():
                        yield number, line.rstrip("\\n")

        def cable(self, record, path):
            number, line = record
            # Only ever in an indexing worker: never the test's own process.
            if "selfdestruct" in line and multiprocessing.parent_process() is not None:
                os.kill(os.getpid(), signal.SIGKILL)
            if "BROKEN" in line:
                raise ValueError(f"line {number} has no cable in it")
            refid, _, body = line.partition("|")
            return Cable(
                reference_id=refid,
                text=body,
                paragraphs=[Paragraph(number=1, text=body, start=0, end=len(body))],
                source=Source(
                    path=str(path), format="text", row=number,
                    sha256=hashlib.sha256(line.encode()).hexdigest()),
            )


    @hookimpl
    def register_readers(register):
        register(LinesReader())


    @hookimpl
    def index_facts(cable):
        if "kaboom" in cable.text:
            raise RuntimeError("kaboom in " + str(cable.reference_id))
        return [
            Fact(kind="testword", key="grappa", paragraph=p.number)
            for p in cable.paragraphs
            if "grappa" in p.text
        ]
    """
)


@pytest.fixture
def folder_plugin(tmp_path: Path):
    folder = tmp_path / "plugins"
    folder.mkdir()
    (folder / "grappa_words.py").write_text(PLUGIN, encoding="utf-8")
    plugins.load_plugins(folder)
    yield folder
    plugins.unload_plugins()


def _dump(db: Path) -> dict:
    """Everything an index holds about its cables, but the ids rows happened to get."""
    with Store(db, readonly=True) as store, sqlite3.connect(db) as raw:
        refids = [s.reference_id for s in store.list_cables(limit=1000)]
        return {
            "cables": raw.execute(
                "SELECT reference_id, created, origin, origin_key, origin_place, classification, level, "
                "subject, tags, merged FROM cables ORDER BY reference_id"
            ).fetchall(),
            "documents": {refid: store.get(refid) for refid in refids},
            "facts": {refid: store.facts(refid) for refid in refids},
            "search": [(h.reference_id, h.paragraph, h.snippet) for h in store.search("routine", limit=1000)],
            "tags": raw.execute("SELECT tag, count(*) FROM cable_tags GROUP BY tag ORDER BY tag").fetchall(),
            "files": raw.execute("SELECT path, size, sha256, cables FROM files").fetchall(),
        }


def test_workers_build_the_same_index_as_one_process(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "cables.csv", csv_rows(450))
    one, three = tmp_path / "one.db", tmp_path / "three.db"
    with Store(one) as store:
        alone = ingest.index(store, [source], workers=0)
    with Store(three) as store:
        shared = ingest.index(store, [source], workers=2)
    assert (alone.added, alone.failed, shared.added, shared.failed) == (450, [], 450, [])
    dumped = _dump(one)
    assert len(dumped["cables"]) == 450 and len(dumped["search"]) == 450
    assert (
        dumped["documents"]["08ROME3"]
        .paragraphs[0]
        .text.startswith("The embassy filed routine report number 3")
    )
    assert dumped == _dump(three)


def test_workers_take_the_environment_of_now(tmp_path: Path, folder_plugin, monkeypatch) -> None:
    """A switch set after an earlier run's workers (here, which plugins load) reaches the next
    run's workers."""
    rows = csv_rows(40)
    for row in rows:
        row[7] += "\n\n3. (C) The grappa was shared.\n"
    source = write_csv(tmp_path / "cables.csv", rows)
    with Store(tmp_path / "before.db") as store:
        ingest.index(store, [source], workers=2)
        assert store.count(SearchFilters(entity="grappa")) == 40
    monkeypatch.setenv(plugins.LOAD_ENV, "markers")
    plugins.unload_plugins()
    plugins.load_plugins(folder_plugin)  # the folder is offered, the switch leaves its plugin out
    assert "grappa_words" not in {name for name, _ in plugins.pm.list_name_plugin()}
    with Store(tmp_path / "after.db") as store:
        report = ingest.index(store, [source], workers=2)
        assert (report.added, report.failed) == (40, [])
        assert store.count(SearchFilters(entity="grappa")) == 0
        assert store.count() == 40


def test_workers_load_the_plugin_folders_and_report_what_they_disabled(tmp_path: Path, folder_plugin) -> None:
    rows = csv_rows(120)
    for kaboom in (49, 109):
        rows[kaboom][7] = rows[kaboom][7].replace("routine report", "kaboom report")
    for row in rows[:30]:
        row[7] += "\n\n3. (C) The grappa was shared.\n"
    source = write_csv(tmp_path / "cables.csv", rows)
    with Store(tmp_path / "lib.db") as store:
        report = ingest.index(store, [source], workers=2)
        assert (report.added, report.failed) == (120, [])
        # Each worker ran the folder's plugin until a cable broke it there, and said so; the
        # first failure to come back (rows 1-100 come back first) is the one reported.
        assert store.count(SearchFilters(entity="grappa")) == 30
        assert store.facts("08ROME3", "testword")[0].paragraph == 3
    failures = [f for f in plugins.plugin_failures() if f.plugin == "grappa_words"]
    assert [(f.stage, f.error, f.disabled) for f in failures] == [
        ("hook index_facts", "RuntimeError: kaboom in 08BEIJING50 (grappa_words.py line 49)", True)
    ]
    assert plugins.pm.get_plugin("grappa_words") is None


def test_a_splitting_reader_is_parsed_in_the_workers_and_a_bad_record_fails_its_file_only(
    tmp_path: Path, folder_plugin
) -> None:
    bad = tmp_path / "cables" / "a.lines"
    bad.parent.mkdir()
    lines = [f"09ROME{n}|Cable {n} mentions routine trade." for n in range(1, 251)]
    lines[149] = "BROKEN line"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    good = bad.with_name("b.lines")
    good.write_text(
        "".join(f"09PARIS{n}|Paris cable {n}, routine.\n" for n in range(1, 11)), encoding="utf-8"
    )
    with Store(tmp_path / "lib.db") as store:
        report = ingest.index(store, [bad.parent], workers=1)
        # Chunks of 100 records: the first went in whole, the second up to its bad record.
        assert report.added == 149 + 10
        assert report.failed == [(str(bad), "ValueError: line 150 has no cable in it")]
        assert report.files_indexed == 1
        assert store.count() == 159
        assert [
            s.reference_id for s in store.list_cables(SearchFilters(reference_ids=["09ROME149", "09ROME151"]))
        ] == ["09ROME149"]
        assert store.get("09PARIS10").source.row == 10
    # The bad file has no record in the index: the next run reads it again.
    with sqlite3.connect(tmp_path / "lib.db") as raw:
        assert raw.execute("SELECT path FROM files").fetchall() == [(str(good),)]


def test_big_files_of_a_reader_that_does_not_split_are_streamed_from_here(
    tmp_path: Path, make_cable_file, monkeypatch
) -> None:
    for serial in (1, 2, 3):
        make_cable_file(
            f"0{serial}.txt", "ROME", serial, "221203Z OCT 09", "GRAPPA", [f"Routine note {serial}."]
        )
    (tmp_path / "cables" / "04.txt").write_bytes(b"")
    monkeypatch.setattr(sizes, "SMALL_FILE_BYTES", 0)
    with Store(tmp_path / "lib.db") as store:
        report = ingest.index(store, [tmp_path / "cables"], workers=0)
        assert (report.added, report.files_indexed) == (3, 3)
        assert report.failed == [(str(tmp_path / "cables" / "04.txt"), "empty file")]
        assert sorted(h.reference_id for h in store.search("routine")) == ["09ROME1", "09ROME2", "09ROME3"]


def _lines(path: Path, post: str, numbers: range, doomed: int | None = None) -> Path:
    path.write_text(
        "".join(f"09{post}{n}|Routine line {n}{' selfdestruct' if n == doomed else ''}.\n" for n in numbers),
        encoding="utf-8",
    )
    return path


def test_a_worker_that_dies_fails_only_the_file_it_was_reading(tmp_path: Path, folder_plugin: Path) -> None:
    corpus = tmp_path / "cables"
    corpus.mkdir()
    bad = _lines(corpus / "a.lines", "PARIS", range(1, 251), doomed=150)
    good = _lines(corpus / "b.lines", "BEIJING", range(1000, 1050))
    with Store(tmp_path / "lib.db") as store:
        report = ingest.index(store, [corpus], workers=2)
        # Rows 1-100 went in before the worker died on the chunk of rows 101-200; that chunk
        # killed a worker again when run alone, so its file failed from there on.
        assert report.failed == [
            (
                str(bad),
                "a worker process died while reading it (killed, or out of memory); "
                "run the command again to retry",
            )
        ]
        assert (report.added, report.files_indexed, store.count()) == (150, 1, 150)
        assert store.get("09PARIS100") is not None and store.get("09PARIS101") is None
        assert store.get("09BEIJING1049") is not None
    with sqlite3.connect(tmp_path / "lib.db") as raw:
        assert raw.execute("SELECT path, cables FROM files").fetchall() == [(str(good), 50)]


def test_a_big_run_defers_the_search_index_merges_and_leaves_no_setting(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sizes, "WORKER_MIN_BYTES", 0)  # every job is big
    monkeypatch.setattr(sizes, "BATCH_CABLES", 100)
    db = tmp_path / "library.db"

    def automerge() -> list:
        with sqlite3.connect(db) as raw:
            return raw.execute("SELECT v FROM fts_config WHERE k = 'automerge'").fetchall()

    seen: list[list] = []
    with Store(db) as store:
        report = ingest.index(
            store,
            [write_csv(tmp_path / "cables.csv", csv_rows(300))],
            workers=0,
            progress=lambda cables, done, total: seen.append(automerge()),
        )
    assert report.added == 300
    # Told before writing (the scan), then after each of the 3 batches and the file's end.
    assert seen == [[], *[[(0,)]] * (len(seen) - 1)] and len(seen) >= 4
    assert automerge() == []  # as in a library never deferred: FTS5's default
    with Store(db) as store:
        assert len(store.search("routine", limit=1000)) == 300
        store.defer_merges()  # as a run killed while writing leaves it
    assert automerge() == [(0,)]
    with Store(db) as store:
        ingest.index(store, [write_csv(tmp_path / "more.csv", csv_rows(1))], workers=0)
    assert automerge() == []
