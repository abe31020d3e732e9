"""The references view and ``cablescope refs``: JSON, Rich output, the explorer widget and its keys."""

from __future__ import annotations

import io
import json

from rich.console import Console
from textual.app import App, ComposeResult
from typer.testing import CliRunner

from cablescope import cli
from cablescope.api import Cable, HighlightSpans, OpenCable, ViewContext, open_store
from cablescope_references.view import ReferencesView
from cablescope_references.widget import ReferenceList


def rendered(renderable, width: int = 100) -> str:
    console = Console(file=io.StringIO(), width=width, record=True, color_system=None)
    console.print(renderable)
    return console.export_text()


def run(*args: str):
    cli.load_plugin_commands(list(args))
    return CliRunner().invoke(cli.app, list(args), prog_name="cablescope")


def test_refs_view_registered():
    view = ReferencesView()
    assert (view.name, view.title, view.key, view.needs_cable) == ("references", "References", "R", True)


def test_refs_json_with_index(refs_library, synthetic_cables):
    with open_store(refs_library, create=False) as store:
        data = ReferencesView().data(synthetic_cables["09BEIJING2990"], ViewContext(store=store))
    assert data == {
        "view": "references",
        "reference_id": "09BEIJING2990",
        "indexed": True,
        "references": [
            {
                "label": "A",
                "raw": "BEIJING 2932",
                "reference_id": "09BEIJING2932",
                "kind": "cable",
                "present_in_corpus": True,
                "cable": {
                    "reference_id": "09BEIJING2932",
                    "created": "2009-10-22",
                    "origin": "Embassy Beijing",
                    "subject": "Prc/Iran: Premier Wen Pushes Rahimi On Dialogue;",
                },
                "mentioned_in": [1],
            },
            {
                "label": "B",
                "raw": "08 STATE 1234 (NOTAL)",
                "reference_id": "08STATE1234",
                "kind": "cable",
                "present_in_corpus": False,
                "cable": None,
                "mentioned_in": [2],
            },
            {
                "label": "C",
                "raw": "PARKER/NI E-MAIL 10/30/09",
                "reference_id": None,
                "kind": "email",
                "present_in_corpus": None,
                "cable": None,
                "mentioned_in": [],
            },
            {
                "label": "D",
                "raw": "BEIJING 2950",
                "reference_id": "09BEIJING2950",
                "kind": "cable",
                "present_in_corpus": True,
                "cable": {
                    "reference_id": "09BEIJING2950",
                    "created": "2009-10-28",
                    "origin": "Embassy Beijing",
                    "subject": "FOLLOW-UP ON WEN AND RAHIMI",
                },
                "mentioned_in": [2],
            },
        ],
        "cited_by": [
            {
                "reference_id": "10BEIJING12",
                "created": "2010-01-04",
                "origin": "Embassy Beijing",
                "subject": "IRAN: THE YEAR AHEAD",
            }
        ],
        "same_origin": {
            "previous": {
                "reference_id": "09BEIJING2950",
                "created": "2009-10-28",
                "origin": "Embassy Beijing",
                "subject": "FOLLOW-UP ON WEN AND RAHIMI",
            },
            "next": {
                "reference_id": "10BEIJING12",
                "created": "2010-01-04",
                "origin": "Embassy Beijing",
                "subject": "IRAN: THE YEAR AHEAD",
            },
        },
    }


def test_refs_json_without_index_leaves_presence_unknown(synthetic_cables):
    data = ReferencesView().data(synthetic_cables["10BEIJING12"], ViewContext())
    assert data == {
        "view": "references",
        "reference_id": "10BEIJING12",
        "indexed": False,
        "references": [
            {
                "label": None,
                "raw": "09 BEIJING 2990",
                "reference_id": "09BEIJING2990",
                "kind": "cable",
                "present_in_corpus": None,
                "cable": None,
                "mentioned_in": [1],
            }
        ],
        "cited_by": None,
        "same_origin": {"previous": None, "next": None},
    }


def test_refs_cli_cited_by_json(refs_library):
    result = run("refs", "09BEIJING2932", "--cited-by", "--json", "--db", str(refs_library))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "view": "references",
        "reference_id": "09BEIJING2932",
        "indexed": True,
        "cited_by": [
            {
                "reference_id": "09SHANGHAI400",
                "created": "2009-10-25",
                "origin": "Consulate Shanghai",
                "subject": "SHANGHAI VIEWS OF THE SCO MEETINGS",
            },
            {
                "reference_id": "09BEIJING2950",
                "created": "2009-10-28",
                "origin": "Embassy Beijing",
                "subject": "FOLLOW-UP ON WEN AND RAHIMI",
            },
            {
                "reference_id": "09BEIJING2990",
                "created": "2009-11-05",
                "origin": "Embassy Beijing",
                "subject": "IRAN: MFA ON NEXT STEPS",
            },
        ],
    }


def test_refs_cli_listing(refs_library):
    result = run("refs", "09SHANGHAI400", "--db", str(refs_library))
    assert result.exit_code == 0, result.output
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert lines[:6] == [
        "References of 09SHANGHAI400",
        "",
        "Cites 2 items, 1 cable, 1 in the index",
        "A  09BEIJING2932         ● in index   2009-10-22  Embassy Beijing  Prc/Iran: Pr…",
        "B  meeting                            TELCON POLOFF/NI 10/24",
        "",
    ]
    assert lines[6] == "Cited by no cable in the index"


def test_refs_cli_answers_to_the_view_name_too(refs_library):
    result = run("references", "10BEIJING12", "--json", "--db", str(refs_library))
    assert result.exit_code == 0, result.output
    assert [r["reference_id"] for r in json.loads(result.stdout)["references"]] == ["09BEIJING2990"]


def test_refs_cli_unknown_reference_is_one_line(refs_library):
    result = run("refs", "09BEIJING9999", "--db", str(refs_library))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: no cable 09BEIJING9999 in the library at {refs_library}"
    ]


def test_refs_render_marks_missing_cables(refs_library, synthetic_cables):
    with open_store(refs_library, create=False) as store:
        text = rendered(
            ReferencesView().render(synthetic_cables["09BEIJING2990"], ViewContext(store=store)), 120
        )
    assert "B  08STATE1234           ○ missing    08 STATE 1234 (NOTAL)" in text
    assert "C  email                              PARKER/NI E-MAIL 10/30/09" in text
    assert "Same origin: < 09BEIJING2950   10BEIJING12 >" in text


class RefsApp(App):
    """Just the view's widget, as the explorer mounts it; records the OpenCable messages it gets."""

    def __init__(self, cable: Cable, context: ViewContext) -> None:
        super().__init__()
        self.cable = cable
        self.context = context
        self.opened: list[str] = []
        self.highlighted: list[tuple[str, list[tuple[int | None, int, int]]]] = []

    def compose(self) -> ComposeResult:
        yield ReferencesView().widget(self.cable, self.context)

    def on_mount(self) -> None:
        self.query_one(ReferenceList).focus()

    def on_open_cable(self, message: OpenCable) -> None:
        self.opened.append(message.reference_id)

    def on_highlight_spans(self, message: HighlightSpans) -> None:
        self.highlighted.append((message.label, message.spans))


async def test_refs_widget_enter_and_same_origin_keys(refs_library, synthetic_cables, workers_finished):
    with open_store(refs_library, create=False) as store:
        app = RefsApp(synthetic_cables["09BEIJING2990"], ViewContext(store=store))
        async with app.run_test(size=(100, 30)) as pilot:
            await workers_finished(app)
            await pilot.pause()
            await pilot.press("enter")  # item A: the seed, in the index
            await pilot.press("j", "enter")  # item B: missing, says so and stays
            await pilot.press("j", "enter")  # item C: an email
            await pilot.press("j", "enter")  # item D: 09BEIJING2950
            await pilot.press("G", "enter")  # the last row: cited by 10BEIJING12
            await pilot.press("greater_than_sign", "less_than_sign")
            await pilot.pause()
            notes = [n.message for n in app._notifications]
    assert app.opened == ["09BEIJING2932", "09BEIJING2950", "10BEIJING12", "10BEIJING12", "09BEIJING2950"]
    assert notes == ["08STATE1234 is not in the index.", "This reference is not a cable."]


async def test_refs_widget_h_highlights_where_the_text_cites_an_item(
    refs_library, synthetic_cables, workers_finished
):
    with open_store(refs_library, create=False) as store:
        app = RefsApp(synthetic_cables["09BEIJING2990"], ViewContext(store=store))
        async with app.run_test(size=(100, 30)) as pilot:
            await workers_finished(app)
            await pilot.pause()
            await pilot.press("h", "j", "h", "j", "h")  # items A, B, C
            await pilot.press("G", "h")  # a citing cable, not an item of this one
            await pilot.pause()
            notes = [n.message for n in app._notifications]
    # "As reported in REF A, …" and "Per reftels B and D, …"
    assert app.highlighted == [("REF A", [(1, 15, 20)]), ("REF B", [(2, 4, 19)])]
    assert notes == ["The text never mentions REF C.", "Pick one of the cable's own references (above)."]


async def test_refs_widget_without_index_says_neighbours_are_unknown(synthetic_cables, workers_finished):
    app = RefsApp(synthetic_cables["10BEIJING12"], ViewContext())
    async with app.run_test(size=(100, 30)) as pilot:
        await workers_finished(app)
        await pilot.pause()
        await pilot.press("enter", "greater_than_sign")
        await pilot.pause()
        notes = [n.message for n in app._notifications]
    assert app.opened == []
    assert notes == [
        "No index to open 09BEIJING2990 from.",
        "No index: the same-origin neighbours are unknown.",
    ]


def test_refs_widget_snapshot(snap_compare, workers_done, refs_library, synthetic_cables):
    store = open_store(refs_library, create=False)
    app = RefsApp(synthetic_cables["09BEIJING2990"], ViewContext(store=store))

    try:
        assert snap_compare(app, terminal_size=(100, 30), run_before=workers_done)
    finally:
        store.close()


def test_refs_hostile_text_shows_literally():
    cable = Cable(
        reference_id="09HOSTILE1",
        text=(
            "SUBJECT: X\n\nREF: A. [bold]PWNED[/bold] \x1b[31mRED\x1b[0m E-MAIL\x07 "
            "[@click=app.quit]NOW[/]\n\n"
        ),
    )
    text = rendered(ReferencesView().render(cable, ViewContext()), 120)
    assert (
        "A  email                              [bold]PWNED[/bold] RED E-MAIL [@click=app.quit]NOW[/]" in text
    )
    assert "\x1b" not in text and "\x07" not in text
