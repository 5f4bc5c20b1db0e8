"""*Disconnect* in the window: withdraw this laptop's access and delete the residents' data
on it, never deleting unsent work without the person choosing so.

* Nothing unsent: "Disconnect and delete the data", or Cancel.
* Something unsent: "Send now, then disconnect" (it disconnects only if everything went),
  "Disconnect and keep everything here" (access withdrawn, data kept, as before), or Cancel.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from champion_app.store import Changes
from ui.errors import show_error

log = logging.getLogger(__name__)

DELETE, SEND, KEEP = "delete", "send", "keep"


class DisconnectFlow(QObject):
    """One disconnect, from the question to the wipe notice (or a status-bar line)."""

    def __init__(self, window, runner, controller, session) -> None:
        super().__init__(window)
        self.window, self.runner = window, runner
        self.controller, self.session = controller, session

    def start(self) -> None:
        self.runner.op("unsent work", lambda store: store.unsent()).success(self._ask) \
            .failure(lambda error: show_error(self.window, error)).run()

    @classmethod
    def build_box(cls, parent: QWidget, text: str,
                  choices: list[tuple[str, str]]) -> tuple[QMessageBox, dict]:
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate(
            "DisconnectFlow", "Disconnect from your landlord"), text,
            QMessageBox.StandardButton.Cancel, parent)
        box.setObjectName("disconnectQuestion")
        buttons = {}
        for n, (key, label) in enumerate(choices):
            role = (QMessageBox.ButtonRole.DestructiveRole if key == DELETE
                    else QMessageBox.ButtonRole.AcceptRole)
            button = box.addButton(label, role)
            button.setObjectName(f"disconnect_{key}")
            buttons[button] = key
            if n == 0:
                box.setDefaultButton(button)
        return box, buttons

    @classmethod
    def ask_choice(cls, parent: QWidget, text: str, choices: list[tuple[str, str]]) -> str | None:
        """The question; tests replace this. ``choices`` are (key, button text), first is
        the default; None is Cancel."""
        box, buttons = cls.build_box(parent, text, choices)
        box.exec()
        return buttons.get(box.clickedButton())

    def unsent_words(self, unsent) -> str:
        # self.tr, each written out: lupdate reads a plural from tr() with any count, but
        # QCoreApplication.translate() only with a literal one.
        parts = [self.tr("%n item(s) waiting to be sent", "", unsent.queued)
                 if unsent.queued else "",
                 self.tr("%n draft(s)", "", unsent.drafts) if unsent.drafts else "",
                 self.tr("%n record(s) the server refused", "", unsent.refused)
                 if unsent.refused else ""]
        return ", ".join(p for p in parts if p)

    def question(self, unsent) -> tuple[str, list[tuple[str, str]]]:
        if not unsent.total:
            return self.tr(
                "Disconnect this laptop? Its access to your landlord's server is withdrawn and "
                "the residents' data on it is deleted: records, photos and reference data. "
                "Everything you logged has already reached the server."), \
                [(DELETE, self.tr("Disconnect and &delete the data"))]
        return self.tr(
            "Not sent yet: %1. If you disconnect now, nothing more can be sent from this "
            "laptop. Drafts have to be submitted before they can be sent.").replace(
            "%1", self.unsent_words(unsent)), \
            [(SEND, self.tr("&Send now, then disconnect")),
             (KEEP, self.tr("Disconnect and &keep everything here"))]

    def _ask(self, unsent) -> None:
        choice = self.ask_choice(self.window, *self.question(unsent))
        if choice == SEND:
            self._send_first()
        elif choice in (DELETE, KEEP):
            self._disconnect(wipe=choice == DELETE)

    def _send_first(self) -> None:
        def finished(_result) -> None:
            self.controller.sync_finished.disconnect(finished)
            self.runner.op("unsent work", lambda store: store.unsent()).success(after).run()

        def after(unsent) -> None:
            if unsent.total:
                QMessageBox.information(self.window, self.tr("Not disconnected"), self.tr(
                    "Still not sent: %1. The laptop is still connected; try again once it "
                    "has been sent, or keep it here.").replace("%1", self.unsent_words(unsent)))
            else:
                self._disconnect(wipe=True)

        self.controller.sync_finished.connect(finished)
        self.controller.sync_now()

    def _disconnect(self, *, wipe: bool) -> None:
        from sync import connection, errors

        runner = self.runner

        def work() -> str:
            return connection.disconnect(runner.worker_store(), mention_queued=not wipe)

        def done(message: str) -> None:
            runner.announce(Changes(sync_state=True), self.controller)
            if wipe:
                self.controller.shutdown()
                self.session.wipe(remote=False)
            else:
                self.controller.disconnected(message)
                self.window.statusBar().showMessage(message, 15000)

        def failed(error: BaseException) -> None:
            if getattr(error, "kind", None) == errors.WIPED:
                self.controller.shutdown()
                self.session.wipe(remote=True)
            else:
                show_error(self.window, error)

        if not wipe:
            self.controller.stop_timer()
        runner.network_op("disconnect", work).success(done).failure(failed).run()
