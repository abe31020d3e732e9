"""Errors that help: one line, the right exit status, and a hint or the nearest names."""

from __future__ import annotations

import importlib.metadata

import pytest

from cablescope import plugins


def test_uninstall_what_is_not_installed_exits_1_in_one_line(invoke):
    result = invoke("uninstall", "cablescope-no-such-plugin")
    assert result.exit_code == 1
    assert result.output == (
        "Error: no cablescope plugin or plugin package named 'cablescope-no-such-plugin'; "
        "`cablescope plugins` lists them\n"
    )


class _PluginDistribution:
    """An installed distribution that declares a cablescope plugin (without installing one)."""

    metadata = {"Name": "cablescope-foo"}
    entry_points = importlib.metadata.EntryPoints(
        [importlib.metadata.EntryPoint("foo", "cablescope_foo", plugins.ENTRY_POINT_GROUP)]
    )


def test_uninstall_without_a_terminal_or_yes_is_one_line_not_a_traceback(invoke, monkeypatch):
    installed = list(importlib.metadata.distributions())
    monkeypatch.setattr(importlib.metadata, "distributions", lambda: [_PluginDistribution(), *installed])
    # Nothing reaches pip, which would ask to confirm on a closed stdin and die with a traceback.
    result = invoke("uninstall", "cablescope-foo", stdin="")
    assert result.exit_code == 2
    assert result.output == (
        "Error: uninstall asks for confirmation, and there is no terminal to ask on: add -y\n"
    )


def test_lower_case_operators_get_a_hint(invoke, library):
    result = invoke("search", "grain or tea", "--db", library)
    assert result.exit_code == 0
    assert result.stderr == "Hint: or searched as a word; operators are upper-case (OR)\n"
    assert invoke("search", '"grain or tea" OR tea', "--db", library).stderr == ""


def test_an_unknown_origin_says_so_and_names_the_nearest(invoke, library):
    result = invoke("search", "tea", "--origin", "bejing", "--db", library)
    assert result.exit_code == 2
    assert result.output == (
        "Error: no cable in the library comes from 'bejing'; did you mean 'Embassy Beijing'?\n"
    )
    far = invoke("search", "tea", "--origin", "xyzzy", "--db", library)
    assert far.output == "Error: no cable in the library comes from 'xyzzy'\n"
    assert invoke("search", "tea", "--origin", "beijing", "--db", library).exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--view", "nosuch"), "Error: no view named 'nosuch'; views: "),
        (("--doc", "07NOWHERE1"), "Error: no cable 07NOWHERE1 in the library at "),
        (
            ("--doc", "09BEIJING2932", "--para", "999"),
            "Error: 09BEIJING2932 has no paragraph 999 (its numbered paragraphs: 1–2)",
        ),
        (("--para", "2"), "Error: --para needs --doc: the paragraph of which cable?"),
    ],
)
def test_open_refuses_a_deep_link_it_cannot_follow_before_starting(invoke, library, args, message):
    result = invoke("open", "--db", library, *args)
    assert result.exit_code == 2
    assert result.output.startswith(message)
    assert result.output.count("\n") == 1
    assert "needs a terminal" not in result.output


def test_open_on_a_good_deep_link_gets_as_far_as_the_terminal_check(invoke, library):
    result = invoke("open", "--db", library, "--doc", "09BEIJING2932", "--para", "2", "--view", "markers")
    assert result.exit_code == 1
    assert "needs a terminal" in result.output
