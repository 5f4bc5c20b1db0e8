"""The conversation on a record: a coordinator's questions and the champion's replies.

One widget for both sides (the coordinator's record detail, the champion's My log): the
thread in the server's order, a box to write in and *Send*, which queues the comment through
the outbox like any other write (sent at the next sync, never lost, never sent twice).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.errors import user_message
from ui.timefmt import short_time
from ui.widgets import heading, named

log = logging.getLogger(__name__)


class CommentThread(QWidget):
    """``show_thread(record_id, comments)``; *Send* (or Ctrl+Shift+Enter) queues the text."""

    sent = Signal(str)  # record id, after the comment was queued

    def __init__(self, runner, *, name: str, title: str, placeholder: str, send_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name, title)
        self.runner = runner
        self.record_id: str | None = None
        self._names: Callable[[dict], str] = lambda c: ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = heading(title, f"{name}Title", 1.1)
        layout.addWidget(self.title)
        self.thread = named(QTextBrowser(), f"{name}Text", title,
                            self.tr("The conversation about this record, oldest first."))
        self.thread.setOpenLinks(False)
        self.thread.setPlaceholderText(self.tr("No comments yet."))
        layout.addWidget(self.thread, 3)
        self.box = named(QPlainTextEdit(), f"{name}Box", placeholder,
                         self.tr("Write your comment here; Ctrl+Shift+Enter sends it."))
        self.box.setPlaceholderText(placeholder)
        self.box.setTabChangesFocus(True)  # Tab leaves the box, as in every other field
        self.box.setMaximumHeight(self.box.fontMetrics().lineSpacing() * 4 + 16)
        layout.addWidget(self.box, 1)
        row = QHBoxLayout()
        self.message = named(QLabel(""), f"{name}Message", self.tr("Comment status"))
        self.message.setWordWrap(True)
        self.send = named(QPushButton(send_text), f"{name}Send", send_text.replace("&", ""),
                          self.tr("Queues the comment: it is sent at the next sync."))
        row.addWidget(self.message, 1)
        row.addWidget(self.send)
        layout.addLayout(row)
        self.send.clicked.connect(self.send_comment)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+Return"), self.box)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.send_comment)
        self.show_thread(None, [])

    def show_thread(self, record_id: str | None, comments: list[dict],
                    names: Callable[[dict], str] | None = None, *, can_write: bool = True,
                    why_not: str = "") -> None:
        """Draw the thread; ``names(comment)`` says who wrote one."""
        if record_id != self.record_id:
            self.box.clear()
            self.message.clear()
        self.record_id = record_id
        if names is not None:
            self._names = names
        parts = []
        for comment in comments:
            who = self._names(comment) or self.tr("Someone")
            pending = (self.tr(" · waiting to be sent") if comment.get("mine")
                       and comment.get("seq") is None else "")
            new = self.tr(" · new") if comment.get("unread") else ""
            parts.append(f"<p><b>{html.escape(who)}</b> <span style='color:#4a5560'>"
                         f"{html.escape(short_time(comment.get('at')))}{pending}{new}</span>"
                         f"<br>{html.escape(comment.get('body') or '')}</p>")
        self.thread.setHtml("".join(parts))
        self.thread.verticalScrollBar().setValue(self.thread.verticalScrollBar().maximum())
        writable = record_id is not None and can_write
        self.box.setEnabled(writable)
        self.send.setEnabled(writable)
        if record_id is not None and not can_write:
            self.message.setText(why_not)

    def focus_box(self) -> None:
        self.box.setFocus()

    def send_comment(self) -> None:
        record_id, text = self.record_id, self.box.toPlainText()
        if record_id is None or not self.send.isEnabled():
            return
        self.send.setEnabled(False)

        def queued(_changes) -> None:
            self.box.clear()
            self.send.setEnabled(True)
            self.message.setText(self.tr("Queued: it is sent at the next sync."))
            self.sent.emit(record_id)

        def refused(error: BaseException) -> None:  # the text stays in the box
            self.send.setEnabled(True)
            self.message.setText(user_message(error))
            self.box.setFocus()

        (self.runner.op("send comment", lambda store: store.add_comment(record_id, text))
         .success(queued).failure(refused).run())
