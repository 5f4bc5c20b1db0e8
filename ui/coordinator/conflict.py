"""Two coordinators changed one action: both versions side by side, and the choice.

Nothing is decided for the coordinator: "Keep mine" sends their edit again on top of the
server's version (the other change is replaced, and it stays in the server's history of
changes); "Take theirs" drops their own edit. Until they choose, both are kept.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from champion_app.records.scales import ActionStatus
from champion_app.store.office import MINE, THEIRS
from ui.widgets import heading, named

FIELDS = ("you_said", "we_did", "status", "status_reason", "due_date", "owner_team",
          "published")


class ConflictDialog(QDialog):
    def __init__(self, conflict: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "conflictDialog", self.tr("Someone else changed this action"))
        self.setWindowTitle(self.tr("Someone else changed this action"))
        self.choice: str | None = None
        mine, theirs = conflict["mine"], conflict["theirs"]
        grid = QGridLayout(self)
        intro = QLabel(self.tr(
            "Another coordinator saved a change to this action before yours reached the "
            "server. Nothing has been lost: compare the two and choose which to keep."))
        intro.setWordWrap(True)
        grid.addWidget(intro, 0, 0, 1, 2)
        grid.addWidget(heading(self.tr("Yours (not sent)"), "conflictMineTitle", 1.1), 1, 0)
        grid.addWidget(heading(self.tr("On the server now"), "conflictTheirsTitle", 1.1), 1, 1)
        self.mine = named(QTextBrowser(), "conflictMine", self.tr("Your version"))
        self.theirs = named(QTextBrowser(), "conflictTheirs", self.tr("The server's version"))
        self.mine.setHtml(self._html(mine, theirs))
        self.theirs.setHtml(self._html(theirs, mine) if theirs else
                            "<p>" + html.escape(self.tr("The server no longer has this "
                                                        "action.")) + "</p>")
        grid.addWidget(self.mine, 2, 0)
        grid.addWidget(self.theirs, 2, 1)
        buttons = QDialogButtonBox()
        self.keep_mine = named(QPushButton(self.tr("Keep &mine (send it again)")),
                               "conflictKeepMine", self.tr("Keep mine"))
        self.take_theirs = named(QPushButton(self.tr("Take &theirs")), "conflictTakeTheirs",
                                 self.tr("Take theirs"))
        buttons.addButton(self.keep_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_theirs, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.keep_mine.clicked.connect(lambda: self._choose(MINE))
        self.take_theirs.clicked.connect(lambda: self._choose(THEIRS))
        buttons.rejected.connect(self.reject)
        grid.addWidget(buttons, 3, 0, 1, 2)
        self.resize(900, 520)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def _html(self, shown: dict, other: dict | None) -> str:
        labels = {"you_said": self.tr("You said"), "we_did": self.tr("We did"),
                  "status": self.tr("Status"), "status_reason": self.tr("Reason"),
                  "due_date": self.tr("Due"), "owner_team": self.tr("Team"),
                  "published": self.tr("Published")}
        rows = []
        for key in FIELDS:
            value = shown.get(key)
            text = self._word(key, value)
            differs = other is not None and self._word(key, other.get(key)) != text
            cell = f"<b>{html.escape(text)}</b> ◀ " + html.escape(self.tr("differs")) \
                if differs else html.escape(text)
            rows.append(f"<p><b>{html.escape(labels[key])}</b>: {cell}</p>")
        return "".join(rows)

    def _word(self, key: str, value) -> str:
        if key == "published":
            return self.tr("yes") if value else self.tr("no")
        if key == "status" and value:
            try:
                return ActionStatus(value).label
            except ValueError:
                return str(value)
        return str(value or "—")
