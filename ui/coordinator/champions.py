"""Champions and devices: who covers which estates, when each last synced, what they logged
this month; add a champion, set a patch, issue an enrolment code, withdraw a lost laptop
(and have it wipe the residents' data on it at its next contact).

The list comes from the local store (the champion accounts a sync pulled), so it works
offline; *Refresh* (and showing the page) asks the server for the freshest last-sync times.
Every change is a call to the server's coordinator API on the network pool
(`sync.coordinator`), with errors in plain words; its answer is stored at once.
"""

from __future__ import annotations

import html
import logging
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from champion_app.store import Changes
from ui.coordinator.stale import ReloadsWhenShown
from ui.errors import show_error, user_message
from ui.printing import write_pdf
from ui.refdata import RefData
from ui.timefmt import when
from ui.widgets import heading, named

from . import name_headers
from .champion_dialogs import ChampionDialog, CodeDialog, PatchDialog, code_html

log = logging.getLogger(__name__)


class ChampionsPage(ReloadsWhenShown, QWidget):
    changed_on_server = Signal()   # an account change: worth a sync to pull it everywhere

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "page_champions", self.tr("Champions and devices"))
        self.runner = runner
        self.ref = RefData()
        self.rows: list[dict] = []
        self._changes_made = 0  # changes this page made on the server (see _after_fetch)
        self.code_dialog: CodeDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Champions and devices"), "championsTitle"))
        self.table = named(QTableWidget(0, 5), "championsTable", self.tr("Champions"))
        self.table.setHorizontalHeaderLabels([self.tr("Champion"), self.tr("Patch"),
                                              self.tr("Last sync"), self.tr("Records this month"),
                                              self.tr("Devices")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        name_headers(self.table, "championsTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_devices)
        layout.addWidget(self.table, 2)
        self.devices = named(QTextBrowser(), "championDevices", self.tr("The champion's devices"))
        layout.addWidget(self.devices, 1)
        row = QHBoxLayout()
        self.add_button = self._button(row, self.tr("&Add a champion…"), "championAdd",
                                       self.add_champion)
        self.patch_button = self._button(row, self.tr("Set &patch…"), "championPatch",
                                         self.set_patch)
        self.code_button = self._button(row, self.tr("&Enrolment code…"), "championCode",
                                        self.issue_code)
        self.revoke_button = self._button(row, self.tr("&Withdraw a device…"), "championRevoke",
                                          self.revoke_device)
        self.refresh_button = self._button(row, self.tr("&Refresh from the server"),
                                           "championsRefresh", self.fetch)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = named(QLabel(""), "championsMessage", self.tr("Result"))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self._show_devices()

    def _button(self, row: QHBoxLayout, text: str, name: str, slot) -> QPushButton:
        button = named(QPushButton(text), name, text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # -- loading --------------------------------------------------------------------------
    def set_refdata(self, ref: RefData) -> None:
        self.ref = ref

    def on_changes(self, changes: Changes) -> None:
        if changes.reference or changes.record_ids or changes.sync_state:
            self.mark_stale()

    def reload_on_show(self) -> None:
        self.refresh()
        self.fetch(quiet=True)  # and what the server knows now (champions, devices)

    def refresh(self) -> None:
        self.mark_fresh()
        self.runner.op("champions", lambda s: s.champion_rows(datetime.now(UTC))) \
            .success(self._loaded).run()

    def _loaded(self, rows: list[dict]) -> None:
        keep = self.selected()
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for i, c in enumerate(rows):
            patch = ", ".join(self.ref.estate_name(e) or e for e in c.get("estate_ids") or [])
            live = [d for d in c.get("devices") or [] if not d.get("revoked_at")]
            cells = (f"{c.get('display_name') or c['username']} ({c['username']})",
                     patch or self.tr("no estates"), when(c.get("last_seen_at")),
                     str(c.get("records_this_month", 0)),
                     self.tr("{n} in use").format(n=len(live)))
            for column, text in enumerate(cells):
                self.table.setItem(i, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
        index = next((i for i, c in enumerate(rows) if keep and c["id"] == keep["id"]), 0)
        if rows:
            self.table.selectRow(index)
        self._show_devices()

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _show_devices(self) -> None:
        champion = self.selected()
        for button in (self.patch_button, self.code_button, self.revoke_button):
            button.setEnabled(champion is not None)
        if champion is None:
            self.devices.setHtml("")
            return
        lines = []
        for d in champion.get("devices") or []:
            state = self._device_state(d)
            lines.append(f"<li>{html.escape(d.get('name') or d['id'])}: {html.escape(state)}"
                         "</li>")
        empty = self.tr("No laptop enrolled yet: issue an enrolment code.")
        self.devices.setHtml("<ul>" + "".join(lines) + "</ul>" if lines else
                             f"<p>{html.escape(empty)}</p>")

    def _device_state(self, d: dict) -> str:
        if not d.get("revoked_at"):
            return self.tr("last sync {when}").format(when=when(d.get("last_seen_at")))
        withdrawn = when(d["revoked_at"])
        if d.get("wipe_told_at"):
            return self.tr("withdrawn {when}; told to delete the residents' data on it "
                           "{told}").format(when=withdrawn, told=when(d["wipe_told_at"]))
        if d.get("wipe_requested_at"):
            return self.tr("withdrawn {when}; the residents' data on it will be deleted the "
                           "next time it connects").format(when=withdrawn)
        return self.tr("withdrawn {when}").format(when=withdrawn)

    # -- server calls ---------------------------------------------------------------------
    def _call(self, name: str, fn, done, *, quiet: bool = False) -> None:
        """``fn(store)`` on the network pool against the DB worker's store."""
        store = self.runner.worker_store()

        def failed(error: BaseException) -> None:
            if quiet:
                self.message.setText(self.tr("Could not reach the server: {why}")
                                     .format(why=user_message(error)))
            else:
                self.message.setText("")
                show_error(self, error)

        self.runner.network_op(name, lambda: fn(store)).success(done).failure(failed).run()

    def _after_change(self, text: str) -> None:
        self._changes_made += 1
        self.message.setText(text)
        self.runner.announce(Changes(reference=True), self)
        self.changed_on_server.emit()

    def fetch(self, quiet: bool = False) -> None:
        from sync import coordinator

        changes_before = self._changes_made
        self._call("fetch champions", coordinator.fetch_champions,
                   lambda _r: self._after_fetch(changes_before), quiet=bool(quiet))

    def _after_fetch(self, changes_before: int) -> None:
        # A change made while the fetch was on its way keeps its message ("Added Dee …"):
        # it says what to do next, which "Up to date" would hide.
        if self._changes_made == changes_before:
            self.message.setText(self.tr("Up to date with the server."))
        self.refresh()

    def add_champion(self) -> None:
        from sync import coordinator

        dialog = ChampionDialog(self.ref.estates, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        username, name, patch = dialog.value()
        self._call("add champion",
                   lambda s: coordinator.add_champion(s, username, name, patch),
                   lambda c: self._after_change(self.tr("Added {name}. Issue an enrolment "
                                                        "code for their laptop.")
                                                .format(name=c.display_name)))

    def set_patch(self) -> None:
        from sync import coordinator

        champion = self.selected()
        if champion is None:
            return
        dialog = PatchDialog(champion["display_name"], self.ref.estates,
                             champion.get("estate_ids") or [], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        patch = dialog.patch.value()
        self._call("set patch", lambda s: coordinator.set_patch(s, champion["id"], patch),
                   lambda c: self._after_change(self.tr("Patch of {name} saved.")
                                                .format(name=c.display_name)))

    def issue_code(self) -> None:
        from sync import coordinator

        champion = self.selected()
        if champion is None:
            return
        self._call("enrolment code", lambda s: coordinator.issue_code(s, champion["id"]),
                   lambda code: self._show_code(champion, code))

    def _show_code(self, champion: dict, code) -> None:
        name = champion.get("display_name") or champion["username"]
        expires = when(code.expires_at.isoformat())
        self.message.setText(self.tr("A new enrolment code for {name}; earlier unused codes "
                                     "no longer work.").format(name=name))
        self.code_dialog = CodeDialog(name, code.code, expires, self,
                                      on_print=lambda: self._print_code(name, code.code,
                                                                        expires))
        self.code_dialog.open()

    def _print_code(self, name: str, code: str, expires: str) -> Path | None:
        path = Path(tempfile.mkdtemp(prefix="champion-code-")) / self.tr("enrolment-code.pdf")
        try:
            write_pdf(code_html(name, code, expires, self.ref.landlord), path,
                      title=self.tr("Enrolment code"))
        except OSError as exc:
            show_error(self, exc)
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def revoke_device(self) -> None:
        from sync import coordinator

        champion = self.selected()
        live = [d for d in (champion or {}).get("devices") or [] if not d.get("revoked_at")]
        if champion is None or not live:
            self.message.setText(self.tr("This champion has no laptop to withdraw."))
            return
        device = self.choose_device(champion, live)
        if device is None:
            return
        wipe = bool(device.get("wipe"))
        name = device.get("name") or device["id"]
        done = (self.tr("{device} can no longer sync, and the residents' data on it will be "
                        "deleted the next time it connects to the server. Anything on it that "
                        "was not sent is deleted with it.") if wipe else
                self.tr("{device} can no longer sync. Anything on it that was not sent stays "
                        "on that laptop.")).format(device=name)
        self._call("withdraw device",
                   lambda s: coordinator.revoke_device(s, device["id"], wipe=wipe),
                   lambda _r: self._after_change(done))

    def choose_device(self, champion: dict, devices: list[dict]) -> dict | None:
        """Ask which laptop (the newest first), whether to wipe it too, and confirm; returns
        the device with ``"wipe": True`` when its data is to be deleted. Tests replace this."""
        device = max(devices, key=lambda d: d.get("created_at") or "")
        if len(devices) > 1:
            from PySide6.QtWidgets import QInputDialog

            names = [f"{d.get('name')} ({when(d.get('created_at'))})" for d in devices]
            picked, ok = QInputDialog.getItem(self, self.tr("Withdraw a device"),
                                              self.tr("Which laptop?"), names, 0, False)
            if not ok:
                return None
            device = devices[names.index(picked)]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Withdraw a device"), self.tr(
            "Withdraw {device} of {name}? It can no longer sync; a new enrolment code lets "
            "them set up another laptop.").format(device=device.get("name"),
                                                   name=champion.get("display_name")),
            QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr(
            "If the laptop is lost or stolen, choose Withdraw and wipe: the next time it "
            "connects to the server, the residents' data on it is deleted (records, photos, "
            "addresses). Anything on it that was not sent yet is deleted too, and nobody can "
            "know what that was."))
        wipe = box.addButton(self.tr("Withdraw and &wipe"), QMessageBox.ButtonRole.DestructiveRole)
        wipe.setObjectName("revokeAndWipe")
        only = box.addButton(self.tr("&Withdraw only"), QMessageBox.ButtonRole.AcceptRole)
        only.setObjectName("revokeOnly")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is only:
            return device
        if box.clickedButton() is wipe and self.confirm_wipe(device):
            return {**device, "wipe": True}
        return None

    def confirm_wipe(self, device: dict) -> bool:
        """The last question before a wipe, which cannot be undone; tests replace this."""
        return QMessageBox.warning(
            self, self.tr("Wipe the laptop?"),
            self.tr("Delete the residents' data on {device} the next time it connects? This "
                    "cannot be undone, and what it had not sent is lost with it.")
            .format(device=device.get("name") or device["id"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel) == QMessageBox.StandardButton.Yes
