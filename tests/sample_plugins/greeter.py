"""A view with its own command, ``greet``."""

import typer
from rich.text import Text

from cablescope.api import View, hookimpl, run_view_command


class GreetView(View):
    name = "greet"
    title = "Greet"
    key = "W"

    def render(self, cable, context):
        return Text("Hello, " + (cable.reference_id or "?"))

    def data(self, cable, context):
        return {"view": "greet", "hello": cable.reference_id, "paragraphs": len(cable.paragraphs)}


@hookimpl
def register_views(register):
    register(GreetView())


@hookimpl
def register_commands(cli):
    @cli.command(name="greet")
    def greet(target: str, as_json: bool = typer.Option(False, "--json")) -> None:
        """Greet each cable."""
        run_view_command("greet", target, as_json=as_json)
