"""Reader marks on site text left inside a cable's paragraphs (cables not split by today's parser)."""

from __future__ import annotations

from appendix_pages import PAGES

from cablescope.api import Cable, Paragraph, parse_cable, read_path
from cablescope_appendix.annotate import appendix_marks


def test_appendix_annotate_nothing_when_the_reader_split_the_page(seed_path):
    (cable,) = list(read_path(seed_path))
    assert appendix_marks(cable) == []


def test_appendix_annotate_nothing_once_the_parser_ends_the_cable_at_a_heading():
    # The parser finds the "Related Headlines" boundary itself: no site text is left to mark.
    cable = parse_cable((PAGES / "tribune-lima-elections.txt").read_text(encoding="utf-8"))
    (paragraph,) = cable.paragraphs
    assert paragraph.text.endswith("until after the June vote.")
    assert appendix_marks(cable) == []


def test_appendix_annotate_nothing_once_the_parser_ends_the_cable_at_a_run_of_teasers():
    cable = parse_cable((PAGES / "scoop-hanoi-teasers-only.txt").read_text(encoding="utf-8"))
    assert cable.paragraphs[-1].text.endswith("harvest in the Mekong Delta.")
    assert appendix_marks(cable) == []


def test_appendix_annotate_whole_paragraph_past_the_boundary():
    text = "1. (U) Cable text.\n\n© Scoop Media\n\nWorld Headlines\n"
    appendix_start = text.index("©")
    cable = Cable(
        text=text,
        paragraphs=[
            Paragraph(number=1, text="Cable text.", start=7, end=18),
            Paragraph(number=None, text=text[appendix_start:], start=appendix_start, end=len(text)),
        ],
    )
    assert [(m.paragraph, m.start, m.end) for m in appendix_marks(cable)] == [(None, 0, 31)]
