"""cables.csv of the 2011 full release: one cable per row, read as a stream.

Eight columns: identifier, created (``MM/DD/YYYY HH:MM``), reference id, origin,
classification, references (comma-separated ids), header, body. Comma-delimited,
double-quoted, with backslash as the escape character. The metadata columns are stated
facts; the header and body columns are parsed for everything else.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from cablescope.model import Cable, Source
from cablescope.parse import parse_cable
from cablescope.parse.refids import canonical_reference_id
from cablescope.reader import Reader, ReadError
from cablescope.readers.decode import CP1252_FALLBACK, SNIFF_BYTES, looks_binary
from cablescope.readers.stated import Stated, merge_stated

COLUMNS = (
    "identifier",
    "created",
    "reference_id",
    "origin",
    "classification",
    "references",
    "header",
    "body",
)
MAX_FIELD = 64 * 1024 * 1024
"""A field longer than this means an unbalanced quote swallowed the rest of the file."""

_FIRST_ROW_RE = re.compile(r'\A(?:\ufeff)?"?\d+"?,"?\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}"?,')
_HEADER_ROW_RE = re.compile(r'\A(?:\ufeff)?"?(?:identifier|id)"?,"?created"?,', re.IGNORECASE)


_CREATED_RE = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4}) ([0-9]{1,2}):([0-9]{2})")


def parse_created(value: str) -> datetime | None:
    """ "12/28/1966 18:48" -> 1966-12-28 18:48 UTC."""
    value = value.strip()
    # The usual spelling read directly (strptime costs more than the rest of the row's metadata);
    # datetime() refuses what strptime would (month 13, hour 24, 30 February); anything else
    # goes to strptime.
    written = _CREATED_RE.fullmatch(value)
    try:
        if written:
            month, day, year, hour, minute = map(int, written.groups())
            return datetime(year, month, day, hour, minute, tzinfo=UTC)
        return datetime.strptime(value, "%m/%d/%Y %H:%M").replace(tzinfo=UTC)
    except ValueError:
        return None


def _normalise(field: str) -> str:
    return field.replace("\r\n", "\n").replace("\r", "\n") if "\r" in field else field


def cable_from_row(row: list[str], path: Path | None, number: int) -> Cable:
    """One CSV row as a cable: stated metadata from the columns, the rest parsed from header and body."""
    _, created, refid, origin, classification, references, header, body = row
    header, body = _normalise(header), _normalise(body)
    text = f"{header}\n\n{body}" if header else body
    cited = [ref for ref in (canonical_reference_id(r) for r in references.split(",")) if ref]
    stated_created = parse_created(created) if created.strip() else None
    cable = parse_cable(
        text,
        body_start=len(header) + 2 if header else 0,
        references=list(dict.fromkeys(cited)),
        year=stated_created.year if stated_created else None,
    )
    stated: dict[str, Stated] = {}
    stated_refid = canonical_reference_id(refid) if refid.strip() else None
    if stated_refid:
        stated["reference_id"] = Stated(stated_refid, "csv-column")
    if stated_created:
        stated["created"] = Stated(stated_created, "csv-column")
    if origin.strip():
        stated["origin"] = Stated(origin.strip(), "csv-column")
    if classification.strip():
        stated["classification"] = Stated(classification.strip(), "csv-column")
    merge_stated(cable, stated)
    # A row's own hash, so that an index can tell which rows of a re-released file changed.
    digest = hashlib.sha256("\x1f".join(row).encode("utf-8", errors="surrogatepass")).hexdigest()
    cable.source = Source(path=str(path) if path else None, format="csv", sha256=digest, row=number)
    return cable


class CablesCsvReader(Reader):
    """The full-release ``cables.csv``, streamed row by row with flat memory."""

    name = "csv"
    extensions = (".csv",)

    def sniff(self, head: str, path: Path | None) -> float:
        if _FIRST_ROW_RE.match(head) or _HEADER_ROW_RE.match(head):
            return 0.9
        return 0.2 if path is not None and path.suffix.lower() == ".csv" and head.startswith('"') else 0.0

    def cable(self, record: tuple[int, list[str]], path: Path) -> Cable:
        number, row = record
        return cable_from_row(row, path, number)

    def records(self, path: Path) -> Iterator[tuple[int, list[str]]]:
        """(row number, the row's eight fields) for every cable row."""
        try:
            raw = path.open("rb")
        except OSError as error:
            raise ReadError(f"cannot read file: {error.strerror or error}") from None
        with raw:
            if looks_binary(raw.read(SNIFF_BYTES)):
                raise ReadError("binary file, not a cable document")
            raw.seek(0)
            yield from self._rows(raw)

    def _rows(self, raw) -> Iterator[tuple[int, list[str]]]:
        previous_limit = csv.field_size_limit()
        csv.field_size_limit(MAX_FIELD)
        try:
            stream = io.TextIOWrapper(raw, encoding="utf-8-sig", errors=CP1252_FALLBACK, newline="")
            reader = csv.reader(
                stream, delimiter=",", quotechar='"', escapechar="\\", doublequote=True, strict=True
            )
            number = 0
            line = 1
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error as error:
                    raise ReadError(f"row {number + 1} (line {line}): {error}; unbalanced quote?") from None
                line = reader.line_num + 1
                if number == 0 and row and row[0].strip().lower() in ("identifier", "id"):
                    continue
                if not row or (len(row) == 1 and not row[0].strip()):
                    continue
                number += 1
                if len(row) != len(COLUMNS):
                    raise ReadError(
                        f"row {number} (line {reader.line_num}): {len(row)} columns instead of 8; "
                        "unbalanced quote?"
                    )
                yield number, row
        finally:
            csv.field_size_limit(previous_limit)
