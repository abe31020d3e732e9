"""The synthetic republished pages of the appendix tests (written by us in the seed's format), as cables."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from cablescope.api import Cable, Source

PAGES = Path(__file__).parent / "pages"

# file name → (reference id, created): set here so these tests do not depend on the parser.
PAGE_FACTS: dict[str, tuple[str, datetime]] = {
    "scoop-reykjavik-fisheries.txt": ("08REYKJAVIK215", datetime(2008, 7, 5, 14, 22, tzinfo=UTC)),
    "scoop-vilnius-power-links.txt": ("10VILNIUS77", datetime(2010, 2, 10, 10, 10, tzinfo=UTC)),
    "scoop-athens-ferry-strike.txt": ("10ATHENS412", datetime(2010, 4, 22, 9, 15, tzinfo=UTC)),
    "scoop-nairobi-no-appendix.txt": ("09NAIROBI1130", datetime(2009, 6, 16, 7, 0, tzinfo=UTC)),
    "tribune-lima-elections.txt": ("11LIMA733", datetime(2011, 5, 22, 15, 30, tzinfo=UTC)),
    "scoop-hanoi-teasers-only.txt": ("10HANOI302", datetime(2010, 3, 17, 8, 45, tzinfo=UTC)),
}
SEED_FACTS = ("09BEIJING2932", datetime(2009, 10, 22, 12, 3, tzinfo=UTC))


def make_page(
    text: str, reference_id: str | None, created: datetime | None, path: str | None = None
) -> Cable:
    source = Source(path=path, format="scoop", sha256="0" * 64) if path else None
    return Cable(text=text, reference_id=reference_id, created=created, source=source)
