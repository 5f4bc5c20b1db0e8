"""Starting the GUI: QApplication, style, the task runner, demo data, the main window.

``champion_app/cli.py`` calls `run_gui(args)` when no subcommand is given; it has already set
up logging and resolved ``args.db_path`` / ``args.attachments_path`` (demo-aware).
"""

from __future__ import annotations

import gc
import logging
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

import resources
from champion_app import paths
from champion_app.log import open_log_file
from ui import i18n
from ui.errors import install_excepthook, user_message
from ui.main_window import MainWindow
from ui.startup import Startup
from ui.window_fit import window_settings

if TYPE_CHECKING:  # imported after the first paint (ui/startup.py)
    from ui.tasks import TaskRunner

log = logging.getLogger(__name__)


@dataclass
class DataPaths:
    data_dir: Path
    db_path: Path
    attachments_dir: Path
    role: str = "champion"                # the demo's role (outside the demo, the server's)
    demo_server_dir: Path | None = None   # the demo server's database, shared by both demos

    @classmethod
    def from_args(cls, args: Any) -> DataPaths:
        demo = bool(getattr(args, "demo", False))
        chosen = getattr(args, "data_dir", None)
        role = getattr(args, "role", None) or "champion"
        return cls(
            data_dir=Path(getattr(args, "data_path", None)
                          or paths.data_dir(chosen, demo=demo, role=role)),
            db_path=Path(getattr(args, "db_path", None)
                         or paths.db_path(chosen, demo=demo, role=role)),
            attachments_dir=Path(getattr(args, "attachments_path", None)
                                 or paths.attachments_dir(chosen, demo=demo, role=role)),
            role=role, demo_server_dir=paths.demo_server_dir(chosen) if demo else None)


def application() -> QApplication:
    """The one QApplication, with the app's names and style sheet."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Estate Champion")
    app.setOrganizationName("EstateChampion")
    app.setApplicationDisplayName("Estate Champion")
    try:
        app.setStyleSheet(resources.path("style.qss").read_text(encoding="utf-8"))
    except OSError:
        log.warning("Style sheet missing; using the plain system look")
    # The DB worker is Python too: hand the GIL back to the UI thread more often than the
    # default 5 ms, so a page of rows being built never shows as a stutter while scrolling.
    sys.setswitchinterval(0.001)
    # Text follows the system font; nothing below sets a pixel size.
    app.setFont(QFont(app.font()))
    # The wheel guard (ui/wheel.py) is installed by the window as it gets its pages: the
    # first event a Python filter on the application sees costs ~20 ms of PySide6's type
    # set-up, which would otherwise come before the first paint.
    return app


def start_demo_services(where: DataPaths):
    """Demo mode's local demo server (``champion-server demo``, started by sync/demo.py);
    the handle has ``.url`` and ``.stop()``. Raises when it cannot start: the caller then
    carries on offline."""
    from sync.demo import start_demo_server

    handle = start_demo_server(where.data_dir, db_path=where.db_path,
                               attachments_dir=where.attachments_dir, role=where.role,
                               server_dir=where.demo_server_dir)
    log.info("Demo server started at %s", handle.url)
    return handle


def attach_sync(window: MainWindow, runner: TaskRunner):
    """Plug the sync controller (ui/sync/controller.py) into the window."""
    from ui.sync.controller import SyncController

    controller = SyncController(runner, window)
    window.set_sync_controller(controller)
    controller.start()
    return controller


def choose_language(data_dir: Path, language: str | None = None,
                    direction: str | None = None) -> str:
    """Install the language (``--language``, else the saved choice, else the system's) before
    any widget is built; returns it."""
    choice = language or i18n.saved_choice(i18n.app_settings(data_dir))
    return i18n.install(i18n.resolve(choice), direction=direction).language


def build_window(runner: TaskRunner, *, demo: bool, role: str = "champion",
                 data_dir: Path | None = None, settings: QSettings | None = None
                 ) -> MainWindow:
    """The window, with its first data load (and demo data first, in demo mode) queued.
    With ``data_dir``, *Edit ▸ Settings* keeps its choices there; ``settings`` keeps the
    window's size (`ui.window_fit.window_settings`).

    The coordinator demo writes no sample records of its own: everything it reviews comes
    from the demo server (the demo champions' records), as it would at a landlord's office.
    """
    window = MainWindow(runner, demo=demo, role=role if demo else None, settings=settings)
    if data_dir is not None:
        window.settings_requested.connect(lambda: open_settings(window, data_dir))
    open_data(window, runner, demo=demo, role=role)
    return window


def open_data(window: MainWindow, runner: TaskRunner, *, demo: bool, role: str) -> None:
    """Queue the demo data (in demo mode), the opening of the database and the window's first
    loads; they run once the key is known."""
    if demo:
        from champion_app.demo import load_patch, prepare_demo

        prepare = prepare_demo if role == "champion" else load_patch
        # Queued before the window's first loads: the single DB worker runs them in order.
        runner.op("demo data", prepare).failure(lambda e: _fatal(window, e)).run()
    runner.op("open database", lambda store: None).failure(lambda e: _fatal(window, e)).run()
    window.load()


def open_settings(window: MainWindow, data_dir: Path):
    """*Edit ▸ Settings*: the language (and what else the app lets a person choose)."""
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(i18n.app_settings(data_dir), window)
    dialog.saved.connect(lambda message: window.statusBar().showMessage(message, 15000))
    dialog.open()
    return dialog


def _fatal(window: MainWindow, error: BaseException) -> None:
    log.error("Cannot start: %s", error)
    QMessageBox.critical(window, QCoreApplication.translate("App", "Estate Champion cannot start"),
                         user_message(error))
    QApplication.instance().exit(2)


def _quit_on_signals(app: QApplication) -> QTimer:
    """SIGTERM/SIGINT close the app through its normal exit, so the DB worker is joined and
    the demo server stopped (a killed app would leave the server running)."""

    def handler(signum, _frame) -> None:
        log.info("Signal %s received: closing", signum)
        QTimer.singleShot(0, app.quit)

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, handler)
    # Python runs signal handlers only between bytecodes: wake it up now and then.
    ticker = QTimer()
    ticker.timeout.connect(lambda: None)
    ticker.start(250)
    return ticker


def secure(window: MainWindow, runner: TaskRunner, where: DataPaths, *, demo: bool):
    """The lock screen, the idle lock and wipes (ui/security) for this window; started now.

    This process's unlocker knows the system keyring and remembers the keys the lock screen
    found, so a second store opened in it (the demo's connection) does not ask again."""
    from champion_app.vault import Unlocker, set_default
    from sync.credentials import keyring_secrets
    from ui.security.session import SecuritySession

    unlocker = Unlocker(keyring_secrets, demo=demo)
    set_default(unlocker)
    session = SecuritySession(window, runner, where.db_path, unlocker)
    window.security = session
    session.start()
    return session


def connect_sync(window: MainWindow, runner: TaskRunner, session, where: DataPaths, *,
                 demo: bool, servers: list, controllers: list,
                 after_pages: Callable[[Callable[[], None]], None] = lambda fn: fn()) -> None:
    """Once the key is known (and the pages are built: ``after_pages``): the sync
    controller, and first the demo server in demo mode. ``servers`` and ``controllers``
    collect what `run_gui` stops at the end."""
    def attach_now() -> None:
        controller = attach_sync(window, runner)
        controller.wipe_requested.connect(lambda: session.wipe(remote=True))
        controllers.append(controller)

    def attach() -> None:
        after_pages(attach_now)

    if not demo:
        session.keys_ready.connect(attach)
        return

    def start() -> None:
        handle = start_demo_services(where)
        if handle is not None:
            servers.append(handle)

    def failed(error: BaseException) -> None:
        log.warning("Demo server did not start: %s", error)
        window.statusBar().showMessage(QCoreApplication.translate(
            "App", "The demo server could not start; the demo works offline."), 15000)

    # Once the key is known: the demo's connection opens the store too.
    session.keys_ready.connect(lambda: runner.network_op("demo server", start)
                               .success(lambda _r: attach()).failure(failed).run())


class _FirstPaint(QObject):
    """Logs the first paint of any widget, once: the start-up mark the dist smoke test
    (packaging/smoke.py) and start-up timings wait for. Installed only at DEBUG."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            log.debug("First paint")
            QApplication.instance().removeEventFilter(self)
        return False


def run_gui(args: Any) -> int:
    """Open the window and run until it is closed; returns the exit code.

    The window's frame is shown first, locked on "Opening your data…" as it always opens;
    the heavy imports, the task runner, the key and the pages follow after its first paint
    without blocking it (ui/startup.py)."""
    where = DataPaths.from_args(args)
    demo = bool(getattr(args, "demo", False))
    log.info("GUI starting with %s%s", where.db_path,
             f" (demo, as {where.role})" if demo else "")
    app = application()
    choose_language(where.data_dir, getattr(args, "language", None),
                    getattr(args, "layout_direction", None))
    ticker = _quit_on_signals(app)
    window = MainWindow(None, demo=demo, role=where.role if demo else None,
                        settings=window_settings(where.data_dir))
    window.settings_requested.connect(lambda: open_settings(window, where.data_dir))
    window.set_locked(True)  # nothing of the residents' shows before the key is found
    window.lock_screen.show_opening()
    install_excepthook(lambda: window)
    first_paint = _FirstPaint(app)
    if log.isEnabledFor(logging.DEBUG):
        app.installEventFilter(first_paint)
    window.show_fitted()  # within the screen, at the size it had last time
    log.info("Main window shown")
    started: dict[str, Any] = {}  # the runner, once made
    servers: list = []  # filled on the pool thread, so the server is stopped even mid-start
    controllers: list = []
    startup = Startup(window)

    def begin() -> None:
        """After the heavy imports: the runner, the key, the first loads, then the pages."""
        from ui.tasks import TaskRunner

        open_log_file()  # what was logged before the first paint is written now
        window.build_menu_actions()  # while locked, so off until the key is found
        window.lock_screen.build_cards()  # the passphrase and PIN cards, before the key
        runner = started["runner"] = TaskRunner(where.db_path, where.attachments_dir,
                                                locked=True)
        window.attach_runner(runner)
        session = secure(window, runner, where, demo=demo)
        open_data(window, runner, demo=demo, role=where.role)
        connect_sync(window, runner, session, where, demo=demo, servers=servers,
                     controllers=controllers, after_pages=startup.after_pages)
        startup.build_pages()

    # From the first turn of the event loop, so nothing competes with the first paint; the
    # garbage collector ui/cli.py switched off for the start, back on from then.
    def after_paint() -> None:
        gc.enable()
        startup.warm(begin)

    QTimer.singleShot(0, after_paint)
    try:
        code = app.exec()
    finally:
        for controller in filter(None, controllers):
            controller.shutdown()  # a sync in flight stops at its next request
        if "runner" in started:
            started["runner"].shutdown()
        for server in servers:
            server.stop()
        ticker.stop()
    log.info("GUI closed (exit code %s)", code)
    return int(code)
