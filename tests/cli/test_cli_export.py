"""``search --format csv|jsonl|json --fields``: hits as data for a spreadsheet, jq or VisiData."""

from __future__ import annotations

import csv
import io
import json


def iran_by_date(invoke, library, output_format: str, fields: str) -> str:
    """The two cables naming Iran, newest first, as ``output_format`` with ``fields``."""
    result = invoke(
        "search", "iran", "--sort", "date", "--format", output_format, "--fields", fields, "--db", library
    )
    assert result.exit_code == 0, result.output
    return result.stdout


def test_csv_with_chosen_fields(invoke, library):
    rows = list(
        csv.reader(io.StringIO(iran_by_date(invoke, library, "csv", "reference_id,created,tags,paragraph")))
    )
    assert rows == [
        ["reference_id", "created", "tags", "paragraph"],
        ["09ANKARA16", "2009-02-16T00:00:00Z", "PREL; PGOV; TU", "2"],
        ["08ANKARA15", "2008-01-15T00:00:00Z", "PREL; TU", "1"],
    ]


def test_csv_by_default_has_every_field_but_the_offsets(invoke, library):
    result = invoke("search", "tea", "--format", "csv", "--db", library)
    row = next(csv.DictReader(io.StringIO(result.stdout)))
    assert list(row) == [
        "reference_id",
        "created",
        "origin",
        "classification",
        "subject",
        "tags",
        "paragraph",
        "snippet",
        "score",
        "in_appendix",
    ]
    assert row["subject"] == "China: tea prices"
    assert row["in_appendix"] == "False"


def test_jsonl_is_one_object_a_line(invoke, library):
    lines = iran_by_date(invoke, library, "jsonl", "reference_id,origin").splitlines()
    assert [json.loads(line) for line in lines] == [
        {"reference_id": "09ANKARA16", "origin": "Embassy Ankara"},
        {"reference_id": "08ANKARA15", "origin": "Embassy Ankara"},
    ]


def test_json_is_an_array_and_json_flag_is_the_same(invoke, library):
    as_format = invoke("search", "tea", "--format", "json", "--db", library).stdout
    assert as_format == invoke("search", "tea", "--json", "--db", library).stdout
    [hit] = json.loads(as_format)
    assert hit["reference_id"] == "09BEIJING2932"
    assert hit["spans"]  # the full object, offsets included


def test_bad_formats_and_fields_exit_2_in_one_line(invoke, library):
    cases = {
        ("--format", "xml"): "Error: --format must be one of text, json, jsonl, csv, not 'xml'\n",
        ("--format", "csv", "--fields", "reference_id,nope"): "Error: unknown field 'nope'; fields: ",
        ("--fields", "reference_id"): "Error: --fields goes with --format json, jsonl or csv\n",
        ("--json", "--format", "csv"): "Error: --json and --format csv ask for two formats: give one\n",
    }
    for args, message in cases.items():
        result = invoke("search", "tea", *args, "--db", library)
        assert result.exit_code == 2, args
        assert result.output.startswith(message), result.output


def test_the_hit_fields_named_in_help_are_the_search_hit_fields():
    from dataclasses import fields

    from cablescope.commands.export import HIT_FIELDS
    from cablescope.store import SearchHit

    assert tuple(field.name for field in fields(SearchHit)) == HIT_FIELDS
