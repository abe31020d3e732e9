"""End to end, as a plugin author would: scaffold, install into a fresh venv, use, uninstall.

A fresh virtual environment (no system site-packages) gets cablescope with a regular,
non-editable ``pip install`` of a copy of this checkout, dependencies from the package
index; everything after that goes through the venv's own ``cablescope`` command.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def run(*args: str | Path, timeout: float = 300) -> subprocess.CompletedProcess:
    # pip compiles nothing at install (most of what it installs is never imported here); the
    # venv's commands write the bytecode of what they import, once, for the next ones.
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1", "PIP_NO_COMPILE": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("CABLESCOPE_LOAD_PLUGINS", None)
    env.pop("CABLESCOPE_SKIP_INSTALLED_PLUGINS", None)  # the plugin it installs is an installed one
    env.pop("PYTHONPATH", None)
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=timeout, env=env)


def ok(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert result.returncode == 0, f"{result.args}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    return result


@pytest.mark.slow
def test_scaffold_install_use_and_uninstall_a_plugin_in_a_fresh_venv(tmp_path, seed_path):
    started = time.perf_counter()
    source = tmp_path / "cablescope-src"
    shutil.copytree(
        REPO,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache"
        ),
    )
    venv = tmp_path / "venv"
    # The wheel is built by the test environment's own setuptools (a test dependency) rather
    # than by one pip first installs into a throwaway build environment (2.7 CPU-s less). Then the
    # venv, made without pip, gets the wheel and pip (which `cablescope install` and `uninstall`
    # run) from this pip in one run, instead of ensurepip's two installs and then another.
    wheels = tmp_path / "wheels"
    ok(
        run(
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            wheels,
            source,
        )
    )
    [wheel] = wheels.glob("cablescope-*.whl")
    ok(run(sys.executable, "-m", "venv", "--without-pip", venv))
    python, cablescope = venv / "bin" / "python", venv / "bin" / "cablescope"
    ok(run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", wheel, "pip"))
    installed = time.perf_counter()

    # A regular install carries the bundled corpus the explorer opens on first run.
    listing = "from cablescope.config import seeds_dir; print(*sorted(p.name for p in seeds_dir().iterdir()))"
    seeds = ok(run(python, "-c", listing))
    assert seeds.stdout.split() == ["09BEIJING2932-scoop.txt"]

    ok(run(cablescope, "plugin", "new", "hello", "--dir", tmp_path))
    install = ok(run(cablescope, "install", tmp_path / "hello"))
    assert "Successfully installed cablescope-hello-0.1.0" in install.stdout

    listed = {entry["name"]: entry for entry in json.loads(ok(run(cablescope, "plugins", "--json")).stdout)}
    assert listed["hello"] == {
        "name": "hello",
        "version": "0.1.0",
        "source": "entrypoint",
        "hooks": ["register_views", "register_commands"],
        "status": "ok",
        "error": None,
    }
    assert listed["markers"]["source"] == "builtin"

    views = {view["name"]: view for view in json.loads(ok(run(cablescope, "views", "--json")).stdout)}
    assert (views["hello"]["title"], views["hello"]["plugin"], views["hello"]["key"]) == (
        "Hello",
        "hello",
        "H",
    )

    shown = json.loads(ok(run(cablescope, "show", seed_path, "--view", "hello", "--json")).stdout)
    assert shown["view"] == "hello"
    assert shown["reference_id"] == "09BEIJING2932"
    assert [row["number"] for row in shown["paragraphs"]] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert shown["total"] == sum(row["words"] for row in shown["paragraphs"]) > 0

    # The plugin's own command shows the same view, as JSON and as Rich text.
    assert json.loads(ok(run(cablescope, "hello", seed_path, "--json")).stdout) == shown
    assert ok(run(cablescope, "hello", seed_path)).stdout.startswith("09BEIJING2932: words per paragraph\n")

    ok(run(cablescope, "uninstall", "hello", "-y"))
    assert "hello" not in {
        entry["name"] for entry in json.loads(ok(run(cablescope, "plugins", "--json")).stdout)
    }
    assert "hello" not in {view["name"] for view in json.loads(ok(run(cablescope, "views", "--json")).stdout)}
    gone = run(cablescope, "hello", seed_path)
    assert gone.returncode == 2 and "No such command 'hello'" in gone.stderr
    print(
        f"\nfresh venv + cablescope install: {installed - started:.1f} s; "
        f"scaffold, install, use, uninstall: {time.perf_counter() - installed:.1f} s"
    )
