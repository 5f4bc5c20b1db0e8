"""Screens in another language or direction: ``python -m ui.screenshots_i18n DIR``.

Each scene installs its language first (as the app does at start-up, before any widget is
built), opens a fresh window on a temporary demo folder at 1366×768, and grabs it:
``doorstep_cy.png`` (a doorstep conversation in Welsh) and ``today_rtl.png`` (Today laid out
right to left). ``make screenshots`` runs this after ``ui.screenshots``.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QCheckBox, QMessageBox, QPlainTextEdit, QRadioButton

from ui import i18n
from ui.app import DataPaths, application, build_window
from ui.main_window import MainWindow
from ui.screenshots import child, pick, scroll_to, settle, unlock_sample_folders
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

SIZE = (1366, 768)


def doorstep_cy(w: MainWindow) -> None:
    form = w.visit.new_record("doorstep")
    w.show_page("visit")
    pick(form.field("estate_id"), "est-alder")
    pick(form.field("block_id"), "blk-rowan")
    child(form, QCheckBox, "topics_damp_mould").click()
    child(form, QCheckBox, "topics_repairs").click()
    child(form, QRadioButton, "rating_TP01_fairly_satisfied").click()
    child(form, QRadioButton, "rating_TP05_very_dissatisfied").click()
    child(form, QPlainTextEdit, "what_was_said").setPlainText(
        "Mae'r llwydni wedi dod yn ôl yn yr ystafell wely gefn.")
    settle(w.runner)
    section = scroll_to(form, "section_topics")
    top = section.mapTo(form.scroll.widget(), section.rect().topLeft()).y()
    form.scroll.verticalScrollBar().setValue(top - 8)


def today_rtl(w: MainWindow) -> None:
    w.show_page("today")
    w.today.jobs.selectRow(0)


# name, language, layout direction, what to do before the grab
SCENES: list[tuple[str, str, str | None, Callable[[MainWindow], None]]] = [
    ("doorstep_cy", "cy", None, doorstep_cy),
    ("today_rtl", "en", "rtl", today_rtl),
]


def render_scene(out_dir: Path, name: str, language: str, direction: str | None,
                 step: Callable[[MainWindow], None]) -> Path:
    i18n.install(language, direction=direction)
    with tempfile.TemporaryDirectory(prefix="champion-shots-") as tmp:
        where = DataPaths(Path(tmp), Path(tmp) / "champion.db", Path(tmp) / "attachments")
        runner = TaskRunner(where.db_path, where.attachments_dir)
        window = build_window(runner, demo=True)
        window.visit.ask_unsaved = lambda _parent: QMessageBox.StandardButton.Discard
        window.resize(*SIZE)
        window.show()
        try:
            settle(runner, 300)
            step(window)
            settle(runner, 300)
            path = out_dir / f"{name}.png"
            window.grab().save(str(path))
            log.info("Wrote %s", path)
        finally:
            window.close()
            runner.shutdown()
    return path


def render(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    application()
    unlock_sample_folders()  # the sample data's folders are encrypted too
    try:
        return [render_scene(out_dir, *scene) for scene in SCENES]
    finally:
        i18n.uninstall()


def main(argv: list[str] | None = None) -> int:
    from ui.screenshots import render_command

    return render_command("ui.screenshots_i18n", "Render the Welsh and right-to-left screens.", render, argv)


if __name__ == "__main__":
    sys.exit(main())
