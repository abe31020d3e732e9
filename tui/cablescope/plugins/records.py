"""What the plugin host keeps about plugins: what it tried to load, and what went wrong in them."""

from __future__ import annotations

import functools
import os
import sys
import threading
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pluggy

from cablescope.sanitize import clean_line

PluginSource = Literal["core", "builtin", "entrypoint", "directory", "runtime"]
"""``runtime`` is a plugin registered by code with ``pm.register`` (tests do this)."""


class PluginError(Exception):
    """A plugin failed or handed cablescope something it cannot use; the message is one line for users."""

    def __init__(self, message: str, failure: PluginFailure | None = None) -> None:
        super().__init__(message)
        self.failure = failure
        """The recorded failure, when there is one (``call_view`` sets it)."""


@dataclass
class PluginFailure:
    """One thing that went wrong in a plugin, kept for ``cablescope plugins`` and the explorer."""

    plugin: str
    stage: str
    """Where it happened: ``import``, ``validation``, ``hook register_views``, ``view 'x' render``."""
    error: str
    """One line: the exception type and message, and where in the plugin it was raised."""
    disabled: bool
    """Whether the plugin was unregistered because of it (view failures leave the plugin on)."""
    traceback: str = ""
    """The full traceback, printed to stderr when ``CABLESCOPE_TRACE_PLUGINS`` is on."""
    shown: bool = False
    """Set by whoever has shown the failure to the user, so it is not shown twice."""

    @property
    def message(self) -> str:
        if self.stage in ("import", "validation"):
            outcome = "not loaded"
        else:
            outcome = "disabled" if self.disabled else "failed"
        # The stage may name a cable and the plugin name comes from a file name: clean it all.
        return clean_line(f"plugin {self.plugin!r} {outcome} ({self.stage}): {self.error}")


@dataclass
class PluginInfo:
    """A plugin cablescope tried to load, as ``cablescope plugins`` lists it."""

    name: str
    source: PluginSource
    version: str | None = None
    origin: str = ""
    """The module name or the file the plugin was loaded from."""
    distribution: str | None = None
    """The installed distribution that declares the entry point (what ``uninstall`` removes)."""
    hooks: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def status(self) -> Literal["ok", "failed"]:
        return "failed" if self.error else "ok"

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "source": self.source,
            "hooks": self.hooks,
            "status": self.status,
            "error": self.error,
        }


class FailureLog:
    """Every failure met in plugins in this process, oldest first, each recorded once."""

    def __init__(self) -> None:
        self._failures: list[PluginFailure] = []
        self._lock = threading.Lock()

    def record(
        self, plugin: str, stage: str, error: BaseException | str, disabled: bool, *, trace: bool = False
    ) -> PluginFailure:
        """The failure as recorded; the earlier record when the same failure happened before.

        With ``trace``, a new failure's traceback is printed on stderr.
        """
        if isinstance(error, BaseException):
            failure = PluginFailure(
                plugin,
                stage,
                one_line(error),
                disabled,
                "".join(traceback.format_exception(type(error), error, error.__traceback__)),
            )
        else:
            failure = PluginFailure(plugin, stage, clean_line(error), disabled)
        key = (plugin, stage, failure.error, disabled)
        with self._lock:
            for earlier in self._failures:
                # A view failing on the same cable again (the explorer re-renders on resize): one failure.
                if (earlier.plugin, earlier.stage, earlier.error, earlier.disabled) == key:
                    return earlier
            self._failures.append(failure)
        if trace and failure.traceback:
            print(
                f"cablescope trace: {failure.message}\n{failure.traceback}",
                file=sys.stderr,
                end="",
                flush=True,
            )
        return failure

    def all(self) -> list[PluginFailure]:
        return list(self._failures)

    def last_disabling(self, plugin: str) -> PluginFailure | None:
        """The latest failure that disabled ``plugin``, if one did."""
        return next((f for f in reversed(self._failures) if f.plugin == plugin and f.disabled), None)


def one_line(exc: BaseException) -> str:
    """The exception as one line, with the plugin's file and line where it was raised.

    Control characters and escape sequences are removed: the message may quote cable text.
    """
    if isinstance(exc, (PluginError, pluggy.PluginValidationError)):
        return clean_line("; ".join(part.strip() for part in str(exc).splitlines() if part.strip()))
    if isinstance(exc, SyntaxError):
        return f"SyntaxError: {exc.msg} ({Path(exc.filename or '?').name} line {exc.lineno})"
    text = clean_line(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if not _is_library_file(f.filename)]
    if frames:
        path = Path(frames[-1].filename)
        where = f"{path.parent.name}/{path.name}" if path.name == "__init__.py" else path.name
        text += f" ({where} line {frames[-1].lineno})"
    return text


@functools.cache
def _library_dirs() -> tuple[tuple[str, ...], str]:
    """(cablescope core, pluggy, pydantic and rich folders), and the standard library's folder."""
    import sysconfig

    import pydantic
    import rich

    packages = (
        Path(__file__).parents[1],
        Path(pluggy.__file__).parent,
        Path(pydantic.__file__).parent,
        Path(rich.__file__).parent,
    )
    return tuple(str(d) + os.sep for d in packages), str(Path(sysconfig.get_paths()["stdlib"])) + os.sep


def _is_library_file(filename: str) -> bool:
    """Frames in cablescope's core, pluggy, pydantic, rich or the standard library are not the plugin's."""
    packages, stdlib = _library_dirs()
    if filename.startswith("<") or filename.startswith(packages):
        return True
    # A system-wide install keeps site-packages inside the standard library's folder.
    return filename.startswith(stdlib) and "site-packages" not in filename and "dist-packages" not in filename
