"""More shapes of organisations in real cables, each as a synthetic sentence of our own.

The round of rules after ``test_entities_real_shapes.py``: a body the list knows inside a
longer name, a party named only by a place or a level of government, a body named again
without the nationality or acronym that opened it.
"""

from __future__ import annotations

from cablescope.api import Cable, Paragraph
from cablescope_entities.extract import extract_entities
from cablescope_entities.render import mention_texts


def make_cable(*paragraphs: str, **fields) -> Cable:
    paras = [Paragraph(number=i, text=t, start=0, end=len(t)) for i, t in enumerate(paragraphs, 1)]
    return Cable(paragraphs=paras, **fields)


def found(cable: Cable, kind: str) -> dict[str, list[str]]:
    entities = extract_entities(cable)
    return {e.key: mention_texts(cable, e) for e in entities if e.kind == kind and not e.in_appendix}


def test_a_listed_body_inside_a_longer_name_is_the_longer_body():
    cable = make_cable(
        "The Ministry of Energy and Tourism answered. Ruritania joined the NATO-Moldova Commission, "
        "while the Hamas-led Palestinian Authority and the MFA-affiliated Institute kept away.",
        "He asked the Ministry of Defense and Armed Forces staff, and the Ministry of Foreign Affairs "
        "and PM's office.",
    )
    orgs = found(cable, "org")
    assert orgs["Ministry of Energy and Tourism"] == ["Ministry of Energy and Tourism"]
    assert orgs["NATO-Moldova Commission"] == ["NATO-Moldova Commission"]
    assert {"Hamas", "Palestinian Authority"} <= orgs.keys()
    assert not any(k.startswith(("Hamas-led", "MFA-affiliated")) for k in orgs)
    # "and" then two words, or an acronym: the list's body ends before "and"
    assert orgs["Ministry of Defense"] == ["Ministry of Defense"]
    assert orgs["Ministry of Foreign Affairs"][-1] == "Ministry of Foreign Affairs"
    assert not any(k.endswith(" and") for k in orgs)


def test_a_party_named_by_a_place_or_a_level_of_government_is_no_body():
    cable = make_cable(
        "Provincial Party Secretaries met; Hunan Province Party Secretary Zhao spoke, and the "
        "Ruritanian Peasant Party stayed away."
    )
    orgs = found(cable, "org")
    assert "Ruritanian Peasant Party" in orgs
    assert not {"Provincial Party", "Hunan Province Party"} & orgs.keys()
    assert "Hunan" in found(cable, "place")


def test_a_body_named_again_without_its_nationality_is_the_same_body():
    cable = make_cable(
        "The Moldovan Export Board met us. Later the Export Board agreed.",
        "The UN Security Council voted; the Security Council met again.",
        "The Indian Defense Intelligence Agency and the Defense Intelligence Agency spoke.",
    )
    orgs = found(cable, "org")
    assert orgs["Moldovan Export Board"] == ["Moldovan Export Board", "Export Board"]
    assert "Export Board" not in orgs
    assert orgs["UN Security Council"] == ["UN Security Council", "Security Council"]
    # a body the list knows stays itself beside another country's namesake
    assert {"Indian Defense Intelligence Agency", "Defense Intelligence Agency"} <= orgs.keys()
