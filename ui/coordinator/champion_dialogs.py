"""Small dialogs of the Champions page: a new champion, a patch, an enrolment code."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import MultiCheck, heading, named

USERNAME = re.compile(r"^[A-Za-z0-9_.@-]{2,100}$")


def estate_checks(name: str, estates: list[dict], chosen: list[str]) -> MultiCheck:
    box = MultiCheck(name, QCoreApplication.translate("Champions", "Estates"), [(e["id"], e["name"]) for e in estates],
                     columns=3)
    box.set_value(chosen)
    return box


class ChampionDialog(QDialog):
    """Add a champion: username, the name people see, their patch."""

    def __init__(self, estates: list[dict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "addChampionDialog", self.tr("Add a champion"))
        self.setWindowTitle(self.tr("Add a champion"))
        form = QFormLayout(self)
        self.username = named(QLineEdit(), "newChampionUsername", self.tr("Username"))
        self.display_name = named(QLineEdit(), "newChampionName", self.tr("Name people see"))
        self.patch = estate_checks("newChampionPatch", estates, [])
        self.problem = named(QLabel(""), "newChampionProblem", self.tr("Problem"))
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        for text, field in ((self.tr("&Username"), self.username),
                            (self.tr("&Name"), self.display_name),
                            (self.tr("&Patch"), self.patch)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check(self) -> None:
        if not USERNAME.match(self.username.text().strip()):
            self.problem.setText(self.tr("A username is 2 to 100 letters, digits or . _ @ - "
                                         "with no spaces."))
            self.username.setFocus()
            return
        self.accept()

    def value(self) -> tuple[str, str, list[str]]:
        return (self.username.text().strip(), self.display_name.text().strip(),
                self.patch.value())


class PatchDialog(QDialog):
    """Set a champion's patch (their next sync starts again from the new patch)."""

    def __init__(self, name: str, estates: list[dict], chosen: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "patchDialog", self.tr("Set the patch"))
        self.setWindowTitle(self.tr("Patch of {name}").format(name=name))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The estates {name} covers. Their laptop fetches the new patch "
                               "at its next sync; nothing they logged is lost.")
                       .format(name=name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.patch = estate_checks("patchEstates", estates, chosen)
        layout.addWidget(self.patch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def grouped(code: str) -> str:
    """"ABCD-EFGH-JKLM" as "ABCD EFGH JKLM": groups of four, easy to read out."""
    plain = "".join(ch for ch in code if ch.isalnum())
    return " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))


class CodeDialog(QDialog):
    """A new enrolment code, big enough to read out over the phone, and printable."""

    def __init__(self, name: str, code: str, expires: str, parent: QWidget | None = None,
                 on_print=None) -> None:
        super().__init__(parent)
        named(self, "codeDialog", self.tr("Enrolment code"))
        self.setWindowTitle(self.tr("Enrolment code for {name}").format(name=name))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Enrolment code for {name}").format(name=name),
                                 "codeTitle"))
        self.code = named(QLabel(grouped(code)), "codeText",
                          self.tr("Enrolment code, letter by letter: {letters}")
                          .format(letters=" ".join(grouped(code))))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(max(28.0, QFont().pointSizeF() * 3))
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 4)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.code)
        note = QLabel(self.tr("The champion types this into Connect to your landlord. It works "
                              "once, until {expires}. There is no letter O or I, and no digit "
                              "0 or 1.").format(expires=expires))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = named(QPushButton(self.tr("&Print…")), "codePrint",
                                  self.tr("Print the code"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        if on_print is not None:
            self.print_button.clicked.connect(on_print)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


def code_html(name: str, code: str, expires: str, landlord: str) -> str:
    """The printable page: the code in big monospace letters, grouped in fours."""
    e = html.escape
    title = QCoreApplication.translate("Champions", "Estate Champion enrolment code")
    who = QCoreApplication.translate("Champions", "For {name}").format(name=name)
    how = QCoreApplication.translate(
        "Champions", "Type it into Connect to your landlord. It works once, until {expires}."
    ).format(expires=expires)
    return (f"<h1>{e(landlord)}</h1><h2>{e(title)}</h2><p>{e(who)}</p>"
            "<p style='font-family: DejaVu Sans Mono, monospace; font-size: 300%; "
            f"font-weight: bold;'>{e(grouped(code))}</p><p>{e(how)}</p>")
