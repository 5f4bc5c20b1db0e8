"""*Edit ▸ Settings*: the app's language, kept in ``settings.ini`` in the data folder.

Every window and form is built in the language in use, so a new choice shows from the next
start; the dialog says so rather than leaving half the screens in each language.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.widgets import heading, named


class SettingsDialog(QDialog):
    """Emits ``saved(message)`` with a sentence for the status bar after a change is kept."""

    saved = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        named(self, "settingsDialog", self.tr("Settings"))
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Settings"), "settingsTitle", 1.2))
        box = named(QGroupBox(self.tr("Language / Iaith")), "settingsLanguage",
                    self.tr("Language"))
        column = QVBoxLayout(box)
        self.choices = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        system = i18n.LANGUAGES[i18n.system_language()]
        entries = [(i18n.SYSTEM, self.tr("&Follow this computer (%1)").replace("%1", system))]
        # Each language by its own name, with an accelerator of its own.
        entries += [("en", "&English"), ("cy", "&Cymraeg")]
        for code, text in entries:
            button = named(QRadioButton(text), f"language_{code}", text.replace("&", ""),
                           self.tr("Language"))
            self.choices.addButton(button)
            self.buttons[code] = button
            column.addWidget(button)
        self.buttons[i18n.saved_choice(settings)].setChecked(True)
        layout.addWidget(box)
        note = named(QLabel(self.tr("A new language shows the next time Estate Champion opens. "
                                    "Records keep the same answers whatever the language.")),
                     "settingsNote", self.tr("About the language"))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("settingsButtons")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> str:
        return next(code for code, button in self.buttons.items() if button.isChecked())

    def save(self) -> None:
        before = i18n.saved_choice(self.settings)
        choice = self.choice()
        i18n.save_choice(self.settings, choice)
        if i18n.resolve(choice) != i18n.current():
            self.saved.emit(self.tr("Saved. The new language shows the next time Estate "
                                    "Champion opens."))
        elif choice != before:
            self.saved.emit(self.tr("Saved."))
        self.accept()
