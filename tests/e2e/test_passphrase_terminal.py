"""Without a keyring, on a terminal: the first run asks to choose a passphrase (twice), later
runs ask for it, and a wrong one is refused without changing anything."""

from __future__ import annotations

import json
import os
import pty
import select
import sys
import time

from tests.live_server import ROOT


def on_terminal(data, argv: list[str], answers: list[str], timeout: float = 120) -> tuple[int, str]:
    """Run champion-app with a real terminal, typing each answer when a prompt appears."""
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
           "PYTHONPATH": str(ROOT)}
    env.pop("CHAMPION_PASSPHRASE", None)
    pid, fd = pty.fork()
    if pid == 0:  # the child: champion-app, with the pty as its controlling terminal
        os.chdir(ROOT)
        os.execve(sys.executable, [sys.executable, "-m", "ui", "--data-dir", str(data), *argv],
                  env)
    seen, pending = b"", list(answers)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
                if pending and seen.rstrip().endswith(b":"):
                    # getpass switches echo off with TCSAFLUSH after its prompt, which
                    # drops anything typed too early: wait as a person would.
                    time.sleep(0.5)
                    os.write(fd, pending.pop(0).encode() + b"\n")
                    seen += b"\n"
    finally:
        if time.monotonic() >= deadline:
            os.kill(pid, 9)  # stuck at a prompt: end it rather than hang the suite
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    return os.waitstatus_to_exitcode(status), seen.decode(errors="replace")


def test_the_passphrase_is_chosen_then_asked_for_on_the_terminal(tmp_path):
    data = tmp_path / "data"
    code, out = on_terminal(data, ["info"], ["correct horse battery", "correct horse battery"])
    assert code == 0, out
    assert "no system keyring" in out and "Choose a passphrase" in out
    assert json.loads((data / "key.json").read_text())["store"] == "passphrase"
    code, out = on_terminal(data, ["status", "--json"], ["correct horse battery"])
    assert code == 0 and '"waiting": 0' in out, out
    before = (data / "champion.db").read_bytes()
    code, out = on_terminal(data, ["info"], ["wrong one"] * 3)
    assert code == 2 and "not right" in out, out
    assert (data / "champion.db").read_bytes() == before
