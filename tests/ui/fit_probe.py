"""Open the app on a given screen and report whatever does not fit (run by test_fit.py).

``python -m tests.ui.fit_probe --width 1366 --height 768 --scale 1.25 --font 1.0`` prints a
JSON list of problems (empty when everything fits). It runs in a process of its own because
the screen size and the display scaling are fixed when Qt starts. The window is the real
one, on the demo patch, with every page and every kind of form (and a post-works visit
started from a job) shown in turn.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path


def problems_of(window, app, label: str) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    found: list[str] = []
    screen = window.screen().availableGeometry()
    # At 125 % the screen is 1092.8 pixels wide: Qt rounds the area down and the window up.
    if not screen.adjusted(-1, -1, 1, 1).contains(window.frameGeometry()):
        found.append(f"{label}: the window {window.frameGeometry().getRect()} is outside the "
                     f"screen's available area {screen.getRect()}")
    hint = window.minimumSizeHint()
    if hint.width() > screen.width() or hint.height() > screen.height():
        found.append(f"{label}: the window needs at least {hint.width()}×{hint.height()}")
    inside = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QAbstractButton | QLabel) and not (
                isinstance(widget, QLabel) and widget.wordWrap()):
            need = widget.minimumSizeHint().width()
            if widget.width() + 1 < need and widget.text():
                found.append(f"{label}: {name} is cut off ({widget.width()} < {need} px)")
        if isinstance(widget, QAbstractButton) and widget.parentWidget() is not None:
            top_left = widget.mapTo(window, widget.rect().topLeft())
            if not inside.contains(top_left) and _on_page(widget):
                found.append(f"{label}: {name} is outside the window at {top_left.toTuple()}")
    return found


def _on_page(widget) -> bool:
    """Not inside a scroll area (a form's body scrolls: its buttons may be out of view)."""
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return False
        parent = parent.parentWidget()
    return True


def form_problems(form, label: str) -> list[str]:
    body, viewport = form.scroll.widget(), form.scroll.viewport()
    found = []
    if body.width() > viewport.width() or body.minimumSizeHint().width() > viewport.width():
        found.append(f"{label}: the form is wider than its view ({body.minimumSizeHint().width()}"
                     f" > {viewport.width()} px), so it would scroll or be cut sideways")
    return found


def scale_rows(form, label: str) -> list[str]:
    """A five-point scale stays on one row (it wrapped over two)."""
    from ui.choices import ScaleGroup

    found = []
    for group in form.findChildren(ScaleGroup):
        if not group.isVisibleTo(form):
            continue
        points = [b for code, b in group._buttons.items() if code not in (None, "no_answer")]
        if len({b.y() for b in points}) > 1:
            found.append(f"{label}: {group.objectName()}'s scale wraps over two rows")
    return found


def table_problems(table, label: str, main_column: int, main_min: int) -> list[str]:
    header, viewport = table.horizontalHeader(), table.viewport()
    found = []
    if header.length() > viewport.width() + 1:
        found.append(f"{label}: the columns ({header.length()} px) are wider than the table "
                     f"({viewport.width()} px)")
    if header.sectionSize(main_column) < main_min:
        found.append(f"{label}: the main column is {header.sectionSize(main_column)} px, "
                     f"under {main_min} px")
    return found


def probe(font_scale: float) -> list[str]:
    from PySide6.QtWidgets import QMessageBox

    from champion_app.demo import load_patch
    from champion_app.records import KINDS
    from champion_app.store import Store
    from ui.app import application
    from ui.main_window import MainWindow
    from ui.screenshots import unlock_sample_folders
    from ui.tasks import TaskRunner

    unlock_sample_folders()  # a temporary folder of sample data, keyed as the demo's
    app = application()
    if font_scale != 1:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * font_scale)
        app.setFont(font)
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "champion.db"
        with Store.open(db) as store:
            load_patch(store)
        runner = TaskRunner(db, Path(tmp) / "attachments")
        window = MainWindow(runner)
        window.visit.ask_unsaved = lambda _parent: QMessageBox.StandardButton.Discard
        window.load()
        window.show_fitted()
        settle(app, runner)
        char = window.fontMetrics().averageCharWidth()
        try:
            for page in ("today", "log", "you_said", "sync"):
                window.show_page(page)
                settle(app, runner)
                found += problems_of(window, app, page)
            window.show_page("log")
            settle(app, runner)
            log_width = window.log_page.table.viewport().width()
            found += table_problems(window.log_page.table, "my log", 6,
                                    min(36 * char, int(log_width * 0.3)))
            found += table_problems(window.today.jobs, "today", 3, 12 * char)
            window.show_page("visit")
            for kind in KINDS.codes:
                form = window.visit.new_record(kind)
                settle(app, runner)
                found += problems_of(window, app, kind) + form_problems(form, kind)
                window.visit._set_form(None)
            window.start_visit(next(j for j in window.ref.jobs if j.get("home_id")))
            settle(app, runner)
            window.visit.form.add_operative.click()
            window.visit.form.tsm.ask.setChecked(True)
            settle(app, runner)
            found += problems_of(window, app, "post_works from a job")
            found += form_problems(window.visit.form, "post_works from a job")
            if font_scale == 1:  # with twice the font, a scale may wrap rather than be cut
                found += scale_rows(window.visit.form, "post_works from a job")
        finally:
            window.close()
            runner.shutdown()
    return found


def settle(app, runner) -> None:
    import time

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        app.processEvents()
        if not runner.busy:
            break
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--width", type=int, required=True)
    parser.add_argument("--height", type=int, required=True)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--font", type=float, default=1.0, help="system font size multiplier")
    args = parser.parse_args()
    from ui.screens import use_screen

    use_screen(args.width, args.height, args.scale if args.scale != 1 else None)
    print(json.dumps(probe(args.font)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
