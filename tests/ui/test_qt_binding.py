"""The installed Qt binding keeps Python's reference counts (found while building issue #12).

PySide6 6.12.0 on Python 3.11 dropped one reference to ``None`` on every call of a Qt method
that returns nothing (``setText``, ``update``…). None is not immortal before Python 3.12, so
after a few thousand such calls the interpreter aborted ("deallocating None"): the UI tests
did, and the app would have, mid-visit. pyproject.toml keeps that release out; this test fails
if an installed binding does it again.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QWidget


def test_calling_qt_methods_keeps_references_to_none(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    label = QLabel(widget)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        widget.update()
    lost = before - sys.getrefcount(None)
    assert lost < 50, f"the Qt binding lost {lost} references to None in 1000 calls"
