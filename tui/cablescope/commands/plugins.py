"""Commands about plugins: list them and their views, install and remove them, start a new one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import typer

from cablescope import plugins
from cablescope.commands.support import fail, output_console
from cablescope.commands.usage import CablescopeTyper
from cablescope.config import default_plugins_dir
from cablescope.sanitize import clean_line, safe_json


def list_plugins(
    show_all: bool = typer.Option(
        False, "--all", help="Include cablescope's core modules (the built-in readers)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list of objects."),
) -> None:
    """List plugins: name, version, source, the hooks each implements, and whether it works."""
    from rich.table import Table
    from rich.text import Text

    report = plugins.plugin_report(include_core=show_all)
    if as_json:
        typer.echo(safe_json([info.as_json() for info in report], indent=2))
        return
    allowed = os.environ.get(plugins.LOAD_ENV)
    if allowed is not None:
        names = ", ".join(name.strip() for name in allowed.split(",") if name.strip()) or "none"
        typer.echo(f"{plugins.LOAD_ENV} is set: loading only {names}.", err=True)
    if not report:
        typer.echo("No plugins loaded.")
        typer.echo(f"Single-file plugins folder: {default_plugins_dir()}")
        return
    table = Table(show_edge=False, pad_edge=False)
    for column in ("Name", "Version", "Source", "Hooks", "Status"):
        table.add_column(column)
    for info in report:
        status = Text("ok", style="green") if info.error is None else Text("failed", style="bold red")
        table.add_row(
            Text(clean_line(info.name)),
            Text(clean_line(str(info.version)) if info.version else "-"),
            Text(info.source),
            Text(", ".join(info.hooks) or "-"),
            status,
        )
    console = output_console()
    console.print(table)
    for info in report:
        if info.error:
            console.print(
                Text.assemble((clean_line(info.name), "bold"), ": ", (clean_line(info.error), "red"))
            )
    console.print(Text(f"Single-file plugins folder: {default_plugins_dir()}", style="dim"))


def list_views(as_json: bool = typer.Option(False, "--json", help="Print a JSON list of objects.")) -> None:
    """List every view plugins provide: name, title, plugin and explorer key."""
    from rich.table import Table
    from rich.text import Text

    views = plugins.get_views()
    rows = [
        {"name": v.name, "title": v.title, "plugin": v.plugin, "key": v.key, "description": v.description}
        for v in views.values()
    ]
    if as_json:
        typer.echo(safe_json(rows, indent=2))
        return
    if not rows:
        typer.echo("No views (are plugins disabled? see `cablescope plugins`).")
        return
    table = Table(show_edge=False, pad_edge=False)
    for column in ("Name", "Title", "Plugin", "Key", "Description"):
        table.add_column(column)
    for row in rows:
        table.add_row(*(Text(clean_line(row[k])) for k in ("name", "title", "plugin", "key", "description")))
    output_console().print(table)


def _pip(arguments: list[str]) -> None:
    import importlib.util

    if importlib.util.find_spec("pip") is None:
        fail(f"pip is not installed for {sys.executable}: run `{sys.executable} -m ensurepip` first")
    completed = subprocess.run([sys.executable, "-m", "pip", *arguments], check=False)
    if completed.returncode != 0:
        fail(f"pip {arguments[0]} failed (exit code {completed.returncode})", completed.returncode)


def install(
    packages: list[str] = typer.Argument(
        ..., metavar="PACKAGE_OR_PATH...", help="Names on PyPI or local paths."
    ),
    upgrade: bool = typer.Option(False, "-U", "--upgrade", help="Upgrade packages already installed."),
    editable: bool = typer.Option(False, "-e", "--editable", help="Install local paths in editable mode."),
) -> None:
    """Install plugins with pip into the environment cablescope runs in."""
    arguments = ["install"]
    if upgrade:
        arguments.append("--upgrade")
    for package in packages:
        arguments.extend(["-e", package] if editable else [package])
    _pip(arguments)


def _distribution_for(name: str, report: list[plugins.PluginInfo]) -> str:
    """The distribution to uninstall for a plugin name, or a distribution given by name that
    declares cablescope plugins; anything else (cablescope's own dependencies) is refused."""
    import importlib.metadata

    if plugins.normalise_name(name) == plugins.DISTRIBUTION:
        fail("refusing to uninstall cablescope itself from within cablescope; use pip for that")
    for info in report:
        if info.name != name:
            continue
        if info.source == "builtin":
            fail(f"{name!r} is built into cablescope: leave it out of CABLESCOPE_LOAD_PLUGINS to turn it off")
        if info.source == "directory":
            fail(f"{name!r} is a single-file plugin: delete {info.origin} to remove it")
        if info.distribution:
            return info.distribution
    wanted = plugins.normalise_name(name)
    for dist in importlib.metadata.distributions():
        if plugins.normalise_name(dist.metadata["Name"] or "") == wanted:
            if dist.entry_points.select(group=plugins.ENTRY_POINT_GROUP):
                return name
            fail(f"{name!r} is not a cablescope plugin (it declares none): use pip to remove other packages")
    fail(f"no cablescope plugin or plugin package named {name!r}; `cablescope plugins` lists them")


def uninstall(
    names: list[str] = typer.Argument(
        ..., metavar="NAME...", help="Plugin names (as `cablescope plugins` lists them) or distributions."
    ),
    yes: bool = typer.Option(False, "-y", "--yes", help="Do not ask for confirmation."),
) -> None:
    """Uninstall plugins with pip from the environment cablescope runs in."""
    report = plugins.plugin_report()
    # Each name is an installed plugin's distribution, or refused in one line (exit 1).
    distributions = [_distribution_for(name, report) for name in names]
    if not yes and not sys.stdin.isatty():
        # pip would ask for confirmation on a closed stdin and die with a traceback.
        fail("uninstall asks for confirmation, and there is no terminal to ask on: add -y", 2)
    _pip(["uninstall", *(["-y"] if yes else []), *distributions])


def new_plugin(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The plugin's name, such as word-count."),
    directory: Path = typer.Option(Path("."), "--dir", help="Where to create the package folder."),
) -> None:
    """Create an installable plugin package NAME with a view, a command, a README and a test."""
    from rich.console import Console
    from rich.text import Text

    from cablescope.scaffold import ScaffoldError, create_plugin

    views = plugins.get_views()
    list_commands = getattr(ctx.find_root().command, "list_commands", None)  # the top-level group's
    commands = set(list_commands(ctx)) if list_commands is not None else set()
    try:
        root, names = create_plugin(
            name,
            directory,
            taken_keys={view.key for view in views.values()},
            taken_names=commands | set(views),
        )
    except (ScaffoldError, OSError) as exc:
        fail(str(exc))
    console = Console()
    console.print(
        Text.assemble(
            "Created ",
            (str(root), "bold"),
            f" ({names.distribution}, view and command {names.slug!r}, key {names.key!r})",
        )
    )
    console.print(Text(f"Next: cablescope install -e {root}  then  cablescope {names.slug} CABLE"))


def register(app: typer.Typer) -> None:
    app.command("plugins")(list_plugins)
    app.command("views")(list_views)
    app.command("install")(install)
    app.command("uninstall")(uninstall)
    plugin_app = CablescopeTyper(
        help="Write cablescope plugins.", no_args_is_help=True, rich_markup_mode=None
    )
    plugin_app.command("new")(new_plugin)
    app.add_typer(plugin_app, name="plugin")
