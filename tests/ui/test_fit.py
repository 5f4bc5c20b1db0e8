"""The window fits a small laptop (issue #12): 1366×768 and 1280×720, at 100 % and 125 %
display scaling, and with the system font at 200 %.

Each configuration runs tests/ui/fit_probe.py in a process of its own (Qt fixes the screen and
the scaling when it starts): the real window on the demo patch, every page, every kind of
form and a post-works visit from a job. Nothing may be outside the screen's available area,
no button or label may be narrower than its text, no form may be wider than its view (it
would scroll or be cut sideways), and the main columns of My log and Today keep their room.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def probe(width: int, height: int, scale: float = 1.0, font: float = 1.0) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("QT_SCALE_FACTOR", None)
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.fit_probe", "--width", str(width), "--height",
         str(height), "--scale", str(scale), "--font", str(font)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("width, height, scale", [
    (1366, 768, 1.0), (1366, 768, 1.25), (1280, 720, 1.0), (1280, 720, 1.25)])
def test_every_screen_fits_a_small_laptop(width, height, scale):
    assert probe(width, height, scale) == []


def test_text_at_twice_the_system_font_size_is_not_cut_off():
    assert probe(1366, 768, font=2.0) == []


def test_the_probe_sees_a_window_that_does_not_fit():
    # The window's minimum is wider than this screen: the probe must say so, or the tests
    # above could pass by seeing nothing.
    found = probe(640, 480)
    assert any("outside the screen" in p or "needs at least" in p for p in found), found
