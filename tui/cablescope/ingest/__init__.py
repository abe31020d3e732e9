"""From cable files into the library: the indexing run and its parts.

- ``run``: one indexing run (``index``), and ``add`` for a single cable;
- ``pool``: the reading loop, with worker processes for big jobs;
- ``tasks``: what a worker runs; ``prepare``: a cable made ready to write;
- ``messages``: the typed values passed between them; ``sizes``: how the work is cut;
- ``repair``: ``repair`` and ``rebuild`` of a library.
"""

from __future__ import annotations

from cablescope.ingest.repair import RebuildReport, RepairReport, rebuild, repair
from cablescope.ingest.run import add, index

__all__ = ["RebuildReport", "RepairReport", "add", "index", "rebuild", "repair"]
