"""The server installs and passes its own tests without the app: what a landlord's
`pip install '.[server]'` gets.

A scratch virtual environment gets only ``.[server]`` and the test tools (pip's cache makes
this quick after the first time), must not be able to import PySide6, runs
``champion-server --help``, imports every module of the server package, and runs the server
tests that cover its whole surface there (the real server on loopback, the CLI and the docs it
must match, the Alembic migrations from the installed package, accounts, health and logs,
the demo command; on SQLite). Every tests/server file runs in the main environment, on both
databases; running them all again here doubled the suite's longest test (231 s) for no
more proof that the server needs nothing of the app. The tests run from a copy holding
only tests/ and the docs they check, so every import of ours comes from the installed
package, not from this checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TEST_TOOLS = ["pytest", "pytest-timeout", "httpx", "hypothesis"]  # what tests/server uses
# What the server's tests read besides themselves: conftests, the live-server helper,
# pytest settings, and the docs they compare the CLI and OpenAPI document with.
TEST_FILES = ["pyproject.toml", "README.md", "docs", "tests/__init__.py", "tests/conftest.py",
              "tests/keys.py", "tests/live_server.py", "tests/report_data.py", "tests/server"]
SURFACE = [f"tests/server/{name}.py" for name in (
    "test_live_protocol", "test_openapi_docs_cli", "test_schema_migrations",
    "test_accounts_cli", "test_health_logs", "test_demo_command", "test_erasure_retention")]
_SKIP = shutil.ignore_patterns(".venv", ".git", "build", "*.egg-info", "__pycache__",
                               ".pytest_cache", ".mypy_cache", ".ruff_cache", "bench")


def run(args: list, cwd: Path, timeout: float, **env: str) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **env})
    assert done.returncode == 0, f"{' '.join(map(str, args))}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_the_server_installs_and_passes_its_tests_without_qt(tmp_path):
    source = tmp_path / "source"
    shutil.copytree(REPO, source, ignore=_SKIP)  # the build writes build/ and egg-info here
    scratch = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(scratch)
    python = scratch / "bin" / "python"
    env = {"PIP_DISABLE_PIP_VERSION_CHECK": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    run([python, "-m", "pip", "install", "--quiet", f"{source}[server]", *TEST_TOOLS],
        tmp_path, 900, **env)

    no_qt = subprocess.run([python, "-c", "import PySide6"], capture_output=True, text=True)
    assert no_qt.returncode != 0 and "No module named 'PySide6'" in no_qt.stderr

    helped = run([scratch / "bin" / "champion-server", "--help"], tmp_path, 60)
    assert "serve" in helped.stdout and "demo" in helped.stdout

    tests = tmp_path / "tests-only"
    for name in TEST_FILES:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, tests / name, ignore=_SKIP)
        else:
            (tests / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, tests / name)
    where = run([python, "-c", "import server, champion_app; print(server.__file__)"], tests, 60)
    assert str(scratch) in where.stdout, "the tests must use the installed server"
    # Every module but Alembic's scripts (only Alembic can run them) and __main__ (it runs).
    every_module = ("import importlib, pkgutil, server; "
                    "[importlib.import_module(m.name) for m in "
                    "pkgutil.walk_packages(server.__path__, 'server.') "
                    "if not m.name.startswith('server.alembic') "
                    "and not m.name.endswith('__main__')]; "
                    "import sys; assert 'PySide6' not in sys.modules")
    run([python, "-c", every_module], tests, 120)
    # On SQLite only, the files that reach every part of the installed package.
    done = run([python, "-m", "pytest", *SURFACE, "-q", "-p", "no:cacheprovider",
                "-m", "not postgres"], tests, 1500, **env)
    summary = done.stdout.strip().splitlines()[-1]
    assert " passed" in summary and "failed" not in summary and "error" not in summary, summary
    print(f"\nscratch server-only venv: {summary}")


def test_the_test_copy_holds_what_tests_server_imports():
    # A helper that tests/server starts to import must be copied too (add it to TEST_FILES).
    for path in [*(REPO / "tests" / "server").glob("*.py"), REPO / "tests" / "conftest.py"]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("from tests."):
                module = line.split()[1].replace(".", "/") + ".py"
                assert module in TEST_FILES, f"{path.name} imports {module}: add it"
