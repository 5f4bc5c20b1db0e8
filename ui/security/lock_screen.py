"""What the window shows instead of residents' data: opening, unlocking, choosing a
passphrase or a PIN, the idle lock, and the notice after a wipe.

One widget with one page per state, so the window swaps a single thing in place of its
pages (`MainWindow.set_locked`). It only shows and asks: what the answers do is
`ui.security.session.SecuritySession`'s.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import CurrentPageStack, heading, named

OPENING, PASSPHRASE, NEW_PASSPHRASE, PIN_SETUP, LOCKED, MESSAGE, WIPED = range(7)


MIN_PIN, MAX_PIN = 4, 8


def _text(text: str, name: str, role: str = "") -> QLabel:
    label = named(QLabel(text), name, text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    return label


def _secret(name: str, accessible: str, digits: bool = False) -> QLineEdit:
    field = named(QLineEdit(), name, accessible)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    if digits:
        field.setMaxLength(MAX_PIN)
        field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return field


class LockScreen(QWidget):
    """Signals carry what the person typed; `show_*` methods choose the page."""

    passphrase_entered = Signal(str)          # unlock with the passphrase
    passphrase_chosen = Signal(str)           # first run without a keyring
    pin_chosen = Signal(str)
    pin_entered = Signal(str)                 # the idle lock
    use_passphrase = Signal()                 # "I forgot my PIN" (passphrase folders)
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "lockScreen", self.tr("Estate Champion is locked"))
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setObjectName("lockCard")
        card.setMaximumWidth(620)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        # As tall as the card shown: "Opening your data…" is painted alone at the first
        # paint and must not grow when the other cards are added behind it.
        self.pages = CurrentPageStack()
        self.pages.setObjectName("lockPages")
        inner = QVBoxLayout(card)
        inner.addWidget(self.pages)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.pages.addWidget(self._opening())
        self._cards_built = False

    def build_cards(self) -> None:
        """The cards other than "Opening your data…", once: the window shows that one at its
        first paint and builds these after it (or when one is first needed)."""
        if self._cards_built:
            return
        self._cards_built = True
        for build in (self._passphrase, self._new_passphrase, self._pin_setup, self._locked,
                      self._message, self._wiped):
            self.pages.addWidget(build())

    def __getattr__(self, name: str):
        """A card's field or button asked for before the cards are built: built now."""
        if name.startswith("_") or self.__dict__.get("_cards_built", True):
            raise AttributeError(name)
        self.build_cards()
        return getattr(self, name)

    # -- pages ---------------------------------------------------------------------------------
    def _page(self, title: str, name: str) -> tuple[QWidget, QVBoxLayout]:
        page = named(QWidget(), name, title)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(title, f"{name}Title", 1.3))
        return page, layout

    def _opening(self) -> QWidget:
        page, layout = self._page(self.tr("Opening your data…"), "lockOpening")
        layout.addWidget(_text(self.tr("Your records are kept encrypted on this laptop. "
                                       "Getting the key…"), "lockOpeningText"))
        return page

    def _passphrase(self) -> QWidget:
        page, layout = self._page(self.tr("Type your passphrase"), "lockPassphrase")
        self.passphrase_note = _text(self.tr(
            "There is no system keyring on this computer, so your data is protected by the "
            "passphrase you chose. Type it to open Estate Champion."), "lockPassphraseNote",
            "prompt")
        layout.addWidget(self.passphrase_note)
        form = QFormLayout()
        self.passphrase = _secret("lockPassphraseField", self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        layout.addLayout(form)
        self.passphrase_error = _text("", "lockPassphraseError", "error")
        layout.addWidget(self.passphrase_error)
        self.unlock_button = named(QPushButton(self.tr("&Open")), "lockOpen", self.tr("Open"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(
            lambda: self.passphrase_entered.emit(self.passphrase.text()))
        self.passphrase.returnPressed.connect(self.unlock_button.click)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _new_passphrase(self) -> QWidget:
        page, layout = self._page(self.tr("Choose a passphrase"), "lockNewPassphrase")
        layout.addWidget(_text(self.tr(
            "There is no system keyring on this computer, so Estate Champion protects the "
            "records on this laptop with a passphrase you choose now. You will type it each "
            "time the app opens."), "lockNewPassphraseNote", "prompt"))
        layout.addWidget(_text(self.tr(
            "Keep it safe: without it the data on this laptop cannot be opened. Anything "
            "already sent is safe on your landlord's server."), "lockNewPassphraseWarning",
            "warning"))
        form = QFormLayout()
        self.new_passphrase = _secret("lockNewPassphraseField", self.tr("New passphrase"))
        self.new_passphrase_again = _secret("lockNewPassphraseAgain",
                                            self.tr("New passphrase again"))
        form.addRow(self.tr("&Passphrase (8 characters or more)"), self.new_passphrase)
        form.addRow(self.tr("Type it &again"), self.new_passphrase_again)
        layout.addLayout(form)
        self.new_passphrase_error = _text("", "lockNewPassphraseError", "error")
        layout.addWidget(self.new_passphrase_error)
        button = named(QPushButton(self.tr("&Protect my data")), "lockChoosePassphrase",
                       self.tr("Protect my data"))
        button.clicked.connect(self._choose_passphrase)
        self.new_passphrase_again.returnPressed.connect(button.click)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _pin_setup(self) -> QWidget:
        page, layout = self._page(self.tr("Choose a PIN"), "lockPinSetup")
        self.pin_setup_note = _text("", "lockPinSetupNote", "prompt")
        layout.addWidget(self.pin_setup_note)
        form = QFormLayout()
        self.new_pin = _secret("lockNewPin", self.tr("New PIN"), digits=True)
        self.new_pin_again = _secret("lockNewPinAgain", self.tr("New PIN again"), digits=True)
        form.addRow(self.tr("&PIN (4 to 8 digits)"), self.new_pin)
        form.addRow(self.tr("Type it &again"), self.new_pin_again)
        layout.addLayout(form)
        self.pin_setup_error = _text("", "lockPinSetupError", "error")
        layout.addWidget(self.pin_setup_error)
        button = named(QPushButton(self.tr("&Set PIN")), "lockSetPin", self.tr("Set PIN"))
        button.clicked.connect(self._choose_pin)
        self.new_pin_again.returnPressed.connect(button.click)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _locked(self) -> QWidget:
        page, layout = self._page(self.tr("Estate Champion is locked"), "lockLocked")
        self.locked_note = _text("", "lockLockedNote", "prompt")
        layout.addWidget(self.locked_note)
        form = QFormLayout()
        self.pin = _secret("lockPin", self.tr("PIN"), digits=True)
        form.addRow(self.tr("&PIN"), self.pin)
        layout.addLayout(form)
        self.pin_error = _text("", "lockPinError", "error")
        layout.addWidget(self.pin_error)
        row = QHBoxLayout()
        self.pin_button = named(QPushButton(self.tr("&Unlock")), "lockUnlock", self.tr("Unlock"))
        self.pin_button.clicked.connect(lambda: self.pin_entered.emit(self.pin.text()))
        self.pin.returnPressed.connect(self.pin_button.click)
        self.forgot_button = named(QPushButton(self.tr("Use my &passphrase instead")),
                                   "lockUsePassphrase", self.tr("Use my passphrase instead"))
        self.forgot_button.clicked.connect(self.use_passphrase)
        row.addWidget(self.pin_button)
        row.addWidget(self.forgot_button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _message(self) -> QWidget:
        page, layout = self._page(self.tr("Estate Champion cannot open your data"),
                                  "lockMessage")
        self.message = _text("", "lockMessageText", "error-summary")
        layout.addWidget(self.message)
        self.quit_button = named(QPushButton(self.tr("&Close Estate Champion")), "lockQuit",
                                 self.tr("Close Estate Champion"))
        self.quit_button.clicked.connect(self.quit_requested)
        layout.addWidget(self.quit_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _wiped(self) -> QWidget:
        page, layout = self._page(self.tr("The data on this laptop has been deleted"),
                                  "lockWiped")
        self.wiped_text = _text("", "lockWipedText", "warning")
        layout.addWidget(self.wiped_text)
        button = named(QPushButton(self.tr("&Close Estate Champion")), "lockWipedQuit",
                       self.tr("Close Estate Champion"))
        button.clicked.connect(self.quit_requested)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    # -- answers -------------------------------------------------------------------------------
    def _choose_passphrase(self) -> None:
        first, again = self.new_passphrase.text(), self.new_passphrase_again.text()
        if len(first) < 8:
            self.new_passphrase_error.setText(self.tr(
                "Choose a passphrase of at least 8 characters."))
        elif first != again:
            self.new_passphrase_error.setText(self.tr("The two passphrases are not the same."))
        else:
            self.new_passphrase_error.setText("")
            self.passphrase_chosen.emit(first)

    def _choose_pin(self) -> None:
        first, again = self.new_pin.text(), self.new_pin_again.text()
        if not (first.isdigit() and MIN_PIN <= len(first) <= MAX_PIN):
            self.pin_setup_error.setText(self.tr("A PIN is 4 to 8 digits."))
        elif first != again:
            self.pin_setup_error.setText(self.tr("The two PINs are not the same."))
        else:
            self.pin_setup_error.setText("")
            self.pin_chosen.emit(first)

    # -- choosing the page ---------------------------------------------------------------------
    def _show(self, index: int, focus: QWidget | None = None) -> None:
        if index == OPENING and not self._cards_built:
            self.pages.setCurrentIndex(index)  # nothing typed yet to clear
            return
        self.build_cards()
        self.pages.setCurrentIndex(index)
        for field in (self.passphrase, self.new_passphrase, self.new_passphrase_again,
                      self.new_pin, self.new_pin_again, self.pin):
            if field is not focus:
                field.clear()
        if focus is not None:
            focus.setFocus()

    def show_opening(self) -> None:
        self._show(OPENING)

    def show_passphrase(self, error: str = "", note: str = "") -> None:
        self.passphrase_error.setText(error)
        if note:
            self.passphrase_note.setText(note)
        self.passphrase.clear()
        self._show(PASSPHRASE, self.passphrase)

    def show_new_passphrase(self, error: str = "") -> None:
        self.new_passphrase_error.setText(error)
        self._show(NEW_PASSPHRASE, self.new_passphrase)

    def show_pin_setup(self, minutes: int) -> None:
        self.pin_setup_note.setText((self.tr(
            "Estate Champion locks itself after a minute without use, so nobody else can "
            "read residents' details on this laptop. Choose a PIN to open it again.")
            if minutes == 1 else self.tr(
            "Estate Champion locks itself after %1 minutes without use, so nobody else can "
            "read residents' details on this laptop. Choose a PIN to open it again.")
        ).replace("%1", str(minutes)))
        self._show(PIN_SETUP, self.new_pin)

    def show_locked(self, *, can_use_passphrase: bool, error: str = "") -> None:
        self.locked_note.setText(self.tr(
            "It locked itself because it was not used for a while. Type your PIN to carry "
            "on. Nothing you were doing has been lost."))
        self.pin_error.setText(error)
        self.pin.setEnabled(True)
        self.pin_button.setEnabled(True)
        self.forgot_button.setVisible(can_use_passphrase)
        self.pin.clear()
        self._show(LOCKED, self.pin)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self._show(MESSAGE, self.quit_button)

    def show_wiped(self, text: str) -> None:
        self.wiped_text.setText(text)
        self._show(WIPED)

    @property
    def page(self) -> int:
        return self.pages.currentIndex()
