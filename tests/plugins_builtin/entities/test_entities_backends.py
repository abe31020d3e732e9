"""The spaCy backend's mapping from recogniser spans to cable entities, with a stand-in pipeline.

The real spaCy run is in test_entities_conventions (skipped without spaCy and a model); here a
small fake pipeline returns fixed spans so the mapping (titles moved out of names, gazetteer
names, redactions dropped) is tested everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cablescope_entities.backends import SpacyBackend


@dataclass
class FakeSpan:
    label_: str
    start_char: int
    end_char: int


class FakeDoc:
    def __init__(self, ents):
        self.ents = ents


class FakePipeline:
    """Labels every occurrence of the given phrases, as a recogniser would."""

    def __init__(self, phrases: dict[str, str]):
        self.phrases = phrases

    def __call__(self, text: str) -> FakeDoc:
        ents = []
        for phrase, label in self.phrases.items():
            for m in re.finditer(re.escape(phrase), text):
                ents.append(FakeSpan(label, m.start(), m.end()))
        return FakeDoc(sorted(ents, key=lambda e: e.start_char))


TEXT = (
    "MFA Deputy Director Ni Ruchi told PolOff that Premier Wen Jiabao met XXXXXXXXXXXX "
    "at the Shanghai Cooperation Organization summit. The PRC and the Harbin Study Group "
    "agreed. Ni said so."
)


def test_entities_spacy_mapping_with_a_stand_in_pipeline():
    nlp = FakePipeline(
        {
            "Ni Ruchi": "PERSON",
            "Premier Wen Jiabao": "PERSON",
            "XXXXXXXXXXXX": "PERSON",
            "Shanghai Cooperation Organization": "ORG",
            "PRC": "GPE",
            "Harbin Study Group": "ORG",
        }
    )
    extractor = SpacyBackend(nlp).extractor(in_appendix=False)
    extractor.read(TEXT, 2)
    found = {(e.kind, e.key): e for e in extractor.finish()}
    assert set(found) == {
        ("org", "Ministry of Foreign Affairs"),
        ("person", "Ni Ruchi"),
        ("person", "Wen Jiabao"),
        ("org", "Shanghai Cooperation Organization"),
        ("org", "Harbin Study Group"),
        ("place", "China"),
    }
    ni = found[("person", "Ni Ruchi")]
    assert (ni.title, ni.affiliation) == ("Deputy Director", "Ministry of Foreign Affairs")
    # The bare "Ni" later is linked to Ni Ruchi by the cable rules, as with the rule backend.
    assert [TEXT[m.start : m.end] for m in ni.mentions] == ["Ni Ruchi", "Ni"]
    wen = found[("person", "Wen Jiabao")]
    assert wen.title == "Premier"
    assert TEXT[wen.mentions[0].start : wen.mentions[0].end] == "Wen Jiabao"
    assert found[("org", "Shanghai Cooperation Organization")].extra == {"acronym": "SCO"}
