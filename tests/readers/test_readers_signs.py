"""What is a cable: a file with no sign of one is "not a cable document" and passed over, whatever
it is called; a cable saved as UTF-16 ("Unicode" in Windows editors) reads like any other."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cablescope.cli import app
from cablescope.readers import NOT_A_CABLE, ReadError, read_path

NOT_CABLES = {
    "one-byte.txt": b"x",
    "shopping.txt": b"Milk, eggs and bread.\nCall the plumber about the sink.\n",
    # 10 MB on one line: a repeated word is not a cable, and is turned down without reading it all.
    "repeated.txt": b"word " * 2_000_000,
}


@pytest.mark.parametrize("name", sorted(NOT_CABLES))
def test_a_file_with_no_sign_of_a_cable_is_not_a_cable(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(NOT_CABLES[name])
    with pytest.raises(ReadError, match=NOT_A_CABLE):
        list(read_path(path))


@pytest.mark.parametrize(
    "text",
    [
        "C o n f i d e n t i a l section 01 of 04 ankara 000348\n\nSome text.\n",
        "201247Z Jan 04\nThe meeting went well.\n",
        "¶1. (C) A paragraph copied from the cable viewer.\n",
        "SECRET SECTION 01 OF 02 ANKARA 000348\n\nText.\n",
        "TAGS: PREL TU\nSome text.\n",
    ],
)
def test_one_sign_is_enough(tmp_path, text):
    path = tmp_path / "cable.txt"
    path.write_text(text, encoding="utf-8")
    [cable] = read_path(path)
    assert cable.text == text


def test_folder_passes_over_what_is_not_a_cable(tmp_path, seed_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(seed_path, folder / "09BEIJING2932-scoop.txt")
    for name, data in NOT_CABLES.items():
        (folder / name).write_bytes(data)
    errors: list[tuple[str, str]] = []
    skipped: list[tuple[str, str]] = []
    cables = list(read_path(folder, errors=errors, skipped=skipped))
    assert [c.reference_id for c in cables] == ["09BEIJING2932"]
    assert errors == []
    assert skipped == [(str(folder / name), NOT_A_CABLE) for name in sorted(NOT_CABLES)]

    result = CliRunner().invoke(app, ["index", str(folder), "--db", str(tmp_path / "lib.db"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["skipped"] == [[str(folder / name), NOT_A_CABLE] for name in sorted(NOT_CABLES)]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_text_reads_like_utf8(tmp_path, seed_path, encoding):
    text = seed_path.read_text(encoding="utf-8")
    path = tmp_path / "seed.txt"
    path.write_bytes(text.encode(encoding))
    [utf16] = read_path(path)
    [utf8] = read_path(seed_path)
    assert utf16.reference_id == utf8.reference_id == "09BEIJING2932"
    assert [p.text for p in utf16.paragraphs] == [p.text for p in utf8.paragraphs]


def test_binary_is_still_binary(tmp_path):
    path = Path(tmp_path / "photo.txt")
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(ReadError, match="binary file"):
        list(read_path(path))
