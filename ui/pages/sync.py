"""The Sync page: a status area and the hooks the sync controller plugs into.

The sync engineer's Qt controller (a QObject) connects through
`MainWindow.set_sync_controller(controller)`; it needs:

* ``sync_now()``: start a sync (runs its own work through the task runner's network pool);
* a signal ``status_changed(SyncStatus)`` carrying the whole status (`sync.status`):
  online, busy, what is queued, when a sync last finished, and what happened in plain words.

Until one is set, the page says plainly that sync is not set up and nothing is lost.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from ui.timefmt import when
from ui.widgets import heading, named

log = logging.getLogger(__name__)


class SyncPage(QWidget):
    sync_requested = Signal()
    connect_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "page_sync", self.tr("Sync"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Sync"), "syncTitle"))
        self.summary = named(QLabel(""), "syncSummary", self.tr("Sync status"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.counts = named(QLabel(""), "syncCounts", self.tr("Records by state"))
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        row = QHBoxLayout()
        self.button = named(QPushButton(self.tr("&Sync now")), "syncNow", self.tr("Sync now"))
        self.button.clicked.connect(self.sync_requested)
        self.connect_button = named(QPushButton(self.tr("&Connect to your landlord…")),
                                    "syncConnect", self.tr("Connect to your landlord"))
        self.connect_button.clicked.connect(self.connect_requested)
        row.addWidget(self.button)
        row.addWidget(self.connect_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(heading(self.tr("What happened"), "syncEventsTitle", 1.1))
        self.events = named(QListWidget(), "syncEvents", self.tr("Sync messages"))
        layout.addWidget(self.events, 1)
        self.set_controller_present(False)

    def set_controller_present(self, present: bool) -> None:
        self.button.setEnabled(present)
        self.connect_button.setEnabled(present)
        if not present:
            self.summary.setText(self.tr(
                "Sync with the office is not set up on this laptop yet. Everything you "
                "record is kept safely here and waits to be sent."))

    def set_status(self, *, online: bool | None, queued: int, last_sync_at: str | None,
                   counts: dict[str, int], message: str = "") -> None:
        where = self.tr("Online.") if online else self.tr("Offline.")
        parts = [where, self.tr("%n item(s) waiting to be sent.", "", queued),
                 self.tr("Last sync: %1.").replace("%1", when(last_sync_at))]
        if message:
            parts.append(message)
        if self.button.isEnabled() or message:
            self.summary.setText(" ".join(parts))
        self.counts.setText(self.tr(
            "Drafts: %1 · Waiting to be sent: %2 · Sent: %3 · Reviewed: %4 · Needs attention: %5")
            .replace("%1", str(counts.get("draft", 0))).replace("%2", str(counts.get("queued", 0)))
            .replace("%3", str(counts.get("sent", 0))).replace("%4", str(counts.get("reviewed", 0)))
            .replace("%5", str(counts.get("rejected", 0))))

    def add_event(self, text: str) -> None:
        self.events.insertItem(0, f"{QLocale().toString(QTime.currentTime(), 'HH:mm')} {text}")
        while self.events.count() > 200:
            self.events.takeItem(self.events.count() - 1)
