"""The bundled Scoop page of 09BEIJING2932 parses to the facts a reader can check by eye."""

from __future__ import annotations

from datetime import UTC, date, datetime

from cablescope.parse import parse_cable


def test_seed_identity(seed_text):
    cable = parse_cable(seed_text)
    assert cable.reference_id == "09BEIJING2932"
    assert cable.created == datetime(2009, 10, 22, 12, 3, tzinfo=UTC)
    assert cable.origin == "Embassy Beijing"
    assert cable.classification == "CONFIDENTIAL"
    assert cable.level == "C"
    assert cable.precedence == "IMMEDIATE"
    assert cable.routing.station == "RUEHBJ"
    assert cable.routing.serial == 2932
    assert cable.routing.section == 1
    assert cable.routing.julian_time == "2951203"
    assert cable.routing.dtg == "221203Z OCT 09"


def test_seed_derived_fields_are_recorded(seed_text):
    cable = parse_cable(seed_text)
    # Scoop dropped the banner and FM line: these three are inferred, not stated.
    assert {"reference_id", "origin", "classification"} <= set(cable.derived)
    assert "created" not in cable.derived


def test_seed_classification_authority(seed_text):
    cable = parse_cable(seed_text)
    assert cable.classified_by == "Aubrey Carlson"
    assert cable.classified_by_title == "Political Minister Counselor"
    assert cable.reasons == ["1.4(b)", "1.4(d)"]
    assert cable.declassify_on == date(2034, 10, 22)
    assert cable.declassify_raw == "10/22/2034"


def test_seed_paragraphs(seed_text):
    cable = parse_cable(seed_text)
    assert [p.number for p in cable.paragraphs] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert [p.marking for p in cable.paragraphs] == ["C"] * 8
    assert [p.marking_raw for p in cable.paragraphs] == ["(C)"] * 8
    assert cable.paragraphs[0].heading is None
    assert [p.heading for p in cable.paragraphs[1:]] == [
        "Wen Pushes Iranian Vice President on Nuclear Issue",
        "Beijing Wants to Seize the Moment, as Does Tehran",
        "Trust-Building a Priority for PRC",
        "PRC Urges IAEA Cooperation, Downplays Technical Progress",
        "Iranian Side Upbeat on October 1 Meeting",
        "MFA: U.S. Should Incentivize, Reward Iranian Progress",
        "Iranian Leadership Feels Street Pressure on Negotiations",
    ]
    assert cable.paragraphs[1].text.startswith(
        "MFA West Asian Affairs Department Iran Division Deputy\nDirector"
    )
    assert cable.paragraphs[7].text.endswith("concessions without meaningful and visible compensation.")


def test_seed_page_marker_removed_from_paragraph_4(seed_text):
    cable = parse_cable(seed_text)
    fourth = cable.paragraph(4)
    assert "BEIJING 00002932" not in fourth.text
    assert "persuade Iran to negotiate\nin good faith represented" in fourth.text
    # The offsets still cover the source span, marker included.
    assert "BEIJING 00002932 002 OF 002" in cable.text[fourth.start : fourth.end]
    assert cable.text[fourth.start :].startswith("4. (C) Ni stressed")


def test_seed_offsets_point_into_text(seed_text):
    cable = parse_cable(seed_text)
    assert cable.text == seed_text
    for paragraph in cable.paragraphs:
        span = cable.text[paragraph.start : paragraph.end]
        assert span.startswith(f"{paragraph.number}. (C) ")
        assert span.endswith(paragraph.text[-30:])


def test_seed_appendix(seed_text):
    cable = parse_cable(seed_text)
    assert cable.appendix is not None
    assert cable.appendix.signal == "© Scoop Media"
    assert cable.text[cable.appendix.offset :].startswith("© Scoop Media\n\nWorld Headlines")
    assert cable.appendix.text.startswith("© Scoop Media")
    assert "More>>" in cable.appendix.text
    for paragraph in cable.paragraphs:
        assert paragraph.end <= cable.appendix.offset
        for word in ("Scoop", "Headlines", "Vaccine", "More>>", "Methane", "Bonded"):
            assert word not in paragraph.text


def test_seed_summary(seed_text):
    cable = parse_cable(seed_text)
    assert cable.summary.startswith("On the margins of Shanghai Cooperation Organization high-level meetings")
    assert cable.summary.endswith("given the strength of the conservative camp.")
    assert "END SUMMARY" not in cable.summary


def test_seed_subject_from_title(seed_text):
    cable = parse_cable(seed_text)
    assert cable.subject == "Prc/Iran: Premier Wen Pushes Rahimi On Dialogue;"
    assert "subject" in cable.derived
