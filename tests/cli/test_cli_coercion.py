"""Every core command's parameters convert plain values without pydantic, exactly as Typer's
own adapters do: the same values, or the same error."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main
from typer._click.exceptions import BadParameter
from typer._coercion import build_runtime_param
from typer.core import TyperGroup, _TyperParameter
from typer.core import _click as click

from cablescope import cli
from cablescope.commands.coercion import PlainRuntimeParam


def _commands(group: click.Group, ctx: click.Context) -> list[click.Command]:
    found: list[click.Command] = [group]
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if isinstance(command, TyperGroup):
            found += _commands(command, click.Context(command, parent=ctx))
        elif command is not None:
            found.append(command)
    return found


def _outcome(runtime, value, param, ctx):
    try:
        return ("value", type(runtime.coerce(value, param=param, ctx=ctx)), runtime.coerce(value, param, ctx))
    except BadParameter as error:
        return ("error", error.format_message())


def test_every_core_parameter_converts_as_typer_does(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a-folder").mkdir()
    (tmp_path / "a-file.csv").write_text("x", encoding="utf-8")
    values = [
        *("x", "", "-nuclear", "é ¶", "5", "0", "-3", "007", " 5", "1_000", "²", "17", "99"),
        *(20, 0, 3.5, True, "a-folder", "a-file.csv", "missing/file", "-", Path("a-folder")),
        *([], ["a-folder"], ["missing"], ("a-file.csv",), [Path("a-folder")]),
    ]
    root = typer.main.get_group(cli.app)
    ctx = click.Context(root)
    checked = 0
    for command in _commands(root, ctx):
        command_ctx = click.Context(command, parent=ctx)
        for param in command.get_params(command_ctx):
            if not isinstance(param, _TyperParameter):
                continue
            assert isinstance(param.get_runtime_param(), PlainRuntimeParam), (command.name, param.name)
            typer_own = build_runtime_param(param.type_descriptor)
            for value in values:
                if isinstance(value, (list, tuple)) != (param.multiple or param.nargs == -1):
                    continue  # Typer gives a list parameter a list, any other a single value
                plain = _outcome(param.get_runtime_param(), value, param, command_ctx)
                assert plain == _outcome(typer_own, value, param, command_ctx), (
                    command.name,
                    param.name,
                    value,
                )
                checked += 1
    assert checked > 500


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "tea", "--limit", "0"], "Invalid value for '--limit'"),
        (["search", "tea", "--limit", "many"], "Invalid value for '--limit'"),
        (["--plugins-dir", "no-such-folder", "search", "tea"], "Invalid value for '--plugins-dir'"),
    ],
)
def test_values_typer_refuses_are_refused_with_its_words(invoke, args, message):
    result = invoke(*args)
    assert result.exit_code == 2
    assert message in result.output
