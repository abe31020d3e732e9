"""What crosses between the reading loop, the worker processes and the writer: small typed values.

The writer receives, per file (``file`` is its index in the run's jobs), ``Rows`` as they
are prepared, then ``FileDone`` when the whole file went through, or ``Failure`` when it
failed (the rows sent before still go in). A task run in a worker answers with a
``TaskResult``: its messages, and the plugins it had to disable. In the facts stage a task
answers with ``FactsFound``, and ``FactsFailed`` for the cables it could not do.
"""

from __future__ import annotations

from typing import NamedTuple

from cablescope.store.rows import Row
from cablescope.store.writes import PackedFacts


class Rows(NamedTuple):
    """Cables of one file, prepared, to write."""

    file: int
    rows: list[Row]


class FileDone(NamedTuple):
    """Every cable of the file was sent: its record can be written and its stale readings dropped."""

    file: int


class Failure(NamedTuple):
    """The file failed (one line saying why); what was sent of it before stays."""

    file: int
    reason: str


Message = Rows | FileDone | Failure


class FactsFound(NamedTuple):
    """The facts found for cables whose facts were pending: (cable id, facts as stored) each."""

    cables: list[tuple[int, PackedFacts]]


class FactsFailed(NamedTuple):
    """Cables whose facts could not be found: (reference id, one line saying why) each. Those
    whose stored reading is damaged are ``settled`` (as having no facts: trying again cannot
    help); those a worker died on stay pending, and the next run tries them again."""

    cables: list[tuple[int, str, str]]
    """(cable id, reference id, why)."""
    settled: bool


class PluginFailure(NamedTuple):
    """A plugin a worker disabled: the host disables it too."""

    plugin: str
    stage: str
    error: str


class TaskResult(NamedTuple):
    messages: list[Message | FactsFound | FactsFailed]
    failures: list[PluginFailure]


class Job(NamedTuple):
    """A file to read in this run."""

    file: int
    path: str
    size: int
