"""Help ▸ About names the app's version: what a champion reads out when a coordinator asks
which app they run (the server sees the same version in X-Champion-Version)."""

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

import champion_app


def test_help_about_shows_the_version(qtbot, window):
    seen: dict[str, str] = {}

    def read_and_close(tries: int = 50) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen["title"], seen["text"] = box.windowTitle(), box.text()
            box.accept()
        elif tries:
            QTimer.singleShot(20, lambda: read_and_close(tries - 1))

    QTimer.singleShot(0, read_and_close)
    window.findChild(QAction, "actionAbout").trigger()  # modal: returns once closed
    assert seen["title"] == "About Estate Champion"
    assert f"Estate Champion {champion_app.__version__}" in seen["text"]
