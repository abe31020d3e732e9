"""Where the cable ends: the copyright line, furniture headings, runs of More>> items, or nothing."""

from __future__ import annotations

from cablescope.api import find_appendix_boundary as find_boundary


def _signals(boundary):
    return [(s.kind, s.text, s.line) for s in boundary.signals]


def test_appendix_boundary_seed_at_scoop_copyright(seed_text):
    boundary = find_boundary(seed_text)
    assert boundary is not None
    assert boundary.decided_by.kind == "copyright"
    assert boundary.decided_by.text == "© Scoop Media"
    assert boundary.line == 168
    assert seed_text[boundary.offset :].startswith("© Scoop Media\n\nWorld Headlines")
    assert seed_text[: boundary.offset].rstrip().endswith("without meaningful and visible compensation.")
    assert _signals(boundary) == [
        ("copyright", "© Scoop Media", 168),
        ("heading", "World Headlines", 170),
        ("more-run", "6 items ending in More>>", 173),
    ]


def test_appendix_boundary_heading_before_copyright_decides(page):
    text = page("tribune-lima-elections.txt").text
    boundary = find_boundary(text)
    assert boundary.decided_by.kind == "heading"
    assert boundary.decided_by.text == "Related Headlines"
    assert text[boundary.offset :].startswith("Related Headlines\n\nCandidates Trade Barbs")
    assert _signals(boundary) == [
        ("heading", "Related Headlines", 18),
        ("more-run", "2 items ending in Read more", 18),
        ("copyright", "Copyright © 2011 The Example Tribune. All rights reserved.", 28),
    ]


def test_appendix_boundary_run_of_more_items_alone(page):
    text = page("scoop-hanoi-teasers-only.txt").text
    boundary = find_boundary(text)
    assert _signals(boundary) == [("more-run", "2 items ending in More>>", 14)]
    assert text[boundary.offset :].startswith("Harbour Authority: New Container Terminal Opens")
    assert text[: boundary.offset].rstrip().endswith("harvest in the Mekong Delta.")


def test_appendix_boundary_none_on_plain_cable_even_with_a_heading_line(page):
    # The page has a "Related News" line, but no teaser or copyright follows it.
    assert find_boundary(page("scoop-nairobi-no-appendix.txt").text) is None


def test_appendix_boundary_single_teaser_is_not_a_run():
    text = "1. (U) Text of the cable.\n\nHeadline Here\n\nA lone teaser ... More>>\n"
    assert find_boundary(text) is None


def test_appendix_boundary_classification_marking_is_not_copyright():
    text = "1. (C) Summary text.\n\n(C) Scoop Media\n"
    assert find_boundary(text) is None


def test_appendix_boundary_crlf_page():
    text = "1. (U) Cable text.\r\n\r\n© Example News\r\n\r\nTop Stories\r\n"
    boundary = find_boundary(text)
    assert boundary.decided_by.text == "© Example News"
    assert boundary.offset == text.index("©")


def test_appendix_boundary_undecoded_copyright_entity():
    text = "1. (U) Cable text.\n\n&copy; Scoop Media\n\nWorld Headlines\n"
    boundary = find_boundary(text)
    assert (boundary.decided_by.kind, boundary.decided_by.text) == ("copyright", "&copy; Scoop Media")
