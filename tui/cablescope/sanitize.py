"""Make untrusted cable text safe to put on a terminal.

Cable text comes from the outside world (scraped pages, CSV dumps). Before it is
shown it loses every escape sequence and control character that could move the
cursor, retitle the window, ring the bell or hide text, and it is only ever wrapped
in ``rich.text.Text`` — never parsed as markup — so ``[bold]`` or ``[@click=…]``
in a cable shows literally.
"""

from __future__ import annotations

import functools
import json
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.text import Text

# ESC-introduced sequences: CSI (ESC [ … final), OSC/DCS/SOS/PM/APC strings (ended by BEL
# or ST), then any other two-character escape.  The 8-bit C1 forms (0x9B CSI, 0x9D OSC…)
# are handled by the same patterns.
_ESCAPES = r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?            # CSI
  | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])       # OSC, DCS, SOS, PM, APC …
        [^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)      # … up to BEL or ST (unterminated: introducer only)
  | \x1b[ -/]*[0-~]?                              # any other escape
    """
# C0 controls except tab and newline, DEL, C1 controls, and the Unicode bidirectional
# overrides/isolates that can make text display in a different order than it reads.
_CONTROLS = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"

# The patterns are compiled on first use, not on import: every command imports this module
# (`--help` too), and compiling them all would cost it a few milliseconds.


@functools.cache
def _cleaning() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(_ESCAPES, re.VERBOSE), re.compile(_CONTROLS)


def clean(text: str | None) -> str:
    """``text`` without escape sequences or control characters (tab and newline kept)."""
    if not text:
        return ""
    escapes, controls = _cleaning()
    return controls.sub("", escapes.sub("", text))


def clean_line(text: str | None) -> str:
    """Like :func:`clean`, for a one-line field: newlines and tabs become single spaces."""
    return " ".join(clean(text).split())


def safe_text(text: str | None, style: str = "") -> Text:
    """A Rich ``Text`` of cleaned ``text`` (never markup)."""
    from rich.text import Text  # here: `--help` and `search --json` import this module, not Rich

    return Text(clean(text), style=style)


@functools.cache
def _unsafe() -> re.Pattern[str]:
    return re.compile(f"{_ESCAPES}|{_CONTROLS}", re.VERBOSE)


def clean_mapped(text: str) -> tuple[str, list[int]]:
    """Clean ``text`` and return, with it, where each raw offset landed in the cleaned text.

    ``positions[i]`` is the cleaned offset of raw offset ``i`` (``len(text) + 1`` entries), so
    spans that plugins computed on the raw paragraph text still cover the same characters.
    """
    kept: list[str] = []
    positions: list[int] = []
    last = 0
    size = 0
    for match in _unsafe().finditer(text):
        if match.start() == match.end():
            continue
        piece = text[last : match.start()]
        positions.extend(range(size, size + len(piece)))
        size += len(piece)
        kept.append(piece)
        positions.extend([size] * (match.end() - match.start()))
        last = match.end()
    piece = text[last:]
    positions.extend(range(size, size + len(piece) + 1))
    kept.append(piece)
    return "".join(kept), positions


# What json.dumps(ensure_ascii=False) leaves raw that a terminal acts on: DEL, the C1 controls
# (0x9B is CSI), bidi overrides and isolates, and the line and paragraph separators.
@functools.cache
def _json_unsafe() -> re.Pattern[str]:
    return re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def safe_json(value: Any, **options: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, **options)`` with every character that could act on
    a terminal written as a ``\\uXXXX`` escape: the same JSON value, safe to print."""
    text = json.dumps(value, ensure_ascii=False, **options)
    return _json_unsafe().sub(lambda match: f"\\u{ord(match.group()):04x}", text)
