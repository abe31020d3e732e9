"""Bytes to text: UTF-8 with or without BOM, else cp1252; UTF-16 (Windows "Unicode" text) by its BOM
or its zero bytes; CRLF and CR line ends become LF."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

from cablescope.reader import ReadError

SNIFF_BYTES = 8192
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13))


def looks_binary(head: bytes) -> bool:
    """NUL bytes, or mostly control characters, in the first block mean this is not a text document."""
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > len(head) // 10


def utf16_codec(head: bytes) -> str | None:
    """ "utf-16" (with a BOM), "utf-16-le" or "utf-16-be" when ``head`` is UTF-16 text, else None.

    Without a BOM, text of Latin letters in UTF-16 has a zero byte in every other place.
    """
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    pairs = len(head) // 2
    if pairs < 2 or b"\x00" not in head:  # most heads: no zero byte, no need to count them
        return None
    odd_zeros = head[1::2].count(0)
    even_zeros = head[0::2].count(0)
    if odd_zeros >= pairs * 0.9 and even_zeros == 0:
        return "utf-16-le"
    if even_zeros >= pairs * 0.9 and odd_zeros == 0:
        return "utf-16-be"
    return None


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    # Bytes that are not UTF-8 are read as cp1252, one run at a time, so that a document
    # mixing both (a UTF-8 page with a pasted Windows quote) keeps its UTF-8 characters.
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return bytes(bad).decode("cp1252", errors="replace"), error.end


CP1252_FALLBACK = "cablescope-cp1252"
codecs.register_error(CP1252_FALLBACK, _cp1252_fallback)


def decode(data: bytes) -> str:
    """Decode a document: UTF-16 when it is, else UTF-8 (BOM stripped) with bytes that are not UTF-8
    read as cp1252; LF line ends."""
    utf16 = utf16_codec(data[:SNIFF_BYTES])
    if utf16:
        text = data.decode(utf16, errors="replace")
    else:
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        text = data.decode("utf-8", errors=CP1252_FALLBACK)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def read_document(path: Path) -> tuple[str, str]:
    """The decoded text of a file and the sha256 of its bytes; ReadError for binary or unreadable files."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ReadError(f"cannot read file: {error.strerror or error}") from None
    if looks_binary(data[:SNIFF_BYTES]) and not utf16_codec(data[:SNIFF_BYTES]):
        raise ReadError("binary file, not a cable document")
    return decode(data), hashlib.sha256(data).hexdigest()


def read_head(path: Path, size: int = SNIFF_BYTES) -> str:
    """The first few kilobytes of a file, decoded leniently, for format sniffing."""
    try:
        with path.open("rb") as handle:
            head = handle.read(size)
    except OSError as error:
        raise ReadError(f"cannot read file: {error.strerror or error}") from None
    utf16 = utf16_codec(head)
    if utf16:
        return head[: len(head) // 2 * 2].decode(utf16, errors="replace")
    if looks_binary(head):
        raise ReadError("binary file, not a cable document")
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return head.decode("utf-8", errors=CP1252_FALLBACK)
