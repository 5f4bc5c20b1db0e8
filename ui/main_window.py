"""The main window: navigation between the pages, menus and shortcuts, the status bar.

Every write's `Changes` arrives through the runner and is re-announced once as
``changes_applied``; each page refreshes itself from that, never by polling.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from champion_app import __version__
from champion_app.store import Changes
from sync.status import SyncStatus
from ui.errors import show_error, user_message
from ui.forms.page import VisitPage
from ui.log.view import LogPage
from ui.pages.sync import SyncPage
from ui.pages.today import TodayPage
from ui.pages.you_said import YouSaidPage
from ui.refdata import RefData
from ui.security.lock_screen import LockScreen
from ui.tasks import TaskRunner
from ui.timefmt import when
from ui.widgets import named

log = logging.getLogger(__name__)

PAGES = (("today", "&Today"), ("visit", "&New visit"), ("log", "&My log"),
         ("you_said", "&You said, we did"), ("sync", "&Sync"))


class MainWindow(QMainWindow):
    changes_applied = Signal(object)  # Changes, once per successful write

    def __init__(self, runner: TaskRunner, *, demo: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Estate Champion" + (" — demo" if demo else ""))
        self.setAccessibleName("Estate Champion")
        self.runner = runner
        self.ref = RefData()
        self.sync_controller = None
        self.security = None  # ui.security.session.SecuritySession, set by ui/app.py
        # Drawn from two places only: the sync controller's status (online, last sync, what
        # happened) and the counts read after each write's Changes.
        self._sync_status = SyncStatus()
        self._queued = 0
        self._counts: dict[str, int] = {}

        self.today = TodayPage(runner)
        self.visit = VisitPage(runner)
        self.log_page = LogPage(runner)
        self.you_said = YouSaidPage(runner)
        self.sync_page = SyncPage()
        self.pages = {"today": self.today, "visit": self.visit, "log": self.log_page,
                      "you_said": self.you_said, "sync": self.sync_page}

        self.nav = named(QListWidget(), "navigation", "Pages")
        row_height = self.nav.fontMetrics().height() * 2 + 4  # scales with the system font
        for key, label in PAGES:
            self.nav.addItem(label.replace("&", ""))
            item = self.nav.item(self.nav.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, row_height))
        self.nav.setFixedWidth(self.nav.fontMetrics().horizontalAdvance("You said, we did") + 56)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        for page in self.pages.values():
            self.stack.addWidget(page)
        central = QWidget()
        central.setObjectName("central")
        row = QHBoxLayout(central)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        # The lock screen takes the place of everything that shows residents' data
        # (ui/security: opening the data, the idle lock, the notice after a wipe).
        self.lock_screen = LockScreen()
        self.shell = QStackedWidget()
        self.shell.setObjectName("shell")
        self.shell.addWidget(central)
        self.shell.addWidget(self.lock_screen)
        self.setCentralWidget(self.shell)
        self._enabled_before_lock: dict[QAction, bool] | None = None
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.setTabOrder(self.nav, self.stack)

        self._build_status_bar()
        self._build_menus()
        self._wire()
        self.nav.setCurrentRow(0)
        self.resize(1280, 860)

    # -- construction -------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        self.online_label = named(QLabel("Offline"), "onlineStatus", "Connection")
        self.queue_label = named(QLabel("0 waiting to be sent"), "queueStatus",
                                 "Items waiting to be sent")
        self.last_sync_label = named(QLabel("Last sync: never"), "lastSyncStatus", "Last sync")
        for label in (self.online_label, self.queue_label, self.last_sync_label):
            bar.addPermanentWidget(label)

    def _action(self, menu, text: str, name: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)  # shortcuts work whichever page has focus
        return action

    def _build_menus(self) -> None:
        menus = self.menuBar()
        menus.setObjectName("menuBar")
        file = menus.addMenu("&File")
        file.setObjectName("menuFile")
        self.new_action = self._action(file, "&New visit…", "actionNew", QKeySequence.StandardKey.New,
                                       self.new_visit)
        self.save_action = self._action(file, "&Save draft", "actionSave",
                                        QKeySequence.StandardKey.Save,
                                        lambda: self.visit.save_draft())
        self.submit_action = self._action(file, "S&ubmit", "actionSubmit", "Ctrl+Return",
                                          self.submit)
        file.addSeparator()
        self._action(file, "&Quit", "actionQuit", QKeySequence.StandardKey.Quit, self.close)
        edit = menus.addMenu("&Edit")
        edit.setObjectName("menuEdit")
        self._action(edit, "&Find in my log…", "actionFind", QKeySequence.StandardKey.Find,
                     self.find)
        go = menus.addMenu("&Go")
        go.setObjectName("menuGo")
        for i, (key, label) in enumerate(PAGES, start=1):
            self._action(go, label, f"actionGo_{key}", f"Ctrl+{i}",
                         lambda _=False, k=key: self.show_page(k))
        sync = menus.addMenu("S&ync")
        sync.setObjectName("menuSync")
        self.sync_action = self._action(sync, "&Sync now", "actionSync", "F5", self.sync_now)
        sync.addSeparator()
        self.connect_action = self._action(sync, "&Connect to your landlord…", "actionConnect",
                                           None, self.connect_to_landlord)
        self.disconnect_action = self._action(sync, "&Disconnect", "actionDisconnect", None,
                                              self.disconnect_from_landlord)
        self.connect_action.setEnabled(False)
        self.disconnect_action.setEnabled(False)
        help_menu = menus.addMenu("&Help")
        help_menu.setObjectName("menuHelp")
        self._action(help_menu, "&Keyboard shortcuts", "actionShortcuts", "F1", self.shortcuts)
        self._action(help_menu, "&About Estate Champion", "actionAbout", None, self.about)

    def _wire(self) -> None:
        self.runner.changes_applied.connect(self.changes_applied)
        self.runner.failed.connect(self._background_failed)
        self.changes_applied.connect(self._on_changes)
        self.changes_applied.connect(self.today.on_changes)
        self.changes_applied.connect(self.log_page.on_changes)
        self.changes_applied.connect(self.you_said.on_changes)
        self.today.start_visit.connect(self.start_visit)
        self.today.open_record.connect(self.open_record)
        self.log_page.edit_requested.connect(self.open_record)
        self.log_page.new_version_requested.connect(
            lambda rid: self._open(rid, new_version=True))
        self.visit.submitted.connect(lambda _rid: self.statusBar().showMessage(
            "Submitted: it will be sent at the next sync.", 8000))
        self.sync_page.sync_requested.connect(self.sync_now)

    # -- locking ------------------------------------------------------------------------------
    def set_locked(self, locked: bool) -> None:
        """Show the lock screen instead of the pages (and switch the menus and shortcuts off),
        or the pages again as they were."""
        if locked == self.is_locked:
            return
        actions = [a for a in self.findChildren(QAction) if a.objectName().startswith("action")]
        if locked:
            self._enabled_before_lock = {a: a.isEnabled() for a in actions}
            for action in actions:
                action.setEnabled(False)
        else:
            for action, enabled in (self._enabled_before_lock or {}).items():
                action.setEnabled(enabled)
            self._enabled_before_lock = None
        self.menuBar().setEnabled(not locked)
        self.shell.setCurrentIndex(1 if locked else 0)

    def _set_enabled(self, action: QAction, enabled: bool) -> None:
        """Enable an action now, or, while locked, once the window is unlocked."""
        if self._enabled_before_lock is not None:
            self._enabled_before_lock[action] = enabled
        else:
            action.setEnabled(enabled)

    @property
    def is_locked(self) -> bool:
        return self.shell.currentIndex() == 1

    # -- start-up -----------------------------------------------------------------------------
    def load(self) -> None:
        """First load of everything the pages show (all through the DB worker)."""
        self.reload_refdata()
        self.today.refresh()
        self.you_said.refresh()
        self.log_page.apply_filter()
        self.refresh_status()

    def reload_refdata(self) -> None:
        self.runner.op("reference data", RefData.load).success(self._refdata_loaded).run()

    def _refdata_loaded(self, ref: RefData) -> None:
        self.ref = ref
        for page in (self.today, self.visit, self.log_page, self.you_said):
            page.set_refdata(ref)

    # -- navigation and commands ---------------------------------------------------------------
    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow([k for k, _ in PAGES].index(key))

    def current_page(self) -> str:
        return PAGES[self.nav.currentRow()][0]

    def new_visit(self) -> None:
        self.show_page("visit")
        if self.visit.form is None:
            self.visit.kind_buttons.buttons()[0].setFocus()

    def start_visit(self, job: dict) -> None:
        self.show_page("visit")
        self.visit.new_record("post_works", job=job)

    def open_record(self, record_id: str) -> None:
        self._open(record_id, new_version=False)

    def _open(self, record_id: str, *, new_version: bool) -> None:
        if record_id:
            self.show_page("visit")
            self.visit.open_record(record_id, new_version=new_version)

    def submit(self) -> None:
        if self.current_page() == "visit":
            self.visit.submit()

    def find(self) -> None:
        self.show_page("log")
        self.log_page.focus_search()

    def shortcuts(self) -> None:
        QMessageBox.information(self, "Keyboard shortcuts", SHORTCUTS_TEXT)

    def about(self) -> None:
        QMessageBox.about(self, "About Estate Champion",
                          f"Estate Champion {__version__}\nFeedback from your neighbours, "
                          "recorded safely even with no signal.")

    # -- changes and status -----------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        if changes.reference:
            self.reload_refdata()
        self.refresh_status()

    def refresh_status(self) -> None:
        def read(store):
            return store.outbox_count(), store.counts_by_state()

        self.runner.op("status", read).success(self._status_loaded).run()

    def _status_loaded(self, result) -> None:
        self._queued, self._counts = result
        self._show_status()

    def _show_status(self) -> None:
        status, queued = self._sync_status, self._queued
        self.queue_label.setText(f"{queued} waiting to be sent")
        self.queue_label.setAccessibleName(f"{queued} items waiting to be sent")
        self.last_sync_label.setText(f"Last sync: {when(status.last_sync_at)}")
        self.online_label.setText("Online" if status.online else "Offline")
        self.online_label.setProperty("online", status.online)
        self.sync_page.set_status(online=status.online, queued=queued,
                                  last_sync_at=status.last_sync_at, counts=self._counts,
                                  message=status.text)

    # -- sync hooks ---------------------------------------------------------------------------
    def set_sync_controller(self, controller) -> None:
        """Plug in the sync controller (see ui/pages/sync.py for what it provides)."""
        self.sync_controller = controller
        self.sync_page.set_controller_present(controller is not None)
        for action in (self.connect_action, self.disconnect_action):
            self._set_enabled(action, controller is not None)
        if controller is not None:
            controller.status_changed.connect(self.set_sync_status)
            controller.needs_reconnect.connect(self._needs_reconnect)
            controller.progress.connect(self._sync_progress)
            self.sync_page.connect_requested.connect(self.connect_to_landlord)

    def set_sync_status(self, status: SyncStatus) -> None:
        """The controller's whole status; drawn at once, without reading the database."""
        if status.text and status.text != self._sync_status.text:
            self.sync_page.add_event(status.text)
        self._sync_status = status
        if status.queued is not None:
            self._queued = status.queued
        self._show_status()

    def _needs_reconnect(self, message: str) -> None:
        # Queued work is kept; the person is asked to reconnect, with the reason in the dialog.
        self.statusBar().showMessage(message, 15000)
        self.sync_page.add_event(message)
        self.sync_page.connect_button.setFocus()
        self.sync_controller.open_connect_dialog(self, message)

    def _sync_progress(self, stage: str, done: int, total: int) -> None:
        text = f"{stage}… {done} of {total}" if total else f"{stage}…"
        self.statusBar().showMessage(text, 5000)

    def connect_to_landlord(self) -> None:
        if self.sync_controller is not None:
            self.sync_controller.open_connect_dialog(self)

    def disconnect_from_landlord(self) -> None:
        if self.security is not None and self.sync_controller is not None:
            from ui.security.disconnect import DisconnectFlow

            DisconnectFlow(self, self.runner, self.sync_controller, self.security).start()
            return
        answer = QMessageBox.question(
            self, "Disconnect from your landlord",
            "Disconnect this laptop? Everything you logged stays here, but nothing is sent "
            "until you connect again.")
        if answer == QMessageBox.StandardButton.Yes and self.sync_controller is not None:
            self.sync_controller.disconnect(
                lambda message: self.statusBar().showMessage(message, 15000))

    def sync_now(self) -> None:
        if self.sync_controller is None:
            self.show_page("sync")
            return
        self.sync_controller.sync_now()

    # -- errors and closing ------------------------------------------------------------------
    def _background_failed(self, name: str, error: BaseException) -> None:
        # Reads in the background: a status-bar line, not a dialog out of nowhere.
        self.statusBar().showMessage(user_message(error), 15000)
        if not hasattr(error, "user_message"):
            show_error(self, error)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.visit.confirm_leave():
            event.ignore()
            return
        event.accept()


SHORTCUTS_TEXT = """New visit: Ctrl+N
Save draft: Ctrl+S
Submit: Ctrl+Enter
Find in my log: Ctrl+F
Go to Today, New visit, My log, You said we did, Sync: Ctrl+1 to Ctrl+5
Sync now: F5
Quit: Ctrl+Q
Move between fields: Tab and Shift+Tab; choose an answer with the arrow keys."""
