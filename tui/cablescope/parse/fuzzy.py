"""How far apart two words are, for folding typing slips in post names, titles and "reasons"."""

from __future__ import annotations


def edit_distance(a: str, b: str, cap: int) -> int:
    """Edits (insert, delete, substitute, swap) from ``a`` to ``b``; ``cap`` when ``cap`` or more."""
    if abs(len(a) - len(b)) >= cap:
        return cap
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) >= cap:
            return cap
        previous2, previous = previous, current
    return min(previous[-1], cap)
