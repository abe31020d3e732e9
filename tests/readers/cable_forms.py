"""Every form a cable circulates in, built from a shared cable-viewer page, for measuring fidelity.

Written independently of cablescope's parser, by plain text rules: what the viewer, Scoop Media,
a partial extract, an old printout and cables.csv did to a cable, done again. Each page also
gives its truth: the metadata table's reference id and date, and the running sequence of the
viewer's own ``par`` anchors (WikiLeaks anchors every line that opens with a number and a period,
years and list items included; the paragraphs are the anchors that continue 1, 2, 3...).
"""

from __future__ import annotations

import csv
import html
import io
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from scoop_reshape import to_scoop

_TABLE = re.compile(r"<table class='cable'>(.*?)</table>", re.DOTALL)
_CELL = re.compile(r"<td>\s*<a[^>]*>(.*?)</a>\s*</td>", re.DOTALL)
_PRE = re.compile(r"<pre>(.*?)</pre>", re.DOTALL)
_ANCHOR = re.compile(r"<a id='par([^']*)' href='#par[^']*'>¶</a>")
_TAG = re.compile(r"<[^>]*>")
_DTG = re.compile(r"^\s*(?:[ZOPR]{1,2}\s+){0,2}(\d{6}Z)\s+([A-Z]{3})\s+(\d{2})\b", re.MULTILINE)
_BANNER = re.compile(
    r"^\s*(?P<level>S ?E ?C ?R ?E ?T|C ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|UNCLAS(?:SIFIED)?|TOP SECRET)"
    r"(?P<rest>.*?\b\d{3,}\s*)$",
    re.MULTILINE,
)
_PAGE_MARKER = re.compile(
    r"^\s*([A-Z][A-Z .]*?)\s(\d{8})\s+(\d{3})(?:\.\d)?\s+OF\s+(\d{3})\s*$", re.MULTILINE
)
_LEADING_MARKING = re.compile(r"^\((?:TS|S|C|U|SBU|[A-Z]{1,3}[/ ][^)]{0,50}|[A-Za-z]{1,4}/[^)]{0,50})\)\s*")
WORD = re.compile(r"[A-Za-z0-9]+")


@dataclass
class SharedPage:
    path: Path
    refid: str
    created: str
    """The table's date (YYYY-MM-DD); its minutes are unreliable, so only the date is compared."""
    classification: str
    origin: str
    header: str
    body: str
    """The two blocks as plain text, anchors dropped."""
    viewer_header: str
    viewer_body: str
    """The two blocks as copied from the viewer: each anchor's "¶" kept."""
    numbers: list[int] = field(default_factory=list)
    """The running sequence of anchored paragraph numbers (1, 2, 3...)."""
    paragraph_words: list[str] = field(default_factory=list)
    """Words of the anchored paragraphs (anchor to next anchor), page-marker lines and markings aside."""

    @property
    def partial(self) -> bool:
        return "partial extract" in self.header


def _block(raw: str, keep_anchor: bool) -> str:
    raw = _ANCHOR.sub("¶" if keep_anchor else "", raw)
    return html.unescape(_TAG.sub("", raw).replace("&#x000A;", "\n"))


_CANDIDATE = re.compile(
    r"^[ \t]*(?:¶(?P<anchored>\d{1,4})\s?\.|(?P<tight>\d{1,3})\.(?=\()|(?P<run_on>\d{1,3})\. (?=\())"
    r"[ \t]*(?P<marked>\([A-Za-z])?"
)
_TAIL_SIGNATURE = re.compile(r"(?<=[.!?\"”)]) +[A-Z][A-Za-z]+ *$")
_SIGNATURE = re.compile(r"^[ \t]*[A-Z][A-Za-z'\-]+(?:[ \t]+[A-Z][A-Za-z'.\-]*){0,3}[ \t]*$")


def _paragraph_lines(viewer_body: str) -> tuple[list[int], list[list[str]]]:
    """The paragraph numbers and each paragraph's lines, from the viewer's anchors.

    The viewer anchors "N. " but not "N.(C)" (no space after the stop), so a line opening
    with a number, a stop and a parenthesis is a candidate too; the running sequence of
    candidates (1, 2, 3...) is the paragraphs; a marked paragraph may skip up to ten numbers
    (cables were released with paragraphs removed: 1, then 5). Text after the last paragraph's
    signature line is not counted.
    """
    numbers: list[int] = []
    paragraphs: list[list[str]] = []
    for line in _split_run_on(viewer_body):
        candidate = _CANDIDATE.match(line)
        if candidate:
            number = int(candidate.group("anchored") or candidate.group("tight") or candidate.group("run_on"))
            last = numbers[-1] if numbers else 0
            if number == last + 1 or (last < number <= last + 10 and candidate.group("marked")):
                numbers.append(number)
                paragraphs.append([line])
                continue
        if paragraphs:
            paragraphs[-1].append(line)
    if paragraphs:
        last = paragraphs[-1]
        closing = _closing_lines(last)
        if closing:
            del last[-closing:]
        elif last and _TAIL_SIGNATURE.search(last[-1]):
            last[-1] = _TAIL_SIGNATURE.sub("", last[-1])  # "... look out. JEFFREY" on one line
    return numbers, paragraphs


def _closing_lines(lines: list[str]) -> int:
    """How many of the last lines close the cable rather than its last paragraph: from a signature
    line ("LEBARON") on, with what some posts print under it (a web-site line, a release stamp)."""
    for back in range(1, min(len(lines), 6)):
        line = lines[-back]
        if _SIGNATURE.match(line) and len(line.strip()) <= 40 and not line.strip().endswith("."):
            return back
    return 0


_RUN_ON = re.compile(r"(?<=[.!?\"')] )(?=\d{1,3}\. \((?:U|C|S|SBU|TS)\b[^)]{0,20}\) )")


def _split_run_on(body: str) -> list[str]:
    """The body's lines, with a marked paragraph that runs on after a sentence ("... growth. 12. (C)
    Ambassador ...") put on a line of its own: the viewer anchors only line starts."""
    return [piece for line in body.split("\n") for piece in _RUN_ON.split(line)]


def _words(lines: list[str]) -> list[str]:
    words: list[str] = []
    for index, line in enumerate(lines):
        if _PAGE_MARKER.match(line):
            continue
        tokens = line.replace("¶", " ").split()
        if index == 0 and tokens:
            # The number is not a word; "3.(C)" keeps its marking, dropped below.
            number = re.match(r"\d{1,4}\.(\(.*)?", tokens[0])
            if number:
                tokens = ([number.group(1)] if number.group(1) else []) + tokens[1:]
        if index == 0 and tokens:
            line = _LEADING_MARKING.sub("", " ".join(tokens))
            tokens = line.split()
        words.extend(w for token in tokens for w in WORD.findall(token))
    return words


def load_page(path: Path) -> SharedPage:
    page = path.read_text(encoding="utf-8")
    cells = [html.unescape(c).strip() for c in _CELL.findall(_TABLE.search(page).group(1))]
    raw_header, raw_body = _PRE.findall(page)[:2]
    viewer_body = _block(raw_body, keep_anchor=True)
    numbers, paragraphs = _paragraph_lines(viewer_body)
    shared = SharedPage(
        path=path,
        refid=cells[0],
        created=cells[1][:10],
        classification=cells[3],
        origin=cells[4],
        header=_block(raw_header, keep_anchor=False),
        body=_block(raw_body, keep_anchor=False),
        viewer_header=_block(raw_header, keep_anchor=True),
        viewer_body=viewer_body,
        numbers=numbers,
        paragraph_words=[word for lines in paragraphs for word in _words(lines)],
    )
    return shared


def load_pages(corpus: Path) -> list[SharedPage]:
    return [load_page(path) for path in sorted(corpus.rglob("*.html"))]


# --- the forms -------------------------------------------------------------------------------


def viewer_text(page: SharedPage) -> str:
    """The cable as a reader copies it from the cable viewer: both blocks, the "¶" anchors kept."""
    return page.viewer_header + "\n\n" + page.viewer_body


def scoop_intact(page: SharedPage) -> str:
    return to_scoop(page.header, page.body)


_SENTENCE_END = re.compile(r"[.!?:\"')\]]$")
_NUMBERED_BLOCK = re.compile(r"^\s*\d{1,3}\s?\.\s")


def scoop_collapsed(page: SharedPage) -> str:
    """A Scoop page whose paragraph breaks collapsed: a numbered paragraph that follows a sentence
    runs on in the same block ("... End summary. 2. (C) Comment: ..."), and the block is rewrapped."""
    scoop = scoop_intact(page)
    cable, sep, appendix = scoop.partition("© Scoop Media")
    blocks = cable.split("\n\n")
    # What closes the cable (the signature, a post's web-site line) keeps its own lines: only
    # paragraph breaks collapse.
    closing = _closing_lines(blocks[-2].split("\n")) if len(blocks) > 1 else 0
    if closing:
        lines = blocks[-2].split("\n")
        blocks[-2:-1] = ["\n".join(lines[:-closing]), "\n".join(lines[-closing:])]
    merged: list[str] = []
    for block in blocks:
        if (
            merged
            and _NUMBERED_BLOCK.match(block)
            and merged[-1].strip()
            and _SENTENCE_END.search(merged[-1].rstrip())
            and not merged[-1].lstrip().startswith("Cablegate:")
        ):
            merged[-1] = merged[-1].rstrip() + " " + block.strip()
        else:
            merged.append(block)
    rewrapped = [
        "\n".join(textwrap.wrap(" ".join(block.split()), 68)) if _NUMBERED_BLOCK.match(block) else block
        for block in merged
    ]
    return "\n\n".join(rewrapped) + sep + appendix


def _short_dtg(header: str) -> str | None:
    match = _DTG.search(header)
    if not match:
        return None
    return f"{match.group(1)} {match.group(2).title()} {match.group(3)}"


def _spaced_lower_banner(match: re.Match[str]) -> str:
    level = match.group("level").replace(" ", "").lower().capitalize()
    return " ".join(level) + " " + match.group("rest").strip().lower()


def partial_extract(page: SharedPage) -> str:
    """The cable as a partial extract: the telegram header gone, a short date-time line, and the
    banner spaced out and lower-cased ("C o n f i d e n t i a l section 01 of 04 ankara 000348")."""
    lines = [
        "This record is a partial extract of the original cable. The full text of the original "
        "cable is not available.",
        "",
    ]
    dtg = _short_dtg(page.header)
    if dtg:
        lines += [dtg, ""]
    body = _BANNER.sub(_spaced_lower_banner, page.body, count=1)
    return "\n".join(lines) + body


def printout(page: SharedPage) -> str:
    """An old printout: every page-marker line becomes a page header
    ("PAGE 02 HARARE 06677 01 OF 03 291400Z") and long bodies get one every 50 lines."""
    dtg = _DTG.search(page.header)
    stamp = dtg.group(1) if dtg else "010000Z"
    post = re.sub(r"^\d\d|\d+$", "", page.refid)
    serial = int(re.search(r"(\d+)$", page.refid).group(1))
    number = [1]

    def header() -> str:
        number[0] += 1
        return f"PAGE {number[0]:02d} {post} {serial:05d} 01 OF 0{max(2, number[0])} {stamp}"

    body = _PAGE_MARKER.sub(lambda m: header(), page.body)
    if number[0] == 1:
        lines = body.split("\n")
        for at in range(len(lines) - 1 - (len(lines) - 1) % 50, 0, -50):
            lines.insert(at, header())
        body = "\n".join(lines)
    return page.header + "\n\n" + body


def cables_csv(pages: list[SharedPage]) -> str:
    """The pages as rows of the full release's cables.csv (no header row, backslash escapes)."""
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, escapechar="\\", doublequote=False, lineterminator="\n")
    for number, page in enumerate(pages, 1):
        year, month, day = page.created.split("-")
        writer.writerow(
            [
                number,
                f"{month}/{day}/{year} 12:00",
                page.refid,
                page.origin,
                page.classification,
                "",
                page.header,
                page.body,
            ]
        )
    return out.getvalue()
