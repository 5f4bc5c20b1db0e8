"""The window remembers its size, in the data folder, within the screen (issue #12).

That it opens within a laptop's screen is shown by tests/ui/test_fit.py, on 1366×768 and
1280×720 screens; the test screen here is Qt's offscreen default, 800×800.
"""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from ui.main_window import MainWindow
from ui.window_fit import KEY, PREFERRED, place, remember, window_settings


def test_the_size_is_remembered_in_the_data_folder(qtbot, tmp_path):
    settings = window_settings(tmp_path)
    first = QWidget()
    qtbot.addWidget(first)
    place(first, settings)
    first.show()
    first.resize(QSize(600, 450))
    remember(first, settings)
    assert (tmp_path / "window.ini").exists()

    again = QWidget()
    qtbot.addWidget(again)
    assert place(again, window_settings(tmp_path)) is False  # not maximised: as it was
    assert again.size() == QSize(600, 450)


def test_a_size_saved_on_a_bigger_screen_is_kept_within_this_one(qtbot, tmp_path):
    settings = window_settings(tmp_path)
    big = QWidget()
    qtbot.addWidget(big)
    big.setGeometry(0, 0, 2400, 1500)  # as on a large monitor, left behind
    remember(big, settings)
    again = QWidget()
    qtbot.addWidget(again)
    place(again, window_settings(tmp_path))
    area = again.screen().availableGeometry()
    assert again.width() <= area.width() and again.height() <= area.height()


def test_without_a_saved_size_a_screen_too_small_opens_maximised(qtbot, tmp_path):
    fresh = QWidget()
    qtbot.addWidget(fresh)
    area = fresh.screen().availableGeometry()
    assert PREFERRED.height() > area.height()  # 860 on the 800×800 test screen
    assert place(fresh, window_settings(tmp_path)) is True
    assert fresh.width() <= area.width() and fresh.height() <= area.height()


def test_the_main_window_saves_its_size_when_closed(qtbot, patch, runner, tmp_path):
    window = MainWindow(runner, settings=window_settings(tmp_path))
    qtbot.addWidget(window)
    window.show_fitted()
    window.close()
    assert window_settings(tmp_path).value(KEY) is not None


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_size_file_is_private_like_everything_in_the_data_folder(qtbot, patch, runner,
                                                                       tmp_path):
    window = MainWindow(runner, settings=window_settings(tmp_path))
    qtbot.addWidget(window)
    window.show_fitted()
    window.close()
    assert stat.S_IMODE((tmp_path / "window.ini").stat().st_mode) == 0o600
