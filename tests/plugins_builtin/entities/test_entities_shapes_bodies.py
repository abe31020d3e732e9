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


def test_a_middle_initial_keeps_the_surname_and_a_list_line_stays_apart():
    cable = make_cable(
        "Earlier President Harold Q. Vandermeer, according to the minister, imposed sanctions.",
        "Participants:\nAmb. Oscar T. Lindqvist Farid Haddadin\nDCM Peter",
    )
    people = found(cable, "person")
    assert people["Harold Q. Vandermeer"] == ["Harold Q. Vandermeer"]
    assert "Oscar T. Lindqvist" in people
    assert not {"Harold", "Vandermeer", "Oscar"} & people.keys()


def test_titles_of_managers_chiefs_and_an_office_named_before_the_name():
    cable = make_cable(
        "Security was raised for General Manager Selin Ardaval. Deputy Commandant Ambassador Toumi spoke, "
        "as did Chief of National Police LTG Omid Farrokhzad and DHS Chief Privacy Officer Lindqvist.",
    )
    people = found(cable, "person")
    assert {"Selin Ardaval", "Toumi", "Omid Farrokhzad", "Lindqvist"} <= people.keys()
    assert not {"Manager Selin Ardaval", "Commandant", "Privacy"} & people.keys()


def test_a_titled_surname_alone_in_the_subject_is_kept_and_a_headline_verb_is_not():
    cable = make_cable(
        "The talks went well.", subject="AMBASSADOR HOLLOWAY'S MEETING WITH MINISTER OF INTERIOR VANTREN"
    )
    assert {"Holloway", "Vantren"} <= found(cable, "person").keys()
    headline = make_cable("The talks went well.", subject="AMBASSADOR REGRETS DELAYS")
    assert not found(headline, "person")


def test_a_surname_misspelt_by_one_letter_is_the_same_person():
    cable = make_cable(
        "President Nursultan Kazbekov met us. Kazbekov said so.",
        "Later President Kazbakov repeated it.",
    )
    people = found(cable, "person")
    assert people == {"Nursultan Kazbekov": ["Nursultan Kazbekov", "Kazbekov", "Kazbakov"]}


def test_family_name_first_is_the_short_form_unless_two_people_share_it():
    cable = make_cable(
        "Vice Premier Zhou Lan met us. Later Vice Premier Zhou called.",
        "Li Ruomin and Li Tiankai spoke; Li was firm.",
    )
    people = found(cable, "person")
    assert people["Zhou Lan"] == ["Zhou Lan", "Zhou"]
    assert people["Li Ruomin"] == ["Li Ruomin"] and people["Li Tiankai"] == ["Li Tiankai"]


def test_a_portfolio_noun_after_a_title_is_the_title_s():
    cable = make_cable(
        "He met Vice Minister of Government Coordination Hector Valdivia and GHQ Director of General "
        "Procurement Salem Al Marri."
    )
    people = found(cable, "person")
    assert {"Hector Valdivia", "Salem Al Marri"} <= people.keys()
    assert not any(k.startswith(("Coordination", "Procurement")) for k in people)


def test_groups_and_task_forces_named_by_a_number():
    cable = make_cable(
        "The EU-3 and the G-4 met; CTF-151 patrolled. LAF G-2 officers and sector G-6/2 are no bodies, "
        "and the G-8 is the list's."
    )
    orgs = found(cable, "org")
    assert {"EU-3", "G-4", "CTF-151", "G8"} <= orgs.keys()
    assert not {"G-2", "G-6", "European Union"} & orgs.keys()


def test_a_paper_a_company_or_an_association_named_beside_its_word():
    cable = make_cable(
        "The Ruritania Herald reported that the Zarkon construction company and the Austrian company "
        "Veltrix signed; the businessmen's association KOBAD objected, and the rival company Euro 750 "
        "million richer said nothing. The Tauscher/Carter team left."
    )
    orgs = found(cable, "org")
    assert {"Ruritania Herald", "Zarkon", "Veltrix", "KOBAD"} <= orgs.keys()
    assert not {"Euro", "Carter", "Austrian"} & orgs.keys()


def test_a_body_named_for_its_task_and_a_listed_body_s_own_body():
    cable = make_cable(
        "The UN Fund for Civic Education and the Foundation for the Future met the Directorate for "
        "Ruritanian Domestic Intelligence and Prevention, the Office for the Coordination of Relief "
        "Affairs and the NATO Response Force.",
        "The EU Council, the FDP Party and the MFA-affiliated Institute for Peace stayed apart. The "
        "Chiefs of Staff for Senator Dias, the Committee for the Well-being, the Staff for the MFA, "
        "Zarkon Airlines for the December flights and a Council of Representatives member spoke.",
    )
    orgs = found(cable, "org")
    assert {
        "UN Fund for Civic Education",
        "Foundation for the Future",
        "Directorate for Ruritanian Domestic Intelligence and Prevention",
        "Office for the Coordination of Relief Affairs",
        "NATO Response Force",
        "Council of Representatives",
    } <= orgs.keys()
    assert not {"EU Council", "FDP Party", "Committee for the Well", "Staff for the MFA"} & orgs.keys()
    assert not any(k.startswith(("MFA-", "Chiefs of Staff for")) or k.endswith("December") for k in orgs)


def test_an_acronym_before_a_title_is_the_body_it_is_held_in():
    cable = make_cable(
        "KORSEC Chief Omar Haddad met us with NDU President Lt. Gen. Dunn of the National Defense "
        "University and GHQ Director Ali of the GHQ Armed Forces. NEA A/S Welch, POL Chief Smith and "
        "WHA/BSC Director Jones came too."
    )
    orgs = found(cable, "org")
    assert "KORSEC" in orgs
    assert orgs["National Defense University"] == ["NDU", "National Defense University"]
    assert orgs["GHQ Armed Forces"] == ["GHQ", "GHQ Armed Forces"]
    assert not {"NDU", "GHQ", "NEA", "POL", "BSC"} & orgs.keys()


def test_an_acronym_opens_no_person_set_off_by_apposition():
    cable = make_cable(
        "Fans recalled last week's UEFA Champion's League Final, and Codel Levin's visit; Galip "
        "Demirel, a prominent follower, spoke."
    )
    people = found(cable, "person")
    assert "Galip Demirel" in people
    assert not any(k.startswith(("Uefa", "UEFA")) for k in people)


def test_in_capitals_a_few_ordinary_words_stand_inside_a_body_before_its_head():
    cable = make_cable(
        "A BOMB IN THE CAPITAL HIT THE NATIONAL RURITANIAN OIL COMPANY BUILDING AND THE SPECIAL "
        "INVESTIGATIVE UNIT OF THE PROSECUTOR MET. THE OPPOSITION, ITS MAIN POLITICAL FORCE, WAITED "
        "FOR THE REDUCTION OF GUERRILLA FORCES."
    )
    orgs = found(cable, "org")
    assert {"National Ruritanian Oil Company", "Special Investigative Unit"} <= orgs.keys()
    assert not {"Main Political Force", "Political Force"} & orgs.keys()


def test_a_province_named_with_division_is_a_place_and_a_country_s_division_a_body():
    cable = make_cable("Works near Minbu, in central Magway Division, worried the MFA's Iran Division.")
    assert "Magway" in found(cable, "place")
    orgs = found(cable, "org")
    assert "Iran Division" in orgs and "Magway Division" not in orgs


def test_the_arabic_article_written_apart_opens_a_name_after_a_title():
    cable = make_cable("Labor Minister al Kaabir met us; later al Kaabir said so, and the party al Fajr met.")
    people = found(cable, "person")
    assert people["al Kaabir"][0] == "al Kaabir"
    assert "al Fajr" not in people


def test_a_full_name_after_a_lower_case_role():
    cable = make_cable(
        "We met political analyst Rosendo Fragoza and G/TIP visitor Feleke Asrat; his counterpart "
        "Wi Sung-mok agreed, and the candidate said little."
    )
    people = found(cable, "person")
    assert {"Rosendo Fragoza", "Feleke Asrat", "Wi Sung-mok"} <= people.keys()
