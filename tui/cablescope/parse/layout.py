"""The lossless-body invariant: every word of a cable's text lands in one segment of its layout."""

from __future__ import annotations

import re

from cablescope.model import Cable

_WORD_RE = re.compile(r"\w+")


def unplaced_words(cable: Cable) -> list[str]:
    """The words of ``cable.text`` that no segment of ``cable.layout`` covers, in text order.

    An empty list is the invariant holding: nothing the source said was dropped on the way
    to the model (a word may sit in the header, a field, a paragraph, a heading, a page
    marker, the signature, a trailer line or the appendix, but it sits somewhere).
    """
    segments = sorted((start, end) for _, start, end in cable.layout if end > start)
    lost: list[str] = []
    index = 0
    reach = 0  # the furthest end of the segments that start at or before the word
    for word in _WORD_RE.finditer(cable.text):
        start, end = word.span()
        while index < len(segments) and segments[index][0] <= start:
            reach = max(reach, segments[index][1])
            index += 1
        if reach < end:
            lost.append(word.group())
    return lost


def overlapping_segments(cable: Cable) -> list[tuple[tuple[str, int, int], tuple[str, int, int]]]:
    """Pairs of segments that share text. A page marker is the one allowed case: a page may end
    anywhere (inside a paragraph, a heading, the header fields), and the text around it is given
    without it."""
    pairs: list[tuple[tuple[str, int, int], tuple[str, int, int]]] = []
    ordered = sorted(cable.layout, key=lambda s: (s[1], s[2]))
    open_segments: list[tuple[str, int, int]] = []
    segment: tuple[str, int, int]
    for segment in ordered:
        open_segments = [s for s in open_segments if s[2] > segment[1]]
        for other in open_segments:
            if "marker" not in (other[0], segment[0]):
                pairs.append((other, segment))
        open_segments.append(segment)
    return pairs
