"""The documentation keeps up with the code (as sqlite-utils and Datasette test theirs).

Nothing here is a hand-kept list. The console commands come from pyproject.toml's
[project.scripts]; their subcommands and options from each program's own argparse parser
(`build_parser()`, or a similarly named function in the entry point's module); the settings
from every ``CHAMPION_*`` environment variable name in the source. Each must appear in
README.md or docs/**/*.md:

- a subcommand as the phrase ``<program> <subcommand>`` (``champion-app info``);
- an option as itself (``--data-dir``), anywhere;
- an environment variable by its name (``CHAMPION_DATA_DIR``).
"""

from __future__ import annotations

import argparse
import importlib
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PARSER_BUILDERS = ("build_parser", "make_parser", "create_parser", "get_parser", "_parser")
# Where settings are read: the programs, benchmarks, scripts and test support code. Test
# files themselves (test_*.py) are left out: they may spell made-up names on purpose.
SOURCE_DIRS = ("champion_app", "sync", "server", "ui", "bench", "scripts", "tests", "packaging")
SHELL_FILES = (".ci/run", "Makefile")
_ENV_IN_PYTHON = re.compile(r"""["'](CHAMPION_[A-Z0-9_]*[A-Z0-9])["']""")
_ENV_IN_SHELL = re.compile(r"\b(CHAMPION_[A-Z0-9_]*[A-Z0-9])\b")


def docs_text() -> str:
    files = [REPO / "README.md", *sorted((REPO / "docs").rglob("*.md"))]
    return "\n".join(f.read_text(encoding="utf-8") for f in files if f.is_file())


def console_scripts() -> dict[str, str]:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    return pyproject["project"]["scripts"]


def parser_for(entry_point: str) -> argparse.ArgumentParser:
    module = importlib.import_module(entry_point.split(":")[0])
    for name in PARSER_BUILDERS:
        builder = getattr(module, name, None)
        if callable(builder):
            return builder()
    pytest.fail(f"{module.__name__} must expose build_parser() so its commands can be checked "
                "against the documentation")


def walk(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
         ) -> Iterator[tuple[str, tuple[str, ...] | str]]:
    """("command", ("user", "add")) for each subcommand, ("option", "--db") for each option."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            # choices maps the main name, then each alias, to the same parser: keep the first.
            seen: set[int] = set()
            for name, sub in action.choices.items():
                if id(sub) in seen:
                    continue
                seen.add(id(sub))
                yield "command", (*path, name)
                yield from walk(sub, (*path, name))
        for option in action.option_strings:
            if option.startswith("--") and option != "--help":
                yield "option", option


def undocumented_cli(program: str, parser: argparse.ArgumentParser, text: str) -> list[str]:
    flat = " ".join(text.split())
    missing = []
    for kind, item in walk(parser):
        if kind == "command":
            phrase = f"{program} {' '.join(item)}"
            if not re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", flat):
                missing.append(f"subcommand: {phrase}")
        elif not re.search(rf"(?<![\w-]){re.escape(item)}(?![\w-])", text):
            missing.append(f"option: {program} ... {item}")
    return sorted(set(missing))


def settings_in_source(root: Path = REPO) -> dict[str, str]:
    """Every CHAMPION_* environment variable name the code spells, with one place it does."""
    found: dict[str, str] = {}
    for folder in SOURCE_DIRS:
        for path in sorted((root / folder).rglob("*")):
            if not path.is_file() or ".venv" in path.parts or "__pycache__" in path.parts:
                continue
            if path.suffix in (".py", ".spec"):  # a PyInstaller spec is Python too
                if path.name.startswith("test_"):
                    continue
                pattern = _ENV_IN_PYTHON
            elif folder == "scripts" and path.suffix in ("", ".sh"):
                pattern = _ENV_IN_SHELL
            else:
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            for name in pattern.findall(text):
                found.setdefault(name, str(path.relative_to(root)))
    for name in SHELL_FILES:
        path = root / name
        if path.is_file():
            for env in _ENV_IN_SHELL.findall(path.read_text(encoding="utf-8")):
                found.setdefault(env, name)
    return found


def undocumented_settings(settings: dict[str, str], text: str) -> list[str]:
    return sorted(f"{name} (read in {where})" for name, where in settings.items()
                  if not re.search(rf"\b{name}\b", text))


# --- the checks ---------------------------------------------------------------------------

@pytest.mark.parametrize("program", sorted(console_scripts()))
def test_every_command_and_option_is_documented(program):
    parser = parser_for(console_scripts()[program])
    missing = undocumented_cli(program, parser, docs_text())
    assert not missing, (f"{program}: document these in README.md or docs/*.md:\n  "
                         + "\n  ".join(missing))


def test_every_environment_variable_is_documented():
    settings = settings_in_source()
    assert "CHAMPION_DATA_DIR" in settings  # the scan itself works
    missing = undocumented_settings(settings, docs_text())
    assert not missing, ("settings read by the code but not in README.md or docs/*.md:\n  "
                         + "\n  ".join(missing))


# --- the checks can fail --------------------------------------------------------------------

def _toy_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="toy")
    parser.add_argument("--colour")
    sub = parser.add_subparsers(dest="command")
    user = sub.add_parser("user", aliases=["u"])
    user_sub = user.add_subparsers(dest="what")
    add = user_sub.add_parser("add")
    add.add_argument("--role")
    sub.add_parser("sync")
    return parser


def test_a_missing_subcommand_or_option_is_reported():
    text = "Run `toy user add --role admin`; `toy sync-all` is something else. --colour-x"
    # "toy user add" documents "toy user" too; "sync-all" and "--colour-x" are other words.
    assert undocumented_cli("toy", _toy_parser(), text) == [
        "option: toy ... --colour", "subcommand: toy sync"]
    full = text + " `toy user` `toy sync` --colour"
    assert undocumented_cli("toy", _toy_parser(), full) == []


def test_a_missing_setting_is_reported(tmp_path):
    (tmp_path / "sync").mkdir()
    (tmp_path / "sync" / "client.py").write_text(
        'import os\nURL = os.environ.get("CHAMPION_SECRET_SETTING")\n')
    (tmp_path / "sync" / "test_ignored.py").write_text('X = "CHAMPION_MADE_UP"\n')
    (tmp_path / ".ci").mkdir()
    (tmp_path / ".ci" / "run").write_text("export CHAMPION_CI_ONLY=1\n")
    settings = settings_in_source(tmp_path)
    assert settings == {"CHAMPION_SECRET_SETTING": "sync/client.py",
                        "CHAMPION_CI_ONLY": ".ci/run"}
    assert undocumented_settings(settings, "Set CHAMPION_CI_ONLY=1 in CI.") == [
        "CHAMPION_SECRET_SETTING (read in sync/client.py)"]
