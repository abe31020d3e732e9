"""The rules of ``place_rules.py`` and the tables beside the gazetteer, on sentences written for them:
a compass word's place, names of events that hold a place, feature and division words, regional
governments, mixed-case shorthand, websites, and towns that are a named person's surname."""

from __future__ import annotations

import pytest

from cablescope.api import Cable, Paragraph
from cablescope_entities.extract import extract_entities


def found(text: str) -> set[tuple[str, str]]:
    cable = Cable(paragraphs=[Paragraph(number=1, text=text, start=0, end=len(text))])
    return {(e.kind, e.key) for e in extract_entities(cable)}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a capitalised compass word names a place of its own; a lower-case one does not
        ("Fighting spread in Eastern Sudan and northern Iraq.", {"Eastern Sudan", "Iraq"}, {"Sudan"}),
        # in capitals only North, South, East, West and Greater make a name
        (
            "RIOTS IN SOUTH TEHRAN AND SOUTHERN ARGENTINA.",
            {"South Tehran", "Argentina"},
            {"Southern Argentina"},
        ),
        # the name of an event, a programme or a document holds no place
        (
            "Before the Turin Winter Olympics, the Kyoto Protocol and Plan Colombia, Paris spoke.",
            {"Paris"},
            {"Turin", "Colombia"},
        ),
        ("The Treaty of Lisbon was signed; the London conference opened.", {"London"}, {"Lisbon"}),
        # feature and division words end a place's name, not a kind of base or a numbered district
        (
            "Troops left Rota Naval Base for Paktya Province and a Forward Operating Base.",
            {"Rota Naval Base", "Paktya Province"},
            {"Forward Operating Base"},
        ),
        ("Police in the Istanbul Second District acted.", {"Istanbul"}, {"Istanbul Second District"}),
        ("Ships in the Gulf of Guinea and off the Coast of Somalia.", {"Gulf of Guinea", "Somalia"}, set()),
        # the English names of regions and towns the world list writes otherwise
        (
            "Officials from Andalusia, Seville and Lashkar Gah met.",
            {"Andalusia", "Seville", "Lashkar Gah"},
            set(),
        ),
    ],
)
def test_places(text, present, absent):
    places = {key for kind, key in found(text) if kind == "place"}
    assert present <= places, places
    assert not absent & places, places


def test_a_feature_word_inside_a_body_keeps_the_body():
    entities = found("The Kampala District Court heard the Movement for the Emancipation of the Niger Delta.")
    assert ("org", "Kampala District Court") in entities
    assert ("org", "Movement for the Emancipation of the Niger Delta") in entities
    assert not {key for kind, key in entities if kind == "place"}


def test_regional_and_city_governments_are_bodies():
    entities = found(
        "The Catalan government and the Madrid Regional Government wrote; the Madrid government did not."
    )
    assert {("org", "Catalan government"), ("org", "Madrid Regional Government")} <= entities
    # a capital's name for its country's government is no city's government
    assert ("org", "Madrid government") not in entities


def test_mixed_case_shorthand_and_websites():
    entities = found("The GoK told Kenya's press; the story ran on Sina.com and wenxuecity.com.")
    assert {("org", "Government of Kenya"), ("org", "Sina"), ("org", "wenxuecity.com")} <= entities


def test_a_surname_town_is_the_person_standing_alone():
    entities = found("Minister Jorge Rodriguez met us. Later Rodriguez said the port of Santos was calm.")
    assert ("person", "Jorge Rodriguez") in entities
    assert ("place", "Rodriguez") not in entities
    assert ("place", "Santos") in entities  # no one in the cable is named Santos


def test_a_hyphenated_modifier_is_no_part_of_the_name_after_it():
    entities = found("The Hong Kong-based Phoenix Television and the Zhejiang-based Wanxiang Group reported.")
    assert {("org", "Phoenix Television"), ("org", "Wanxiang Group"), ("place", "Hong Kong")} <= entities
    assert ("place", "Zhejiang") in entities


def test_small_states_and_new_body_words():
    entities = found(
        "Congo, Samoa and Palau voted; Shahid Bagheri Industries and Kenyan Airways were listed."
    )
    assert {("place", "Congo"), ("place", "Samoa"), ("place", "Palau")} <= entities
    assert {("org", "Shahid Bagheri Industries"), ("org", "Kenyan Airways")} <= entities


def test_an_event_named_before_of_the_place_and_a_sentence_opening_government():
    entities = found("The Government of Kenya spoke at the Summit of the Americas in Trinidad.")
    assert {("org", "Government of Kenya"), ("place", "Trinidad")} <= entities
    assert ("place", "Americas") not in entities
    assert ("place", "Kenya") not in entities
