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
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from ui.timefmt import when
from ui.widgets import heading, named

log = logging.getLogger(__name__)


class SyncPage(QWidget):
    sync_requested = Signal()
    connect_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "page_sync", "Sync")
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Sync", "syncTitle"))
        self.summary = named(QLabel(""), "syncSummary", "Sync status")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.counts = named(QLabel(""), "syncCounts", "Records by state")
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        row = QHBoxLayout()
        self.button = named(QPushButton("&Sync now"), "syncNow", "Sync now")
        self.button.clicked.connect(self.sync_requested)
        self.connect_button = named(QPushButton("&Connect to your landlord…"), "syncConnect",
                                    "Connect to your landlord")
        self.connect_button.clicked.connect(self.connect_requested)
        row.addWidget(self.button)
        row.addWidget(self.connect_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(heading("What happened", "syncEventsTitle", 1.1))
        self.events = named(QListWidget(), "syncEvents", "Sync messages")
        layout.addWidget(self.events, 1)
        self.set_controller_present(False)

    def set_controller_present(self, present: bool) -> None:
        self.button.setEnabled(present)
        self.connect_button.setEnabled(present)
        if not present:
            self.summary.setText(
                "Sync with the office is not set up on this laptop yet. Everything you "
                "record is kept safely here and waits to be sent.")

    def set_status(self, *, online: bool | None, queued: int, last_sync_at: str | None,
                   counts: dict[str, int], message: str = "") -> None:
        where = {True: "Online", False: "Offline", None: "Offline"}[online]
        text = (f"{where}. {queued} item{'s' if queued != 1 else ''} waiting to be sent. "
                f"Last sync: {when(last_sync_at)}.")
        if message:
            text += f" {message}"
        if self.button.isEnabled() or message:
            self.summary.setText(text)
        self.counts.setText(
            f"Drafts: {counts.get('draft', 0)} · Waiting to be sent: {counts.get('queued', 0)}"
            f" · Sent: {counts.get('sent', 0)} · Reviewed: {counts.get('reviewed', 0)}"
            f" · Needs attention: {counts.get('rejected', 0)}")

    def add_event(self, text: str) -> None:
        self.events.insertItem(0, f"{datetime.now():%H:%M} {text}")
        while self.events.count() > 200:
            self.events.takeItem(self.events.count() - 1)
