"""The frozen app's entry point (packaging/champion_app_frozen.py), run from source.

A frozen build has no Python: demo mode starts its server as ``[sys.executable, "-m",
"server.cli", ...]``, and ``sys.executable`` is the app. The entry must answer that command
line with the server's CLI, and everything else with champion-app's.
"""

import subprocess
import sys
from pathlib import Path

ENTRY = Path(__file__).resolve().parents[2] / "packaging" / "champion_app_frozen.py"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ENTRY), *args], capture_output=True, text=True,
                          timeout=60, cwd=ENTRY.parent.parent)


def test_dash_m_server_cli_runs_the_server_cli():
    result = run("-m", "server.cli", "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: champion-server")


def test_anything_else_is_champion_app():
    result = run("--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: champion-app")


def test_other_modules_are_not_run():
    # The app is not a general interpreter: "-m anything" is champion-app's (bad) arguments.
    result = run("-m", "champion_app", "--help")
    assert result.returncode == 2
    assert "champion-app" in result.stderr
