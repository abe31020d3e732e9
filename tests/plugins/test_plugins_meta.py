"""Meta-tests after datasette's: every hook has a test and a documented section with a working example."""

from __future__ import annotations

import inspect
import re
import types
from pathlib import Path

import pytest

from cablescope import hookspecs, plugins

REPO = Path(__file__).resolve().parents[2]
CONTRIBUTING = REPO / "CONTRIBUTING.md"
HOOK_HEADING = re.compile(r"^#### `(?P<name>\w+)\((?P<args>[^)]*)\)`\s*$", re.MULTILINE)


def hook_sections() -> dict[str, tuple[str, str]]:
    """Hook name -> (documented argument list, section text), from the "Writing a plugin" part."""
    text = CONTRIBUTING.read_text(encoding="utf-8")
    guide = text[text.index("## Writing a plugin") :]
    matches = list(HOOK_HEADING.finditer(guide))
    sections = {}
    for match, following in zip(matches, matches[1:] + [None], strict=True):
        end = following.start() if following else guide.find("\n### ", match.end())
        sections[match["name"]] = (match["args"], guide[match.end() : end])
    return sections


def test_the_hookspecs_are_the_six_hooks_of_the_contract():
    assert plugins.HOOK_NAMES == (
        "register_readers",
        "register_views",
        "register_posts",
        "register_commands",
        "annotate_paragraphs",
        "index_facts",
    )


@pytest.mark.parametrize("hook", plugins.HOOK_NAMES)
def test_every_hook_has_its_own_test(hook):
    tests = (Path(__file__).parent / "test_plugins_hooks.py").read_text(encoding="utf-8")
    assert re.search(rf"^def test_hook_{hook}\(", tests, re.MULTILINE), f"no test_hook_{hook}"


@pytest.mark.parametrize("hook", plugins.HOOK_NAMES)
def test_every_hook_is_documented_with_its_signature(hook):
    sections = hook_sections()
    assert hook in sections, f"CONTRIBUTING.md has no '#### `{hook}(...)`' section"
    documented_args = [a.strip() for a in sections[hook][0].split(",") if a.strip()]
    assert documented_args == list(inspect.signature(getattr(hookspecs, hook)).parameters)


def test_no_documented_hook_is_missing_from_the_specs():
    assert set(hook_sections()) == set(plugins.HOOK_NAMES)


@pytest.mark.parametrize("hook", plugins.HOOK_NAMES)
def test_every_documented_example_is_a_valid_plugin(hook, fresh_plugins):
    body = hook_sections()[hook][1]
    blocks = re.findall(r"```python\n(.*?)```", body, re.DOTALL)
    assert blocks, f"the {hook} section has no python example"
    module = types.ModuleType(f"example_{hook}")
    exec(compile(blocks[0], f"CONTRIBUTING.md ({hook})", "exec"), module.__dict__)
    plugins.pm.register(module, name=f"example-{hook}")
    try:
        assert hook in plugins.registered_hooks(f"example-{hook}")
    finally:
        plugins.pm.unregister(name=f"example-{hook}")
