"""Untrusted cable text: never markup, never escape sequences or control characters on screen."""

from __future__ import annotations

from datetime import date

import pytest
from rich.text import Text

from cablescope.app.app import CablescopeApp
from cablescope.app.widgets.cable_list import CableList
from cablescope.app.widgets.reader import CableReader
from cablescope.sanitize import clean, clean_line, clean_mapped, safe_text

TODAY = date(2026, 1, 15)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("plain text", "plain text"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("a\x1b[31mred\x1b[0m", "ared"),  # CSI colour
        ("x\x1b[2J\x1b[Hy", "xy"),  # clear screen, cursor home
        ("x\x1b]0;window title\x07y", "xy"),  # OSC title ended by BEL
        ("x\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\y", "xlinky"),  # OSC 8 hyperlink, ST
        ("x\x1bPq#0;2;0;0;0\x1b\\y", "xy"),  # DCS (sixel)
        ("x\x1bcy", "xy"),  # RIS: full reset
        ("x\x9b2Jy", "xy"),  # 8-bit CSI
        ("b\x07e\x00l\x08l\x7f", "bell"),  # BEL, NUL, BS, DEL
        ("c1\x85\x90x", "c1x"),  # C1 controls
        ("bidi \u202eevil\u202c", "bidi evil"),  # right-to-left override
        ("[bold]not markup[/bold] [@click=app.quit]x[/]", "[bold]not markup[/bold] [@click=app.quit]x[/]"),
        ("", ""),
    ],
)
def test_clean_removes_escapes_and_controls(raw, expected):
    assert clean(raw) == expected


def test_clean_line_folds_whitespace():
    assert clean_line(" a\n\tb  c\x1b[1m ") == "a b c"
    assert clean_line(None) == ""


def test_clean_mapped_keeps_offsets_pointing_at_the_same_characters():
    raw = "ab\x1b[31mcd\x07ef"
    cleaned, positions = clean_mapped(raw)
    assert cleaned == "abcdef"
    assert len(positions) == len(raw) + 1
    start, end = raw.index("cd"), raw.index("cd") + 2
    assert cleaned[positions[start] : positions[end]] == "cd"
    assert cleaned[positions[raw.index("ef")] : positions[len(raw)]] == "ef"


def test_safe_text_is_never_markup():
    text = safe_text("[bold red]x[/] [link=http://e]y[/link]")
    assert isinstance(text, Text)
    assert text.plain == "[bold red]x[/] [link=http://e]y[/link]"
    assert text.spans == []


async def test_hostile_cable_shows_brackets_literally_and_no_escapes(hostile_db, settle):
    app = CablescopeApp(db=hostile_db, doc="10HOSTILE666", today=TODAY)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        reader = app.screen.query_one(CableReader)
        assert reader.cable.reference_id == "10HOSTILE666"
        text = "\n".join(reader.plain_lines())
        assert "[bold]Pwned[/bold] RED subject" in text
        assert "[@click=app.quit]here[/]" in text
        assert "[link=http://evil.example]there[/link]" in text
        assert "Bell and title and clear and colour red end." in text
        # Nothing that reaches the terminal carries the cable's escapes or controls.
        cable_list = app.screen.query_one(CableList)
        painted = [cable_list.render_line(y) for y in range(cable_list.size.height)]
        painted += [reader.render_line(y) for y in range(reader.size.height)]
        for strip in painted:
            for segment in strip:
                assert not any(ch in segment.text for ch in "\x1b\x07\x00\x9b"), repr(segment.text)
                if segment.style is not None:
                    assert segment.style.link is None
                    assert not (segment.style.meta or {}).get("@click")
        row = next(s.text for s in painted if "10HOSTILE666" in s.text)
        assert "[bold]Pwned[/bold] RED subject" in row
        # The screen as a whole (what a user sees) shows the text literally.
        svg = app.export_screenshot()
        assert "[@click=app.quit]here[/]" in svg.replace("&#160;", " ")
        # Clicking the would-be action link does nothing: the app is still running.
        await pilot.press("enter", "j", "j")
        await settle(pilot)
        assert app.is_running
