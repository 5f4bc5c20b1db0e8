"""The main window opens within the screen's available area, and remembers its size.

It used to open at 1280×860 whatever the screen: on a 1366×768 laptop Close, Save draft,
Submit and the status bar were below the screen until maximised (issue #12). Now:

* a size saved last time is restored, then kept within today's screen (a laptop may have
  left its bigger monitor behind);
* otherwise the window opens at its preferred size when that fits with room for its frame,
  and maximised (exactly the available area) when it does not;
* the size is saved in ``window.ini`` in the data folder, never in the person's global
  settings, so a demo or a second data folder keeps its own.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1280, 860)
FRAME = QSize(16, 40)  # room for a window manager's title bar and borders
KEY = "main_window/geometry"


def window_settings(data_dir: Path) -> QSettings:
    """The window's own settings file in the data folder."""
    return QSettings(str(Path(data_dir) / "window.ini"), QSettings.Format.IniFormat)


def available(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def place(window: QWidget, settings: QSettings | None) -> bool:
    """Size and place ``window`` before it is shown; True when it should open maximised."""
    area = available(window)
    saved = settings.value(KEY) if settings is not None else None
    if isinstance(saved, QByteArray | bytes) and window.restoreGeometry(QByteArray(saved)):
        keep_within(window, area)
        return False
    if (PREFERRED + FRAME).width() <= area.width() and (
            PREFERRED + FRAME).height() <= area.height():
        window.resize(PREFERRED)
        window.move(area.center() - window.rect().center())
        return False
    window.resize(PREFERRED.boundedTo(area.size()))
    window.move(area.topLeft())
    return True


def keep_within(window: QWidget, area: QRect) -> None:
    """Never larger than the available area, and on it."""
    size = window.size().boundedTo(area.size() - FRAME)
    if size != window.size() and not window.isMaximized():
        window.resize(size)
    geometry = window.frameGeometry()
    x = min(max(geometry.x(), area.left()), area.right() - geometry.width() + 1)
    y = min(max(geometry.y(), area.top()), area.bottom() - geometry.height() + 1)
    if (x, y) != (geometry.x(), geometry.y()):
        window.move(x, y)


def remember(window: QWidget, settings: QSettings | None) -> None:
    if settings is not None:
        settings.setValue(KEY, window.saveGeometry())
        settings.sync()
        # Only a size, but the data folder's rule is "every file private" (docs/security.md).
        if os.name == "posix" and Path(settings.fileName()).is_file():
            os.chmod(settings.fileName(), 0o600)
