"""The table of cases (hazards or complaints): one row per record, most urgent first.

Urgency is shown in words in its own column ("OVERDUE", "Due today") as well as by colour,
so it never depends on telling colours apart.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from champion_app.records import KINDS
from champion_app.store.cases import CaseRow
from ui.timefmt import short_time

from . import words

COLUMNS = ("urgency", "next", "what", "state", "where", "champion", "visit")
_BACKGROUND = {"overdue": QColor("#fbd5d5"), "due_today": QColor("#ffe9c2")}
Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    def __init__(self, case: str, parent=None) -> None:
        super().__init__(parent)
        self.case = case
        self.rows: list[CaseRow] = []
        self.now = datetime.now(UTC)
        self._titles = {
            "urgency": self.tr("Urgency"), "next": self.tr("Next deadline"),
            "what": self.tr("Hazard") if case == "hazard" else self.tr("Record"),
            "state": self.tr("Step reached"), "where": self.tr("Where"),
            "champion": self.tr("Logged by"), "visit": self.tr("Visit")}

    def set_rows(self, rows: list[CaseRow], now: datetime | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.now = now or datetime.now(UTC)
        self.endResetModel()

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.record_id == record_id), -1)

    # -- the model -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return self._titles[COLUMNS[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, COLUMNS[index.column()])
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = _BACKGROUND.get(row.status.urgency(self.now))
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.UserRole:
            return row.record_id
        return None

    def _text(self, row: CaseRow, column: str) -> str:
        status = row.status
        if column == "urgency":
            return words.urgency_word(status.urgency(self.now))
        if column == "next":
            return words.next_words(status, self.now)
        if column == "what":
            return words.hazard_word(row.hazard) if self.case == "hazard" else \
                KINDS[row.kind].label if row.kind in KINDS else row.kind
        if column == "state":
            text = words.step_word(status.state)
            return f"{text} ({status.reference})" if status.reference else text
        if column == "where":
            return " · ".join(p for p in (row.estate_name, row.address) if p)
        if column == "champion":
            return row.author_name
        return short_time(status.start.isoformat())
