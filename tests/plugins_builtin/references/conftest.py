"""A small library for the references tests: the seed (09BEIJING2932) and synthetic cables citing it.

Embassy Beijing, by date: 09BEIJING2932 (the seed) < 09BEIJING2950 < 09BEIJING2990 < 10BEIJING12.
09BEIJING2990 cites the seed (in the index), 08STATE1234 (missing), an email and 09BEIJING2950,
and says "REF A" in paragraph 1 and "reftels B and D" in paragraph 2; 10BEIJING12 cites
09BEIJING2990 ("REFTEL" in paragraph 1); Consulate Shanghai's 09SHANGHAI400 cites the seed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cablescope import ingest
from cablescope.api import Cable, parse_cable, read_path
from cablescope.store import Store

DEFAULT_BODY = "1. (C) A synthetic paragraph for the references tests.\n"


def telegram(
    dtg: str,
    station: str,
    serial: str,
    subject: str,
    ref: str,
    *,
    sender: str = "AMEMBASSY",
    body: str = DEFAULT_BODY,
) -> str:
    """A synthetic cable in the telegram format the text reader takes."""
    return f"""R {dtg}
FM {sender} {station}
TO SECSTATE WASHDC 0001

C O N F I D E N T I A L {station} {serial}

E.O. 12958: DECL: 10/22/2034
TAGS: PREL CH IR
SUBJECT: {subject}

{ref}

Classified By: Political Counselor. Reasons 1.4 (b/d).

{body}"""


SYNTHETIC: dict[str, str] = {
    "09BEIJING2950": telegram(
        "281000Z OCT 09", "BEIJING", "002950", "FOLLOW-UP ON WEN AND RAHIMI", "REF: BEIJING 2932"
    ),
    "09SHANGHAI400": telegram(
        "250800Z OCT 09",
        "SHANGHAI",
        "000400",
        "SHANGHAI VIEWS OF THE SCO MEETINGS",
        "REF: A) BEIJING 2932 B) TELCON POLOFF/NI 10/24",
        sender="AMCONSUL",
    ),
    "09BEIJING2990": telegram(
        "050900Z NOV 09",
        "BEIJING",
        "002990",
        "IRAN: MFA ON NEXT STEPS",
        "REF: A. BEIJING 2932\n     B. 08 STATE 1234 (NOTAL)\n     C. PARKER/NI E-MAIL 10/30/09\n"
        "     D. BEIJING 2950",
        body="1. (C) As reported in REF A, the MFA urged talks.\n\n"
        "2. (C) Per reftels B and D, the Department asked for more.\n",
    ),
    "10BEIJING12": telegram(
        "040700Z JAN 10",
        "BEIJING",
        "000012",
        "IRAN: THE YEAR AHEAD",
        "REF: 09 BEIJING 2990",
        body="1. (C) REFTEL described the MFA's next steps.\n",
    ),
}


@pytest.fixture
def synthetic_cables() -> dict[str, Cable]:
    cables = {refid: parse_cable(text) for refid, text in SYNTHETIC.items()}
    assert {refid: c.reference_id for refid, c in cables.items()} == {refid: refid for refid in SYNTHETIC}
    return cables


@pytest.fixture
def refs_library(tmp_path: Path, seed_path: Path, synthetic_cables: dict[str, Cable]) -> Path:
    """The library file, holding the seed and the synthetic cables."""
    db = tmp_path / "refs.db"
    with Store(db) as store:
        for cable in read_path(seed_path):
            ingest.add(store, cable)
        for cable in synthetic_cables.values():
            ingest.add(store, cable)
    return db
