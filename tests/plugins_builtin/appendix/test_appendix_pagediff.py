"""One page's appendix against another's: the line diff, and shared furniture against new headlines."""

from __future__ import annotations

from cablescope.api import ViewContext
from cablescope_appendix.analysis import analyse, split
from cablescope_appendix.diff import diff_pages

CYCLONE = "UN News: Cyclone Relief Appeal Reaches Halfway Mark"
CYCLONE_LEAD = (
    "Aid agencies working along the coast of Mozambique said on Tuesday that the appeal launched on "
    "19 March 2019 has now reached half of its target, with shelter and clean water the most urgent "
    "needs ... More>>"
)
PLASTIC = "WWF: Ocean Plastic Survey Finds Record Levels In Pacific Gyre"
PLASTIC_LEAD = (
    "A survey vessel returning to Honolulu on 21 March has measured the highest concentration of floating "
    "plastic yet recorded in the North Pacific gyre, researchers said ... More>>"
)
FLOODS = "Red Cross: Volunteers Train For Flood Season In Bangladesh"
FLOODS_LEAD = (
    "Thousands of volunteers in the Sylhet division are learning early warning and evacuation drills ahead "
    "of the monsoon, the Bangladesh Red Crescent Society said ... More>>"
)
SOLAR = "UNDP: Solar Microgrids Bring Power To Island Clinics"
SOLAR_LEAD = (
    "Twelve clinics across the outer islands of Vanuatu now run on solar microgrids installed under a "
    "programme funded until 2022, UNDP said on 25 March 2019 ... More>>"
)
MEASLES = "UN News: Measles Cases Quadruple In First Quarter"
MEASLES_LEAD = (
    "Reported measles cases worldwide rose fourfold in the first three months of the year compared with the "
    "same period last year, the World Health Organization said on 15 April 2019 ... More>>"
)
LOCUSTS = "FAO: Locust Swarms Threaten Harvests Across The Horn Of Africa"
LOCUSTS_LEAD = (
    "Desert locust swarms that crossed the Red Sea in early April are now breeding in eastern Ethiopia and "
    "northern Somalia, the Food and Agriculture Organization warned ... More>>"
)


def _diff(this, other):
    this_boundary, this_parsed = split(this)
    other_boundary, other_parsed = split(other)
    return diff_pages(
        this.text[this_boundary.offset :],
        this_parsed.items,
        other.text[other_boundary.offset :],
        other_parsed.items,
        this_name=this.reference_id,
        other_name=other.reference_id,
        chosen="given",
    )


def test_appendix_pagediff_overlapping_sidebars_unified(page):
    diff = _diff(page("scoop-reykjavik-fisheries.txt"), page("scoop-vilnius-power-links.txt"))
    assert diff.unified == [
        "--- 08REYKJAVIK215 appendix",
        "+++ 10VILNIUS77 appendix",
        "@@ -2,8 +2,6 @@",
        " World Headlines",
        "-" + CYCLONE,
        "-" + CYCLONE_LEAD,
        "+" + MEASLES,
        "+" + MEASLES_LEAD,
        " " + PLASTIC,
        " " + PLASTIC_LEAD,
        "-" + FLOODS,
        "-" + FLOODS_LEAD,
        " Focus On: UN SDGs",
        "@@ -11 +9,3 @@",
        " " + SOLAR_LEAD,
        "+" + LOCUSTS,
        "+" + LOCUSTS_LEAD,
    ]
    assert diff.shared_headlines == [PLASTIC, SOLAR]
    assert diff.new_headlines == [CYCLONE, FLOODS]
    assert diff.other_headlines == [MEASLES, LOCUSTS]
    # 7 of 11 lines on each side match: 2 * 7 / 22.
    assert diff.similarity == 0.636


def test_appendix_pagediff_side_by_side_rows(page):
    diff = _diff(page("scoop-reykjavik-fisheries.txt"), page("scoop-vilnius-power-links.txt"))
    assert [(row.tag, row.left, row.right) for row in diff.side_by_side] == [
        ("equal", "© Scoop Media", "© Scoop Media"),
        ("equal", "World Headlines", "World Headlines"),
        ("replace", CYCLONE, MEASLES),
        ("replace", CYCLONE_LEAD, MEASLES_LEAD),
        ("equal", PLASTIC, PLASTIC),
        ("equal", PLASTIC_LEAD, PLASTIC_LEAD),
        ("delete", FLOODS, None),
        ("delete", FLOODS_LEAD, None),
        ("equal", "Focus On: UN SDGs", "Focus On: UN SDGs"),
        ("equal", SOLAR, SOLAR),
        ("equal", SOLAR_LEAD, SOLAR_LEAD),
        ("insert", None, LOCUSTS),
        ("insert", None, LOCUSTS_LEAD),
    ]


def test_appendix_pagediff_different_sidebars_share_only_the_site(page):
    diff = _diff(page("scoop-athens-ferry-strike.txt"), page("scoop-reykjavik-fisheries.txt"))
    assert diff.shared_headlines == []
    assert diff.new_headlines == [
        "Shipping: Ferry Strike At Piraeus Strands Island Travelers",
        "Greece: Seamen Vow Further Strikes Over Pension Cuts",
    ]
    assert diff.other_headlines == [CYCLONE, PLASTIC, FLOODS, SOLAR]
    # One hunk from the heading (line 2) to the end of both: 5 lines here, 10 there.
    assert diff.unified[2:5] == [
        "@@ -2,5 +2,10 @@",
        " World Headlines",
        "-Shipping: Ferry Strike At Piraeus Strands Island Travelers",
    ]
    # Only the copyright line and the heading match: 2 * 2 / (6 + 11).
    assert diff.similarity == 0.235


def test_appendix_pagediff_against_a_file(page, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text(page("scoop-vilnius-power-links.txt").text, encoding="utf-8")
    analysis = analyse(page("scoop-reykjavik-fisheries.txt"), ViewContext(options={"against": str(other)}))
    assert analysis.page_diff is not None
    assert (analysis.page_diff.against, analysis.page_diff.chosen) == ("10VILNIUS77", "given")
    assert analysis.page_diff.shared_headlines == [PLASTIC, SOLAR]


def test_appendix_pagediff_against_a_page_without_appendix(page, tmp_path):
    other = tmp_path / "plain.txt"
    other.write_text(page("scoop-nairobi-no-appendix.txt").text, encoding="utf-8")
    analysis = analyse(page("scoop-reykjavik-fisheries.txt"), ViewContext(options={"against": str(other)}))
    assert analysis.page_diff.new_headlines == [CYCLONE, PLASTIC, FLOODS, SOLAR]
    assert analysis.page_diff_note == "09NAIROBI1130 has no appendix: every headline here is new"


def test_appendix_pagediff_without_index_says_so(page):
    analysis = analyse(page("scoop-reykjavik-fisheries.txt"), ViewContext())
    assert analysis.page_diff is None
    assert analysis.page_diff_note == (
        "no index to look for other pages in (give --against PATH_OR_REFID or --db FILE)"
    )
