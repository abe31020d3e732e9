"""``CABLESCOPE_TRACE_PLUGINS``: what each plugin costs, on stderr, through pluggy's hook-call monitoring."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Mapping, Sequence
from typing import Any

import pluggy


class Tracer:
    """Prints each plugin's load time and each hook call's time, split by plugin, while it is on."""

    def __init__(self) -> None:
        self._undo: Any = None
        self.on = False
        """Whether hook calls are being traced (read on every guarded call: a plain attribute)."""
        self._calls = threading.local()
        """Per thread: a stack of (start time, [(plugin, seconds)]) for the hook calls in progress."""

    def start(self, pm: pluggy.PluginManager) -> None:
        if self._undo is None:
            self._undo = pm.add_hookcall_monitoring(self._before, self._after)
            self.on = True

    def stop(self) -> None:
        if self._undo is not None:
            self._undo()
            self._undo = None
            self.on = False

    def implementation_done(self, plugin: str, seconds: float) -> None:
        """One plugin's share of the hook call in progress in this thread."""
        stack = getattr(self._calls, "stack", None)
        if stack:
            stack[-1][1].append((plugin, seconds))

    def loaded(self, name: str, source: str, failed: bool, seconds: float) -> None:
        outcome = "failed" if failed else "loaded"
        self._print(f"{outcome} {name} ({source}) {seconds * 1000:.1f} ms")

    def _before(
        self, hook_name: str, hook_impls: Sequence[pluggy.HookImpl], kwargs: Mapping[str, Any]
    ) -> None:
        if not hasattr(self._calls, "stack"):
            self._calls.stack = []
        self._calls.stack.append((time.perf_counter(), []))

    def _after(
        self,
        outcome: pluggy.Result[Any],
        hook_name: str,
        hook_impls: Sequence[pluggy.HookImpl],
        kwargs: Mapping[str, Any],
    ) -> None:
        started, calls = self._calls.stack.pop()
        total_ms = (time.perf_counter() - started) * 1000
        parts = ", ".join(f"{plugin} {seconds * 1000:.2f} ms" for plugin, seconds in calls)
        self._print(f"{hook_name} {total_ms:.2f} ms [{parts}]")

    @staticmethod
    def _print(line: str) -> None:
        print(f"cablescope trace: {line}", file=sys.stderr, flush=True)
