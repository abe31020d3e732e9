"""A view whose render fails with a message that looks like markup (it must be shown as text)."""

from cablescope.api import View, hookimpl


class BoomView(View):
    name = "boom"
    title = "Boom"
    key = "B"

    def render(self, cable, context):
        raise RuntimeError("kaboom [bold]not markup[/bold]")


class BoomPlugin:
    @staticmethod
    @hookimpl
    def register_views(register):
        register(BoomView())
