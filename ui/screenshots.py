"""Render every screen offscreen with demo data into PNGs: ``python -m ui.screenshots DIR``.

Uses a temporary demo data folder (never the person's own), the real window and task runner
and, when it starts, the local demo server with the real sync controller (as ``make run``
does, synced first so the screens show a connected laptop); without it the screens are
rendered offline. The window is as it opens on a 1366×768 laptop screen (``--screen``).
Each grab waits for the work to finish. The screens of issue #12 (``*_1366.png``: other
screen sizes, scaling, a laptop that never connected) are in `ui.screenshots_fit`.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ui.app import DataPaths, application, attach_sync, build_window, start_demo_services
from ui.main_window import MainWindow
from ui.screens import use_screen
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

SCREEN = (1366, 768)  # a common small laptop: the window must fit it (issue #12)


def settle(runner: TaskRunner, extra_ms: int = 150, limit_s: float = 20.0) -> None:
    """Process events until the DB worker is idle, then a little longer for layouts/paint."""
    app = QApplication.instance()
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        app.processEvents()
        if not runner.busy:
            break
        time.sleep(0.01)
    end = time.monotonic() + extra_ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def pick(combo: QComboBox, ident: str) -> None:
    combo.setCurrentIndex(max(combo.findData(ident), 0))


def child(w: QWidget, kind, name: str):
    found = w.findChild(kind, name)
    if found is None:
        raise LookupError(f"{kind.__name__} {name} not found")
    return found


def scroll_to(form, name: str) -> QWidget:
    """The section to bring to the top once the new form has been laid out."""
    widget = form.findChild(QWidget, name)
    if widget is None:
        raise LookupError(name)
    return widget


def _scroll(window: MainWindow, widget: QWidget) -> None:
    form = window.visit.form
    top = widget.mapTo(form.scroll.widget(), widget.rect().topLeft()).y()
    form.scroll.verticalScrollBar().setValue(top - 8)


# -- the screens ------------------------------------------------------------------------------
def today(w: MainWindow) -> None:
    w.show_page("today")
    w.today.jobs.selectRow(0)


def post_works(w: MainWindow) -> None:
    job = next(j for j in w.ref.jobs if len(j.get("operative_ids") or []) > 1)
    w.start_visit(job)


def post_works_journey(w: MainWindow) -> QWidget:
    form = w.visit.form
    child(form, QRadioButton, "ease_of_reporting_fairly_satisfied").click()
    child(form, QRadioButton, "priority_explained_yes").click()
    child(form, QRadioButton, "part1_rating_fairly_satisfied").click()
    pick(child(form, QComboBox, "appointment_kept"), "late")
    child(form, QSpinBox, "visits_needed").setValue(2)
    child(form, QRadioButton, "part2_rating_fairly_dissatisfied").click()
    return scroll_to(form, "section_part1")


def post_works_operatives(w: MainWindow) -> QWidget:
    form = w.visit.form
    child(form, QRadioButton, "operative_0_showed_id_yes").click()
    child(form, QRadioButton, "operative_0_overall_very_satisfied").click()
    child(form, QLineEdit, "operative_0_compliment").setText("Explained everything, very tidy.")
    return scroll_to(form, "section_operatives")


def doorstep_hazard(w: MainWindow) -> QWidget:
    w.visit.close_form()
    form = w.visit.new_record("doorstep")
    pick(form.field("estate_id"), "est-alder")
    pick(form.field("block_id"), "blk-rowan")
    child(form, QCheckBox, "topics_damp_mould").click()
    child(form, QRadioButton, "rating_TP05_very_dissatisfied").click()
    child(form, QPlainTextEdit, "what_was_said").setPlainText(
        "Mould is back in the back bedroom; the baby's cot is against that wall.")
    pick(form.field("payload.hazard"), "damp_mould")
    child(form, QPlainTextEdit, "hazard_details").setPlainText(
        "Black mould across the bedroom ceiling, flat 11.")
    child(form, QCheckBox, "consent_contact").click()
    child(form, QLineEdit, "contact_phone").setText("07700 900123")
    return scroll_to(form, "section_hazard")


def form_errors(w: MainWindow) -> None:
    w.visit.close_form()
    form = w.visit.new_record("post_works")
    child(form, QRadioButton, "ease_of_reporting_very_dissatisfied").click()
    w.visit.submit_button.click()
    form.scroll.verticalScrollBar().setValue(0)


def block(w: MainWindow) -> QWidget:
    w.visit.close_form()
    form = w.visit.new_record("block")
    pick(form.field("estate_id"), "est-brook")
    pick(form.field("block_id"), "blk-kingfisher")
    for item, score in (("floors_stairs", "B"), ("lighting", "C"), ("bin_areas", "D"),
                        ("lifts", "D"), ("fire_doors_signage", "A")):
        pick(child(form, QComboBox, f"condition_{item}"), score)
    form.add_household.click()
    child(form, QLineEdit, "household_0_flat").setText("14")
    pick(child(form, QComboBox, "household_0_rating"), "fairly_satisfied")
    child(form, QLineEdit, "household_0_comment").setText("Lift fixed quickly this time.")
    return scroll_to(form, "section_trigger")


def welcome(w: MainWindow) -> QWidget:
    w.visit.close_form()
    form = w.visit.new_record("welcome")
    pick(form.field("estate_id"), "est-castle")
    pick(form.field("home_id"), "home-bishops-7")
    pick(child(form, QComboBox, "welcome_pack_format"), "easy_read")
    child(form, QRadioButton, "explained_how_to_report_yes").click()
    return scroll_to(form, "section_tenancy")


def walkabout(w: MainWindow) -> QWidget:
    w.visit.close_form()
    form = w.visit.new_record("walkabout")
    pick(form.field("estate_id"), "est-brook")
    for item, score in (("paths", "C"), ("grounds", "B"), ("external_litter", "D")):
        pick(child(form, QComboBox, f"condition_{item}"), score)
    return scroll_to(form, "section_conditions")


def my_log(w: MainWindow) -> None:
    w.visit.close_form()
    w.show_page("log")
    w.log_page.hazard.setChecked(False)
    w.log_page.table.selectRow(0)


def my_log_search(w: MainWindow) -> None:
    w.log_page.search.setText("mould")
    w.log_page.apply_filter()


def my_log_detail(w: MainWindow) -> None:
    w.log_page.table.selectRow(0)


def you_said(w: MainWindow) -> None:
    w.show_page("you_said")


def sync(w: MainWindow) -> None:
    w.show_page("sync")


SCREENS: list[tuple[str, Callable[[MainWindow], QWidget | None]]] = [
    ("today", today), ("post_works", post_works), ("post_works_journey", post_works_journey),
    ("post_works_operatives", post_works_operatives), ("doorstep_hazard", doorstep_hazard),
    ("form_errors", form_errors), ("block", block), ("welcome", welcome),
    ("walkabout", walkabout), ("my_log", my_log), ("my_log_search", my_log_search),
    ("my_log_detail", my_log_detail), ("you_said", you_said), ("sync", sync),
]


def _start_sync(window: MainWindow, runner: TaskRunner, where: DataPaths):
    """The demo server and one finished sync, or (None, None) when it cannot start."""
    try:
        server = start_demo_services(where)
    except Exception as exc:  # screenshots still work offline
        log.warning("Demo server did not start (%s); rendering offline", exc)
        return None, None
    if server is None:
        return None, None
    controller = attach_sync(window, runner)
    finished: list = []
    controller.sync_finished.connect(finished.append)
    deadline = time.monotonic() + 60
    while not finished and time.monotonic() < deadline:
        settle(runner, 50)
    return server, controller


def unlock_sample_folders() -> None:
    """How every screenshot module opens its temporary folders of sample data: as
    `champion-app --demo` does where there is no keyring, with the demo's key file in the
    folder, so nothing is left in the system keyring when the folders are deleted."""
    from champion_app.vault import Unlocker, set_default

    set_default(Unlocker(None, demo=True))


def render(out_dir: Path, screens: list[tuple[str, Callable[[MainWindow], QWidget | None]]]
           | None = None) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    app = application()
    unlock_sample_folders()
    written = []
    with tempfile.TemporaryDirectory(prefix="champion-shots-") as tmp:
        where = DataPaths(Path(tmp), Path(tmp) / "champion.db", Path(tmp) / "attachments")
        runner = TaskRunner(where.db_path, where.attachments_dir)
        window = build_window(runner, demo=True)
        # Each screen starts a new form: never stop on "save your changes?" here.
        window.visit.ask_unsaved = lambda _parent: QMessageBox.StandardButton.Discard
        window.show_fitted()
        server = controller = None
        try:
            settle(runner, 300)
            server, controller = _start_sync(window, runner, where)  # a connected laptop
            for name, step in screens or SCREENS:
                target = step(window)
                settle(runner)
                if target is not None:
                    _scroll(window, target)
                    settle(runner)
                path = out_dir / f"{name}.png"
                window.grab().save(str(path))
                written.append(path)
                log.info("Wrote %s", path)
        finally:
            if controller is not None:
                controller.shutdown()
            window.close()
            runner.shutdown()
            if server is not None:
                server.stop()
    app.processEvents()
    if screens is not None:  # a scene of its own (ui/screenshots_fit.py): nothing else
        return written
    from ui.screenshots_reports import render_reports  # a coordinator's data of its own

    return written + render_reports(out_dir)


def render_command(module: str, description: str, render_to: Callable[[Path], object],
                   argv: list[str] | None = None) -> int:
    """The command line of a screenshot module: `python -m <module> OUT_DIR`."""
    parser = argparse.ArgumentParser(prog=f"python -m {module}", description=description)
    parser.add_argument("out_dir", type=Path, help="folder for the PNG files")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    render_to(args.out_dir)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots",
                                     description="Render every screen with demo data.")
    parser.add_argument("out_dir", type=Path, help="folder for the PNG files")
    parser.add_argument("--screen", default=f"{SCREEN[0]}x{SCREEN[1]}",
                        help="the offscreen screen, WIDTHxHEIGHT (default: %(default)s)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    width, height = (int(n) for n in args.screen.split("x"))
    use_screen(width, height)
    render(args.out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
