"""The appendix view: JSON and Rich output on the seed, hostile text, and the ``diff`` command."""

from __future__ import annotations

import json

from appendix_pages import PAGE_FACTS, PAGES, make_page
from rich.console import Console
from typer.testing import CliRunner

from cablescope import cli, ingest
from cablescope.api import ViewContext, open_store, parse_cable, read_path
from cablescope_appendix.view import AppendixView


def rendered(renderable, width: int = 100) -> str:
    console = Console(width=width, record=True, color_system=None)
    console.print(renderable)
    return console.export_text()


def run(*args: str):
    cli.load_plugin_commands(list(args))
    return CliRunner().invoke(cli.app, list(args), prog_name="cablescope")


def test_appendix_view_registered():
    view = AppendixView()
    assert (view.name, view.title, view.key) == ("appendix", "Appendix", "A")


def test_appendix_view_json_on_seed(seed_path):
    (cable,) = list(read_path(seed_path))
    data = AppendixView().data(cable, ViewContext())
    assert data["reference_id"] == "09BEIJING2932"
    assert data["has_appendix"] is True
    assert data["parser"] == {"offset": 8052, "signal": "© Scoop Media", "agrees": True}
    assert data["boundary"] == {
        "offset": 8052,
        "line": 168,
        "signal": "copyright",
        "text": "© Scoop Media",
        "signals": [
            {"kind": "copyright", "text": "© Scoop Media", "offset": 8052, "line": 168},
            {"kind": "heading", "text": "World Headlines", "offset": 8067, "line": 170},
            {"kind": "more-run", "text": "6 items ending in More>>", "offset": 8085, "line": 173},
        ],
        "cable_chars": 8052,
        "appendix_chars": 2120,
    }
    assert data["item_count"] == 6
    assert [(s["title"], [i["source"] for i in s["items"]]) for s in data["sections"]] == [
        ("World Headlines", ["UN News", "Save The Children", "IPPPR"]),
        ("Focus On: UN SDGs", ["ILO Voices", "UN", "Study"]),
    ]
    first = data["sections"][0]["items"][0]
    assert first["headline"] == "Vaccine Inequity Triggers ‘Huge Disconnect’ Between Countries"
    assert (first["marker"], first["truncated"], first["start"], first["end"]) == ("More>>", True, 8085, 8427)
    capture = data["capture"]
    assert (capture["estimate"], capture["confidence"], capture["latest"]) == (
        "2021-05",
        "high",
        "2021-05-11",
    )
    assert (capture["cable_created"], capture["months_after_cable"], capture["after_cable"]) == (
        "2009-10-22",
        139,
        "11½ years",
    )
    assert capture["evidence"][:2] == [
        {"text": "6 May 2021", "kind": "explicit", "date": "2021-05-06", "items": [6], "note": ""},
        {
            "text": "11 May",
            "kind": "year-inferred",
            "date": "2021-05-11",
            "items": [5],
            "note": "year 2021 from '6 May 2021'",
        },
    ]
    related = data["relatedness"]
    assert (related["verdict"], related["score"], related["shared_entities"]) == (
        "low",
        0.102,
        ["China", "United States"],
    )
    assert data["page_diff"] is None
    assert (
        data["page_diff_note"]
        == "no index to look for other pages in (give --against PATH_OR_REFID or --db FILE)"
    )
    json.dumps(data)  # JSON-ready as it stands


def test_appendix_view_json_without_appendix():
    name = "scoop-nairobi-no-appendix.txt"
    cable = make_page((PAGES / name).read_text(encoding="utf-8"), *PAGE_FACTS[name])
    assert AppendixView().data(cable, ViewContext()) == {
        "view": "appendix",
        "reference_id": "09NAIROBI1130",
        "has_appendix": False,
        "parser": None,
        "message": "no appendix: no copyright line, furniture heading or run of More>> items",
    }


def test_appendix_view_render_on_seed(seed_path):
    (cable,) = list(read_path(seed_path))
    lines = rendered(AppendixView().render(cable, ViewContext())).splitlines()
    assert lines[0] == (
        "09BEIJING2932: appendix from line 168 (offset 8052), decided by the copyright line “© Scoop Media”"
    )
    assert lines[2:4] == [
        "  society, Ni argued, the Iranian leadership would not make",
        "  concessions without meaningful and visible compensation.",
    ]
    assert lines[4] == "─" * 34 + " ✂ cable ends · appendix begins " + "─" * 34
    assert [line.rstrip() for line in lines[5:15]] == [
        "    6 items in 2 sections",
        "    World Headlines",
        "  1 UN News: Vaccine Inequity Triggers ‘Huge Disconnect’ Between Countries",
        "  2 Save The Children: Almost 60 Children Killed In Gaza In The Last Week Alone",
        (
            "  3 IPPPR: The Independent Panel Calls For Urgent Reform Of Pandemic Prevention And Response"
            " Systems"
        ),
        "    Focus On: UN SDGs",
        "  4 ILO Voices: A Future With Hope, Free From Bonded Labour",
        "  5 UN: Economic Recovery Under Threat Amid Surging COVID Cases And Lagging Vaccination In Poorer",
        "    Countries",
        "  6 Study: Cut Methane Emissions To Avert Global Temperature Rise",
    ]
    assert [line.rstrip() for line in lines[15:18]] == [
        "Captured: 2021-05 (high confidence), 11½ years after the cable (2009-10-22)",
        "  • 6 May 2021 (item 6): dated 2021-05-06",
        "  • 11 May (item 5) → 2021-05-11, year 2021 from '6 May 2021'",
    ]
    assert (
        "Related to the cable: low (cosine 0.102, Jaccard 0.048; 20 of 125 appendix words occur in the cable)"
        in lines
    )
    assert "  shared names China, United States" in [line.rstrip() for line in lines]


def test_appendix_view_hostile_text_is_not_markup():
    text = (
        "1. (U) A cable.\n\n© Scoop Media\n\nWorld Headlines\n\n"
        "[bold red]Wire[/]: Head \x1b[31mline[link=http://x]y[/link]\n\nLead one ... More>>\n"
    )
    cable = make_page(text, "10TESTPOST1", None)
    output = rendered(AppendixView().render(cable, ViewContext()))
    assert "[bold red]Wire[/]" in output
    assert "Head line[link=http://x]y[/link]" in output
    assert "\x1b" not in output


def test_appendix_view_diff_command_json_with_library(tmp_path):
    db = tmp_path / "library.db"
    with open_store(db) as store:
        for name in ("scoop-reykjavik-fisheries.txt", "scoop-vilnius-power-links.txt"):
            ingest.add(store, parse_cable((PAGES / name).read_text(encoding="utf-8")))
    result = run("diff", "08REYKJAVIK215", "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["page_diff"]["against"] == "10VILNIUS77"
    assert data["page_diff"]["chosen"] == "most-similar"
    assert data["page_diff"]["unified"][2] == "@@ -2,8 +2,6 @@"
    assert data["capture"]["estimate"] == "2019-03"


def test_appendix_view_diff_command_side_by_side(tmp_path):
    this = PAGES / "scoop-reykjavik-fisheries.txt"
    other = PAGES / "scoop-vilnius-power-links.txt"
    result = run("diff", str(this), "--against", str(other), "--side-by-side")
    assert result.exit_code == 0, result.output
    assert "Against 10VILNIUS77 (given; line similarity 0.636)" in result.output
    assert "  shared furniture (2):" in result.output
    assert "  only on 10VILNIUS77 (2):" in result.output


def test_appendix_view_appendix_command_and_bad_against(tmp_path, seed_path):
    seed = str(seed_path)
    assert run("appendix", seed, "--json").exit_code == 0
    result = run("diff", seed, "--against", str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
