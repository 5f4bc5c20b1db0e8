"""The window's frame comes first, its pages after (ui/startup.py, ui/window_pages.py).

Real widgets offscreen, a real SQLite file: the frame is shown and answers the navigation
before any page exists, the page asked for is built first and then shown in place of the
placeholder, and the heavy modules are not imported until something needs them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from ui.main_window import MainWindow
from ui.navigation import PAGES
from ui.startup import Startup

from .conftest import wait_idle

ROOT = Path(__file__).resolve().parents[2]


def test_the_frame_answers_the_navigation_before_its_pages_exist(qtbot, patch, runner):
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    assert window.pages == {}
    assert window.stack.currentWidget() is window.placeholder
    assert window.placeholder.text() == "Opening your log…"

    window.go_actions["log"].trigger()  # Ctrl+3, before any page is built
    assert window.current_page() == "log"
    assert window.stack.currentWidget() is window.placeholder
    assert window.next_page_to_build() == "log"  # the page a person is waiting for first

    window.attach_runner(runner)
    window.load()
    startup = Startup(window)
    with qtbot.waitSignal(startup.pages_built, timeout=20_000):
        startup.build_pages()
    assert set(window.pages) == {spec.key for spec in PAGES}
    assert window.stack.currentWidget() is window.log_page
    wait_idle(qtbot, runner)
    assert window.ref.estates  # pages built after load() still got the reference data
    assert window.today.isEnabled()


def test_a_page_asked_for_before_its_turn_is_built_then(qtbot, patch, runner):
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.attach_runner(runner)
    window.show()
    window.load()
    visit = window.visit  # File ▸ New visit and the like reach the page at once
    assert set(window.pages) == {"visit"}
    window.show_page("visit")
    assert window.stack.currentWidget() is visit
    assert window.next_page_to_build() == "today"
    wait_idle(qtbot, runner)


def test_closing_before_the_pages_are_built_closes(qtbot):
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    assert window.close()
    assert not window.isVisible()


def test_the_frame_imports_no_page_store_or_record_models():
    """In a fresh interpreter: building and showing the frame leaves the heavy modules
    unimported; the first page asked for imports its own module then."""
    script = textwrap.dedent("""
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from ui.app import application
        from ui.main_window import MainWindow
        application()
        window = MainWindow(None)
        window.show()
        app.processEvents()
        heavy = ("champion_app.store", "champion_app.protocol", "champion_app.records",
                 "pydantic", "sqlite_utils", "ui.reports.page", "ui.log.view", "ui.tasks")
        print("before=" + ",".join(name for name in heavy if name in sys.modules))
        from ui.tasks import TaskRunner
        window.attach_runner(TaskRunner(sys.argv[1] + "/champion.db"))
        window.page("reports")
        print(f"after={'ui.reports.page' in sys.modules},{'ui.log.view' in sys.modules}")
        # The wheel guard comes after the pages (ui/wheel.py): their answer controls get
        # its focus rule then, as those made after it get it from the guard itself.
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QComboBox
        from ui.wheel import install_wheel_guard
        window.build_all_pages()
        def wheel_focused():
            return sum(box.focusPolicy() == Qt.FocusPolicy.WheelFocus
                       for box in window.findChildren(QComboBox))
        before = wheel_focused()
        install_wheel_guard(existing=window)
        print(f"wheel={before > 0},{wheel_focused()}")
        window.runner.shutdown()
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run([sys.executable, "-c", script, folder], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    lines = dict(line.split("=", 1) for line in done.stdout.splitlines() if "=" in line)
    assert lines["before"] == ""
    assert lines["after"] == "True,False"
    assert lines["wheel"] == "True,0"


def test_the_modules_imported_off_the_ui_thread_never_import_qt():
    """PySide6 crashes when two threads set up its types at once (a Qt class's first
    import does that): what `ui.startup` imports on its thread must not import PySide6.
    Read from ui/startup.py's source, since importing ui.startup imports Qt itself."""
    import ast

    tree = ast.parse((ROOT / "ui" / "startup.py").read_text(encoding="utf-8"))
    heavy = next(ast.literal_eval(node.value) for node in tree.body
                 if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "")
                 == "HEAVY_MODULES")
    script = ("import importlib, sys\n"
              f"for name in {list(heavy)!r}:\n"
              "    importlib.import_module(name)\n"
              "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "champion_app.store" in heavy
    assert done.stdout.strip() == "[]"


def test_menu_actions_built_after_the_paint_stay_off_while_locked(qtbot):
    """The frame is shown locked with its menus' titles only; the actions built after the
    first paint are off (shortcuts too) until the window is unlocked, then as the role
    wants them: the menu commands never reach a page before the key is found."""
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.set_locked(True)
    window.show()
    assert [menu.objectName() for menu in window._menus.values()] == [
        "menuFile", "menuEdit", "menuGo", "menuSync", "menuHelp"]
    assert not window._actions_built  # none before the first paint
    assert not window.menuBar().isEnabled()

    window.build_menu_actions()
    actions = [a for a in window.actions() if a.objectName().startswith("action")]
    assert len(actions) == 23
    assert not any(action.isEnabled() for action in actions)
    assert window.go_actions["log"].shortcut().toString() == "Ctrl+3"

    window.set_locked(False)
    assert window.menuBar().isEnabled()
    assert window.new_action.isEnabled() and window.go_actions["log"].isEnabled()
    assert not window.connect_action.isEnabled()  # no sync controller yet
    assert not window.erase_action.isVisible()  # a champion's window


def test_the_lock_screen_builds_its_other_cards_after_the_paint(qtbot):
    """Only "Opening your data…" is built for the first paint; a card asked for before
    the others are built is built then, and the PIN path works as before."""
    from ui.security.lock_screen import LockScreen

    screen = LockScreen()
    qtbot.addWidget(screen)
    screen.show_opening()
    assert screen.pages.count() == 1
    screen.pin.setText("1234")  # the PIN field, asked for first: every card built now
    assert screen.pages.count() == 7
    entered = []
    screen.pin_entered.connect(entered.append)
    screen.show_locked(can_use_passphrase=True)
    screen.pin.setText("2468")
    screen.pin_button.click()
    assert entered == ["2468"]


def test_the_opening_card_keeps_its_size_when_the_other_cards_are_built(qtbot):
    """Seen at a first start under Xvfb: "Opening your data…" grew to the tallest card's
    height half a second in, when the other cards were added behind it. Each card is now
    as tall as its own contents, whichever cards exist."""
    from ui.security.lock_screen import LockScreen

    screen = LockScreen()
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show_opening()
    screen.show()
    qtbot.waitExposed(screen)
    opening_height = screen.pages.sizeHint().height()
    screen.build_cards()
    assert screen.pages.sizeHint().height() == opening_height
    screen.show_pin_setup(15)
    pin_setup = screen.pages.currentWidget()
    assert screen.pages.sizeHint().height() == pin_setup.sizeHint().height()


def test_the_page_area_asks_for_the_room_of_the_page_shown_not_the_largest(qtbot, patch,
                                                                             runner):
    """Every page sits in one stack, Reports and Review among them; a stack asks for the
    largest page's room unless told otherwise, and then the window could not be made
    smaller than the largest page even while showing a small one."""
    window = MainWindow(runner)
    qtbot.addWidget(window)
    window.show()
    sync_needs = window.sync_page.minimumSizeHint()
    window.show_page("sync")
    assert window.stack.minimumSizeHint() == sync_needs
    largest = max(page.minimumSizeHint().height() for page in window.pages.values())
    assert sync_needs.height() < largest  # else this test would prove nothing
