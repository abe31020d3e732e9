"""An annotator that always fails."""

from cablescope.api import hookimpl


@hookimpl
def annotate_paragraphs(cable):
    raise RuntimeError("annotator broke")
