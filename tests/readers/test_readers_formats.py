"""The four forms, format detection by content, encodings, and malformed input (never a traceback)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cablescope.cli import app
from cablescope.reader import ReadError
from cablescope.readers import choose_reader, read_path
from cablescope.readers.wikileaks_html import pre_blocks

HEADER = """VZCZCXRO4410
PP RUEHDE
DE RUEHFR #0321/01 0411210
ZNY CCCCC ZZH
P 101210Z FEB 09
FM AMEMBASSY PARIS
TO RUEHC/SECSTATE WASHDC PRIORITY 5530"""

BODY = """C O N F I D E N T I A L PARIS 000321

SIPDIS

E.O. 12958: DECL: 02/10/2019
TAGS: PREL FR
SUBJECT: FRENCH VIEWS ON "THE SUMMIT" & MORE

Classified By: Political Counselor Ann O'Leary, reasons 1.4 (b) and (d).

1. (C) French officials said the summit <agenda> was "settled".

2. (C) Café talk: they expect no surprises.

DOE
"""

HTML_PAGE = """<?xml version='1.0' encoding='utf-8' ?>
<html lang='en'><head><title>Cable Viewer</title></head><body>
<table class='cable'><tr><th>Reference ID</th></tr><tr><td><a href='/x'>09PARIS999</a></td></tr></table>
<code><pre>{header}</pre></code>
<code><pre>{body}</pre></code>
</body></html>
"""


def _html(header: str, body: str) -> str:
    def encode(text: str) -> str:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
        text = text.replace(
            "TAGS: PREL FR", "TAGS: <a href='/tag/PREL_0.html'>PREL</a> <a href='/tag/FR_0.html'>FR</a>"
        )
        text = text.replace("1. (C)", "<a id='par1' href='#par1'>¶</a>1. (C)")
        return text.replace("\n", "&#x000A;")

    return HTML_PAGE.format(header=encode(header), body=encode(body))


def _csv_field(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _csv_row(*fields: str) -> str:
    return ",".join(_csv_field(f) for f in fields) + "\n"


def test_text_reader(tmp_path):
    path = tmp_path / "cable.txt"
    path.write_text(HEADER + "\n\n" + BODY, encoding="utf-8")
    [cable] = read_path(path)
    assert cable.source.format == "text"
    assert cable.reference_id == "09PARIS321"
    assert cable.created == datetime(2009, 2, 10, 12, 10, tzinfo=UTC)
    assert cable.subject == 'FRENCH VIEWS ON "THE SUMMIT" & MORE'
    assert cable.classified_by == "Ann O'Leary"


def test_html_reader_decodes_entities_and_drops_anchors(tmp_path):
    path = tmp_path / "09PARIS321.html"
    path.write_text(_html(HEADER, BODY), encoding="utf-8")
    [cable] = read_path(path)
    assert cable.source.format == "wikileaks-html"
    assert cable.text == HEADER + "\n\n" + BODY
    assert "¶" not in cable.text
    assert cable.tags == ["PREL", "FR"]
    assert cable.paragraph(1).text == 'French officials said the summit <agenda> was "settled".'
    assert cable.origin == "Embassy Paris"
    assert cable.classification == "CONFIDENTIAL"


def test_pre_blocks_are_found_in_any_case_and_cut_where_the_page_has_them():
    # "İ" lower-cases to two characters: the blocks are cut at the page's own positions.
    page = "<p>İstanbul</p><PRE>HEADER</PRE> <pre class=x>BODY &amp; MORE</pre><preview>no</preview><pre>LAST"
    assert pre_blocks(page) == ["HEADER", "BODY & MORE", "LAST"]


def test_format_is_detected_by_content_not_suffix(tmp_path):
    html_as_txt = tmp_path / "page.txt"
    html_as_txt.write_text(_html(HEADER, BODY), encoding="utf-8")
    csv_as_dat = tmp_path / "release.dat"
    csv_as_dat.write_text(
        _csv_row("1", "02/10/2009 12:10", "09PARIS321", "Embassy Paris", "CONFIDENTIAL", "", HEADER, BODY),
        encoding="utf-8",
    )
    scoop_as_html = tmp_path / "scoop.html"
    scoop_as_html.write_text(
        "Cablegate: French Views\n\nDE RUEHFR #0321/01 0411210\nP 101210Z FEB 09\n\n"
        "1. (C) Text.\n\n© Scoop Media\n\nWorld Headlines\n",
        encoding="utf-8",
    )
    assert choose_reader(html_as_txt).name == "wikileaks-html"
    assert choose_reader(csv_as_dat).name == "csv"
    assert choose_reader(scoop_as_html).name == "scoop"


def test_scoop_reader(tmp_path, seed_path):
    [cable] = read_path(seed_path)
    assert cable.source.format == "scoop"
    assert cable.source.path == str(seed_path)
    assert len(cable.source.sha256) == 64
    assert cable.reference_id == "09BEIJING2932"


def test_csv_reader_stated_columns_and_escapes(tmp_path):
    body_with_escapes = BODY.replace("settled", 'settled \\ "really"')
    path = tmp_path / "cables.csv"
    path.write_text(
        _csv_row(
            "1",
            "02/10/2009 12:10",
            "09PARIS321",
            "Embassy Paris",
            "CONFIDENTIAL//NOFORN",
            "09STATE1234,08PARIS77",
            HEADER,
            body_with_escapes,
        )
        + _csv_row(
            "2",
            "12/28/1966 18:48",
            "66BUENOSAIRES2481",
            "Embassy Buenos Aires",
            "UNCLASSIFIED",
            "",
            "P R 281848Z DEC 66\nFM AMEMBASSY BUENOS AIRES",
            "UNCLASSIFIED BUENOS AIRES 2481\n\n1. TEXT.",
        ),
        encoding="utf-8",
    )
    first, second = read_path(path)
    # Stated metadata wins over what the text would give (the banner has no NOFORN).
    assert first.classification == "CONFIDENTIAL//NOFORN"
    assert first.references == ["09STATE1234", "08PARIS77"]
    assert first.created == datetime(2009, 2, 10, 12, 10, tzinfo=UTC)
    assert 'settled \\ "really"' in first.paragraph(1).text
    assert first.source.format == "csv" and first.source.row == 1
    assert first.derived == []
    assert second.reference_id == "66BUENOSAIRES2481"
    assert second.origin == "Embassy Buenos Aires"
    assert second.source.row == 2
    assert (
        second.text
        == "P R 281848Z DEC 66\nFM AMEMBASSY BUENOS AIRES\n\nUNCLASSIFIED BUENOS AIRES 2481\n\n1. TEXT."
    )


def test_csv_broken_quote_is_a_clear_error_after_good_rows(tmp_path):
    path = tmp_path / "cables.csv"
    path.write_text(
        _csv_row("1", "02/10/2009 12:10", "09PARIS321", "Embassy Paris", "CONFIDENTIAL", "", HEADER, BODY)
        + '"2","02/11/2009 12:10","09PARIS322","Embassy Paris","SECRET","","hdr","body never closed\n',
        encoding="utf-8",
    )
    errors: list[tuple[str, str]] = []
    cables = list(read_path(path, errors=errors))
    assert [c.reference_id for c in cables] == ["09PARIS321"]
    assert len(errors) == 1 and errors[0][0] == str(path)
    assert "row 2" in errors[0][1] and "\n" not in errors[0][1]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xef\xbb\xbf" + (HEADER + "\n\n" + BODY).encode("utf-8"), "Café talk"),
        ((HEADER + "\r\n\r\n" + BODY).replace("\n", "\r\n").encode("utf-8"), "Café talk"),
        ((HEADER + "\n\n" + BODY).encode("cp1252"), "Café talk"),
    ],
    ids=["utf8-bom", "crlf", "cp1252"],
)
def test_encodings(tmp_path, data, expected):
    path = tmp_path / "cable.txt"
    path.write_bytes(data)
    [cable] = read_path(path)
    assert expected in cable.paragraph(2).text
    assert "\r" not in cable.text
    assert cable.reference_id == "09PARIS321"


def test_invalid_utf8_falls_back_to_cp1252(tmp_path):
    path = tmp_path / "cable.txt"
    path.write_bytes(BODY.encode("utf-8") + b"\n3. (C) Smart \x93quotes\x94 here.\n")
    [cable] = read_path(path)
    assert "“quotes”" in cable.paragraph(3).text
    # The UTF-8 characters of the same file are kept.
    assert "Café talk" in cable.paragraph(2).text


def _malformed(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty": b"",
        "binary": bytes(range(256)) * 64,
        "truncated-html": _html(HEADER, BODY).encode("utf-8")[: _html(HEADER, BODY).find("E.O.")],
        "no-pre-html": b"<html><head><title>Cable Viewer</title></head><body>nothing</body></html>",
        # 20 MB on one line.
        "long-line": b"C O N F I D E N T I A L PARIS 000001 " + b"word XXXXXX word word " * 920_000,
        "invalid-utf8": b"UNCLAS PARIS 000002\n\n1. (U) \xff\xfe\xfd bytes.\n",
        "broken-csv": b'"1","02/10/2009 12:10","09PARIS321","Embassy Paris","C","","h","never closed\n',
    }
    suffixes = {"truncated-html": ".html", "no-pre-html": ".html", "broken-csv": ".csv"}
    paths = {}
    for name, data in files.items():
        paths[name] = tmp_path / f"{name}{suffixes.get(name, '.txt')}"
        paths[name].write_bytes(data)
    return paths


def test_malformed_inputs_give_nulls_or_one_line_errors(tmp_path):
    paths = _malformed(tmp_path)
    outcome = {}
    for name, path in paths.items():
        try:
            outcome[name] = list(read_path(path))
        except ReadError as error:
            assert "\n" not in str(error)
            outcome[name] = str(error)
    assert outcome["empty"].endswith("empty file")
    assert outcome["binary"].endswith("binary file, not a cable document")
    assert "no cable text" in outcome["no-pre-html"]
    assert "row 1" in outcome["broken-csv"]
    [truncated] = outcome["truncated-html"]
    assert truncated.origin == "Embassy Paris" and truncated.paragraphs == []
    [long_line] = outcome["long-line"]
    assert len(paths["long-line"].read_bytes()) > 20_000_000
    # No id stated: the stable placeholder made from the file's hash, marked as such.
    digest = hashlib.sha256(paths["long-line"].read_bytes()).hexdigest()
    assert long_line.reference_id == f"UNKNOWN-{digest[:12]}"
    assert long_line.provenance["reference_id"] == "placeholder"
    assert len(long_line.redactions) == 920_000
    [invalid] = outcome["invalid-utf8"]
    assert invalid.classification == "UNCLASSIFIED"


def test_folder_reads_past_bad_files(tmp_path, seed_path):
    folder = tmp_path / "mixed"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "seed.txt").write_bytes(seed_path.read_bytes())
    (folder / "bad.csv").write_bytes(b"\x00\x01binary")
    (folder / "README").write_text("Notes about this folder.\n")
    errors: list[tuple[str, str]] = []
    cables = list(read_path(folder, errors=errors))
    assert [c.reference_id for c in cables] == ["09BEIJING2932"]
    assert errors == [(str(folder / "bad.csv"), "binary file, not a cable document")]


runner = CliRunner()


def test_show_renders_text_never_markup(tmp_path):
    path = tmp_path / "cable.txt"
    path.write_text(BODY.replace("French officials", "[bold red]French[/] officials"), encoding="utf-8")
    result = runner.invoke(app, ["show", str(path)])
    assert result.exit_code == 0
    assert "[bold red]French[/] officials" in result.stdout
    assert "Political Counselor" in result.stdout


def test_show_json_one_object_per_line(tmp_path, seed_path):
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "a.txt").write_bytes(seed_path.read_bytes())
    (folder / "b.txt").write_text(HEADER + "\n\n" + BODY, encoding="utf-8")
    result = runner.invoke(app, ["show", str(folder), "--json"])
    assert result.exit_code == 0
    lines = result.stdout.strip().split("\n")
    assert [json.loads(line)["reference_id"] for line in lines] == ["09BEIJING2932", "09PARIS321"]
    assert json.loads(lines[0])["created"] == "2009-10-22T12:03:00Z"


def test_show_folder_with_bad_file_reports_it_and_exits_1(tmp_path, seed_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a.txt").write_bytes(seed_path.read_bytes())
    (folder / "b.txt").write_bytes(b"")
    result = runner.invoke(app, ["show", str(folder), "--json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["reference_id"] == "09BEIJING2932"
    assert result.stderr.strip() == f"Error: {folder / 'b.txt'}: empty file"


def test_show_unreadable_file_is_one_line(tmp_path):
    path = tmp_path / "x.bin"
    path.write_bytes(b"\x00" * 100)
    result = runner.invoke(app, ["show", str(path)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "binary file" in result.stderr
    assert "Traceback" not in result.output


def test_csv_header_column_never_becomes_body_text(tmp_path):
    path = tmp_path / "cables.csv"
    path.write_text(
        _csv_row(
            "1",
            "02/10/2009 12:10",
            "09PARIS321",
            "Embassy Paris",
            "SECRET",
            "",
            "unrecognised header",
            "1. (S) Body.",
        ),
        encoding="utf-8",
    )
    [cable] = read_path(path)
    assert [(p.number, p.text) for p in cable.paragraphs] == [(1, "Body.")]
