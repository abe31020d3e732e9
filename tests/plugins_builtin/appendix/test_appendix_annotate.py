"""Reader marks on site text that the reader left inside a cable's paragraphs."""

from __future__ import annotations

from appendix_pages import PAGES

from cablescope.api import Cable, Paragraph, parse_cable, read_path
from cablescope_appendix.annotate import appendix_marks


def test_appendix_annotate_nothing_when_the_reader_split_the_page(seed_path):
    (cable,) = list(read_path(seed_path))
    assert appendix_marks(cable) == []


def test_appendix_annotate_marks_the_tail_of_a_paragraph():
    cable = parse_cable((PAGES / "tribune-lima-elections.txt").read_text(encoding="utf-8"))
    (paragraph,) = cable.paragraphs
    (mark,) = appendix_marks(cable)
    assert (mark.paragraph, mark.gutter, mark.end) == (1, "APX", len(paragraph.text))
    assert paragraph.text[mark.start :].startswith("Related Headlines\n\nCandidates Trade Barbs")
    assert paragraph.text[: mark.start].rstrip().endswith("until after the June vote.")
    assert mark.label == "the republishing site's appendix (from Related Headlines)"


def test_appendix_annotate_run_of_teasers_inside_the_last_paragraph():
    cable = parse_cable((PAGES / "scoop-hanoi-teasers-only.txt").read_text(encoding="utf-8"))
    (mark,) = appendix_marks(cable)
    text = cable.paragraphs[0].text
    assert text[mark.start :].startswith("Harbour Authority: New Container Terminal Opens")
    assert text[: mark.start].rstrip().endswith("harvest in the Mekong Delta.")
    assert mark.label == "the republishing site's appendix (from 2 items ending in More>>)"


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
