"""The Reports page: filters, then tabs of tables with their charts, drill-down, exports
and the scrutiny pack. Coordinators see the whole landlord; champions their own estates
(their laptop holds nothing else). Every query runs on the DB worker, one tab at a time."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from champion_app.reports import CUT_LABELS, NOTICE, Report, ReportFilter, build_report
from champion_app.store import Changes
from ui.widgets import heading, named

from . import views
from .drilldown import DrillDown
from .pack import pack_charts, write_pack
from .tables import KEY_ROLE, report_word

log = logging.getLogger(__name__)

# Which sections each tab needs: a tab's report is computed when it is first looked at.
TABS = (("satisfaction", ("satisfaction",)), ("journey", ("satisfaction", "repair_times")),
        ("operatives", ("operatives",)), ("repair_times", ("repair_times",)),
        ("cases", ("hazards", "complaints", "actions")))
PERIODS = (("12m", 365), ("3m", 92), ("1m", 31), ("all", None))


class ReportsPage(QWidget):
    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "page_reports", self.tr("Reports"))
        self.runner = runner
        self.reports: dict[str, Report] = {}   # by tab, for the current filter
        self._loading: set[str] = set()
        self.role = "champion"
        self._options_read = False
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Reports"), "reportsTitle"))
        self.scope = QLabel()
        self.scope.setObjectName("reportsScope")
        self.scope.setWordWrap(True)
        layout.addWidget(self.scope)
        notice = named(QLabel(report_word(NOTICE)), "reportsNotice", self.tr("About these figures"))
        notice.setWordWrap(True)
        notice.setProperty("role", "notice")
        layout.addWidget(notice)
        layout.addLayout(self._filters())
        self.tabs = named(QTabWidget(), "reportTabs", self.tr("Reports"))
        self.views = views.build(self)
        for key, (title, widget) in self.views.items():
            self.tabs.addTab(widget, title)
            widget.setObjectName(f"reportTab_{key}")
        layout.addWidget(self.tabs, 1)
        self.status = named(QLabel(), "reportStatus", self.tr("Report status"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.tabs.currentChanged.connect(lambda _i: self.load_current())

    # -- filters -----------------------------------------------------------------------------
    def _filters(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        row = QHBoxLayout()
        second = QHBoxLayout()
        rows.addLayout(row)
        rows.addLayout(second)
        self.period = named(QComboBox(), "reportPeriod", self.tr("Period"))
        for key, label in (("12m", self.tr("Last 12 months")), ("3m", self.tr("Last 3 months")),
                           ("1m", self.tr("Last month")), ("all", self.tr("All time")),
                           ("custom", self.tr("Dates…"))):
            self.period.addItem(label, key)
        self.date_from = named(QDateEdit(), "reportFrom", self.tr("From"))
        self.date_to = named(QDateEdit(), "reportTo", self.tr("To"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        self.estate = named(QComboBox(), "reportEstate", self.tr("Estate"))
        self.work_kind = named(QComboBox(), "reportWorkKind", self.tr("Kind of work"))
        self.contractor = named(QComboBox(), "reportContractor", self.tr("Contractor"))
        self.cut = named(QComboBox(), "reportCut", self.tr("Cut by"))
        self.cut.addItem(self.tr("Nothing"), None)
        for key, label in CUT_LABELS.items():
            self.cut.addItem(report_word(label), key)
        for line, label, widget in ((row, self.tr("&Period"), self.period),
                                    (row, None, self.date_from), (row, None, self.date_to),
                                    (row, self.tr("&Estate"), self.estate),
                                    (row, self.tr("&Work"), self.work_kind),
                                    (second, self.tr("Con&tractor"), self.contractor),
                                    (second, self.tr("C&ut by"), self.cut)):
            if label:
                caption = QLabel(label)
                caption.setBuddy(widget)
                line.addWidget(caption)
            line.addWidget(widget)
        row.addStretch(1)
        second.addStretch(1)
        self.export_csv = named(QPushButton(self.tr("Export CSV…")), "exportCsv",
                                self.tr("Export records as CSV"))
        self.export_xlsx = named(QPushButton(self.tr("Export Excel…")), "exportXlsx",
                                 self.tr("Export records as an Excel workbook"))
        self.pack_button = named(QPushButton(self.tr("Scrutiny &pack (PDF)…")), "scrutinyPack",
                                 self.tr("Make the scrutiny pack as a PDF"))
        for button in (self.export_csv, self.export_xlsx, self.pack_button):
            second.addWidget(button)
        self._set_period("12m")
        self.period.currentIndexChanged.connect(lambda _i: self._period_chosen())
        for combo in (self.estate, self.work_kind, self.contractor, self.cut):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self._dates_edited())
        self.export_csv.clicked.connect(lambda: self.ask_export("csv"))
        self.export_xlsx.clicked.connect(lambda: self.ask_export("xlsx"))
        self.pack_button.clicked.connect(self.ask_pack)
        return rows

    def _set_period(self, key: str) -> None:
        days = dict(PERIODS).get(key)
        today = date.today()
        self._quiet = True
        self.date_to.setDate(QDate(today.year, today.month, today.day))
        start = today - timedelta(days=days) if days else date(2000, 1, 1)
        self.date_from.setDate(QDate(start.year, start.month, start.day))
        self._quiet = False
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(key != "all")

    def _period_chosen(self) -> None:
        key = self.period.currentData()
        if key != "custom":
            self._set_period(key)
        self.refresh()

    def _dates_edited(self) -> None:
        if getattr(self, "_quiet", False):
            return
        if self.period.currentData() != "custom":
            self.period.blockSignals(True)
            self.period.setCurrentIndex(self.period.findData("custom"))
            self.period.blockSignals(False)
        self.refresh()

    def current_filter(self) -> ReportFilter:
        everything = self.period.currentData() == "all"

        def day(edit: QDateEdit) -> date | None:
            return None if everything else edit.date().toPython()

        def one(combo: QComboBox) -> tuple[str, ...]:
            return (combo.currentData(),) if combo.currentData() else ()

        return ReportFilter(date_from=day(self.date_from), date_to=day(self.date_to),
                            estate_ids=one(self.estate), work_kinds=one(self.work_kind),
                            contractor_ids=one(self.contractor))

    def current_cut(self) -> str | None:
        return self.cut.currentData()

    # -- options and loading -------------------------------------------------------------------
    def load_options(self) -> None:
        def read(store):
            return (store.estates(), list(store.db.query(
                "SELECT id, name FROM contractors ORDER BY name")), store.get_state("role"))

        self.runner.op("report options", read).success(self._options_loaded).run()

    def _options_loaded(self, result) -> None:
        estates, contractors, role = result
        self.role = role or "champion"
        coordinator = self.role in ("coordinator", "admin")
        self.scope.setText(self.tr("The whole landlord: every champion's records.") if coordinator
                           else self.tr("Your estates: the records you logged."))
        from champion_app.records.scales import WorkKind

        for combo, everything, items in (
                (self.estate, self.tr("All estates"), [(e["id"], e["name"]) for e in estates]),
                (self.contractor, self.tr("All contractors"),
                 [(c["id"], c["name"]) for c in contractors]),
                (self.work_kind, self.tr("All kinds of work"),
                 [(w.value, w.label) for w in WorkKind])):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for key, label in items:
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if changes.reference:
            self.load_options()
        elif changes.record_ids or changes.actions:
            self.refresh()

    def refresh(self) -> None:
        """Forget what was computed for the old filter; count again when the page is seen.
        The first time (the window's first load), the filters' choices are read first."""
        if not self._options_read:
            self._options_read = True
            self.load_options()  # which refreshes again once the choices are in
            return
        self.reports.clear()
        if self.isVisible():
            self.load_current()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.load_current()

    def current_tab(self) -> str:
        return list(self.views)[self.tabs.currentIndex()]

    def load_current(self) -> None:
        tab = self.current_tab()
        if tab in self.reports or tab in self._loading:
            return
        flt, cut, sections = self.current_filter(), self.current_cut(), dict(TABS)[tab]
        self._loading.add(tab)
        self.status.setText(self.tr("Counting…"))
        (self.runner.op(f"report {tab}", lambda store: build_report(
            store.db, flt, cut, sections=sections))
         .success(lambda report: self._loaded(tab, flt, cut, report))
         .failure(lambda error: self._failed(tab, error)).run())

    def _loaded(self, tab: str, flt: ReportFilter, cut: str | None, report: Report) -> None:
        self._loading.discard(tab)
        if flt != self.current_filter() or cut != self.current_cut():
            self.load_current()  # the filter moved on while this was counted
            return
        self.reports[tab] = report
        self.status.setText(self.tr("{n} records in this report.").format(n=report.records)
                            if report.overall else "")
        views.show(self, tab, report)

    def _failed(self, tab: str, error: BaseException) -> None:
        from ui.errors import user_message

        self._loading.discard(tab)
        self.status.setText(user_message(error))

    # -- drill-down ----------------------------------------------------------------------------
    def drill(self, title: str, cut: str | None, key: str | None, question: str | None) -> None:
        from champion_app.reports import record_ids

        flt = self.current_filter()
        dialog = DrillDown(self.runner, title, self)
        self.drilldown = dialog
        self.runner.op("drill down", lambda store: record_ids(store.db, flt, cut, key, question)
                       ).success(dialog.show_ids).run()
        dialog.show()

    def table_activated(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        target = item.data(KEY_ROLE) if item else None
        if target:
            cut, key, question, title = target
            self.drill(title, cut, key, question)

    # -- exports and the pack ------------------------------------------------------------------
    def ask_export(self, fmt: str) -> None:
        suffix = {"csv": self.tr("CSV files (*.csv)"), "xlsx": self.tr("Excel workbooks (*.xlsx)")}
        name = self.tr("records") + f".{fmt}"  # the file name offered, in the person's words
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export records"), name, suffix[fmt])
        if path:
            self.export(Path(path), fmt)

    def export(self, path: Path, fmt: str) -> None:
        from champion_app.exports.local import export

        flt = self.current_filter()
        (self.runner.op("export", lambda store: export(store.db, path, fmt, flt))
         .with_progress(self.tr("Exporting records…"), self)
         .success(lambda done: self.status.setText(self.tr(
             "Exported {n} records to {files}.").format(
                 n=done.records, files=", ".join(str(f) for f in done.files))))
         .failure(lambda error: self._failed("export", error)).run())

    def ask_pack(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Scrutiny pack"),
                                              self.tr("scrutiny-pack.pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.make_pack(Path(path))

    def make_pack(self, path: Path, large_print: bool = False, on_done=None) -> None:
        """Count every section (DB worker), draw the charts (here), write the PDF (pool)."""
        flt, cut, estates = self.current_filter(), self.current_cut(), self.estate.currentText()

        def write(report: Report) -> None:
            images = pack_charts(report)
            (self.runner.network_op("scrutiny pack", lambda: write_pack(
                report, path, estates, images, large_print))
             .success(lambda _r: (self.status.setText(self.tr(
                 "Scrutiny pack written to {path}.").format(path=path)),
                 on_done and on_done(path)))
             .failure(lambda error: self._failed("pack", error)).run())

        (self.runner.op("scrutiny pack figures", lambda store: build_report(store.db, flt, cut))
         .with_progress(self.tr("Making the scrutiny pack…"), self)
         .success(write).failure(lambda error: self._failed("pack", error)).run())
