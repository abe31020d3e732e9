"""Classification colours in the US banner convention, shared by the list and the reader."""

from __future__ import annotations

from cablescope.banner_levels import named_level

# Banner colours: unclassified green, confidential blue, secret red, top secret orange.
LEVEL_STYLES: dict[str, str] = {
    "U": "bold green3",
    "SBU": "bold green3",
    "C": "bold dodger_blue1",
    "S": "bold red1",
    "TS": "bold dark_orange",
}
# The gutter shows the marking as a coloured block.
LEVEL_GUTTER_STYLES: dict[str, str] = {
    "U": "bold black on green3",
    "SBU": "bold black on green3",
    "C": "bold white on blue3",
    "S": "bold white on red3",
    "TS": "bold black on dark_orange",
}


def level_style(classification: str | None) -> str:
    """Rich style for a classification ("SECRET//NOFORN", "C", "U//FOUO"…); plain when unknown."""
    level = _level(classification)
    return LEVEL_STYLES.get(level or "", "")


def gutter_style(marking: str | None) -> str:
    level = _level(marking)
    return LEVEL_GUTTER_STYLES.get(level or "", "reverse")


def _level(value: str | None) -> str | None:
    if not value:
        return None
    head = value.split("//")[0].split("/")[0].strip().upper()
    if head in LEVEL_STYLES:
        return head
    # A name ("SECRET//NOFORN") without the marking grammar, which the first frame would wait for.
    named = named_level(value)
    if named is not None:
        return named
    from cablescope.markings import level_of_classification

    return level_of_classification(value)
