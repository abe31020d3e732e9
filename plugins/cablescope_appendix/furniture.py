"""What republishing sites put after a cable, as data: the words and marks the boundary finder looks for.

Written by us from how news sites lay out their sidebars: Scoop closes a republished cable
with ``© Scoop Media`` and a "World Headlines" block of items that end in ``More>>``; other
sites use the same three signals under other names.
"""

from __future__ import annotations

import re

# Headings that open a block of another site's news rather than the cable's own text.
# Compared case-insensitively with a whole line (a trailing colon is allowed).
APPENDIX_HEADINGS: tuple[str, ...] = (
    "World Headlines",
    "Related Headlines",
    "Latest Headlines",
    "More Headlines",
    "Top Stories",
    "Related Stories",
    "More Stories",
    "Related News",
    "Latest News",
    "Most Popular",
    "Most Read",
    "You May Also Like",
    "Recommended For You",
)

# A section inside an appendix whose title names its theme: Scoop's "Focus On: UN SDGs".
FOCUS_HEADING = re.compile(r"^(?:Focus On|In Focus|Spotlight|Special Report)\s*:\s*\S.*$", re.IGNORECASE)

# The copyright line a site prints under the article: "© Scoop Media", "© 2011 The Example
# Tribune. All rights reserved.", "Copyright © 2010 Example News", "&copy; Scoop Media" (an
# entity left undecoded). Only "©", "&copy;" or the word "Copyright" open it: a cable's own
# "(C)" is a classification marking ("(C) Background" is a heading), never a copyright.
COPYRIGHT_LINE = re.compile(
    r"^\s*(?:Copyright\s*(?:(?:©|&copy;)\s*)?|(?:©|&copy;)\s*)"
    r"(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?P<site>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z&][\w&.'’-]*|of|the|and)){0,6})"
    r"\s*[.,]?\s*(?:All rights reserved\.?)?\s*$"
)

# The mark that ends a teaser and links to the full story: Scoop's "More>>", elsewhere
# "More »" or "Read more".
MORE_MARKER = re.compile(r"(?:\bMore\s*(?:>>|»)|\bRead more(?:\s*(?:>>|»|…|\.\.\.))?)\s*$")

# A teaser cut short: "... More>>" or "… More>>".
ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)\s*$")


def heading_name(line: str) -> str | None:
    """The canonical name of an appendix heading if ``line`` is one, else None."""
    stripped = line.strip().rstrip(":").strip()
    folded = stripped.casefold()
    for heading in APPENDIX_HEADINGS:
        if folded == heading.casefold():
            return heading
    return None
