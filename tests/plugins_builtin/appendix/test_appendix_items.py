"""The appendix read into sections and items: sources, headlines, leads, markers."""

from __future__ import annotations

from cablescope_appendix.analysis import split
from cablescope_appendix.items import parse_appendix, split_source


def _outline(parsed):
    return [(s.title, [(i.number, i.source, i.headline) for i in s.items]) for s in parsed.sections]


def test_appendix_items_seed_two_sections_six_items(seed_page):
    _, parsed = split(seed_page)
    assert _outline(parsed) == [
        (
            "World Headlines",
            [
                (1, "UN News", "Vaccine Inequity Triggers ‘Huge Disconnect’ Between Countries"),
                (2, "Save The Children", "Almost 60 Children Killed In Gaza In The Last Week Alone"),
                (
                    3,
                    "IPPPR",
                    (
                        "The Independent Panel Calls For Urgent Reform Of Pandemic Prevention "
                        "And Response Systems"
                    ),
                ),
            ],
        ),
        (
            "Focus On: UN SDGs",
            [
                (4, "ILO Voices", "A Future With Hope, Free From Bonded Labour"),
                (
                    5,
                    "UN",
                    (
                        "Economic Recovery Under Threat Amid Surging COVID Cases And Lagging "
                        "Vaccination In Poorer Countries"
                    ),
                ),
                (6, "Study", "Cut Methane Emissions To Avert Global Temperature Rise"),
            ],
        ),
    ]
    assert [(f.kind, f.text) for f in parsed.furniture] == [("copyright", "© Scoop Media")]


def test_appendix_items_seed_lead_and_marker(seed_page):
    _, parsed = split(seed_page)
    last = parsed.items[-1]
    assert last.lead.startswith("6 May 2021 Methane emissions caused by human activity")
    assert last.lead.endswith("according to a UN-backed")
    assert (last.marker, last.truncated) == ("More>>", True)
    assert all(item.marker == "More>>" for item in parsed.items)
    # Offsets point into the page text.
    assert seed_page.text[last.start : last.end].startswith("Study: Cut Methane Emissions")
    assert seed_page.text[last.start : last.end].endswith("UN-backed ... More>>")


def test_appendix_items_untitled_section_and_wrapped_teasers(page):
    _, parsed = split(page("tribune-lima-elections.txt"))
    assert _outline(parsed) == [
        (
            "Related Headlines",
            [
                (1, None, "Candidates Trade Barbs In Final Televised Debate"),
                (2, None, "Andean Copper Output Slips On Port Blockade"),
            ],
        )
    ]
    first = parsed.items[0]
    assert first.lead == (
        "The two runoff candidates clashed over security and mining taxes "
        "in a debate watched by millions on May 29."
    )
    assert (first.marker, first.truncated) == ("Read more", False)

    _, teasers = split(page("scoop-hanoi-teasers-only.txt"))
    assert _outline(teasers) == [
        (
            None,
            [
                (1, "Harbour Authority", "New Container Terminal Opens"),
                (2, "Weather", "Early Monsoon Rains Reach The South"),
            ],
        )
    ]


def test_appendix_items_source_prefix_rules():
    assert split_source("UN News: Vaccine Inequity") == ("UN News", "Vaccine Inequity")
    assert split_source("No Prefix Here") == (None, "No Prefix Here")
    # Five words before a colon are a headline, not a source.
    assert split_source("Talks Between The Two Sides: Day Two") == (
        None,
        "Talks Between The Two Sides: Day Two",
    )


def test_appendix_items_unattached_text_is_furniture():
    text = (
        "© Scoop Media\n\nWorld Headlines\n\nA: One\n\nLead one ... More>>\n\nB: Two\n\nLead two More>>\n\n"
        + ("Scoop is an independent news site. " * 10)
    )
    parsed = parse_appendix(text)
    assert [(i.source, i.headline, i.truncated) for i in parsed.items] == [
        ("A", "One", True),
        ("B", "Two", False),
    ]
    assert [f.kind for f in parsed.furniture] == ["copyright", "other"]


def test_appendix_items_headline_with_its_marker_and_no_lead():
    parsed = parse_appendix("Top Stories\n\nA: One Here More>>\n\nB: Two Here ... More>>\n")
    assert [(i.number, i.section, i.source, i.headline, i.lead, i.marker) for i in parsed.items] == [
        (1, "Top Stories", "A", "One Here", "", "More>>"),
        (2, "Top Stories", "B", "Two Here", "", "More>>"),
    ]
