"""Asking why: "has issues" and "rejected" always carry a note the champion can act on."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from champion_app.records.scales import ReviewState
from ui.widgets import named


class ReviewNoteDialog(QDialog):
    """The reason for a review; OK is refused, in plain words, while the reason is empty."""

    def __init__(self, state: str, count: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewNoteDialog")
        self.state = state
        rejecting = state == ReviewState.rejected
        self.setWindowTitle(self.tr("Reject") if rejecting else self.tr("Has issues"))
        layout = QVBoxLayout(self)
        prompt = (self.tr("Why is it rejected? The champion reads this.") if rejecting else
                  self.tr("What needs putting right? The champion reads this and can "
                          "change the record."))
        if count > 1:
            prompt += " " + self.tr("The same note goes on all %n records.", "", count)
        question = named(QLabel(prompt), "reviewNotePrompt", prompt)
        question.setWordWrap(True)
        layout.addWidget(question)
        self.note = named(QPlainTextEdit(), "reviewNote", self.tr("Reason"))
        self.note.setTabChangesFocus(True)
        question.setBuddy(self.note)
        layout.addWidget(self.note)
        self.message = named(QLabel(""), "reviewNoteMessage", self.tr("Problem"))
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("reviewNoteOk")
        self.ok.setText(self.tr("&Reject") if rejecting else self.tr("Mark as &having issues"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.sizeHint().height())
        self.note.setFocus()

    def text(self) -> str:
        return self.note.toPlainText().strip()

    def accept(self) -> None:
        if not self.text():
            self.message.setText(self.tr("Type the reason first: a champion cannot put "
                                         "right what nobody has told them."))
            self.note.setFocus()
            return
        super().accept()
