"""A small library for the timeline tests: the seed and synthetic cables spread over fixed months.

By month: 2008-03: 1; 2009-08: 2; 2009-10: 4 (the seed among them); 2009-12: 3; 2010-01: 1.
Four of them mention Iran: the seed and 09BEIJING2950 (2009-10), 09PARIS1700 (2009-12) and
10BEIJING12 (2010-01).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cablescope import ingest
from cablescope.api import parse_cable, read_path
from cablescope.store import Store


def telegram(dtg: str, station: str, serial: str, subject: str, about: str) -> str:
    """A synthetic cable in the telegram format the text reader takes."""
    return f"""R {dtg}
FM AMEMBASSY {station}
TO SECSTATE WASHDC 0001

C O N F I D E N T I A L {station} {serial}

E.O. 12958: DECL: 10/22/2034
TAGS: PREL ECON
SUBJECT: {subject}

Classified By: Political Counselor. Reasons 1.4 (b/d).

1. (C) A synthetic paragraph about {about} for the timeline tests.
"""


SYNTHETIC: list[tuple[str, str, str, str, str]] = [
    ("120900Z MAR 08", "LONDON", "000700", "UK BUDGET", "the budget"),
    ("040900Z AUG 09", "PARIS", "001100", "FRENCH SUMMER", "the summer"),
    ("200900Z AUG 09", "PARIS", "001150", "FRENCH AUTUMN PLANS", "the autumn"),
    ("281000Z OCT 09", "BEIJING", "002950", "FOLLOW-UP ON WEN AND RAHIMI", "Iran"),
    ("120900Z OCT 09", "PARIS", "001400", "FRENCH BUDGET", "the budget"),
    ("300900Z OCT 09", "MOSCOW", "002600", "RUSSIAN GAS", "gas"),
    ("020900Z DEC 09", "PARIS", "001700", "FRANCE AND IRAN", "Iran"),
    ("090900Z DEC 09", "BEIJING", "003300", "CHINESE BUDGET", "the budget"),
    ("150900Z DEC 09", "MOSCOW", "003000", "RUSSIAN WINTER", "the winter"),
    ("040700Z JAN 10", "BEIJING", "000012", "IRAN: THE YEAR AHEAD", "Iran"),
]


@pytest.fixture
def timeline_library(tmp_path: Path, seed_path: Path) -> Path:
    db = tmp_path / "timeline.db"
    with Store(db) as store:
        for cable in read_path(seed_path):
            ingest.add(store, cable)
        for fields in SYNTHETIC:
            cable = parse_cable(telegram(*fields))
            assert cable.created is not None and cable.reference_id is not None
            ingest.add(store, cable)
    return db


@pytest.fixture
def seed_cable(seed_path: Path):
    (cable,) = list(read_path(seed_path))
    return cable
