"""The public surface of cablescope: everything a plugin or script may import.

Plugins import from here and nowhere else in cablescope, so that the package's
insides can change without breaking them.

The explorer's names (its messages and ``KeyedOptionList``) are Textual classes: they are
imported when first asked for, so that a plugin, and every command that loads plugins without
opening the explorer (``index``, ``views``, a view's ``--json``), does not import Textual.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from cablescope.annotations import Annotation, Fact
from cablescope.charts import (
    TIME_AXES,
    Bar,
    BarChart,
    ChartRow,
    Gap,
    Layout,
    bar_cells,
    bars_from_counts,
    chart_rows,
    period_label,
    period_range,
)
from cablescope.commands.options import JsonOption, LibraryOption, OptionalTargetArg, TargetArg, TuiOption
from cablescope.commands.support import (
    emit_view,
    fail,
    load_targets,
    note_facts_pending,
    open_store,
    output_console,
    run_view_command,
)
from cablescope.config import data_dir
from cablescope.hookspecs import hookimpl
from cablescope.markings import Marking, level_of_classification, parse_marking
from cablescope.model import Appendix, Cable, Paragraph, Redaction, Routing, Source
from cablescope.parse import parse_cable
from cablescope.parse.appendix import (
    AppendixBoundary,
    AppendixSignal,
    TextBlock,
    find_appendix_boundary,
    is_appendix_section_heading,
    is_copyright_line,
    teaser_marker,
    text_blocks,
)
from cablescope.parse.posts import Post
from cablescope.parse.references import Reference, cited_ids, parse_references
from cablescope.parse.refids import canonical_reference_id
from cablescope.reader import Reader, ReadError
from cablescope.readers import read_path
from cablescope.sanitize import clean, clean_line, safe_json, safe_text
from cablescope.store.library import Library
from cablescope.views import View, ViewContext

if TYPE_CHECKING:
    from cablescope.app.messages import HighlightSpans, NarrowList, OpenCable
    from cablescope.app.widgets.keyed_list import KeyedOptionList

_EXPLORER_NAMES = {
    "HighlightSpans": "cablescope.app.messages",
    "NarrowList": "cablescope.app.messages",
    "OpenCable": "cablescope.app.messages",
    "KeyedOptionList": "cablescope.app.widgets.keyed_list",
}


def __getattr__(name: str) -> Any:
    """The explorer's names, imported (with Textual) on first use."""
    if name in _EXPLORER_NAMES:
        value = getattr(import_module(_EXPLORER_NAMES[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Annotation",
    "Appendix",
    "AppendixBoundary",
    "AppendixSignal",
    "Bar",
    "BarChart",
    "Cable",
    "ChartRow",
    "Fact",
    "Gap",
    "HighlightSpans",
    "JsonOption",
    "KeyedOptionList",
    "Layout",
    "Library",
    "LibraryOption",
    "Marking",
    "NarrowList",
    "OpenCable",
    "OptionalTargetArg",
    "Paragraph",
    "Post",
    "ReadError",
    "Reader",
    "Redaction",
    "Reference",
    "Routing",
    "Source",
    "TIME_AXES",
    "TargetArg",
    "TextBlock",
    "TuiOption",
    "View",
    "ViewContext",
    "bar_cells",
    "bars_from_counts",
    "canonical_reference_id",
    "chart_rows",
    "cited_ids",
    "clean",
    "clean_line",
    "data_dir",
    "emit_view",
    "fail",
    "find_appendix_boundary",
    "hookimpl",
    "is_appendix_section_heading",
    "is_copyright_line",
    "level_of_classification",
    "load_targets",
    "note_facts_pending",
    "open_store",
    "output_console",
    "parse_cable",
    "parse_marking",
    "parse_references",
    "period_label",
    "period_range",
    "read_path",
    "run_view_command",
    "safe_json",
    "safe_text",
    "teaser_marker",
    "text_blocks",
]
