"""*Connect to your landlord*: server address plus an enrolment code (champions), or a
username and password (coordinators). The work runs on the task runner's network pool,
writing through the DB worker's store (one writer); this dialog only shows what happened,
in plain words.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from champion_app.store import Changes
from ui.tasks import TaskRunner
from ui.widgets import heading, named

log = logging.getLogger(__name__)


class ConnectDialog(QDialog):
    """Emits ``connected(Connection)`` and closes when the server accepted us."""

    connected = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None, *,
                 server_url: str = "") -> None:
        super().__init__(parent)
        self.runner = runner
        self.connection = None
        named(self, "connectDialog", self.tr("Connect to your landlord"))
        self.setWindowTitle(self.tr("Connect to your landlord"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Connect to your landlord"), "connectTitle", 1.2))
        intro = QLabel(self.tr("Type the server address and the enrolment code your coordinator "
                               "gave you. Records you made before connecting are kept and sent "
                               "after."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.server = named(QLineEdit(server_url), "connectServer", self.tr("Server address"))
        self.server.setPlaceholderText("https://champions.example.org")
        form.addRow(self.tr("&Server address"), self.server)
        self.use_code = named(QRadioButton(self.tr("I have an &enrolment code (champions)")),
                              "connectUseCode", self.tr("Use an enrolment code"))
        self.use_password = named(
            QRadioButton(self.tr("I sign in with a &password (coordinators)")),
            "connectUsePassword", self.tr("Sign in with username and password"))
        self.use_code.setChecked(True)
        form.addRow(self.use_code)
        form.addRow(self.use_password)
        self.code = named(QLineEdit(), "connectCode", self.tr("Enrolment code"))
        self.code.setPlaceholderText("ABCD-EFGH-JKLM")
        form.addRow(self.tr("Enrolment co&de"), self.code)
        self.username = named(QLineEdit(), "connectUsername", self.tr("Username"))
        form.addRow(self.tr("&Username"), self.username)
        self.password = named(QLineEdit(), "connectPassword", self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Pass&word"), self.password)
        ca_row = QHBoxLayout()
        self.ca_bundle = named(QLineEdit(), "connectCaBundle",
                               self.tr("Certificate authority file"),
                               self.tr("Only if your landlord uses its own certificate authority"))
        self.ca_bundle.setPlaceholderText(self.tr("Only if your landlord gave you one"))
        browse = named(QPushButton(self.tr("Choose…")), "connectCaBrowse",
                       self.tr("Choose certificate file"))
        browse.clicked.connect(self._browse)
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(browse)
        form.addRow(self.tr("Certificate file"), ca_row)
        layout.addLayout(form)
        self.message = named(QLabel(""), "connectMessage", self.tr("Connection message"))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = named(self.buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole), "connectButton",
            self.tr("Connect"))
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self.start_connect)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.use_code.toggled.connect(self._mode_changed)
        self._mode_changed()

    def _mode_changed(self) -> None:
        code = self.use_code.isChecked()
        self.code.setEnabled(code)
        self.username.setEnabled(not code)
        self.password.setEnabled(not code)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Certificate authority file"), "",
            self.tr("Certificates (*.pem *.crt);;All files (*)"))
        if path:
            self.ca_bundle.setText(path)

    def start_connect(self) -> None:
        server = self.server.text().strip()
        if not server:
            self.show_message(self.tr("Type the server address first."))
            return
        if self.use_code.isChecked() and not self.code.text().strip():
            self.show_message(self.tr("Type the enrolment code your coordinator gave you."))
            return
        values = {"code": self.code.text().strip() if self.use_code.isChecked() else None,
                  "username": None if self.use_code.isChecked() else self.username.text(),
                  "password": None if self.use_code.isChecked() else self.password.text(),
                  "ca_bundle": self.ca_bundle.text().strip() or None}
        runner = self.runner

        def work():
            from sync import connection

            return connection.connect(runner.worker_store(), server, **values)

        self.connect_button.setEnabled(False)
        self.show_message(self.tr("Connecting…"))
        runner.network_op("connect", work).success(self._connected) \
            .failure(self._failed).run()

    def _connected(self, conn) -> None:
        self.connection = conn
        self.connect_button.setEnabled(True)
        self.password.clear()
        self.show_message(self.tr("Connected as %1.").replace(
            "%1", conn.display_name or conn.username) + " " + conn.storage_note)
        self.runner.announce(Changes(sync_state=True), self)
        self.connected.emit(conn)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        from ui.errors import user_message

        self.connect_button.setEnabled(True)
        self.show_message(user_message(error))

    def show_message(self, text: str) -> None:
        self.message.setText(text)


def disconnect(runner: TaskRunner, on_done, initiator: object | None = None) -> None:
    """*Disconnect*: revoke this laptop's token (records stay); ``on_done(message)``."""

    def work() -> str:
        from sync import connection

        return connection.disconnect(runner.worker_store())

    def done(message: str) -> None:
        runner.announce(Changes(sync_state=True), initiator)
        on_done(message)

    runner.network_op("disconnect", work).success(done).failure(
        lambda error: on_done(getattr(error, "user_message", str(error)))).run()
