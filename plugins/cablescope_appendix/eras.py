"""Terms that cannot appear in news before a known month, as data: lower bounds for a page's capture.

Each entry: the pattern, the first month the term could be printed, and why. Written and
checked by us against the public record of each event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class EraTerm:
    label: str
    pattern: re.Pattern[str]
    not_before: str
    """YYYY-MM."""
    why: str


ERA_TERMS: tuple[EraTerm, ...] = (
    EraTerm(
        "COVID-19",
        re.compile(r"\bCOVID(?:-19)?\b", re.IGNORECASE),
        "2020-02",
        "the WHO named the disease COVID-19 on 11 February 2020",
    ),
    EraTerm(
        "Independent Panel for Pandemic Preparedness and Response",
        re.compile(r"\bIPPPR\b|\bIndependent Panel for Pandemic Preparedness\b", re.IGNORECASE),
        "2020-07",
        "the WHO convened the panel in July 2020",
    ),
    EraTerm(
        "Paris Agreement",
        re.compile(r"\bParis Agreement\b", re.IGNORECASE),
        "2015-12",
        "the Paris Agreement was adopted on 12 December 2015",
    ),
    EraTerm(
        "SDGs",
        re.compile(r"\bSDGs?\b|\bSustainable Development Goals?\b"),
        "2015-09",
        "the UN adopted the Sustainable Development Goals on 25 September 2015",
    ),
    EraTerm(
        "Brexit",
        re.compile(r"\bBrexit\b", re.IGNORECASE),
        "2012-05",
        "the word Brexit was coined in May 2012",
    ),
    EraTerm(
        "Islamic State",
        re.compile(r"\bISIS\b|\bISIL\b|\bIslamic State\b"),
        "2013-04",
        "the group took the name ISIL in April 2013",
    ),
)
