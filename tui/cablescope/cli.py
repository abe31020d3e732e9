"""The Typer app. Each group of commands lives in ``cablescope.commands``; plugin commands come last."""

from __future__ import annotations

import os
import signal
import stat
import sys
from pathlib import Path

import typer
import typer.main
from typer.core import TyperGroup
from typer.core import _click as click  # the click that Typer vendors (typer is pinned)

from cablescope import command_record, config, plugins
from cablescope.command_record import RecordedCommand
from cablescope.commands import corpus, explore, library, read
from cablescope.commands import plugins as plugin_commands
from cablescope.commands.usage import CablescopeTyper, PlainCommand, PlainGroup
from cablescope.sanitize import clean_line

EXPLORER_COMMANDS = ("open",)
"""Commands that only open the explorer, which loads plugins itself (see ``opens_explorer``)."""
GLOBAL_OPTIONS_WITH_VALUES = ("--plugins-dir", "--db")

_recorded: dict[str, RecordedCommand] = {}
"""Plugin commands known from the record (``cablescope.command_record``) this run, by name."""


class CablescopeGroup(PlainGroup):
    """The top-level group: recorded plugin commands are listed without importing any plugin,
    and every plugin is loaded (with its commands) when one of them is run or asked for."""

    listing = False

    def list_commands(self, ctx: click.Context) -> list[str]:
        # In the order a full load gives: commands (core, then plugins), then groups likewise.
        names = super().list_commands(ctx)
        recorded = [command for name, command in _recorded.items() if name not in names]
        core_groups = [name for name in names if isinstance(self.commands.get(name), TyperGroup)]
        return (
            [name for name in names if name not in core_groups]
            + [command.name for command in recorded if not command.group]
            + core_groups
            + [command.name for command in recorded if command.group]
        )

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        recorded = _recorded.get(cmd_name)
        if command is not None or recorded is None:
            return command
        if self.listing:
            return PlainCommand(
                cmd_name,
                help=recorded.help,
                short_help=recorded.short_help,
                hidden=recorded.hidden,
                deprecated=bool(recorded.deprecated),
            )
        # Run, or its own --help: the real command, from the plugin (which may no longer have it).
        load_plugin_commands([])
        command = typer.main.get_group(app).commands.get(cmd_name)
        if command is not None:
            self.commands[cmd_name] = command
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self.listing = True
        try:
            super().format_commands(ctx, formatter)
        finally:
            self.listing = False


app = CablescopeTyper(
    cls=CablescopeGroup,
    name="cablescope",
    help="Explore corpora of diplomatic cables: read, index, search, and open them in the terminal.",
    no_args_is_help=False,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(value: bool) -> None:
    if value:
        from importlib.metadata import version  # here: it imports the email package

        typer.echo(f"cablescope {version('cablescope')}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def global_options(
    ctx: typer.Context,
    plugins_dir: list[Path] = typer.Option(
        [],
        "--plugins-dir",
        metavar="DIR",
        exists=True,
        file_okay=False,
        help=(
            "Also load single-file plugins (*.py) from DIR (repeatable); "
            "the default plugins folder always loads."
        ),
    ),
    db: Path = typer.Option(
        None,
        "--db",
        metavar="FILE",
        help=f"The library every command uses (default: ${config.LIBRARY_ENV}, else library.db in "
        "your cablescope folder); a command's own --db wins.",
    ),
    _version: bool = typer.Option(
        False, "--version", is_eager=True, callback=_print_version, help="Print the version and exit."
    ),
) -> None:
    """Explore corpora of diplomatic cables: read, index, search, and open them in the terminal."""
    # Plugins load when first used (the explorer loads them in a worker once its first frame
    # is up; a command when it asks for readers, views or hooks): they take these folders too.
    plugins.defer_plugins_dirs(plugins_dir)
    ctx.call_on_close(config.use_library(db))
    # No command: open the explorer on the library (the bundled seeds on first run).
    explore.explore_default_library(ctx, db)


plugin_commands.register(app)
explore.register(app)
read.register(app)
corpus.register(app)
library.register(app)


# Plugin commands come last, made known in main(): they must exist before Typer parses the
# arguments, and a --plugins-dir folder can add some, so main() pre-scans argv for it (as llm
# reads LLM_LOAD_PLUGINS before building its CLI). When the record fits the plugins installed,
# they are listed from it and loaded only when run (``CablescopeGroup``); else every plugin loads.


def plugins_dirs_in(args: list[str]) -> list[Path]:
    """Every ``--plugins-dir DIR`` / ``--plugins-dir=DIR`` in ``args`` (before a ``--``)."""
    found: list[Path] = []
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--plugins-dir" and index + 1 < len(args):
            found.append(Path(args[index + 1]))
        elif arg.startswith("--plugins-dir="):
            found.append(Path(arg.split("=", 1)[1]))
    return found


def load_plugin_commands(args: list[str]) -> None:
    """Load plugins (with any ``--plugins-dir`` in ``args``) and add their commands to ``app``."""
    plugins.load_plugins(plugins_dirs_in(args))
    plugins.register_commands(app)


def prepare_plugin_commands(args: list[str]) -> None:
    """Make the plugins' commands known for this run, importing no plugin when the record allows.

    With a record for the plugins installed now, their commands are listed from it and a
    plugin loads when it is used. Without one, every plugin loads now and a record is written
    for the next run, unless a plugin failed (so that every run reports it until it is fixed).
    """
    folders = plugins_dirs_in(args)
    key = command_record.fingerprint(folders)
    recorded = command_record.read_record(key)
    _recorded.clear()
    if recorded is not None:
        _recorded.update((command.name, command) for command in recorded)
        plugins.defer_plugins_dirs(folders)
        return
    load_plugin_commands(args)
    if not plugins.plugin_failures():
        command_record.write_record(key, recorded_commands())


def recorded_commands() -> list[RecordedCommand]:
    """What the record keeps of the plugins' commands now in ``app``."""
    group = typer.main.get_group(app)
    found = []
    for name, plugin in plugins.plugin_commands(app).items():
        command = group.commands.get(name)
        if command is not None:
            found.append(
                RecordedCommand(
                    name=name,
                    plugin=plugin,
                    help=command.help,
                    short_help=command.short_help,
                    hidden=command.hidden,
                    deprecated=command.deprecated,
                    group=isinstance(command, TyperGroup),
                )
            )
    return found


def opens_explorer(args: list[str]) -> bool:
    """Whether ``args`` go straight to the explorer: no command (and no ``--help``), or ``open``.

    Then main() leaves plugins alone: the explorer loads them in a worker after its first
    frame, and loading them first (importing every plugin, adding their commands) would put
    that time before the screen appears.
    """
    index = 0
    while index < len(args):
        arg = args[index]
        if arg in GLOBAL_OPTIONS_WITH_VALUES:
            index += 2
        elif arg.split("=", 1)[0] in GLOBAL_OPTIONS_WITH_VALUES:
            index += 1
        elif arg.startswith("-"):
            return False  # --help, which lists the plugins' commands, or anything unexpected
        else:
            return arg in EXPLORER_COMMANDS
    return True


def report_plugin_failures() -> None:
    """One line on stderr for each plugin failure not yet shown to the user."""
    for failure in plugins.plugin_failures():
        if not failure.shown:
            failure.shown = True
            typer.echo(f"Warning: {failure.message}", err=True)


def _stdout_is_a_pipe() -> bool:
    try:
        return stat.S_ISFIFO(os.fstat(sys.stdout.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):  # replaced by an object without a file
        return False


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    args = sys.argv[1:] if argv is None else list(argv)
    if hasattr(signal, "SIGPIPE") and _stdout_is_a_pipe():
        # `cablescope search ... | head` ends quietly, as grep does, when the reader stops reading.
        # Only for a pipe: main() run inside another program (a test runner) leaves its signals be.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    if not opens_explorer(args):
        prepare_plugin_commands(args)
    report_plugin_failures()
    try:
        app(args=args, prog_name="cablescope")
    except Exception as error:
        # A library damaged after it was opened (corrupt pages behind a valid header): whichever
        # command met it, one line, not a traceback. No library was opened without sqlite3, which
        # `--help` does not import.
        sqlite3 = sys.modules.get("sqlite3")
        if sqlite3 is None or not isinstance(error, sqlite3.DatabaseError):
            raise
        typer.echo(f"Error: the library is damaged or unreadable: {clean_line(str(error))}", err=True)
        raise SystemExit(1) from None
    finally:
        report_plugin_failures()
