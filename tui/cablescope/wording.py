"""Counts in words: ``1 cable``, ``2 cables``, ``1,029 cables``."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` with thousands separators and ``noun`` in the number it needs (``plural``: an
    irregular plural; default ``noun + "s"``)."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
