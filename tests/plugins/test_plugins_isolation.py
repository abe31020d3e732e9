"""A broken plugin is disabled and reported with its name and the error; everything else keeps working."""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import pytest
from rich.text import Text
from sample_plugins import exploding, install, line_of, registered, source

from cablescope import plugins
from cablescope.api import Annotation, Cable, Paragraph, Reader, View, ViewContext, hookimpl

CABLE = Cable(
    reference_id="09TESTPOST8",
    paragraphs=[Paragraph(number=1, marking="U", text="Nothing to report.", start=0, end=18)],
)


def write(folder: Path, name: str, source: str) -> Path:
    path = folder / f"{name}.py"
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    return path


def info(name: str) -> plugins.PluginInfo:
    (found,) = [i for i in plugins.plugin_report(include_core=True) if i.name == name]
    return found


def test_a_directory_plugin_loads_with_its_name_version_and_hooks(fresh_plugins, plugins_dir):
    install(plugins_dir, "good")
    plugins.load_plugins(plugins_dir)
    good = info("good")
    assert good.as_json() == {
        "name": "good",
        "version": "2.0",
        "source": "directory",
        "hooks": ["register_views", "annotate_paragraphs"],
        "status": "ok",
        "error": None,
    }
    assert good.origin == str(plugins_dir / "good.py")
    assert plugins.get_views()["good"].plugin == "good"
    assert [(a.plugin, a.gutter) for a in plugins.annotate(CABLE) if a.plugin == "good"] == [("good", "ok")]


def test_the_default_plugins_folder_is_loaded(fresh_plugins, isolated_home):
    from cablescope.config import default_plugins_dir

    folder = default_plugins_dir()
    folder.mkdir(parents=True)
    install(folder, "good")
    assert plugins.get_views()["good"].plugin == "good"
    assert info("good").source == "directory"


def test_a_plugin_that_raises_on_import_is_reported_and_the_rest_loads(fresh_plugins, plugins_dir):
    write(plugins_dir, "broken", 'import os\nraise RuntimeError("boom at import")\n')
    install(plugins_dir, "good")
    plugins.load_plugins(plugins_dir)
    broken = info("broken")
    assert broken.status == "failed"
    assert broken.error == "import: RuntimeError: boom at import (broken.py line 2)"
    assert [f.message for f in plugins.plugin_failures() if f.plugin == "broken"] == [
        "plugin 'broken' not loaded (import): RuntimeError: boom at import (broken.py line 2)"
    ]
    assert "good" in plugins.get_views()
    assert "broken" not in dict(plugins.pm.list_name_plugin())


def test_a_syntax_error_and_a_sys_exit_at_import_are_reported(fresh_plugins, plugins_dir):
    write(plugins_dir, "typo", "def register_views(register)\n    pass\n")
    write(plugins_dir, "quitter", "import sys\nsys.exit(3)\n")
    install(plugins_dir, "good")
    plugins.load_plugins(plugins_dir)
    assert info("typo").error == "import: SyntaxError: expected ':' (typo.py line 1)"
    assert info("quitter").error == "import: SystemExit: 3 (quitter.py line 2)"
    assert "good" in plugins.get_views()


def test_a_plugin_with_an_unknown_hook_is_reported_with_a_suggestion(fresh_plugins, plugins_dir):
    write(
        plugins_dir,
        "misspelt",
        """
        from cablescope.api import hookimpl

        @hookimpl
        def register_view(register):
            pass
        """,
    )
    install(plugins_dir, "good")
    plugins.load_plugins(plugins_dir)
    misspelt = info("misspelt")
    assert misspelt.error == "validation: unknown hook 'register_view' (did you mean 'register_views'?)"
    assert misspelt.hooks == ["register_view"]
    assert plugins.pm.get_plugin("misspelt") is None
    assert "good" in plugins.get_views()


def test_a_hook_with_a_bad_signature_is_reported(fresh_plugins, plugins_dir):
    write(
        plugins_dir,
        "wrongargs",
        """
        from cablescope.api import hookimpl

        @hookimpl
        def annotate_paragraphs(cable, colour):
            return []
        """,
    )
    plugins.load_plugins(plugins_dir)
    error = info("wrongargs").error
    assert error.startswith("validation: Plugin 'wrongargs' for hook 'annotate_paragraphs'; ")
    assert "{'colour'} are declared in the hookimpl but can not be found in the hookspec" in error


def test_a_plugin_that_raises_in_a_hook_is_disabled_and_the_others_still_run(fresh_plugins, plugins_dir):
    install(plugins_dir, "good")
    write(
        plugins_dir,
        "flaky",
        """
        from rich.text import Text
        from cablescope.api import View, hookimpl

        class FlakyView(View):
            name = "flaky"
            title = "Flaky"
            key = "F"
            def render(self, cable, context):
                return Text("flaky")

        @hookimpl
        def register_views(register):
            register(FlakyView())

        @hookimpl
        def annotate_paragraphs(cable):
            return [1 / 0]
        """,
    )
    plugins.load_plugins(plugins_dir)
    assert {"good", "flaky"} <= set(plugins.get_views())
    annotations = plugins.annotate(CABLE)
    assert [a.plugin for a in annotations if a.plugin in ("good", "flaky")] == ["good"]
    flaky = info("flaky")
    assert flaky.error == "hook annotate_paragraphs: ZeroDivisionError: division by zero (flaky.py line 18)"
    # Disabled means unregistered: its view is gone too, the good plugin's is not.
    assert "flaky" not in plugins.get_views()
    assert "good" in plugins.get_views()
    # The next call does not raise again or report again.
    plugins.annotate(CABLE)
    assert len([f for f in plugins.plugin_failures() if f.plugin == "flaky"]) == 1


def test_a_plugin_that_raises_in_a_view_is_reported_and_the_view_stays(fresh_plugins):
    with registered(exploding, "exploder"):
        view = plugins.get_views()["exploding"]
        with pytest.raises(plugins.PluginError) as raised:
            plugins.call_view(view, "render", CABLE, ViewContext())
        assert str(raised.value) == (
            "plugin 'exploder' failed (view 'exploding' render on 09TESTPOST8): "
            f"LookupError: view broke (exploding.py line {line_of('exploding', 'raise LookupError')})"
        )
        assert raised.value.failure in plugins.plugin_failures()
        assert "exploding" in plugins.get_views()
        assert plugins.call_view(view, "data", CABLE, ViewContext()) == {"view": "exploding"}


class Named(View):
    name = "named"
    title = "Named"
    key = "N"

    def render(self, cable, context):
        return Text("named")


@pytest.mark.parametrize(
    ("view", "error"),
    [
        (
            type("NoName", (Named,), {"name": None}),
            "view NoName needs name = \"...\": lowercase letters, digits, '-' or '_', starting with a letter",
        ),
        (
            type("Spaced", (Named,), {"name": "Big Name"}),
            "view Spaced needs name = \"...\": lowercase letters, digits, '-' or '_', starting with a letter"
            " (got 'Big Name')",
        ),
        (
            type("NoTitle", (Named,), {"title": ""}),
            "view 'named' needs title = \"...\": the tab label in the explorer",
        ),
        (
            type("LongKey", (Named,), {"key": "ab"}),
            "view 'named' needs key = \"X\": one printable character (got 'ab')",
        ),
        (
            type("NoRender", (View,), {"name": "lazy", "title": "Lazy", "key": "L"}),
            "view 'lazy' must implement render(self, cable, context)",
        ),
        (
            type("Described", (Named,), {"description": 42}),
            "view 'named' has a description that is not a string",
        ),
        (dict, "register() was given dict, expected an instance of cablescope.api.View"),
    ],
)
def test_an_invalid_view_gets_a_message_saying_what_to_fix(fresh_plugins, view, error):
    class Plugin:
        @staticmethod
        @hookimpl
        def register_views(register):
            register(view())

    with registered(Plugin(), "author"):
        views = plugins.get_views()
    assert "named" not in views and "lazy" not in views
    (failure,) = [f for f in plugins.plugin_failures() if f.plugin == "author"]
    assert failure.message == f"plugin 'author' disabled (hook register_views): {error}"


def test_the_later_plugin_with_a_duplicate_view_name_is_reported(fresh_plugins):
    def plugin_with(title):
        class TitledView(Named):
            pass

        TitledView.title = title

        class Plugin:
            @staticmethod
            @hookimpl
            def register_views(register):
                register(TitledView())

        return Plugin()

    plugins.pm.register(plugin_with("First"), name="first")
    plugins.pm.register(plugin_with("Second"), name="second")
    try:
        views = plugins.get_views()
        assert (views["named"].title, views["named"].plugin) == ("First", "first")
        (failure,) = [f for f in plugins.plugin_failures() if f.plugin == "second"]
        assert failure.message == (
            "plugin 'second' disabled (hook register_views): "
            "view name 'named' is already taken by plugin 'first'"
        )
    finally:
        plugins.pm.unregister(name="first")
        plugins.pm.unregister(name="second")


@pytest.mark.parametrize(
    ("returned", "error"),
    [
        ("not a list", "returned str, expected a list of Annotation"),
        ([Annotation(paragraph=1), "x"], "returned a str in its list, expected Annotation"),
    ],
)
def test_annotations_of_the_wrong_type_disable_the_plugin(fresh_plugins, returned, error):
    class Plugin:
        @staticmethod
        @hookimpl
        def annotate_paragraphs(cable):
            return returned

    with registered(Plugin(), "sloppy"):
        assert [a for a in plugins.annotate(CABLE) if a.plugin == "sloppy"] == []
    (failure,) = [f for f in plugins.plugin_failures() if f.plugin == "sloppy"]
    assert failure.error == error


def test_the_allow_list_loads_only_the_named_plugins(fresh_plugins, plugins_dir, monkeypatch):
    install(plugins_dir, "good")
    write(plugins_dir, "other", source("good").replace('"good"', '"other"').replace('"G"', '"O"'))
    monkeypatch.setenv(plugins.LOAD_ENV, "other, markers")
    plugins.load_plugins(plugins_dir)
    names = {i.name: i.source for i in plugins.plugin_report(include_core=True)}
    assert names == {"cablescope.readers.builtin": "core", "markers": "builtin", "other": "directory"}


def test_an_empty_allow_list_loads_no_plugin_but_the_core_readers(fresh_plugins, plugins_dir, monkeypatch):
    install(plugins_dir, "good")
    monkeypatch.setenv(plugins.LOAD_ENV, "")
    plugins.load_plugins(plugins_dir)
    assert plugins.plugin_report() == []
    assert [i.name for i in plugins.plugin_report(include_core=True)] == ["cablescope.readers.builtin"]
    assert plugins.get_views() == {}
    assert {"scoop", "text"} <= {reader.name for reader in plugins.get_readers()}


def test_trace_prints_each_hook_call_with_its_duration(fresh_plugins, plugins_dir, monkeypatch, capsys):
    install(plugins_dir, "good")
    monkeypatch.setenv(plugins.LOAD_ENV, "good")
    monkeypatch.setenv(plugins.TRACE_ENV, "1")
    plugins.load_plugins(plugins_dir)
    plugins.annotate(CABLE)
    lines = [line for line in capsys.readouterr().err.splitlines() if "annotate_paragraphs" in line]
    assert len(lines) == 1
    assert lines[0].startswith("cablescope trace: annotate_paragraphs ")
    assert " ms [good " in lines[0] and lines[0].endswith(" ms]")


def test_installed_entry_points_load_outside_tests_and_are_skipped_inside(
    fresh_plugins, tmp_path, monkeypatch
):
    site = tmp_path / "site"
    (site / "cablescope_fake").mkdir(parents=True)
    (site / "cablescope_fake" / "__init__.py").write_text(source("good").replace('"good"', '"fake"'))
    dist_info = site / "cablescope_fake-1.2.3.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text("Metadata-Version: 2.1\nName: cablescope-fake\nVersion: 1.2.3\n")
    (dist_info / "entry_points.txt").write_text("[cablescope]\nfake = cablescope_fake\n")
    monkeypatch.syspath_prepend(str(site))

    plugins.load_plugins()
    assert "fake" not in {i.name for i in plugins.plugin_report()}

    plugins.unload_plugins()
    monkeypatch.delenv(plugins.SKIP_INSTALLED_ENV)
    plugins.load_plugins()
    fake = info("fake")
    assert (fake.source, fake.version, fake.distribution, fake.status) == (
        "entrypoint",
        "1.2.3",
        "cablescope-fake",
        "ok",
    )
    assert plugins.get_views()["fake"].plugin == "fake"
    assert {i.name: i.source for i in plugins.plugin_report() if i.source == "builtin"}.keys() == {
        "appendix",
        "entities",
        "markers",
        "references",
        "timeline",
    }


def test_a_plugin_registering_two_views_of_one_name_is_reported(fresh_plugins):
    class Plugin:
        @staticmethod
        @hookimpl
        def register_views(register):
            register(Named())
            register(Named())

    with registered(Plugin(), "stutter"):
        assert "named" not in plugins.get_views()
    (failure,) = [f for f in plugins.plugin_failures() if f.plugin == "stutter"]
    assert failure.error == "registered two views named 'named'"


def test_threads_asking_for_plugins_at_once_load_them_once(fresh_plugins):
    import threading

    results: list[list[str]] = []

    def ask() -> None:
        results.append(sorted(reader.name for reader in plugins.get_readers()))

    threads = [threading.Thread(target=ask) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 6 and all(result == results[0] for result in results)
    assert plugins.plugin_failures() == []
    assert [i.name for i in plugins.plugin_report(include_core=True)].count("markers") == 1


def test_trace_reports_how_long_each_plugin_took_to_load(fresh_plugins, plugins_dir, monkeypatch, capsys):
    install(plugins_dir, "good")
    write(plugins_dir, "broken", "raise ValueError('no')\n")
    monkeypatch.setenv(plugins.LOAD_ENV, "good,broken")
    monkeypatch.setenv(plugins.TRACE_ENV, "1")
    plugins.load_plugins(plugins_dir)
    err = capsys.readouterr().err
    assert "cablescope trace: plugin 'broken' not loaded (import): ValueError: no (broken.py line 1)\n" in err
    assert "Traceback (most recent call last):" in err and "ValueError: no\n" in err
    lines = err.splitlines()
    assert [line.rsplit(" ", 2)[0] for line in lines if line.endswith(" ms")] == [
        "cablescope trace: loaded cablescope.readers.builtin (core)",
        "cablescope trace: failed broken (directory)",
        "cablescope trace: loaded good (directory)",
    ]


class SniffOnly(Reader):
    name = "sniffer"

    def sniff(self, head, path):
        return 0.0


class Scoop(SniffOnly):
    name = "scoop"

    def read(self, path):
        return iter(())


@pytest.mark.parametrize(
    ("reader", "error"),
    [
        (SniffOnly, "reader 'sniffer' must implement read()"),
        (type("Nameless", (Scoop,), {"name": ""}), 'reader Nameless needs name = "..." (the format name)'),
        (Scoop, "reader name 'scoop' is already taken by plugin 'cablescope.readers.builtin'"),
    ],
)
def test_an_invalid_or_duplicate_reader_is_reported_and_the_core_readers_stay(fresh_plugins, reader, error):
    class Plugin:
        @staticmethod
        @hookimpl
        def register_readers(register):
            register(reader())

    with registered(Plugin(), "reader-author"):
        readers = {r.name: r.plugin for r in plugins.get_readers()}
    assert readers["scoop"] == "cablescope.readers.builtin"
    assert "reader-author" not in readers.values()
    (failure,) = [f for f in plugins.plugin_failures() if f.plugin == "reader-author"]
    assert failure.error == error


def test_the_same_view_failure_twice_is_recorded_once(fresh_plugins):
    class Broken(Named):
        def render(self, cable, context):
            raise RuntimeError("again")

    view = Broken()
    view.plugin = "repeater"
    for _ in range(3):
        with pytest.raises(plugins.PluginError):
            plugins.call_view(view, "render", CABLE, ViewContext())
    assert [f.stage for f in plugins.plugin_failures()] == ["view 'named' render on 09TESTPOST8"]


def test_failure_messages_carry_no_control_characters(fresh_plugins):
    class Hostile(Named):
        def render(self, cable, context):
            raise ValueError("bad \x1b]0;owned\x07title\x1b[31m red\nsecond line")

    view = Hostile()
    view.plugin = "hostile"
    with pytest.raises(plugins.PluginError) as raised:
        plugins.call_view(view, "render", CABLE, ViewContext())
    assert "ValueError: bad title red second line (test_plugins_isolation.py line " in str(raised.value)


def test_the_allow_list_accepts_the_distribution_name_for_all_builtins(fresh_plugins, monkeypatch):
    monkeypatch.setenv(plugins.LOAD_ENV, "cablescope")
    assert {i.name: i.source for i in plugins.plugin_report()} == {
        "appendix": "builtin",
        "entities": "builtin",
        "markers": "builtin",
        "references": "builtin",
        "timeline": "builtin",
    }


def test_a_forked_process_starts_its_own_watchdog_for_a_stuck_call(monkeypatch):
    """The watchdog that stops stuck calls in threads is a thread: a fork of a process where it
    runs has none, and a stuck call there must still be stopped (the fork starts its own)."""
    import os
    import threading

    from cablescope import isolation

    monkeypatch.setenv(isolation.BUDGET_ENV, "0.2")
    warm = threading.Thread(target=isolation.call_plugin, args=("quick", lambda: None))
    warm.start()
    warm.join()  # the watchdog now runs in this process

    def spin() -> None:
        while True:
            pass

    pid = os.fork()
    if pid == 0:  # the fork: a stuck call in a thread must end in PluginTimeout
        outcome = []

        def stuck() -> None:
            try:
                isolation.call_plugin("stuck", spin)
            except isolation.PluginTimeout:
                outcome.append("stopped")

        thread = threading.Thread(target=stuck, daemon=True)
        thread.start()
        thread.join(5)
        os._exit(0 if outcome == ["stopped"] else 1)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.05)
    else:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        raise AssertionError("the fork never ended")
    assert os.waitstatus_to_exitcode(status) == 0
