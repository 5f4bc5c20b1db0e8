"""The outline beside a form: its sections, which are done and which still need answers,
and a jump to any of them (Enter or a click), as ODK Collect and Survey123 move through a
form group by group. One Tab stop; the arrow keys move within it.

A section *needs answers* when a check Submit would make lands in it (a required answer
missing, a value out of range); it is *done* when nothing does and something in it was
answered; otherwise it is *optional* and untouched. The checks are the form's own
(`RecordForm.validate`), run a moment after typing stops.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from ui.widgets import named

# The form (fields.FormBase) builds its outline: this module does not import it back.
FormBase = Any
Section = QWidget

DONE, TODO, OPTIONAL = "done", "todo", "optional"
MARKS = {DONE: "✓", TODO: "!", OPTIONAL: "○"}
REFRESH_MS = 250


class FormOutline(QListWidget):
    def __init__(self, form: FormBase) -> None:
        super().__init__()
        named(self, "formOutline", self.tr("Sections of this form"),
              self.tr("Each section, marked done, to do or optional. Press Enter to go to "
                      "one."))
        self.form = form
        self.setTabKeyNavigation(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Wide enough for "✓ Part 1: reporting" in the system font; long titles wrap.
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("M" * 10) + 24)
        self._fresh: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        form.changed.connect(self._timer.start)
        form.outline_changed.connect(self._timer.start)
        self.itemActivated.connect(self._jump)
        self.itemClicked.connect(self._jump)

    def remember_fresh(self) -> None:
        """What a new form holds: a section differing from it was answered."""
        self._fresh = self._answers()

    def _answers(self) -> dict[str, str]:
        out = {}
        for path, field in self.form._fields.items():
            value = getattr(field.widget, "value", None)
            if callable(value) and field.widget.isEnabledTo(self.form):
                out[path] = repr(value())
        return out

    def states(self) -> dict[Section, str]:
        """Every visible section's state (done, to do, optional)."""
        sections = [s for s in self.form.sections() if not s.isHidden()]
        todo = {self.form.section_of(path) for path in self.form.validate()}
        answered = set()
        for path, now in self._answers().items():
            if self._fresh.get(path) != now:
                answered.add(self.form.section_of(path))
        return {s: TODO if s in todo else DONE if s in answered else OPTIONAL
                for s in sections}

    def refresh(self) -> None:
        current = self.currentRow()
        words = {DONE: self.tr("done"), TODO: self.tr("to do"), OPTIONAL: self.tr("optional")}
        self.clear()
        for section, state in self.states().items():
            item = QListWidgetItem(f"{MARKS[state]}  {section.outline_title}")
            item.setData(Qt.ItemDataRole.UserRole, section.objectName())
            item.setData(Qt.ItemDataRole.UserRole + 1, state)
            spoken = f"{section.outline_title}: {words[state]}"
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            item.setToolTip(spoken)
            self.addItem(item)
        if 0 <= current < self.count():
            self.setCurrentRow(current)

    def state_of(self, section_name: str) -> str | None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == section_name:
                return item.data(Qt.ItemDataRole.UserRole + 1)
        return None

    def _jump(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        section = next((s for s in self.form.sections() if s.objectName() == name), None)
        if section is not None:
            jump_to(self.form, section)


def jump_to(form: FormBase, section: QWidget) -> None:
    """Bring ``section`` to the top of the form and put the focus on its first answer."""
    form.scroll.verticalScrollBar().setValue(max(0, section.y() - 6))
    widget = section.nextInFocusChain()
    for _ in range(500):
        if section.isAncestorOf(widget) and widget.isVisibleTo(form) and widget.isEnabled() \
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()
        if widget is section:
            return
