"""A place picker that only ever chooses what matches the words typed (issue #12).

An editable drop-down filtering its entries as you type (the words may come anywhere in an
entry). What it will not do any more: choose an unrelated entry when ↓ is pressed over words
that match nothing ("Mill" → Alder Park), or leave raw text behind Enter. Instead:

* ↓ / ↑ open the list of the entries that match (all of them when the box is empty), and
  say "no match" when none does;
* Enter, or leaving the box, chooses the one entry that matches; with several it asks to
  choose one; with none it says so (and a free-text picker keeps the words as typed);
* the note under the picker says which of these happened, in words.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QWidget

from ui.widgets import named


def _words(key: str) -> str:
    return QCoreApplication.translate("Picker", key)


class Picker(QComboBox):
    """``free_text``: a value not in the list is kept as typed (a job reference from a
    letter); otherwise words that match no entry mean "nothing chosen"."""

    picked = Signal()

    def __init__(self, name: str, accessible: str, *, placeholder: str = "",
                 free_text: bool = False, no_match: str = "", several: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name, accessible, QCoreApplication.translate(
            "Picker", "Type part of the name, then press Down to see what matches, or Enter "
                      "to choose the one that matches."))
        self.free_text = free_text
        self.no_match = no_match or _words("Nothing in the list matches “{text}”.")
        self.several = several or _words("{count} entries match “{text}”: choose one.")
        self.empty_hint = ""  # what to say when the list is empty (nothing to choose from)
        self.setEditable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # see ui.wheel
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setPlaceholderText(placeholder)
        self.lineEdit().setObjectName(f"{name}_text")
        self.lineEdit().setAccessibleName(accessible)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setMinimumContentsLength(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.note = named(QLabel(), f"{name}_note", accessible)
        self.note.setProperty("role", "hint")
        self.note.setWordWrap(True)
        self.note.hide()
        self.currentIndexChanged.connect(self._chosen)
        self.lineEdit().editingFinished.connect(lambda: self._settle(open_list=False))
        self.lineEdit().textEdited.connect(lambda _t: self._say(""))

    # -- entries --------------------------------------------------------------------------
    def set_entries(self, entries: Iterable[tuple[str, str]]) -> None:
        """Replace the entries (label, id), keeping the current choice when still present."""
        keep = self.value()
        self.blockSignals(True)
        self.clear()
        for label, ident in entries:
            self.addItem(label, ident)
        index = self.findData(keep) if keep is not None else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(keep if (self.free_text and keep) else "")
        self.blockSignals(False)

    def matches(self, text: str) -> list[int]:
        """The entries whose words contain ``text`` (any case), in list order."""
        wanted = text.strip().casefold()
        return [i for i in range(self.count()) if wanted in self.itemText(i).casefold()]

    # -- the answer -----------------------------------------------------------------------
    def value(self) -> str | None:
        text = self.currentText().strip()
        if not text:
            return None
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == self.currentText():
            return self.itemData(index)
        match = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if match >= 0:
            return self.itemData(match)
        return text if self.free_text else None

    def set_value(self, ident: str | None) -> None:
        index = self.findData(ident) if ident else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(ident if (self.free_text and ident) else "")
        self._say("")

    def choose(self, index: int) -> None:
        """Choose entry ``index`` (as the list would), even when it was already current."""
        was = self.currentIndex()
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index))
        if was == index:
            self._chosen(index)

    # -- the keyboard -----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        plain = not mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier)
        if plain and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._offer()
            event.accept()
            return
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._settle(open_list=True)
            event.accept()
            return
        super().keyPressEvent(event)

    def _offer(self) -> None:
        """↓ / ↑: the list of what matches, never a jump to an unrelated entry."""
        text = self.currentText().strip()
        if not self.count():
            self._say(self.empty_hint or self.no_match.format(text=text))
            return
        if not text or self.value() is not None and not self.free_text:
            self.showPopup()  # nothing typed, or a choice made: the whole list to choose from
            return
        if not self.matches(text):
            self._say(self.no_match.format(text=text))
            return
        self.completer().setCompletionPrefix(text)
        self.completer().complete()

    def _settle(self, *, open_list: bool) -> None:
        """Enter or leaving the box: choose the entry the words name, or say why not."""
        text = self.currentText().strip()
        if not text or self.value() is not None and (
                self.currentIndex() >= 0 and self.itemText(self.currentIndex()) == text):
            self._say("")
            return
        exact = self.findText(text, Qt.MatchFlag.MatchFixedString)
        found = [exact] if exact >= 0 else self.matches(text)
        if len(found) == 1:
            self.choose(found[0])
        elif found:
            self._say(self.several.format(count=len(found), text=text))
            if open_list:
                self.completer().setCompletionPrefix(text)
                self.completer().complete()
        elif self.free_text:
            self._say("")
            self.picked.emit()  # kept as typed
        else:
            self._say(self.empty_hint if not self.count() and self.empty_hint
                      else self.no_match.format(text=text))

    def _chosen(self, _index: int) -> None:
        self.completer().popup().hide()  # chosen: the list of matches has done its job
        self._say("")
        self.picked.emit()

    def _say(self, words: str) -> None:
        self.note.setText(words)
        self.note.setAccessibleName(words or self.accessibleName())
        self.note.setVisible(bool(words))
