"""What the explorer does with the open cable: bookmarks, the clipboard, and $PAGER."""

from __future__ import annotations

import subprocess
from typing import TYPE_CHECKING

from textual.app import SuspendNotSupported

from cablescope.app.pager import pager_command, write_cable
from cablescope.app.screens.bookmarks import BookmarksScreen
from cablescope.sanitize import clean, clean_line
from cablescope.wording import counted

if TYPE_CHECKING:
    from cablescope.app.screens.explorer import ExplorerScreen


class CableActions:
    """The explorer's keys for the open cable (m, ', y, Y, v)."""

    def __init__(self, screen: ExplorerScreen) -> None:
        self.screen = screen

    def bookmark(self) -> None:
        screen = self.screen
        cable = screen.cable
        reference_id = screen.current_ref
        if cable is None or reference_id is None:
            screen.notify("Open a cable to bookmark it.", severity="warning")
            return
        paragraph = screen.reader.current_paragraph
        number = paragraph.number if paragraph else None
        added = screen.cs_app.bookmarks.toggle(reference_id, number, clean_line(cable.subject))
        where = f"{reference_id}" + (f" ¶{number}" if number is not None else "")
        screen.notify(f"Bookmarked {where}" if added else f"Removed bookmark {where}", markup=False)

    def bookmarks(self) -> None:
        screen = self.screen

        def jump(bookmark) -> None:
            if bookmark is not None:
                screen.open_cable(bookmark.reference_id, bookmark.paragraph, record=True)

        screen.app.push_screen(BookmarksScreen(screen.cs_app.bookmarks), jump)

    def copy_reference(self) -> None:
        screen = self.screen
        # On the list, the row under the cursor (the reader may still be catching up with it).
        highlighted = screen.cable_list.highlighted
        reference_id: str | None
        if screen.cable_list.has_focus and highlighted is not None:
            reference_id = highlighted.reference_id
        else:
            reference_id = screen.current_ref
        if not reference_id:
            return
        screen.app.copy_to_clipboard(reference_id)
        screen.notify(f"Copied {reference_id}", markup=False)

    def copy_paragraph(self) -> None:
        screen = self.screen
        paragraph = screen.reader.current_paragraph
        if paragraph is None:
            screen.notify("Put the reader on a paragraph to copy it (tab, then j/k).", severity="warning")
            return
        text = clean(paragraph.text)
        screen.app.copy_to_clipboard(text)
        where = f"¶{paragraph.number}" if paragraph.number is not None else "the paragraph"
        screen.notify(
            f"Copied {where} of {screen.current_ref or 'this cable'} ({counted(len(text), 'character')})",
            markup=False,
        )

    def open_outside(self) -> None:
        """Hand the cable's text to $PAGER or $EDITOR, the explorer suspended until it returns."""
        screen = self.screen
        cable = screen.cable
        if cable is None:
            screen.notify("Open a cable first.", severity="warning")
            return
        command = pager_command()
        path = write_cable(cable)
        try:
            with screen.app.suspend():
                subprocess.run([*command, str(path)], check=False)
        except SuspendNotSupported:
            screen.notify("This terminal cannot be handed to another program.", severity="warning")
        except OSError as exc:
            screen.notify(
                f"Could not run {command[0]}: {exc.strerror or exc}", severity="error", markup=False
            )
        finally:
            path.unlink(missing_ok=True)
