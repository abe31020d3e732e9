"""How much of a huge text is shown or searched for an excerpt, and the note that says so.

Cable text comes from the outside world and a single paragraph may be tens of megabytes.
Laying it out (Rich wraps in time that grows faster than its length) or tokenising it for a
search excerpt would take minutes and gigabytes; showing its first hundred thousand
characters with a note keeps every command quick and its memory bounded, and the whole text
is still in ``show --json`` and in the library.
"""

from __future__ import annotations

SHOWN_CHARS = 100_000
"""A paragraph longer than this is cut where it is shown (``show``, the explorer's reader)."""
SCANNED_CHARS = 100_000
"""A search looks for its excerpt (best paragraph, highlighted words) in this much of each piece."""


def head(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at a space when one is near the end."""
    if len(text) <= limit:
        return text
    space = text.rfind(" ", limit - 1_000, limit)
    return text[: space if space > 0 else limit]


def cut_note(shown: int, total: int) -> str:
    """What a reader sees after a cut paragraph."""
    return f"[paragraph cut: {shown:,} of {total:,} characters shown; `cablescope show --json` has it whole]"
