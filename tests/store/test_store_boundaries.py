"""The store's boundaries: what importing it loads, and the read-only interface plugins see."""

from __future__ import annotations

import inspect
import subprocess
import sys

from cablescope.api import Library
from cablescope.store import Store


def test_importing_the_store_loads_neither_plugins_nor_workers_nor_the_grammar() -> None:
    script = (
        "import cablescope.store, sys; "
        "print(sorted(m for m in ('pluggy', 'multiprocessing', 'cablescope.plugins', 'cablescope.ingest', "
        "'cablescope.parse', 'cablescope.readers') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_library_protocol_offers_only_reads_and_the_store_has_each_with_its_signature() -> None:
    members = {name for name in vars(Library) if not name.startswith("_")}
    assert {"search", "count", "list_cables", "get", "facts", "top_facts", "cited_by", "neighbour"} <= members
    assert not members & {"add", "upsert", "remove_cables", "remove_files", "write_rows", "set_meta", "mend"}
    for name in members:
        assert inspect.signature(getattr(Store, name)) == inspect.signature(getattr(Library, name)), name


def test_a_store_is_a_library(tmp_path) -> None:
    def reads(library: Library) -> int:
        return library.count()

    with Store(tmp_path / "lib.db") as store:
        assert reads(store) == 0
        assert store.list_cables() == []


def test_the_query_helper_reads_and_refuses_to_write(tmp_path) -> None:
    import sqlite3

    import pytest

    with Store(tmp_path / "lib.db") as store:
        assert store.query("SELECT count(*) FROM cables") == [(0,)]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.query("DELETE FROM cables")
        store.set_meta("note", "written")  # the connection writes again afterwards
        assert store.meta("note") == "written"
