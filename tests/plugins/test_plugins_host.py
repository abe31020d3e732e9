"""The plugin host as an object: a fresh one starts empty; guarding leaves the plugin object as it was."""

from __future__ import annotations

import pytest

from cablescope import plugins
from cablescope.api import Annotation, Cable, Paragraph, hookimpl

CABLE = Cable(
    reference_id="09TESTPOST9",
    paragraphs=[Paragraph(number=1, marking="U", text="Nothing to report.", start=0, end=18)],
)


class Marker:
    @hookimpl
    def annotate_paragraphs(self, cable):
        return [Annotation(paragraph=1, gutter="m")]


def test_a_fresh_host_starts_empty_and_loads_on_first_use(fresh_plugins):
    plugins.host().disable("nobody", "hook annotate_paragraphs", "an old failure")
    old = plugins.host()
    assert "markers" in plugins.get_views()
    try:
        fresh = plugins.reset_host()
        assert plugins.host() is fresh is not old
        assert plugins.pm is fresh.pm is not old.pm
        assert fresh.pm.list_name_plugin() == []
        assert plugins.plugin_failures() == []
        assert "markers" in plugins.get_views()  # loaded by the new host on first use
        assert "markers" in dict(fresh.pm.list_name_plugin())
    finally:
        plugins.reset_host()


def test_guarding_keeps_the_plugin_object_unchanged_and_answers_to_it(fresh_plugins):
    marker = Marker()
    own_function = Marker.annotate_paragraphs
    plugins.pm.register(marker, name="marker")
    try:
        registered = plugins.pm.get_plugin("marker")
        assert registered.original is marker
        assert Marker.annotate_paragraphs is own_function  # the plugin's own method is not replaced
        impls = plugins.pm.hook.annotate_paragraphs.get_hookimpls()
        (impl,) = [i for i in impls if i.plugin_name == "marker"]
        assert impl.function is not own_function and impl.argnames == ("cable",)
        assert [(a.plugin, a.gutter) for a in plugins.annotate(CABLE) if a.plugin == "marker"] == [
            ("marker", "m")
        ]
        with pytest.raises(ValueError, match="already registered"):
            plugins.pm.register(marker, name="marker-again")
    finally:
        assert plugins.pm.unregister(marker) is marker  # by the object handed to register
    assert plugins.pm.get_plugin("marker") is None
    assert "marker" not in {a.plugin for a in plugins.annotate(CABLE)}
