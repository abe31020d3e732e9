"""What a cable-viewer page states about its cable (its table, its file name) is a fact: it names
the cable when the text cannot, every identifying field says where it came from, and a banner that
disagrees with the table is shown, not hidden."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cablescope import cli
from cablescope.readers import read_path

PAGE = """<html><head><title>Cable Viewer</title></head><body>
<table class='cable'>
<tr><th>Reference ID</th><th>Created</th><th>Released</th><th>Classification</th><th>Origin</th></tr>
<tr>
<td><a href='/cable/2004/03/04LISBON777.html'>04LISBON777</a></td>
<td><a href='/date/2004-03_0.html'>2004-03-19 16:42</a></td>
<td><a href='/reldate/2010-12-18_0.html'>2010-12-18 12:00</a></td>
<td><a href='/classification/2_0.html'>{table_classification}</a></td>
<td><a href='/origin/9_0.html'>Embassy Lisbon</a></td>
</tr>
</table>
<code><pre>{header}</pre></code>
<code><pre>{body}</pre></code>
</body></html>
"""
PARTIAL_HEADER = "This record is a partial extract of the original cable. The full text is not available."
BODY = """C O N F I D E N T I A L SECTION 01 OF 02 LISBON 000777&#x000A;&#x000A;SIPDIS&#x000A;&#x000A;\
E.O. 12958: DECL: 03/19/2014&#x000A;TAGS: PREL PO&#x000A;SUBJECT: PORTUGAL: A QUIET WEEK&#x000A;\
REF: LISBON 512&#x000A;&#x000A;Classified By: DCM Joan Smith for reasons 1.4 (b) and (d).&#x000A;&#x000A;\
<a id='par1' href='#par1'>¶</a>1. (C) The ministry had nothing to add.&#x000A;&#x000A;\
<a id='par2' href='#par2'>¶</a>2. (C) Neither had the party.&#x000A;&#x000A;SMITH"""


def _page(tmp_path: Path, name: str, table_classification: str = "CONFIDENTIAL", table: bool = True) -> Path:
    page = PAGE.format(table_classification=table_classification, header=PARTIAL_HEADER, body=BODY)
    if not table:
        page = page[: page.index("<table")] + page[page.index("</table>") + 8 :]
    path = tmp_path / "2004" / "03" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return path


def test_a_partial_extract_takes_its_id_and_date_from_the_table(tmp_path):
    [cable] = read_path(_page(tmp_path, "04LISBON777.html"))
    assert cable.reference_id == "04LISBON777"
    assert cable.created.isoformat() == "2004-03-19T16:42:00+00:00"
    assert cable.provenance == {
        "reference_id": "page-table",
        "created": "page-table",
        "origin": "derived",  # from the banner's post, and the table agrees
        "classification": "text",
    }
    assert cable.disagreements == {}
    # The table's year dates the REF line that names no year.
    assert cable.references == ["04LISBON512"]
    assert [p.number for p in cable.paragraphs] == [1, 2]


def test_without_a_table_the_file_name_names_the_cable(tmp_path):
    [cable] = read_path(_page(tmp_path, "04LISBON777.html", table=False))
    assert cable.reference_id == "04LISBON777"
    assert cable.provenance["reference_id"] == "file-name"
    assert cable.created is None


def test_a_banner_that_disagrees_with_the_table_is_shown(tmp_path):
    path = _page(tmp_path, "04LISBON777.html", table_classification="CONFIDENTIAL//NOFORN")
    [cable] = read_path(path)
    # The banner is the cable's own marking: it stands, and the table's word is kept beside it.
    assert cable.classification == "CONFIDENTIAL"
    assert cable.disagreements == {"classification": "CONFIDENTIAL//NOFORN (page-table)"}

    runner = CliRunner()

    def run(*args: str):
        cli.load_plugin_commands(list(args))
        return runner.invoke(cli.app, list(args), prog_name="cablescope", env={"COLUMNS": "200"})

    shown = run("show", str(path))
    assert (
        "Disagreement    classification: the source states CONFIDENTIAL//NOFORN (page-table)" in shown.stdout
    )
    assert "04LISBON777 (page-table)" in shown.stdout
    markers = json.loads(run("markers", str(path), "--json").stdout)
    assert markers["disagreement"] == "CONFIDENTIAL//NOFORN (page-table)"
    assert "the source states CONFIDENTIAL//NOFORN" in run("markers", str(path)).stdout
