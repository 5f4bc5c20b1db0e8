"""Report tables: read-only QTableWidgets whose small-base cells are grey, with a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from champion_app.reports import SMALL_BASE, Share

GREY = QColor("#6b7280")
KEY_ROLE = Qt.ItemDataRole.UserRole


# lupdate reads translate("Context", "…") with both literal; a wrapper would hide the context.
translate = QCoreApplication.translate
UNITS = {
    "hours": QT_TRANSLATE_NOOP("reports", "hours"),
    "days": QT_TRANSLATE_NOOP("reports", "days"),
}


def report_word(text: str) -> str:
    """A label the report kernel marked with QT_TRANSLATE_NOOP("reports", …), translated."""
    return translate("reports", text)


def unit_word(unit: str) -> str:
    return report_word(UNITS.get(unit, unit))


def small_note() -> str:
    return translate("ReportTables", "Fewer than {n} answers: too few to read much into.").format(
        n=SMALL_BASE
    )


def report_table(name: str, accessible: str) -> QTableWidget:
    table = QTableWidget()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setObjectName(f"{name}Header")
    table.horizontalHeader().setAccessibleName(translate("ReportTables", "Columns"))
    table.verticalHeader().setObjectName(f"{name}Rows")
    table.verticalHeader().setAccessibleName(translate("ReportTables", "Rows"))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(False)
    return table


def percent(share: Share) -> str:
    return "–" if not share.n else f"{share.percent:g} %"


def interval(share: Share) -> str:
    if not share.n:
        return ""
    low, high = share.interval or (0.0, 0.0)
    return f"{low:g}–{high:g} %"


def fill(
    table: QTableWidget, headers: list[str], rows: list[tuple[object, list, Share | None]]
) -> None:
    """Rows of (key kept on the row, cell texts, the share that greys the row when small)."""
    table.clearContents()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, (key, cells, share) in enumerate(rows):
        small = share is not None and share.small
        for c, text in enumerate(cells):
            item = QTableWidgetItem("" if text is None else str(text))
            item.setData(KEY_ROLE, key)
            if c > 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if small:
                item.setForeground(QBrush(GREY))
                item.setToolTip(small_note())
            table.setItem(r, c, item)


def splitter(table: QWidget, chart: QWidget) -> QSplitter:
    """A table with its chart beside it, about half each."""
    split = QSplitter(Qt.Orientation.Horizontal)
    split.addWidget(table)
    split.addWidget(chart)
    split.setStretchFactor(0, 1)
    split.setStretchFactor(1, 1)
    split.setSizes([560, 520])
    return split


def row_key(table: QTableWidget, row: int) -> object:
    item = table.item(row, 0)
    return item.data(KEY_ROLE) if item else None
