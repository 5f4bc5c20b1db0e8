"""The records behind a figure: a list, and the chosen record's detail beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from champion_app.records import KINDS
from ui.log.detail import render
from ui.timefmt import short_time
from ui.widgets import named

from .tables import fill, report_table

SHOWN = 500  # rows listed; the count says how many there are in all


class DrillDown(QDialog):
    def __init__(self, runner, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drillDown")
        self.setWindowTitle(self.tr("Records behind: {title}").format(title=title))
        self.resize(1100, 620)
        self.runner = runner
        layout = QVBoxLayout(self)
        self.count = named(QLabel(self.tr("Finding the records…")), "drillCount",
                           self.tr("How many records"))
        layout.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = report_table("drillTable", self.tr("Records behind the figure"))
        self.detail = named(QTextBrowser(), "drillDetail", self.tr("The record"))
        self.detail.setPlaceholderText(self.tr("Choose a record to see what was said."))
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.table.currentCellChanged.connect(lambda row, *_: self._open(row))
        self.ids: list[str] = []

    def show_ids(self, ids: list[str]) -> None:
        self.ids = ids
        more = (self.tr(" (the first {shown} are listed)").format(shown=SHOWN)
                if len(ids) > SHOWN else "")
        self.count.setText(self.tr("{n} records.").format(n=len(ids)) + more)
        wanted = ids[:SHOWN]
        from champion_app.reports import visit_times

        self.runner.op("drill-down rows", lambda store: (
            store.rows_by_id(wanted), visit_times(store.db, wanted))).success(
            lambda found: self._rows(wanted, *found)).run()

    def _rows(self, ids: list[str], rows: dict, visited: dict[str, str]) -> None:
        listed = [rows[i] for i in ids if i in rows]
        fill(self.table, [self.tr("Visit"), self.tr("Kind"), self.tr("Estate"),
                          self.tr("Where"), self.tr("What was said")],
             [(r.record_id, [short_time(visited.get(r.record_id) or r.created_at), KINDS[r.kind].label if r.kind in KINDS
                             else r.kind, r.estate_name, r.address, r.summary], None)
              for r in listed])
        for row in range(self.table.rowCount()):
            for col in range(1, self.table.columnCount()):
                item = self.table.item(row, col)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if listed:
            self.table.selectRow(0)

    def _open(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is None:
            return
        record_id = item.data(Qt.ItemDataRole.UserRole)
        self.runner.op("drill-down record", lambda store: store.get_record(record_id)).success(
            lambda detail: self.detail.setHtml(render(detail))).run()
