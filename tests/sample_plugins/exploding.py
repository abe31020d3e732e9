"""A view whose render always fails."""

from cablescope.api import View, hookimpl


class ExplodingView(View):
    name = "exploding"
    title = "Exploding"
    key = "X"

    def render(self, cable, context):
        raise LookupError("view broke")


@hookimpl
def register_views(register):
    register(ExplodingView())
