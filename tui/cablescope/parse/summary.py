"""The summary of a cable: from "SUMMARY:" to "END SUMMARY" (or the end of its paragraph).

The word is looked for case-blind in up to 12,000 characters, and "END SUMMARY" in up to 20,000
after it. Lower-casing that much text as ``str`` costs about 3 ns a character when it holds one
character beyond ASCII (half of the cables do); a case-blind pattern costs more. So both searches
run on an ASCII copy (``_ascii_lowered``: every other character one ``?``, so its offsets are the
text's) and what they find there is then checked on the text itself.
"""

from __future__ import annotations

import re

from cablescope.parse.body import PAGE_MARKER_RE

# "Summary and Comment:", "Summary/Introduction.", "SUMMARY AND TABLE OF CONTENTS": what comes with it.
_SUMMARY_COMPANIONS = (
    r"(?:[ \t]*(?:and|&|/)[ \t]*(?:comments?|introduction|action[ \t]+requests?|background|key[ \t]+points"
    r"|table[ \t]+of[ \t]+contents|recommendations?|overview|analysis|objectives?|purpose))?"
)
_SUMMARY_START_RE = re.compile(
    r"summary" + _SUMMARY_COMPANIONS + r"[ \t]*(?:(?P<heading>-{3,}[ \t]*(?=\n)|\n[ \t]*-{3}|(?=\n))|[:.\-])",
    re.IGNORECASE,
)
_BARE_HEADING_PREFIX_RE = re.compile(r"[ \t]*(?:\d{1,3}\.[ \t]*(?:\([a-z/ ]{1,12}\)[ \t]*)?)?")
# "End Summary.", "END OF SUMMARY": the word closes a summary there, it does not open one.
_CLOSING_WORDS_RE = re.compile(r"(?:\bend|\bend[ \t\n]+of|\(end)[ \t\n]*$")
# \bEND[ \t\n]+(?:OF[ \t\n]+)?SUMMARY\b, case-blind, written to open on a character class (with the
# word boundary checked behind it) so the engine skips ahead to each e instead of trying every position.
_SUMMARY_END_RE = re.compile(r"[Ee](?<=\b[Ee])(?i:ND[ \t\n]+(?:OF[ \t\n]+)?SUMMARY\b)")
# The same words in an ASCII lower-cased copy (``_ascii_lowered``), word boundaries left to the above.
_SUMMARY_END_ASCII_RE = re.compile(rb"end[ \t\n]+(?:of[ \t\n]+)?summary")
_LONG_S = "\u017f"
""""ſ": the one character besides s and S that a case-blind pattern takes for s."""
_SUMMARY_HEADING_GAP_RE = re.compile(r"[ \t]*-*[ \t]*(?:\n[ \t]*)+(?=\S)")
_NEXT_PARAGRAPH_RE = re.compile(r"\n[ \t]*\d{1,3}\.[ \t]")
_PARAGRAPH_START_RE = re.compile(r"\n[ \t]*\d{1,3}\.[ \t]*(?:\([A-Za-z/ ]{1,12}\)[ \t]*)?")
_SUMMARY_LEAD_RE = re.compile(
    r"^[\s\-:.]*(?:\d{1,3}\.\s*)?(?:\([A-Za-z/ ]{1,12}\)\s*)?"
    + r"(?:summary"
    + _SUMMARY_COMPANIONS
    + r"\s*[:.\-]?\s*)?",
    re.IGNORECASE,
)

MAX_UNOPENED_SUMMARY = 4000
"""An "END SUMMARY" this near the top closes a summary that was never opened by the word."""


def _ascii_lowered(text: str, start: int, end: int) -> bytes:
    """The text between offsets as bytes, ASCII letters lower-cased and every other character one
    ``?``: offset for offset the text's. "summary" is found in it exactly where the text holds the
    word in any case (no character beyond ASCII lower-cases to one of its letters: the Kelvin sign
    and "İ" give k and i)."""
    return text[start:end].encode("ascii", "replace").lower()


def _lowered(text: str, start: int, end: int) -> str:
    """The text between offsets lower-cased ("İ", the one character that lower-cases to two, taken as "I")."""
    return text[start:end].replace("\u0130", "I").lower()


def find_summary(text: str, start: int, end: int) -> str | None:
    """The text of the summary, from "SUMMARY:" to "END SUMMARY" (or the end of its paragraph)."""
    window_end = min(end, start + 12000)
    ascii_lowered = _ascii_lowered(text, start, window_end)
    begin = None
    first = pos = ascii_lowered.find(b"summary")
    while pos != -1:
        at = start + pos
        candidate = _SUMMARY_START_RE.match(text, at, window_end)
        if (
            candidate
            # A character and its lower case are letters alike.
            and (pos == 0 or not text[at - 1].isalpha())
            and not _closing_words_before(text, start, at)
            # A bare "Summary" heading stands on a line of its own (after a paragraph number).
            and (
                candidate.group("heading") != ""
                or _BARE_HEADING_PREFIX_RE.fullmatch(_lowered(text, _line_start(text, start, at), at))
                is not None
            )
        ):
            begin = candidate
            break
        pos = ascii_lowered.find(b"summary", pos + 7)
    if not begin:
        # Closed without being opened: only where the word stands at all.
        return _summary_before_its_end(text, start, window_end, ascii_lowered) if first != -1 else None
    stop_end = min(end, begin.end() + 20000)
    if stop_end > window_end:
        ascii_lowered += _ascii_lowered(text, window_end, stop_end)
    stop = _summary_end(text, begin.end(), stop_end, ascii_lowered, start)
    # Under a "Summary" heading the summary is the paragraph after the heading's rule and blank lines.
    opened = (
        _SUMMARY_HEADING_GAP_RE.match(text, begin.end(), window_end)
        if begin.group("heading") is not None
        else None
    )
    body_start = opened.end() if opened else begin.end()
    if stop:
        body = text[body_start : stop.start()]
    else:
        limit = min(end, body_start + 20000)
        para_end = text.find("\n\n", body_start, limit)
        body = text[body_start : limit if para_end == -1 else para_end]
        # Paragraphs not set apart by a blank line: the next numbered one ends the summary too.
        next_paragraph = _NEXT_PARAGRAPH_RE.search(body)
        if next_paragraph:
            body = body[: next_paragraph.start()]
    body = PAGE_MARKER_RE.sub("", body)
    body = _SUMMARY_LEAD_RE.sub("", body.strip())
    body = _PARAGRAPH_START_RE.sub(" ", body)  # a summary over several numbered paragraphs
    summary = " ".join(body.split()).rstrip(" -(")
    return summary or None


def _closing_words_before(text: str, start: int, at: int) -> bool:
    """Whether "end", "end of" or "(end" closes the 12 characters before ``at`` (none before ``start``
    counted), lower-cased: one more character before them is lower-cased too, for the word boundary."""
    window = max(start, at - 12)
    before = max(start, window - 1)
    return _CLOSING_WORDS_RE.search(_lowered(text, before, at), window - before) is not None


def _line_start(text: str, start: int, at: int) -> int:
    newline = text.rfind("\n", start, at)
    return start if newline == -1 else newline + 1


def _summary_end(
    text: str, start: int, end: int, ascii_lowered: bytes, copy_start: int
) -> re.Match[str] | None:
    """``_SUMMARY_END_RE.search(text, start, end)``, given the ASCII copy of the text from
    ``copy_start`` to ``end`` at least: each place the words stand in the copy is tried in the
    text, in order. Every match in the text is one of them unless an "ſ" stands in for an s: then
    the text is searched as it is."""
    if text.find(_LONG_S, start, end) != -1:
        return _SUMMARY_END_RE.search(text, start, end)
    found = _SUMMARY_END_ASCII_RE.search(ascii_lowered, start - copy_start, end - copy_start)
    while found is not None:
        stop = _SUMMARY_END_RE.match(text, copy_start + found.start(), end)
        if stop is not None:
            return stop
        found = _SUMMARY_END_ASCII_RE.search(ascii_lowered, found.start() + 1, end - copy_start)
    return None


def _summary_before_its_end(text: str, start: int, end: int, ascii_lowered: bytes) -> str | None:
    """The summary a cable closes with "END SUMMARY" without opening it: paragraph 1 up to there
    (``ascii_lowered``: the ASCII copy of the text from ``start`` to ``end``)."""
    stop_end = min(end, start + MAX_UNOPENED_SUMMARY)
    stop = _summary_end(text, start, stop_end, ascii_lowered, start)
    if stop is None:
        return None
    body = _SUMMARY_LEAD_RE.sub("", PAGE_MARKER_RE.sub("", text[start : stop.start()]).strip())
    summary = " ".join(_PARAGRAPH_START_RE.sub(" ", body).split()).rstrip(" -(")
    return summary or None
