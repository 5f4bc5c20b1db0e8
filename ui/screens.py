"""One offscreen screen of a chosen size, for screenshots and the window-fit tests.

Qt fixes the screen and the display scaling when it starts, so this runs before the
QApplication exists (each size in a process of its own).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


def use_screen(width: int, height: int, scale: float | None = None) -> None:
    """Give the offscreen platform one screen of ``width``×``height`` (before Qt starts)."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return  # a real display (Xvfb): its own screen
    config = Path(tempfile.gettempdir()) / f"champion-screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    if scale:
        os.environ["QT_SCALE_FACTOR"] = str(scale)
