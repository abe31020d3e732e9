"""``Store.find``: the cables a finder offers as the user types a prefix or pieces of an id or subject."""

from __future__ import annotations

from cablescope import ingest
from cablescope.store import Store


def test_find_by_prefix_then_by_pieces_of_the_id_or_subject(tmp_path, cable_factory):
    with Store(tmp_path / "find.db") as store:
        for reference_id, subject in [
            ("09BEIJING2932", "TEA PRICES"),
            ("09BEIJING15", "RICE HARVEST"),
            ("08ANKARA15", "GRAIN EXPORTS"),
            ("08ANKARA1500", "GRAIN IMPORTS"),
            ("07PARIS100%", "50_50 SPLIT"),
        ]:
            ingest.add(store, cable_factory(reference_id, ["Text."], subject=subject))
        ids = lambda text: [c.reference_id for c in store.find(text)]  # noqa: E731
        assert ids("09bei") == ["09BEIJING15", "09BEIJING2932"]  # a prefix, in id order
        assert ids("ankara 15") == ["08ANKARA15", "08ANKARA1500"]  # every piece, shortest id first
        assert ids("grain imp") == ["08ANKARA1500"]  # pieces of the subject
        assert ids("15") == ["08ANKARA15", "09BEIJING15", "08ANKARA1500"]  # no prefix: pieces
        assert ids("0%") == ["07PARIS100%"]  # LIKE's wildcards are taken literally
        assert ids("0_5") == ["07PARIS100%"]
        assert ids("   ") == []
        assert len(store.find("0", limit=2)) == 2
