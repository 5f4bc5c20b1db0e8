"""The main window: navigation between the pages, menus and shortcuts, the status bar.

Every write's `Changes` arrives through the runner and is re-announced once as
``changes_applied``; each page refreshes itself from that, never by polling.

This module is imported before the window's first paint, so it imports nothing heavy (no
record models, no store): the pages come later (`ui.window_pages`, `ui.startup`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QMessageBox, QWidget

from champion_app import __version__
from champion_app.roles import CHAMPION, is_coordinator, role_of
from sync.status import SyncStatus
from ui.a11y import describe_missing
from ui.errors import show_error, user_message
from ui.focus import keep_focus_in_view
from ui.menus import WindowMenus
from ui.navigation import PAGES, Count, visible
from ui.refdata import RefData
from ui.security.window import LockableWindow
from ui.shortcuts import shortcuts_text
from ui.sync_hooks import SyncHooks
from ui.timefmt import when
from ui.wheel import install_wheel_guard
from ui.widgets import named
from ui.window_fit import place, remember
from ui.window_pages import PagesHost

if TYPE_CHECKING:
    from champion_app.store import Changes
    from ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class MainWindow(PagesHost, WindowMenus, SyncHooks, LockableWindow, QMainWindow):
    changes_applied = Signal(object)  # Changes, once per successful write
    settings_requested = Signal()  # Edit ▸ Settings…; the app opens the dialog (ui/app.py)

    def __init__(self, runner: TaskRunner | None, *, demo: bool = False,
                 role: str | None = None, settings: QSettings | None = None) -> None:
        """With a ``runner``, every page is built now; without one, the window is its frame
        (navigation, menus, status bar, a placeholder for the pages) and `ui.startup` gives
        it the runner and its pages after its first paint. ``role``: what to show until the
        store says who is signed in (the coordinator demo knows before its first sign-in).
        ``settings``: window.ini in the data folder, where the window keeps the size it last
        had (`ui.window_fit`)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Estate Champion — demo") if demo
                            else self.tr("Estate Champion"))
        self.setAccessibleName(self.tr("Estate Champion"))
        self.runner: TaskRunner | None = None
        self._demo = demo
        self.settings = settings
        self.ref = RefData()
        self.sync_controller = None
        self.role: str = role or CHAMPION
        self._connected: bool | None = None  # None until read: "not connected yet" is news
        keep_focus_in_view()  # Alt+letter and Tab bring the field into view
        self.security = None  # ui.security.session.SecuritySession, set by ui/app.py
        # Drawn from two places only: the sync controller's status (online, last sync, what
        # happened) and the counts read after each write's Changes.
        self._sync_status = SyncStatus()
        self._queued = 0
        self._counts: dict[str, int] = {}
        self._nav_counts: dict[str, Count] = {}
        self._loaded: set[str] = set()  # pages whose first load has been asked for
        self._started = False  # load() has run: set_role then loads newly offered pages

        # Every page is built once (ui/window_pages.py); the navigation shows those the role
        # may see.
        self.nav = named(QListWidget(), "navigation", self.tr("Pages"),
                         self.tr("Choose a page with the arrow keys, or with Ctrl and its "
                                 "number."))
        row_height = self.nav.fontMetrics().height() * 2 + 4  # scales with the system font
        for spec in PAGES:
            self.nav.addItem(self._label(spec.key))
            item = self.nav.item(self.nav.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, row_height))
        self._build_page_area()
        central = QWidget()
        central.setObjectName("central")
        row = QHBoxLayout(central)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self._build_shell(central)
        self.setTabOrder(self.nav, self.stack)

        self._build_status_bar()
        self._build_menus()  # their titles; the actions come after the first paint
        self.changes_applied.connect(self._on_changes)
        self.set_role(self.role)
        self._open_maximised = place(self, settings)  # within the screen, as last time
        if runner is not None:
            install_wheel_guard()  # a stray wheel never changes an answer
            self.build_menu_actions()
            self.attach_runner(runner)
            self.build_all_pages()

    def attach_runner(self, runner: TaskRunner) -> None:
        """The task runner the pages and the status read through (once)."""
        self.runner = runner
        describe_missing(self)  # the frame's controls (after its first paint); pages' as built
        runner.changes_applied.connect(self.changes_applied)
        runner.failed.connect(self._background_failed)

    def show_fitted(self) -> None:
        """Show within the screen: maximised when the preferred size does not fit it."""
        if self._open_maximised:
            self.showMaximized()
        else:
            self.show()

    # -- construction -------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        self.online_label = named(QLabel(self.tr("Offline")), "onlineStatus",
                                  self.tr("Connection"))
        self.queue_label = named(QLabel(self.tr("%n waiting to be sent", "", 0)), "queueStatus",
                                 self.tr("Items waiting to be sent"))
        self.last_sync_label = named(QLabel(self.tr("Last sync: %1").replace("%1", when(None))),
                                     "lastSyncStatus", self.tr("Last sync"))
        for label in (self.online_label, self.queue_label, self.last_sync_label):
            bar.addPermanentWidget(label)

    # -- start-up -----------------------------------------------------------------------------
    def load(self) -> None:
        """First load of what the role's pages show (all through the DB worker). The pages
        of another role load when they are first offered (set_role); My log lists its
        records when first shown (LogPage.showEvent)."""
        self._started = True
        self.reload_refdata()
        self._first_loads(self.role)
        self.refresh_status()

    def _first_loads(self, role: str) -> None:
        """Pages built later ask for theirs as they are built (`PagesHost._build_page`)."""
        for spec in visible(role):
            self._first_load(spec.key)

    def reload_refdata(self) -> None:
        self.runner.op("reference data", RefData.load).success(self._refdata_loaded).run()

    # -- the role ------------------------------------------------------------------------------
    def set_role(self, role: str | None) -> None:
        """Show the pages, menus and shortcuts of ``role`` (None: never connected)."""
        self.role = role or CHAMPION
        shown = {spec.key for spec in visible(self.role)}
        for row, spec in enumerate(PAGES):
            self.nav.item(row).setHidden(spec.key not in shown)
        if self._actions_built:
            self._show_role_actions()
        title = self.tr("Estate Champion — demo") if self._demo else self.tr("Estate Champion")
        self.setWindowTitle(self.tr("%1 (coordinator)").replace("%1", title)
                            if is_coordinator(self.role) else title)
        if self.nav.currentRow() < 0 or self.nav.item(self.nav.currentRow()).isHidden():
            self.show_page(visible(self.role)[0].key)
        if self._started:
            self._first_loads(self.role)
        self._draw_nav_counts()
        self._fit_nav()

    def _show_role_actions(self) -> None:
        """The menus' actions the role has, with their Ctrl+1… (once they are built)."""
        shown = {spec.key for spec in visible(self.role)}
        for number, spec in enumerate(visible(self.role), start=1):
            self.go_actions[spec.key].setShortcut(QKeySequence(f"Ctrl+{number}"))
        for key, action in self.go_actions.items():
            action.setVisible(key in shown)
            if key not in shown:
                action.setShortcut(QKeySequence())
        logs_visits = "visit" in shown
        for action in (self.new_action, self.save_action, self.submit_action):
            action.setVisible(logs_visits)
            self._set_enabled(action, logs_visits)
        self.erase_action.setVisible(is_coordinator(self.role))
        self._set_enabled(self.erase_action, is_coordinator(self.role))
        self.find_action.setText(self.tr("&Find in my log…") if logs_visits
                                 else self.tr("&Find in the review queue…"))

    def _fit_nav(self) -> None:
        """As wide as the longest page name the role sees, in the language shown (not only
        in English), with room for a count such as "(99 overdue)" only where its pages have
        counts: a champion's pages get that room on a small laptop (issue #12)."""
        metrics = self.nav.fontMetrics()
        shown = visible(self.role)
        widest = max(metrics.horizontalAdvance(
            QCoreApplication.translate("Navigation", spec.label).replace("&", ""))
            for spec in shown)
        if any(spec.count is not None for spec in shown):
            widest += metrics.horizontalAdvance(" (99 overdue)")
        self.nav.setFixedWidth(widest + 40)

    def _role_loaded(self, role: str | None) -> None:
        if role is not None and role != self.role:
            log.info("Signed in as %s: showing the %s pages", role, role)
            self.set_role(role)

    def _label(self, key: str) -> str:
        spec = next(s for s in PAGES if s.key == key)
        text = QCoreApplication.translate("Navigation", spec.label).replace("&", "")
        count = self._nav_counts.get(key) if hasattr(self, "_nav_counts") else None
        number, what = count if isinstance(count, tuple) else (count or 0, "")
        if not number:
            return text
        if what == "overdue":
            return self.tr("{label} ({n} overdue)").format(label=text, n=number)
        if what == "open":
            return self.tr("{label} ({n} open)").format(label=text, n=number)
        return f"{text} ({number})"

    def _draw_nav_counts(self) -> None:
        for row, spec in enumerate(PAGES):
            self.nav.item(row).setText(self._label(spec.key))

    # -- navigation and commands ---------------------------------------------------------------
    def show_page(self, key: str) -> None:
        """Go to a page the role can see (others stay out of reach)."""
        row = [spec.key for spec in PAGES].index(key)
        if self.nav.item(row).isHidden():
            log.debug("page %s is not shown to a %s", key, self.role)
            return
        self.nav.setCurrentRow(row)

    def current_page(self) -> str:
        return PAGES[self.nav.currentRow()].key

    def show_record(self, record_id: str) -> None:
        """A champion's submitted record in My log: its detail and the reply box."""
        if record_id:
            self.show_page("log")
            self.log_page.show_record(record_id)

    def new_visit(self) -> None:
        self.show_page("visit")
        if self.visit.form is None:
            self.visit.kind_buttons.buttons()[0].setFocus()

    def start_visit(self, job: dict) -> None:
        """A job from Today: a communal repair (a block's job) starts block feedback, a job
        in a home a post-works visit."""
        from ui.pages.today import communal

        self.show_page("visit")
        self.visit.new_record("block" if communal(job) else "post_works", job=job)

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
        if is_coordinator(self.role):
            self.show_page("review")
            self.review.focus_search()
            return
        self.show_page("log")
        self.log_page.focus_search()

    def create_action(self, record_ids: list[str]) -> None:
        """"Create action" from records chosen on another page."""
        self.show_page("actions")
        self.actions_page.new_from_records(list(record_ids))

    def _quiet_sync(self) -> None:
        if self.sync_controller is not None:
            self.sync_controller.request_sync()

    def shortcuts(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), self.shortcuts_text())

    def shortcuts_text(self) -> str:
        return shortcuts_text(self.role, [QCoreApplication.translate("Navigation", spec.label)
                                          for spec in visible(self.role)])

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Estate Champion"), self.tr(
            "Estate Champion %1\nFeedback from your neighbours, recorded safely even with no "
            "signal.").replace("%1", __version__))

    # -- changes and status -----------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        if changes.reference:
            self.reload_refdata()
        self.refresh_status()

    def refresh_status(self) -> None:
        """What the status bar and the navigation show: the queue, the counts, the role."""
        def read(store):
            from sync.connection import current

            role = role_of(store)
            counts = {spec.key: spec.count(store) for spec in visible(role or self.role)
                      if spec.count is not None}
            return (store.outbox_count(), store.counts_by_state(), role, counts,
                    current(store) is not None)

        self.runner.op("status", read).success(self._status_loaded).run()

    def _status_loaded(self, result) -> None:
        self._queued, self._counts, role, self._nav_counts, self._connected = result
        self._role_loaded(role)
        self._draw_nav_counts()
        self._show_status()

    def _show_status(self) -> None:
        status, queued = self._sync_status, self._queued
        self.queue_label.setText(self.tr("%n waiting to be sent", "", queued))
        self.queue_label.setAccessibleName(self.tr("%n item(s) waiting to be sent", "", queued))
        self.last_sync_label.setText(self.tr("Last sync: %1").replace(
            "%1", when(status.last_sync_at)))
        if self._connected is False and not status.online:
            self.online_label.setText(self.tr("Not connected yet"))  # not the same as offline
        else:
            self.online_label.setText(self.tr("Online") if status.online else self.tr("Offline"))
        self.online_label.setProperty("online", status.online)
        if "sync" in self.pages:  # else drawn as it is built (_sync_page_built)
            self.sync_page.set_status(online=status.online, queued=queued,
                                      last_sync_at=status.last_sync_at, counts=self._counts,
                                      message=status.text)

    def _sync_page_built(self, page) -> None:
        page.set_controller_present(self.sync_controller is not None)
        self._show_status()

    # -- sync hooks ---------------------------------------------------------------------------
    def _sync_progress(self, stage: str, done: int, total: int) -> None:
        stage = QCoreApplication.translate("sync", stage)  # marked in sync/engine.py
        text = (self.tr("%1… %2 of %3").replace("%1", stage).replace("%2", str(done))
                .replace("%3", str(total)) if total else self.tr("%1…").replace("%1", stage))
        self.statusBar().showMessage(text, 5000)

    def disconnect_from_landlord(self) -> None:
        if self.security is not None and self.sync_controller is not None:
            from ui.security.disconnect import DisconnectFlow

            DisconnectFlow(self, self.runner, self.sync_controller, self.security).start()
            return
        answer = QMessageBox.question(
            self, self.tr("Disconnect from your landlord"),
            self.tr("Disconnect this laptop? Everything you logged stays here, but nothing is "
                    "sent until you connect again."))
        if answer == QMessageBox.StandardButton.Yes and self.sync_controller is not None:
            self.sync_controller.disconnect(
                lambda message: self.statusBar().showMessage(message, 15000))

    # -- errors and closing ------------------------------------------------------------------
    def _background_failed(self, name: str, error: BaseException) -> None:
        # Reads in the background: a status-bar line, not a dialog out of nowhere.
        self.statusBar().showMessage(user_message(error), 15000)
        if not hasattr(error, "user_message"):
            show_error(self, error)

    def closeEvent(self, event: QCloseEvent) -> None:
        visit = self.pages.get("visit")  # not built yet: nothing typed to lose
        if visit is not None and not visit.confirm_leave():
            event.ignore()
            return
        remember(self, self.settings)
        event.accept()
