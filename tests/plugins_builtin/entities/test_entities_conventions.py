"""Cable conventions: capitals, redactions, header officials, signers, TAGS codes, backends."""

from __future__ import annotations

from pathlib import Path

import pytest

from cablescope.api import Cable, Paragraph, ViewContext, read_path
from cablescope_entities import backends
from cablescope_entities.extract import extract_entities
from cablescope_entities.tokens import is_caps_text
from cablescope_entities.view import EntitiesView

CABLES = Path(__file__).parent / "cables"


def read(name: str) -> Cable:
    (cable,) = list(read_path(CABLES / name))
    return cable


def by_key(entities, kind):
    return {e.key: e for e in entities if e.kind == kind and not e.in_appendix}


def make_cable(*paragraphs: str, **fields) -> Cable:
    paras = [Paragraph(number=i, text=t, start=0, end=len(t)) for i, t in enumerate(paragraphs, 1)]
    return Cable(paragraphs=paras, **fields)


def test_entities_all_capitals_cable():
    cable = read("75TEHRAN2311.txt")
    assert is_caps_text(cable.paragraphs[0].text)
    people = by_key(extract_entities(cable), "person")
    assert set(people) == {"Hoveyda", "Helms", "Daoud", "Khalatbari", "Kissinger"}
    assert people["Hoveyda"].title == "Prime Minister"
    # The signer HELMS is the Ambassador Helms of the text: one person, three mentions.
    assert [m.source for m in people["Helms"].mentions] == ["signer", "text", "text"]
    assert people["Helms"].title == "Ambassador"


def test_entities_redacted_names_are_not_people():
    cable = read("09MOSCOW2417.txt")
    entities = extract_entities(cable)
    people = by_key(entities, "person")
    assert not any("XXXX" in k.upper() for e in entities for k in [e.key])
    # "Chechen leader Ramzan Kadyrov": a lower-case "leader" is no title; the given name finds him.
    assert "Ramzan Kadyrov" in people and people["Ramzan Kadyrov"].title is None
    assert people["Alice G. Wells"].title == "Political Minister Counselor"
    assert "Beyrle" in people


def test_entities_redacted_classified_by_is_nobody():
    cable = make_cable(
        "The Ambassador met XXXXXXXXXXXX on Monday in Kabul.",
        classified_by="XXXXXXXXXXXX",
        signers=["XXXXXXXXXXXX"],
    )
    entities = extract_entities(cable)
    assert by_key(entities, "person") == {}
    assert set(by_key(entities, "place")) == {"Kabul"}


def test_entities_tags_codes_resolved():
    cable = read("06TOKYO5512.txt")
    entities = extract_entities(cable)
    places = by_key(entities, "place")
    for name in ("Japan", "North Korea", "South Korea", "China"):
        assert "tags" in {m.source for m in places[name].mentions}, name
    assert places["Japan"].extra["tags_code"] == "JA"
    tags = by_key(entities, "tag")
    assert {k: e.extra["expansion"] for k, e in tags.items()} == {
        "PREL": "External political relations",
        "PARM": "Arms control",
        "KNNP": "Nuclear non-proliferation",
    }


def test_entities_tags_are_not_iso_codes():
    cable = make_cable("Nothing named here.", tags=["CH", "IR", "IZ", "GM", "KS", "KN", "PGOV", "ZZZZ"])
    entities = extract_entities(cable)
    assert set(by_key(entities, "place")) == {
        "China",
        "Iran",
        "Iraq",
        "Germany",
        "South Korea",
        "North Korea",
    }
    tags = by_key(entities, "tag")
    assert tags["PGOV"].extra["expansion"] == "Internal government affairs"
    assert tags["ZZZZ"].extra["expansion"] is None


def test_entities_signer_merges_with_classified_by():
    cable = read("09KABUL3310.txt")
    people = by_key(extract_entities(cable), "person")
    eik = people["Karl W. Eikenberry"]
    assert sorted(m.source for m in eik.mentions) == ["classified_by", "signer"]
    assert eik.title == "Ambassador"
    assert "Eikenberry" not in people
    karzai = people["Hamid Karzai"]
    assert len(karzai.mentions) == 5 and karzai.title == "President"  # one in the subject line


def test_entities_hyphenated_and_particle_names():
    cable = read("06TOKYO5512.txt")
    people = by_key(extract_entities(cable), "person")
    assert {"Roh Moo-hyun", "Kim Kye-gwan", "J. Thomas Schieffer"} <= set(people)
    cable = read("07BAGHDAD2088.txt")
    people = by_key(extract_entities(cable), "person")
    assert {"Nouri al-Maliki", "Moqtada al-Sadr", "Tariq al-Hashimi"} <= set(people)
    assert len(people["Nouri al-Maliki"].mentions) == 4  # "Maliki" twice more, and in the subject


def test_entities_view_type_filter_and_json_literals():
    cable = make_cable(
        "Foreign Minister Ali Babacan told the Ambassador in Ankara that the PKK remains a threat.",
        reference_id="08ANKARA9999",
        tags=["TU"],
    )
    data = EntitiesView().data(cable, ViewContext(options={"type": "person"}))
    assert data == {
        "view": "entities",
        "reference_id": "08ANKARA9999",
        "counts": {"person": 1},
        "entities": [
            {
                "kind": "person",
                "key": "Ali Babacan",
                "type": "person",
                "title": "Foreign Minister",
                "affiliation": None,
                "count": 1,
                "mentions": [
                    {
                        "paragraph": 1,
                        "start": 17,
                        "end": 28,
                        "in_appendix": False,
                        "source": "text",
                        "text": "Ali Babacan",
                    }
                ],
            }
        ],
        "appendix": [],
    }
    everything = EntitiesView().data(cable, ViewContext())
    assert everything["counts"] == {"person": 1, "org": 1, "place": 2, "tag": 0}
    place = next(e for e in everything["entities"] if e["key"] == "Turkey")
    assert [(m["source"], m["text"]) for m in place["mentions"]] == [("tags", None)]


def test_entities_backend_defaults_to_rules(monkeypatch, tmp_path):
    monkeypatch.setenv("CABLESCOPE_HOME", str(tmp_path))
    monkeypatch.delenv("CABLESCOPE_ENTITIES_BACKEND", raising=False)
    assert backends.configured_backend() == "rules"
    (tmp_path / "entities.toml").write_text('backend = "spacy"\n', encoding="utf-8")
    assert backends.configured_backend() == "spacy"
    monkeypatch.setenv("CABLESCOPE_ENTITIES_BACKEND", "rules")
    assert backends.configured_backend() == "rules"
    monkeypatch.setenv("CABLESCOPE_ENTITIES_BACKEND", "nonsense")
    assert backends.configured_backend() == "rules"


def test_entities_spacy_backend_falls_back_when_missing(monkeypatch):
    monkeypatch.setenv("CABLESCOPE_ENTITIES_BACKEND", "spacy")
    monkeypatch.setenv("CABLESCOPE_SPACY_MODEL", "cablescope_no_such_model")
    backends.load_spacy_model.cache_clear()
    assert backends.selected_backend().name == "rules"


def test_entities_spacy_backend_finds_seed_names(monkeypatch):
    pytest.importorskip("spacy")
    if not backends.spacy_available(backends.DEFAULT_SPACY_MODEL):
        pytest.skip(f"spaCy model {backends.DEFAULT_SPACY_MODEL} is not installed")
    monkeypatch.setenv("CABLESCOPE_ENTITIES_BACKEND", "spacy")
    (cable,) = list(read_path(Path(__file__).resolve().parents[3] / "seeds" / "09BEIJING2932-scoop.txt"))
    entities = extract_entities(cable)
    people = by_key(entities, "person")
    assert {"Ni Ruchi", "Aubrey Carlson"} <= set(people)
    assert {"China", "Iran", "Beijing"} <= set(by_key(entities, "place"))


def test_entities_backend_choice_is_read_once_per_data_folder(monkeypatch, tmp_path):
    """Indexing asks for the backend for every cable: the configuration is read once for each data
    folder and environment setting, not once a cable."""
    stand_in = object()
    monkeypatch.setattr(backends, "load_spacy_model", lambda name: stand_in)
    monkeypatch.delenv("CABLESCOPE_ENTITIES_BACKEND", raising=False)
    plain, configured = tmp_path / "plain", tmp_path / "configured"
    plain.mkdir()
    configured.mkdir()
    (configured / "entities.toml").write_text('backend = "spacy"\n', encoding="utf-8")
    monkeypatch.setenv("CABLESCOPE_HOME", str(plain))
    rules = backends.selected_backend()
    assert rules.name == "rules"
    (plain / "entities.toml").write_text('backend = "spacy"\n', encoding="utf-8")
    assert backends.selected_backend() is rules  # the file is read again by the next command
    monkeypatch.setenv("CABLESCOPE_HOME", str(configured))
    chosen = backends.selected_backend()
    assert isinstance(chosen, backends.SpacyBackend) and chosen.nlp is stand_in
    monkeypatch.setenv("CABLESCOPE_ENTITIES_BACKEND", "rules")
    assert backends.selected_backend().name == "rules"
