"""Parameter values without pydantic: what Typer would make of them, for the plain types.

Typer (0.29, pinned) turns every parameter's value into its type through a pydantic
``TypeAdapter``, built the first time the command runs. Importing pydantic and building those
adapters costs a command such as ``search`` more than the rest of its start-up, and the values
a shell gives are mostly plain: text, a whole number, a path. Those are converted here, by
the same rules (a path is checked by Typer's own ``coerce_cli_path``); anything else (an
out-of-range number, a flag's text, a type this module does not know) goes to Typer's
adapter, which converts it or words the error as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args, get_origin

from typer._coercion import RuntimeParam, build_runtime_param
from typer._param_types import coerce_cli_path
from typer.core import _TyperParameter

if TYPE_CHECKING:
    from typer.core import _click as click
    from typer.models import ParameterInfo


class _NotPlain(Exception):
    """A value this module leaves to Typer's adapter."""


def _number(value: Any, info: ParameterInfo) -> int:
    if type(value) is int:
        number = value
    elif isinstance(value, str) and value.isascii() and value.isdigit():
        number = int(value)
    else:
        raise _NotPlain
    if (info.min is not None and number < info.min) or (info.max is not None and number > info.max):
        raise _NotPlain  # Typer's adapter says what the range is
    return number


def _plain(
    annotation: Any, info: ParameterInfo, value: Any, param: _TyperParameter, ctx: click.Context
) -> Any:
    """``value`` as Typer's adapter would give it for ``annotation``, or ``_NotPlain``."""
    if info.parser is not None:
        raise _NotPlain
    if annotation is str and isinstance(value, str):
        return value
    if annotation is int and not info.clamp:
        return _number(value, info)
    if annotation is Path and info.path_type is None and isinstance(value, (str, Path)) and value != "":
        # A Path given, Typer's own check runs without the adapter (exists, file or folder...).
        return coerce_cli_path(Path(value), info, path_type=Path, param=param, ctx=ctx)
    if get_origin(annotation) is list and isinstance(value, (list, tuple)):
        (item,) = get_args(annotation)
        return [_plain(item, info, each, param, ctx) for each in value]
    raise _NotPlain


@dataclass(frozen=True)
class PlainRuntimeParam(RuntimeParam):
    """A parameter's conversion: plain values here, any other through Typer's adapter."""

    def _coerce_value(self, value: Any, param: _TyperParameter, ctx: click.Context) -> Any:
        try:
            return _plain(self.annotation, self.parameter_info, value, param, ctx)
        except _NotPlain:
            return build_runtime_param(param.type_descriptor)._coerce_value(value, param=param, ctx=ctx)


def convert_plainly(params: list[click.Parameter]) -> list[click.Parameter]:
    """Have these parameters convert their plain values without pydantic (see the module); returns them.

    Called on a command's parameters as it parses its arguments (``get_params``), so that the
    options Typer adds late (``--help``, the completion options) are included.
    """
    for param in params:
        if (
            isinstance(param, _TyperParameter)
            and param._runtime_param is None
            and param.type_descriptor.file_annotation is None
        ):
            descriptor = param.type_descriptor
            param._runtime_param = PlainRuntimeParam(
                parameter_info=descriptor.parameter_info, annotation=descriptor.annotation
            )
    return params
