"""The issue's done-when list on the seed, and what index_facts stores for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from cablescope.api import read_path
from cablescope_entities import index_facts
from cablescope_entities.extract import extract_entities
from cablescope_entities.render import mention_texts

SEED = Path(__file__).resolve().parents[3] / "seeds" / "09BEIJING2932-scoop.txt"


@pytest.fixture(scope="module")
def cable():
    (only,) = list(read_path(SEED))
    return only


@pytest.fixture(scope="module")
def entities(cable):
    return extract_entities(cable)


def keys(entities, kind, appendix=False):
    return {e.key for e in entities if e.kind == kind and e.in_appendix == appendix}


def test_entities_seed_people(entities):
    assert {
        "Wen Jiabao",
        "Mohammad Reza Rahimi",
        "Ni Ruchi",
        "Ali Khamenei",
        "Mahmoud Ahmadinejad",
        "Aubrey Carlson",
        "Obama",
    } <= keys(entities, "person")


def test_entities_seed_organisations_expanded(entities):
    orgs = {e.key: e for e in entities if e.kind == "org" and not e.in_appendix}
    assert orgs["Shanghai Cooperation Organization"].extra == {"acronym": "SCO"}
    assert orgs["Ministry of Foreign Affairs"].extra == {"acronym": "MFA"}
    assert orgs["International Atomic Energy Agency"].extra == {"acronym": "IAEA"}
    assert "P5-plus-1" in orgs


def test_entities_seed_places(entities):
    assert {
        "China",
        "Iran",
        "United States",
        "Beijing",
        "Tehran",
        "Geneva",
        "Qom",
        "Iraq",
        "Afghanistan",
    } <= keys(entities, "place")


def test_entities_seed_title_and_affiliation(entities):
    people = {e.key: e for e in entities if e.kind == "person"}
    ni = people["Ni Ruchi"]
    assert (ni.title, ni.affiliation) == ("Deputy Director", "Ministry of Foreign Affairs")
    rahimi = people["Mohammad Reza Rahimi"]
    assert (rahimi.title, rahimi.affiliation) == ("First Vice President", "Iran")
    carlson = people["Aubrey Carlson"]
    assert carlson.title == "Political Minister Counselor"
    assert [m.source for m in carlson.mentions] == ["classified_by"]


def test_entities_seed_variants_merge(cable, entities):
    people = [e for e in entities if e.kind == "person"]
    wen = next(e for e in people if e.key == "Wen Jiabao")
    texts = mention_texts(cable, wen)
    # "Premier Wen Pushes Rahimi" in the subject (only "Wen" is his), "Premier Wen\nJiabao" in ¶1,
    # "Wen" alone twice in ¶1 and twice in ¶2, "Wen\nJiabao's" in ¶2.
    assert [" ".join(t.split()) for t in texts] == ["Wen", "Wen Jiabao", "Wen", "Wen Jiabao", "Wen", "Wen"]
    assert [m.source for m in wen.mentions][:2] == ["subject", "text"]
    assert not any(e.key in ("Wen", "Premier Wen") for e in people)
    china = next(e for e in entities if e.kind == "place" and e.key == "China" and not e.in_appendix)
    china_texts = set(mention_texts(cable, china))
    assert china_texts == {"Prc", "PRC", "China"}  # the subject line is in title case


def test_entities_seed_no_stock_phrase_is_a_person(entities):
    people = keys(entities, "person") | keys(entities, "person", appendix=True)
    for word in ("SUMMARY", "END SUMMARY", "Summary", "PolOff", "Supreme Leader", "MFA", "Premier"):
        assert word not in people
    assert all(len(p.split()) <= 4 for p in people)


def test_entities_seed_appendix_kept_apart(entities):
    assert {"Gaza", "Nepal"} <= keys(entities, "place", appendix=True)
    assert "Save the Children" in keys(entities, "org", appendix=True)
    own = keys(entities, "place") | keys(entities, "org") | keys(entities, "person")
    assert not own & {"Gaza", "Nepal", "Save the Children", "Israel", "Kanchanpur", "United Nations"}
    for e in entities:
        assert all(m.in_appendix == e.in_appendix for m in e.mentions)


def test_entities_seed_mentions_point_into_paragraph_text(cable, entities):
    for e in entities:
        for m in e.mentions:
            if m.start is None:
                continue
            if m.source == "subject":
                text = cable.subject
            else:
                text = cable.appendix.text if m.in_appendix else cable.paragraph(m.paragraph).text
            found = " ".join(text[m.start : m.end].split())
            assert found, (e.key, m)
            assert found[0].isupper() or found[0].isdigit(), (e.key, found)


def test_entities_seed_index_facts(cable):
    facts = index_facts(cable)
    ni = [f for f in facts if f.key == "Ni Ruchi"]
    assert len(ni) == 16
    first = ni[0]
    assert (first.kind, first.paragraph, first.in_appendix) == ("person", 2, False)
    assert cable.paragraph(2).text[first.start : first.end] == "Ni Ruchi"
    assert first.data == {
        "type": "person",
        "title": "Deputy Director",
        "affiliation": "Ministry of Foreign Affairs",
        "source": "text",
    }
    gaza = [f for f in facts if f.key == "Gaza"]
    assert len(gaza) == 3 and all(f.in_appendix and f.paragraph is None for f in gaza)
    assert cable.appendix.text[gaza[0].start : gaza[0].end] == "Gaza"
    assert {f.kind for f in facts} == {"person", "org", "place"}
