"""Layers (ARCHITECTURE.md): imports point one way, nothing imports in a circle, and the lower
layers import without PySide6.

Two checks, each catching what the other cannot:

- A static one reads every module of champion_app, sync, server and ui with `ast`: imports at
  any depth (inside functions, under ``if TYPE_CHECKING``, in ``try``), relative ones, and
  modules named by string (``importlib.import_module("sync.x")``, ``__import__``, a package's
  dotted name such as ``"sync.commands"`` handed to a registry, ``"server.app:create_app"``
  handed to uvicorn). Starting another layer as a process (``python -m server.cli``) is not
  an import: that is how the app's demo runs the server. A lazy import inside a function is still a dependency.
- A runtime one imports every module of the Qt-free layers in a fresh interpreter where
  PySide6 cannot be imported (for the server and the kernel under it, nothing of the app's
  extra either: Pillow, requests, keyring), so an import that only happens at import time
  through a third party still fails.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("champion_app", "sync", "server", "ui")
# What each layer must never import (ui, on top, may import the rest).
FORBIDDEN = {
    "champion_app": {"sync", "server", "ui"},
    "sync": {"server", "ui"},
    "server": {"sync", "ui"},
}
# Import cycles known and being removed elsewhere; anything else fails. Keep this short.
# Cycles allowed for now, each with why and what removes it (none today).
KNOWN_CYCLES: list[set[str]] = []
_LOADERS = {"import_module", "__import__"}
_DOTTED = re.compile(r"[A-Za-z_]\w*(\.[A-Za-z_]\w*)+")


# --- the static check ------------------------------------------------------------------------

@dataclass(frozen=True)
class Import:
    importer: str   # the module that imports
    target: str     # the module (one of ours) it needs
    line: int
    how: str        # "import", "string"

    def __str__(self) -> str:
        return f"{self.importer} -> {self.target} (line {self.line}, {self.how})"


def modules_under(root: Path, packages: Iterable[str]) -> dict[str, Path]:
    """Every module of the packages: dotted name -> file (a package is its __init__.py)."""
    found = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def _resolve(name: str, known: dict[str, Path]) -> str | None:
    """The deepest of our modules that `name` (a module, or a module's attribute) lies in."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in known:
            return candidate
    return None


def _base_of_relative(module: str, is_package: bool, level: int, name: str | None) -> str:
    parts = module.split(".") if is_package else module.split(".")[:-1]
    parts = parts[:len(parts) - (level - 1)] if level > 1 else parts
    return ".".join(parts + ([name] if name else []))


def _string_targets(node: ast.AST, known: dict[str, Path]) -> Iterator[str]:
    """Modules named in strings: a loader call's argument, ``"pkg.mod:attr"`` (uvicorn,
    entry points), or the dotted name of one of our packages (a registry of command packages).

    A plain dotted string is not taken as a module, since "server.db" may be a file name and
    ``[python, "-m", "server.cli"]`` is a separate process, which is how layers may meet.
    """
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name in _LOADERS and node.args and isinstance(node.args[0], ast.Constant) \
                and isinstance(node.args[0].value, str):
            yield node.args[0].value
    elif isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
        if ":" in text and _DOTTED.fullmatch(text.split(":", 1)[0]) \
                and text.split(":", 1)[1].isidentifier():
            yield text.split(":", 1)[0]
        elif "." in text and text in known and known[text].name == "__init__.py":
            yield text


def imports_of(module: str, path: Path, known: dict[str, Path]) -> Iterator[Import]:
    """What `module` imports of `known`, wherever in the file the import is written."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    for node in ast.walk(tree):
        names: list[str] = []
        how = "import"
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = (_base_of_relative(module, is_package, node.level, node.module)
                    if node.level else node.module or "")
            # `from pkg import name`: name is a submodule, or something defined in pkg.
            names = [f"{base}.{alias.name}" if alias.name != "*" else base
                     for alias in node.names]
        else:
            names = list(_string_targets(node, known))
            how = "string"
        for name in names:
            target = _resolve(name, known)
            if target is not None and target != module:
                yield Import(module, target, getattr(node, "lineno", 0), how)


def import_graph(root: Path = REPO, packages: Iterable[str] = PACKAGES) -> list[Import]:
    known = modules_under(root, packages)
    return [imp for module, path in known.items() for imp in imports_of(module, path, known)]


def upward_imports(graph: list[Import]) -> list[Import]:
    return [imp for imp in graph
            if imp.target.split(".")[0] in FORBIDDEN.get(imp.importer.split(".")[0], ())]


def cycles(graph: list[Import]) -> list[set[str]]:
    """Strongly connected groups of more than one module (Tarjan), i.e. import cycles."""
    edges: dict[str, set[str]] = {}
    for imp in graph:
        edges.setdefault(imp.importer, set()).add(imp.target)
        edges.setdefault(imp.target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(group)

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for node in sorted(edges):
        if node not in index:
            visit(node)
    return groups


def _explain_cycle(group: set[str], graph: list[Import]) -> str:
    return "\n".join(f"  {imp}" for imp in graph
                     if imp.importer in group and imp.target in group)


def test_the_static_check_reads_every_module():
    known = modules_under(REPO, PACKAGES)
    graph = import_graph()
    # Real coverage, not an empty walk: modules of each layer, and a lazy import found.
    for expected in ("champion_app.store.queries", "sync.engine", "server.app", "ui.app"):
        assert expected in known
    assert any(imp.importer == "ui.cli" and imp.target == "ui.app" for imp in graph), (
        "ui/cli.py imports ui.app inside run_gui(): the check must see that")
    assert any(imp.how == "string" and imp.target == "sync.commands" for imp in graph)


def test_imports_point_down_the_layers():
    wrong = upward_imports(import_graph())
    assert not wrong, ("imports must point down: ui -> sync -> champion_app, "
                       "server -> champion_app:\n" + "\n".join(f"  {imp}" for imp in wrong))


def test_no_import_cycles():
    graph = import_graph()
    found = cycles(graph)
    unexpected = [g for g in found if g not in KNOWN_CYCLES]
    assert not unexpected, "import cycles:\n" + "\n\n".join(
        _explain_cycle(g, graph) for g in unexpected)
    gone = [g for g in KNOWN_CYCLES if g not in found]
    assert not gone, f"no longer a cycle, remove it from KNOWN_CYCLES: {gone}"


def _fake_tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    for package in PACKAGES:
        (root / package).mkdir(exist_ok=True)
        (root / package / "__init__.py").touch()
    return root


def test_the_static_check_catches_an_upward_import_inside_a_function(tmp_path):
    root = _fake_tree(tmp_path, {
        "champion_app/store.py": """
            import json

            def sneaky():
                from ui.window import Window  # lazy, deep inside: still a dependency
                return Window
            """,
        "champion_app/loader.py": """
            import importlib

            def load():
                return importlib.import_module("server.app")
            """,
        "sync/engine.py": "from champion_app import store\n",
        "ui/window.py": "from champion_app.store import sneaky\nWindow = object\n",
        "server/app.py": "",
    })
    graph = import_graph(root)
    wrong = {(imp.importer, imp.target, imp.how) for imp in upward_imports(graph)}
    assert wrong == {("champion_app.store", "ui.window", "import"),
                     ("champion_app.loader", "server.app", "string")}
    # ...and the lazy import closes a cycle with ui.window's own import of the store.
    assert cycles(graph) == [{"champion_app.store", "ui.window"}]


def test_the_static_check_resolves_relative_imports(tmp_path):
    root = _fake_tree(tmp_path, {
        "sync/commands/__init__.py": "from . import status\n",
        "sync/commands/status.py": "from ..engine import run\nfrom .. import client\n",
        "sync/engine.py": "def run():\n    from .commands import status\n",
        "sync/client.py": "",
    })
    edges = {(imp.importer, imp.target) for imp in import_graph(root)}
    assert {("sync.commands", "sync.commands.status"), ("sync.commands.status", "sync.engine"),
            ("sync.commands.status", "sync.client"),
            ("sync.engine", "sync.commands.status")} <= edges
    assert {"sync.engine", "sync.commands.status"} in cycles(import_graph(root))


# --- the runtime check: the Qt-free layers import without PySide6 -----------------------------

HARNESS = textwrap.dedent(
    """
    import importlib, importlib.abc, json, pkgutil, sys, traceback

    BLOCKED = set(json.loads(sys.argv[2]))

    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"{name} is blocked: this layer must not need it")
            return None

    sys.meta_path.insert(0, NoQt())
    report = {"qt_blocked": False, "modules": [], "errors": {}, "loaded_too_early": {}}
    try:
        import PySide6  # noqa: F401
    except ImportError:
        report["qt_blocked"] = True

    # Scripts another program runs with its own context, never imported: Alembic's env.py.
    RUN_BY_A_TOOL = {"server.alembic.env"}

    def walk(package_name):
        package = importlib.import_module(package_name)
        names = [package_name]
        if hasattr(package, "__path__"):
            names += [m.name for m in pkgutil.walk_packages(package.__path__, package_name + ".",
                                                            onerror=lambda n: None)]
        for name in names:
            if name in RUN_BY_A_TOOL:
                continue
            try:
                importlib.import_module(name)
                report["modules"].append(name)
            except BaseException:
                report["errors"][name] = traceback.format_exc(limit=8)

    # Lower layer first, and check what it pulled in before the next layer is loaded.
    for package_name, forbidden in json.loads(sys.argv[1]):
        try:
            walk(package_name)
        except BaseException:
            report["errors"][package_name] = traceback.format_exc(limit=8)
        report["loaded_too_early"][package_name] = sorted(
            m for m in sys.modules if m.split(".")[0] in forbidden)
    print(json.dumps(report))
    """
)

# (package, top-level packages that must not be loaded once it and the layers before it are),
# one interpreter per program: the app's lower layers, and the server on the kernel.
KERNEL = ("champion_app", ["ui", "sync", "server", "PySide6"])
PROGRAMS = {"sync": [KERNEL, ("sync", ["ui", "server", "PySide6"])],
            "server": [KERNEL, ("server", ["ui", "sync", "PySide6"])]}
QT = ["PySide6", "shiboken6"]
# What only the app installs (extra `app`): the server's install has none of it, so neither
# the server nor the kernel under it may need it to import.
APP_EXTRA = [*QT, "PIL", "requests", "keyring", "sqlcipher3", "cryptography"]
BLOCKED = {"sync": QT, "server": APP_EXTRA}


def import_without_qt(layers, cwd: Path = REPO, blocked=QT) -> dict:
    done = subprocess.run([sys.executable, "-c", HARNESS, json.dumps(layers),
                           json.dumps(blocked)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("program", sorted(PROGRAMS))
def test_core_sync_and_server_import_every_module_without_qt(program):
    # And the server, with the kernel under it, without anything of the app's extra either.
    report = import_without_qt(PROGRAMS[program], blocked=BLOCKED[program])
    assert report["qt_blocked"], "the harness failed to make PySide6 unimportable"
    assert not report["errors"], "\n\n".join(f"{m}:\n{tb}" for m, tb in report["errors"].items())
    # Real coverage, not an empty walk: the known modules are all there.
    expected = {"sync": ("sync.engine", "sync.client", "sync.commands.sync"),
                "server": ("server.app", "server.cli", "server.push")}[program]
    for module in ("champion_app.records.kinds", "champion_app.store", "champion_app.cli",
                   "champion_app.paths", "champion_app.log", "champion_app.protocol", *expected):
        assert module in report["modules"]
    assert report["loaded_too_early"] == {"champion_app": [], program: []}, (
        "imports must point down the layers: ui -> sync -> champion_app, server -> champion_app")


def test_the_harness_catches_a_module_that_needs_qt(tmp_path):
    pkg = tmp_path / "leaky"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "fine.py").write_text("import json\n")
    (pkg / "widgets.py").write_text("from PySide6.QtWidgets import QWidget\n")
    report = import_without_qt([("leaky", ["PySide6"])], cwd=tmp_path)
    assert list(report["errors"]) == ["leaky.widgets"]
    assert "blocked" in report["errors"]["leaky.widgets"]
    assert "leaky.fine" in report["modules"]
