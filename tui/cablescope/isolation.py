"""Calling plugin code so that it cannot hang cablescope or write into its output.

Every call into a plugin (its import, a hook, a view's ``render``/``data``/``widget``) goes
through :func:`call_plugin`, which gives it two limits:

- a time budget (``CABLESCOPE_PLUGIN_TIMEOUT`` seconds, 30 by default; an import gets
  ``IMPORT_BUDGET`` seconds at least): a call still
  running then raises :class:`PluginTimeout` inside the plugin, which the plugin manager
  reports and which disables the plugin. In the main thread an interval timer (``SIGALRM``)
  raises it, and interrupts even a ``time.sleep`` or a lock wait. In other threads (the
  explorer's workers) a watchdog thread raises it asynchronously in the stuck thread; that
  lands as soon as the thread runs Python code again, so a call blocked in one endless C
  call (a sleep of hours) stays blocked there, its worker lost (the explorer still quits).
- its standard output goes to standard error, cleaned of escape sequences, so that a plugin's
  ``print`` can never corrupt ``--json`` output or draw over the explorer.
"""

from __future__ import annotations

import contextvars
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, TextIO, TypeVar

from cablescope.sanitize import clean

BUDGET_ENV = "CABLESCOPE_PLUGIN_TIMEOUT"
DEFAULT_BUDGET = 30.0

T = TypeVar("T")

IMPORT_BUDGET = 10.0
"""Seconds a plugin's import may take at least, whatever the budget: a cold start on a busy
machine reads many files, and a short budget is meant for hook calls."""

_printing_plugin: contextvars.ContextVar[str] = contextvars.ContextVar("cablescope_printing", default="")
_call_budget: contextvars.ContextVar[float] = contextvars.ContextVar("cablescope_call_budget", default=0.0)
"""The budget of the plugin call in progress, for the message of its timeout."""
_alarm_depth = 0
"""Plugin calls in progress in the main thread; only the outermost one sets the timer."""


class PluginTimeout(Exception):  # noqa: N818 - reads as what happened
    """A plugin call that used up its time budget."""

    def __init__(self, message: str | None = None) -> None:
        # Raised asynchronously (by class, without arguments) in threads: the message is made here.
        seconds = _call_budget.get() or budget()
        super().__init__(message or f"did not finish within {seconds:g} s ({BUDGET_ENV})")


def budget() -> float:
    """Seconds a plugin call may take (``CABLESCOPE_PLUGIN_TIMEOUT``; 0 or less: no limit)."""
    raw = os.environ.get(BUDGET_ENV, "").strip()
    try:
        return float(raw) if raw else DEFAULT_BUDGET
    except ValueError:
        return DEFAULT_BUDGET


class _PluginStdout:
    """Standard output that passes writes through, except a plugin's, which go to stderr."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        if _printing_plugin.get():
            sys.stderr.write(clean(text))
            return len(text)
        return self._stream.write(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _divert_stdout() -> None:
    if not isinstance(sys.stdout, _PluginStdout) and sys.stdout is not None:
        sys.stdout = _PluginStdout(sys.stdout)


def call_plugin(plugin: str, call: Callable[[], T], *, at_least: float = 0.0) -> T:
    """Run ``call`` (plugin code) within the time budget (or ``at_least`` seconds, when that is
    longer), its standard output sent to stderr."""
    _divert_stdout()
    token = _printing_plugin.set(plugin)
    seconds = budget()
    if seconds > 0:
        seconds = max(seconds, at_least)
    budget_token = _call_budget.set(seconds)
    try:
        if seconds <= 0:
            return call()
        if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
            previous = signal.getsignal(signal.SIGALRM)
            if previous in (signal.SIG_DFL, signal.SIG_IGN, None, _on_alarm):
                return _with_alarm(seconds, call)
        return _with_watchdog(seconds, call)
    finally:
        _call_budget.reset(budget_token)
        _printing_plugin.reset(token)


def _on_alarm(signum: int, frame: object) -> None:
    if _alarm_depth:
        raise PluginTimeout()


def _with_alarm(seconds: float, call: Callable[[], T]) -> T:
    global _alarm_depth
    if _alarm_depth:
        return call()  # a plugin call inside another: the outer one's timer runs
    signal.signal(signal.SIGALRM, _on_alarm)
    _alarm_depth = 1
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return call()
    finally:
        _alarm_depth = 0  # first: an alarm that lands now finds no call to stop
        signal.setitimer(signal.ITIMER_REAL, 0)


_watched: dict[int, list] = {}
"""Thread id -> [deadline, whether the timeout was raised in it], for calls in other threads."""
_watch = threading.Condition()
_watchdog: threading.Thread | None = None


def _forget_the_watchdog() -> None:
    """In a forked process only the forking thread lives: no watchdog runs there (and its
    lock may have been held at the fork), so the first call that needs one starts its own."""
    global _watch, _watchdog
    _watched.clear()
    _watch = threading.Condition()
    _watchdog = None


os.register_at_fork(after_in_child=_forget_the_watchdog)


def _raise_in(thread_id: int, error: type[BaseException] | None) -> None:
    # CPython's documented way to raise in another thread (None clears a pending one). ctypes
    # is imported here, where a stuck plugin is stopped: every command imports this module.
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(error) if error is not None else None
    )


def _watch_calls() -> None:
    while True:
        with _watch:
            now = time.monotonic()
            waiting = []
            for thread_id, entry in _watched.items():
                if entry[1]:
                    continue
                if entry[0] <= now:
                    entry[1] = True
                    _raise_in(thread_id, PluginTimeout)
                else:
                    waiting.append(entry[0])
            _watch.wait(min(waiting) - now if waiting else None)


def _with_watchdog(seconds: float, call: Callable[[], T]) -> T:
    global _watchdog
    thread_id = threading.get_ident()
    with _watch:
        if thread_id in _watched:
            nested = True  # the outer call's deadline runs
        else:
            nested = False
            _watched[thread_id] = [time.monotonic() + seconds, False]
            if _watchdog is None:
                _watchdog = threading.Thread(
                    target=_watch_calls, name="cablescope plugin watchdog", daemon=True
                )
                _watchdog.start()
            _watch.notify()
    if nested:
        return call()
    try:
        return call()
    finally:
        _unwatch(thread_id)


def _unwatch(thread_id: int) -> None:
    """Stop watching the call; a timeout raised as the call ended is dropped (the call did end)."""
    while True:
        try:
            with _watch:
                entry = _watched.pop(thread_id, None)
                if entry is not None and entry[1]:
                    _raise_in(thread_id, None)
            return
        except PluginTimeout:
            continue
