"""One test per hook, each with an inline plugin registered in try/finally (datasette's pattern).

``test_plugins_meta.py`` checks that every hookspec has a ``test_hook_<name>`` here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import typer
from rich.text import Text
from sample_plugins import registered

from cablescope import plugins
from cablescope.api import (
    Annotation,
    Cable,
    Fact,
    Paragraph,
    Post,
    Reader,
    View,
    ViewContext,
    canonical_reference_id,
    hookimpl,
)
from cablescope.parse.posts import POSTS

CABLE = Cable(
    reference_id="09TESTPOST7",
    paragraphs=[
        Paragraph(number=1, marking="C", text="The minister met the envoy in Geneva.", start=0, end=37),
        Paragraph(number=2, marking="S", text="XXXXXXXXXXXX said nothing.", start=38, end=64),
    ],
)


class LinesReader(Reader):
    name = "lines"
    extensions = (".lines",)

    def sniff(self, head: str, path: Path | None) -> float:
        return 1.0 if head.startswith("LINES\n") else 0.0

    def read(self, path: Path) -> Iterator[Cable]:
        for number, line in enumerate(path.read_text().splitlines()[1:], start=1):
            yield Cable(reference_id=f"09LINES{number}", subject=line)


class ShoutView(View):
    name = "shout"
    title = "Shout"
    key = "S"

    def render(self, cable, context):
        return Text(cable.paragraphs[0].text.upper())

    def data(self, cable, context):
        return {"view": self.name, "first": cable.paragraphs[0].text.upper()}


def test_hook_register_readers(fresh_plugins, tmp_path):
    from cablescope.readers import read_path

    class Plugin:
        __name__ = "lines_plugin"

        @staticmethod
        @hookimpl
        def register_readers(register):
            register(LinesReader())

    with registered(Plugin(), "lines_plugin"):
        readers = {reader.name: reader for reader in plugins.get_readers()}
        assert readers["lines"].plugin == "lines_plugin"
        source = tmp_path / "two.lines"
        source.write_text("LINES\nfirst subject\nsecond subject\n")
        cables = list(read_path(source))
        assert [(c.reference_id, c.subject) for c in cables] == [
            ("09LINES1", "first subject"),
            ("09LINES2", "second subject"),
        ]
    assert "lines" not in {reader.name for reader in plugins.get_readers()}


def test_hook_register_posts(fresh_plugins, tmp_path):
    from cablescope.readers import read_path

    class Plugin:
        @staticmethod
        @hookimpl
        def register_posts(register):
            register(Post("KHOBAR", "Consulate Khobar", ("AL KHOBAR",)))

    source = tmp_path / "cable.txt"
    source.write_text(
        "R 011200Z MAR 09\nFM AMEMBASSY RIYADH\n\nSUBJECT: GULF PORTS\n\n"
        "REF: A. AL KHOBAR 12 B. 08 KHOBAR 7\n\n1. (U) Text.\n"
    )
    assert "KHOBAR" not in POSTS
    with registered(Plugin(), "gulf_posts"):
        assert [(p.name, p.plugin) for p in plugins.get_posts()] == [("KHOBAR", "gulf_posts")]
        assert next(read_path(source)).references == ["09KHOBAR12", "08KHOBAR7"]
        assert canonical_reference_id("09AL KHOBAR 12") == "09KHOBAR12"
    assert plugins.get_posts() == []
    assert "KHOBAR" not in POSTS


def test_hook_register_posts_refuses_a_spelling_of_another_post(fresh_plugins):
    class Plugin:
        @staticmethod
        @hookimpl
        def register_posts(register):
            register(Post("LUTETIA", "Embassy Lutetia", ("PARIS",)))

    with registered(Plugin(), "bad_posts"):
        assert plugins.get_posts() == []
        (failure,) = [f for f in plugins.plugin_failures() if f.plugin == "bad_posts"]
        assert "spelling 'PARIS' of post 'LUTETIA' already names post 'PARIS'" in failure.message
        assert POSTS.resolve("PARIS") == "PARIS"


def test_hook_register_views(fresh_plugins):
    class Plugin:
        @staticmethod
        @hookimpl
        def register_views(register):
            register(ShoutView())

    with registered(Plugin(), "shouting"):
        view = plugins.get_views()["shout"]
        assert (view.title, view.key, view.plugin) == ("Shout", "S", "shouting")
        assert view.render(CABLE, ViewContext()).plain == "THE MINISTER MET THE ENVOY IN GENEVA."
        assert view.data(CABLE, ViewContext()) == {
            "view": "shout",
            "first": "THE MINISTER MET THE ENVOY IN GENEVA.",
        }
    assert "shout" not in plugins.get_views()


def test_hook_register_commands(run_cli):
    class Plugin:
        @staticmethod
        @hookimpl
        def register_commands(cli):
            @cli.command(name="hello")
            def hello(name: str = typer.Argument("world")) -> None:
                """Say hello."""
                typer.echo(f"Hello, {name}!")

    plugins.load_plugins()
    with registered(Plugin(), "greeter"):
        result = run_cli("hello", "cables")
        assert result.exit_code == 0, result.output
        assert result.stdout == "Hello, cables!\n"
        assert "hello" in run_cli("--help").stdout
    # Unregistering a plugin takes its commands away with it.
    assert run_cli("hello").exit_code == 2


def test_hook_annotate_paragraphs(fresh_plugins):
    class Plugin:
        @staticmethod
        @hookimpl
        def annotate_paragraphs(cable):
            marks = []
            for paragraph in cable.paragraphs:
                start = paragraph.text.find("XXXXXXXXXXXX")
                if start >= 0:
                    marks.append(
                        Annotation(
                            paragraph=paragraph.number,
                            start=start,
                            end=start + 12,
                            style="reverse",
                            label="redaction",
                        )
                    )
            return marks

    with registered(Plugin(), "redactions"):
        ours = [a for a in plugins.annotate(CABLE) if a.plugin == "redactions"]
        assert [(a.paragraph, a.start, a.end, a.label) for a in ours] == [(2, 0, 12, "redaction")]


def test_hook_index_facts(fresh_plugins):
    class Plugin:
        @staticmethod
        @hookimpl
        def index_facts(cable):
            facts = []
            for paragraph in cable.paragraphs:
                start = paragraph.text.find("Geneva")
                if start >= 0:
                    facts.append(
                        Fact(
                            kind="place", key="Geneva", paragraph=paragraph.number, start=start, end=start + 6
                        )
                    )
            return facts

    with registered(Plugin(), "places"):
        ours = [f for f in plugins.facts(CABLE) if f.plugin == "places"]
        assert [(f.kind, f.key, f.paragraph, f.start, f.end) for f in ours] == [
            ("place", "Geneva", 1, 30, 36)
        ]
