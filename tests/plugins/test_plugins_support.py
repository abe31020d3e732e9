"""The command helpers plugins get from cablescope.api.

fail, open_store, load_targets, emit_view and run_view_command.
"""

from __future__ import annotations

import json
import shutil

import pytest
import typer
from rich.text import Text
from sample_plugins import registered

from cablescope import api, ingest, plugins
from cablescope.api import View, ViewContext
from cablescope.config import default_db_path
from cablescope.store import Store


class IdView(View):
    name = "ids"
    title = "Ids"
    key = "I"

    def render(self, cable, context):
        return Text(f"id={cable.reference_id} store={'yes' if context.store else 'no'}")

    def data(self, cable, context):
        return {
            "view": "ids",
            "reference_id": cable.reference_id,
            "created": cable.created,
            "origins": {cable.origin},
        }


@pytest.fixture
def seed_library(seed_path):
    with Store(default_db_path()) as store:
        ingest.index(store, [seed_path])
    return default_db_path()


@pytest.fixture
def id_view(fresh_plugins):
    class Plugin:
        @staticmethod
        @api.hookimpl
        def register_views(register):
            register(IdView())

    plugins.pm.register(Plugin(), name="ids-plugin")
    yield
    plugins.pm.unregister(name="ids-plugin")


def test_fail_prints_one_line_and_exits_with_the_code(capsys):
    with pytest.raises(typer.Exit) as exited:
        api.fail("first line\nsecond line", code=4)
    assert exited.value.exit_code == 4
    assert capsys.readouterr().err == "Error: first line second line\n"


def test_load_targets_reads_a_folder_and_reports_the_files_it_skips(tmp_path, seed_path, capsys):
    shutil.copy(seed_path, tmp_path / "seed.txt")
    (tmp_path / "broken.html").write_bytes(b"\x00\x01 not a cable")
    cables = api.load_targets(str(tmp_path), None)
    assert [c.reference_id for c in cables] == ["09BEIJING2932"]
    err = capsys.readouterr().err
    assert err.startswith(f"Skipped {tmp_path / 'broken.html'}: ")
    assert len(err.splitlines()) == 1


def test_load_targets_looks_a_reference_id_up_in_the_library(seed_library):
    (cable,) = api.load_targets("09BEIJING2932", None)
    assert (cable.reference_id, cable.origin) == ("09BEIJING2932", "Embassy Beijing")


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("09BEIJING9999", "Error: no cable 09BEIJING9999 in the library at {db}\n"),
        ("not-a-cable", "Error: not-a-cable: no such file or folder, and not a reference id\n"),
    ],
)
def test_load_targets_fails_in_one_line(seed_library, capsys, target, message):
    with pytest.raises(typer.Exit) as exited:
        api.load_targets(target, None)
    assert exited.value.exit_code == 1
    assert capsys.readouterr().err == message.format(db=seed_library)


def test_load_targets_without_a_library_says_so(capsys):
    with pytest.raises(typer.Exit):
        api.load_targets("09BEIJING2932", None)
    assert capsys.readouterr().err == (
        f"Error: 09BEIJING2932: no such file, and no library at {default_db_path()} "
        "to look the reference id up in\n"
    )


def test_open_store_refuses_a_file_that_is_not_a_library(tmp_path, capsys):
    junk = tmp_path / "junk.db"
    junk.write_text("this is not sqlite " * 100)
    with pytest.raises(typer.Exit):
        api.open_store(junk, create=False)
    err = capsys.readouterr().err
    assert err.startswith(f"Error: {junk} is not a cablescope library: ") and err.count("\n") == 1


def test_open_store_without_create_needs_an_existing_library(tmp_path, capsys):
    with pytest.raises(typer.Exit):
        api.open_store(tmp_path / "none.db", create=False)
    assert capsys.readouterr().err == (
        f"Error: no library at {tmp_path / 'none.db'}: index some cables first with `cablescope index PATH`\n"
    )


def test_emit_view_prints_json_lines_for_several_cables_and_one_object_for_one(id_view, seed_path, capsys):
    view = plugins.get_views()["ids"]
    (seed,) = api.load_targets(str(seed_path), None)
    capsys.readouterr()
    api.emit_view(view, [seed, seed], ViewContext(), as_json=True)
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == [
        {
            "view": "ids",
            "reference_id": "09BEIJING2932",
            "created": "2009-10-22T12:03:00+00:00",
            "origins": ["Embassy Beijing"],
        },
    ] * 2
    api.emit_view(view, [seed], ViewContext(), as_json=True)
    out = capsys.readouterr().out
    assert out.startswith('{\n  "view": "ids",') and json.loads(out)["reference_id"] == "09BEIJING2932"


def test_run_view_command_gives_the_view_the_library_when_there_is_one(id_view, seed_library, capsys):
    api.run_view_command("ids", "09BEIJING2932")
    assert capsys.readouterr().out == "id=09BEIJING2932 store=yes\n"


def test_run_view_command_needs_a_cable_for_a_cable_view(id_view, capsys):
    with pytest.raises(typer.Exit):
        api.run_view_command("ids", None)
    assert (
        capsys.readouterr().err
        == "Error: the ids view needs a cable: give a file, a folder or a reference id\n"
    )


def test_run_view_command_with_tui_opens_the_explorer_on_the_cable_and_view(id_view, seed_path, monkeypatch):
    from cablescope.app import launch

    calls = []
    monkeypatch.setattr(launch, "launch_explorer", lambda **kwargs: calls.append(kwargs) or 0)
    with pytest.raises(typer.Exit) as exited:
        api.run_view_command("ids", str(seed_path), tui=True)
    assert exited.value.exit_code == 0
    assert calls == [
        {
            "db": None,
            "paths": (seed_path,),
            "doc": "09BEIJING2932",
            "view": "ids",
            "query": None,
            "view_options": {},
        }
    ]


def test_run_view_command_with_tui_passes_the_search_and_the_view_options(id_view, seed_library, monkeypatch):
    from cablescope.app import launch

    calls = []
    monkeypatch.setattr(launch, "launch_explorer", lambda **kwargs: calls.append(kwargs) or 0)
    with pytest.raises(typer.Exit):
        api.run_view_command(
            "ids",
            "09BEIJING2932",
            tui=True,
            query="embassy AND beijing",
            options={"against": "10VILNIUS77", "side_by_side": True},
        )
    assert calls == [
        {
            "db": None,
            "paths": (),
            "doc": "09BEIJING2932",
            "view": "ids",
            "query": "embassy AND beijing",
            "view_options": {"against": "10VILNIUS77", "side_by_side": True},
        }
    ]


def test_run_view_command_gives_the_printed_view_its_options_and_search(fresh_plugins, seed_path, capsys):
    class ContextView(View):
        name = "context"
        title = "Context"
        key = "C"

        def render(self, cable, context):
            return Text(f"by={context.options['by']} query={context.query}")

    class Plugin:
        @staticmethod
        @api.hookimpl
        def register_views(register):
            register(ContextView())

    with registered(Plugin(), "context-plugin"):
        api.run_view_command("context", str(seed_path), options={"by": "year"}, query="pipeline")
    assert capsys.readouterr().out == "by=year query=pipeline\n"


def test_emit_view_prints_a_plain_string_literally_never_as_markup(fresh_plugins, capsys):
    class EchoSubject(View):
        name = "echo"
        title = "Echo"
        key = "E"

        def render(self, cable, context):
            return f"Subject: {cable.subject}"

    cable = api.Cable(reference_id="09TESTPOST9", subject="[bold]loud[/bold] \x1b[2Jcleared")
    api.emit_view(EchoSubject(), [cable], ViewContext(), as_json=False)
    assert capsys.readouterr().out == "Subject: [bold]loud[/bold] cleared\n"
