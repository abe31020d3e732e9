"""Whether every process of a command's process group has ended (workers included)."""

from __future__ import annotations

import os
import time


def group_gone(group: int, within: float = 10) -> bool:
    """True once no process of ``group`` is left (killed workers are reaped by init once their
    parent is gone), False if some are still there after ``within`` seconds."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False
