"""Layers (ARCHITECTURE.md): champion_app and sync import without PySide6, and imports point one way.

Each check runs in a fresh interpreter where PySide6 and shiboken6 cannot be imported, so a
module that imports Qt, even indirectly and only at import time, fails here.
"""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

HARNESS = textwrap.dedent(
    """
    import importlib, importlib.abc, json, pkgutil, sys, traceback

    BLOCKED = ("PySide6", "shiboken6")

    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"{name} is blocked: this layer must not need Qt")
            return None

    sys.meta_path.insert(0, NoQt())
    report = {"qt_blocked": False, "modules": [], "errors": {}, "loaded_too_early": {}}
    try:
        import PySide6  # noqa: F401
    except ImportError:
        report["qt_blocked"] = True

    def walk(package_name):
        package = importlib.import_module(package_name)
        names = [package_name]
        if hasattr(package, "__path__"):
            names += [m.name for m in pkgutil.walk_packages(package.__path__, package_name + ".",
                                                            onerror=lambda n: None)]
        for name in names:
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

# (package, top-level packages that must not be loaded once it and the layers below are).
LAYERS = [("champion_app", ["ui", "sync", "server", "PySide6"]),
          ("sync", ["ui", "server", "PySide6"])]


def import_without_qt(layers, cwd: Path = REPO) -> dict:
    done = subprocess.run([sys.executable, "-c", HARNESS, json.dumps(layers)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_core_and_sync_import_every_module_without_qt():
    report = import_without_qt(LAYERS)
    assert report["qt_blocked"], "the harness failed to make PySide6 unimportable"
    assert not report["errors"], "\n\n".join(f"{m}:\n{tb}" for m, tb in report["errors"].items())
    # Real coverage, not an empty walk: the known modules are all there.
    for expected in ("champion_app.records.kinds", "champion_app.store", "champion_app.cli",
                     "champion_app.paths", "champion_app.log", "champion_app.protocol", "sync.engine"):
        assert expected in report["modules"]
    assert report["loaded_too_early"] == {"champion_app": [], "sync": []}, (
        "imports must point down the layers: ui -> sync -> champion_app")


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
