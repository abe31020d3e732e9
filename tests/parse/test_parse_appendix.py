"""The appendix boundary in ``parse_cable``: site furniture of any site ends the cable's paragraphs.

The synthetic pages are the appendix plugin's fixtures (tests/plugins_builtin/appendix/pages):
a Lima page whose "Related Headlines" block precedes its copyright line, and a Hanoi page
with two ``More>>`` teasers and no copyright line at all.
"""

from __future__ import annotations

from pathlib import Path

from cablescope.api import find_appendix_boundary, parse_cable

PAGES = Path(__file__).resolve().parents[1] / "plugins_builtin" / "appendix" / "pages"


def _page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def test_parse_appendix_heading_of_another_site_ends_the_cable():
    text = _page("tribune-lima-elections.txt")
    cable = parse_cable(text)
    assert [p.number for p in cable.paragraphs] == [1]
    assert cable.paragraphs[0].text == (
        "Both runoff candidates promised on May 20 to raise\n"
        "royalties on mining companies, a theme that polls show plays\n"
        "well in the southern highlands. Campaign advisers told PolOff\n"
        "that the details would wait until after the June vote."
    )
    assert cable.appendix is not None
    assert cable.appendix.signal == "Related Headlines"
    assert cable.appendix.offset == text.index("Related Headlines")
    assert cable.appendix.text.startswith("Related Headlines\n\nCandidates Trade Barbs")
    assert cable.appendix.text.rstrip().endswith("The Example Tribune. All rights reserved.")
    assert all("Copper" not in p.text and "Read more" not in p.text for p in cable.paragraphs)
    assert cable.signers == []


def test_parse_appendix_run_of_teasers_ends_the_cable():
    text = _page("scoop-hanoi-teasers-only.txt")
    cable = parse_cable(text)
    assert cable.reference_id == "10HANOI302"
    assert cable.paragraphs[-1].number == 1
    assert cable.paragraphs[-1].text.endswith("strong winter-spring harvest in the Mekong Delta.")
    assert cable.appendix is not None
    assert cable.appendix.signal == "2 items ending in More>>"
    assert cable.appendix.text.startswith("Harbour Authority: New Container Terminal Opens")
    assert all("More>>" not in p.text and "Monsoon" not in p.text for p in cable.paragraphs)


def test_parse_appendix_seed_at_scoop_copyright(seed_text):
    cable = parse_cable(seed_text)
    assert cable.appendix.signal == "© Scoop Media"
    assert cable.appendix.offset == seed_text.index("© Scoop Media")


def test_parse_appendix_classification_marking_is_not_a_copyright_sign():
    text = "1. (C) Summary text.\n\n(C) Scoop Media\n\n2. (C) More text.\n"
    cable = parse_cable(text)
    assert cable.appendix is None
    assert [p.number for p in cable.paragraphs] == [1, 2]


def test_parse_appendix_copyright_word_and_entity():
    text = "1. (U) Cable text.\n\nCopyright 2010 Example News\n\nTop Stories\n"
    cable = parse_cable(text)
    assert (cable.appendix.signal, cable.appendix.offset) == ("Copyright 2010 Example News", 20)
    assert cable.paragraphs[0].text == "Cable text."
    boundary = find_appendix_boundary("1. (U) Cable text.\n\n&copy; Scoop Media\n\nWorld Headlines\n")
    assert [(s.kind, s.text, s.line) for s in boundary.signals] == [("copyright", "&copy; Scoop Media", 3)]


def test_parse_appendix_none_on_a_plain_cable():
    assert parse_cable("1. (U) Read more about the harvest in REF A.\n\nRelated News\n").appendix is None
