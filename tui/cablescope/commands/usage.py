"""Help and usage lines in the shell's own words: ``QUERY``, ``[PATH]...``, ``--origin TEXT``.

Typer writes required arguments as ``{QUERY}`` and types as Python names (``<str>``,
``<list[Path]>``); a command line is read by people who know ``grep --help``, so every
command, the plugins' included, is made with :class:`PlainCommand` instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup
from typer.core import _click as click  # the click that Typer vendors (typer is pinned)

from cablescope.commands.coercion import convert_plainly

_PYTHON_TYPE = re.compile(r" <[^>]*>(\.\.\.)?")


def _argument_name(param: Any) -> str:
    """``QUERY``, ``[TARGET]`` or ``PATH...``: the argument as the usage line and help show it."""
    name = param.metavar or param.name.upper()
    if param.metavar is None and not param.required:
        name = f"[{name}]"
    if param.nargs != 1 and not name.endswith("..."):
        name += "..."
    return name


_VALUE_NAMES = {"str": "TEXT", "int": "INTEGER", "float": "NUMBER", "Path": "PATH"}


def _value_name(param: Any) -> str:
    """What an option without a metavar takes, in click's words (TEXT, INTEGER, PATH)."""
    return _VALUE_NAMES.get(param.bare_type(), param.name.upper())


def _shell_value(value: str) -> Callable[[re.Match[str]], str]:
    """Replaces click's " <python type>" (and its "...") in an option's help name by ``value``."""

    def replace(match: re.Match[str]) -> str:
        return f" {value}{match.group(1) or ''}"

    return replace


class PlainCommand(TyperCommand):
    """A Typer command whose usage line and help name arguments and values as shells do, and
    whose plain parameter values are converted without pydantic (``commands.coercion``)."""

    def get_params(self, ctx: click.Context) -> list[click.Parameter]:
        return convert_plainly(super().get_params(ctx))

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        pieces += [_argument_name(p) for p in self.get_params(ctx) if p.param_type_name == "argument"]
        return pieces

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        arguments: list[tuple[str, str]] = []
        options: list[tuple[str, str]] = []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            name, text = record
            if param.param_type_name == "argument":
                arguments.append((_argument_name(param), text))
            else:
                options.append((_PYTHON_TYPE.sub(_shell_value(_value_name(param)), name), text))
        for title, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


class PlainGroup(TyperGroup):
    """A Typer group whose plain parameter values are converted without pydantic (``commands.coercion``)."""

    def get_params(self, ctx: click.Context) -> list[click.Parameter]:
        return convert_plainly(super().get_params(ctx))


class CablescopeTyper(typer.Typer):
    """A Typer app whose commands are :class:`PlainCommand` and whose groups :class:`PlainGroup`
    unless they ask for another class."""

    def __init__(self, *, cls: type[TyperGroup] | None = None, **kwargs: Any) -> None:
        super().__init__(cls=cls or PlainGroup, **kwargs)

    def command(self, name: str | None = None, *, cls: type[TyperCommand] | None = None, **kwargs: Any):
        return super().command(name, cls=cls or PlainCommand, **kwargs)
