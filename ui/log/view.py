"""The My log page: search as you type, filters, the paged table, and the record's detail."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from champion_app.records import KINDS
from champion_app.store import Changes, RecordFilter
from ui.errors import show_error
from ui.refdata import RefData
from ui.widgets import heading, named

from .detail import DetailPane
from .model import COLUMNS, STATE_LABELS, LogModel, RecordIdRole

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 300
# "What was said" (the last column) takes what the others leave, and never less than
# SAID_SHARE of the table nor SAID_MIN average characters: on a narrow window (1366×768 at
# 125 % is 1093 pixels wide) the other columns give way, each between its preferred and its
# minimum width, so the main text is never squeezed behind a horizontal scroll bar
# (issue #12). Widths come from the font in use, so they follow the system font.
SAID_MIN = 36
SAID_SHARE = 0.4


def periods() -> tuple[tuple[str, int | None], ...]:
    translate = QCoreApplication.translate
    return ((translate("LogPage", "Any time"), None), (translate("LogPage", "Today"), 0),
            (translate("LogPage", "Last 7 days"), 7), (translate("LogPage", "Last 30 days"), 30),
            (translate("LogPage", "Last 12 months"), 365))


def fit_widths(available: int, preferred: list[int], minimum: list[int], said_min: int
               ) -> list[int]:
    """Pixel widths of the columns before the last, for a table ``available`` pixels wide:
    each shrinks by the same share of the room it has between preferred and minimum."""
    budget = available - max(said_min, int(available * SAID_SHARE))
    room = sum(preferred) - sum(minimum)
    if sum(preferred) <= budget or room <= 0:
        return list(preferred) if room >= 0 and sum(preferred) <= budget else list(minimum)
    share = max(0.0, min(1.0, (budget - sum(minimum)) / room))
    return [low + int((high - low) * share) for high, low in zip(preferred, minimum, strict=True)]


class LogPage(QWidget):
    edit_requested = Signal(str)
    new_version_requested = Signal(str)

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "page_log", self.tr("My log"))
        self.runner = runner
        self.model = LogModel(runner, self)
        self.model.hold()  # listed when the page is first shown (showEvent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("My log"), "logTitle"))

        bar = QHBoxLayout()
        self.search = named(QLineEdit(), "logSearch", self.tr("Search what was said"),
                            self.tr("Finds records by the words residents used, as you type. "
                                    "Ctrl+F comes here."))
        self.search.setPlaceholderText(self.tr("Search what was said…"))
        self.search.setClearButtonEnabled(True)
        filters = self.tr("Shows only the records that match.")
        self.kind = named(QComboBox(), "filterKind", self.tr("Kind of record"), filters)
        self.kind.addItem(self.tr("All kinds"), None)
        for spec in KINDS:
            self.kind.addItem(spec.label, spec.code)
        self.estate = named(QComboBox(), "filterEstate", self.tr("Estate"), filters)
        self.estate.addItem(self.tr("All estates"), None)
        self.state = named(QComboBox(), "filterState", self.tr("State"), filters)
        self.state.addItem(self.tr("Any state"), None)
        for code, label in STATE_LABELS.items():
            self.state.addItem(label, code)
        self.period = named(QComboBox(), "filterPeriod", self.tr("When"), filters)
        for label, days in periods():
            self.period.addItem(label, days)
        self.hazard = named(QCheckBox(self.tr("Ha&zards only")), "filterHazard",
                            self.tr("Hazards only"), filters)
        bar.addWidget(self.search, 3)
        for w in (self.kind, self.estate, self.state, self.period):
            # Never wider than their longest choice demands: they narrow with the window.
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(9)
            bar.addWidget(w, 1)
        bar.addWidget(self.hazard)
        layout.addLayout(bar)

        self.count = named(QLabel(self.tr("Loading…")), "logCount", self.tr("Number of records"))
        layout.addWidget(self.count)

        self.table = named(QTableView(), "logTable", self.tr("Records"),
                           self.tr("One row per record. Up and Down choose one; its details "
                                   "show below; Enter opens a draft. Tab leaves the table."))
        self.table.setTabKeyNavigation(False)  # one Tab stop, not one per cell (issue #12)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # Fixed-height rows: the view never has to measure 100,000 rows to scroll.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        named(header, "logTableHeader", self.tr("Columns: choose one to sort by it"),
              self.tr("The columns of the records table."))
        named(self.table.verticalHeader(), "logTableRows", self.tr("Row numbers"),
              self.tr("Hidden."))
        header.setStretchLastSection(True)
        self.table.viewport().installEventFilter(self)
        self._fit_columns()
        self.detail = DetailPane(runner)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("logSplit")
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)  # debounced
        for combo in (self.kind, self.estate, self.state, self.period):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.hazard.toggled.connect(self.apply_filter)
        self.model.loaded.connect(self._loaded)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _i: self._activate())
        self.detail.edit_requested.connect(self.edit_requested)
        self.detail.new_version_requested.connect(self.new_version_requested)
        self.detail.delete_requested.connect(self.delete_draft)
        self.detail.conflict_box.keep_requested.connect(self.keep_version)
        self.detail.missing_box.find_requested.connect(self.find_photo)
        self.detail.missing_box.remove_requested.connect(self.send_without_photo)
        self._selected_id: str | None = None
        self._reply_to: str | None = None
        self._unread_shown: str | None = None  # its replies shown, not yet marked read
        self.setTabOrder(self.search, self.kind)
        self.setTabOrder(self.kind, self.estate)
        self.setTabOrder(self.estate, self.state)
        self.setTabOrder(self.state, self.period)
        self.setTabOrder(self.period, self.hazard)
        self.setTabOrder(self.hazard, self.table)

    # -- filters ----------------------------------------------------------------------------
    def set_refdata(self, ref: RefData) -> None:
        keep = self.estate.currentData()
        self.estate.blockSignals(True)
        self.estate.clear()
        self.estate.addItem(self.tr("All estates"), None)
        for e in ref.estates:
            self.estate.addItem(e["name"], e["id"])
        self.estate.setCurrentIndex(max(self.estate.findData(keep), 0))
        self.estate.blockSignals(False)

    def current_filter(self) -> RecordFilter:
        days = self.period.currentData()
        return RecordFilter(
            kinds=(self.kind.currentData(),) if self.kind.currentData() else (),
            estate_ids=(self.estate.currentData(),) if self.estate.currentData() else (),
            states=(self.state.currentData(),) if self.state.currentData() else (),
            date_from=(date.today() - timedelta(days=days)) if days is not None else None,
            hazard_only=self.hazard.isChecked(),
            text=self.search.text().strip())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.model.wake()
        self._mark_read_once_seen()

    def _mark_read_once_seen(self) -> None:
        """Replies shown here are read once My log is on screen: a coordinator's question a
        sync brings while the champion is on another page stays new until they look."""
        record_id = self._unread_shown
        if record_id is None or not self.isVisible() or record_id != self._selected_id:
            return
        self._unread_shown = None
        self.runner.op("mark read", lambda store: store.mark_read(record_id)).run()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()  # the table's own width, once its layout has settled
        return False

    def _fit_columns(self) -> None:
        metrics, pad = self.table.fontMetrics(), 18
        char = metrics.averageCharWidth()
        header = self.table.horizontalHeader()
        titles = [str(self.model.headerData(c, Qt.Orientation.Horizontal)) for c in range(6)]

        def wide(*texts: str) -> int:
            return max(metrics.horizontalAdvance(t) for t in texts) + pad

        kinds = [spec.label for spec in KINDS]
        preferred = [wide(titles[0], "28 Nov 2026 14:05"), wide(titles[1], *kinds),
                     wide(titles[2], *STATE_LABELS.values()), wide(titles[3]) + char * 10,
                     wide(titles[4]) + char * 22, wide(titles[5], "⚠ Damp and mould")]
        minimum = [wide(titles[0], "28 Nov 14:05"), wide(titles[1]) + char * 3, wide(titles[2]) + char * 3,
                   wide(titles[3]), wide(titles[4]) + char * 4, wide(titles[5])]
        widths = fit_widths(self.table.viewport().width(), preferred, minimum, char * SAID_MIN)
        for col, width in enumerate(widths):
            header.resizeSection(col, width)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def show_record(self, record_id: str) -> None:
        """Show one record whatever the filters were (from Today): select it, show its
        detail, and put the cursor in the reply box."""
        for combo in (self.kind, self.estate, self.state, self.period):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.hazard.blockSignals(True)
        self.hazard.setChecked(False)
        self.hazard.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._selected_id = record_id
        self._reply_to = record_id  # the reply box takes the cursor once the detail is in
        self.apply_filter()  # _loaded selects it once the list is back
        self._load_detail(record_id)

    def _loaded(self, n: int) -> None:
        self.count.setText(self.tr("No records match.") if n == 0 else
                           self.tr("Records: {count}").format(count=f"{n:,}") if n != 1 else
                           self.tr("1 record"))
        if self._selected_id:
            row = self.model.row_of(self._selected_id)
            if row >= 0:
                self.table.selectRow(row)
            else:
                self._selected_id = None
                self.detail.show_detail(None)

    # -- changes from elsewhere ----------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        if changes.record_ids or changes.reviews or changes.reference:
            self.model.refresh()
            if self._selected_id:
                self._load_detail(self._selected_id)

    # -- selection and detail -------------------------------------------------------------------
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        record_id = rows[0].data(RecordIdRole) if rows else None
        if record_id and record_id != self._selected_id:
            self._selected_id = record_id
            self._load_detail(record_id)

    def _load_detail(self, record_id: str) -> None:
        def shown(found) -> None:
            detail, names = found
            if self._selected_id != record_id:
                return
            self.detail.device_names = names
            self.detail.show_detail(detail)
            if self._reply_to == record_id:
                self._reply_to = None
                self.detail.thread.focus_box()
            if any(c.get("unread") for c in detail.comments):
                self._unread_shown = record_id
                self._mark_read_once_seen()

        def failed(_error) -> None:  # it was deleted meanwhile: nothing to show
            if self._selected_id == record_id:
                self.detail.show_detail(None)

        (self.runner.op("record detail",
                        lambda store: (store.get_record(record_id), store.device_names()))
         .success(shown).failure(failed).run())

    def _activate(self) -> None:
        detail = self.detail.detail
        if detail and (detail.row.state == "draft" or detail.row.has_draft):
            self.edit_requested.emit(detail.row.record_id)

    @classmethod
    def confirm_delete(cls, parent: QWidget, draft_only: bool) -> bool:
        """Ask before deleting; tests monkeypatch this."""
        translate = QCoreApplication.translate
        text = (translate("LogPage", "Delete this draft? It has never been sent, so this "
                                     "cannot be undone.") if draft_only else
                translate("LogPage", "Discard the changes you started? The submitted version "
                                     "is kept."))
        answer = QMessageBox.question(parent, translate("LogPage", "Delete draft"), text,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # -- what needs a person: a conflict, a missing photo (issue 13) -------------------------
    def keep_version(self, record_id: str, version_id: str) -> None:
        """Settle a conflict: the kept text goes as a new version on top of the newest."""
        (self.runner.op("settle conflict",
                        lambda store: store.resolve_conflict(record_id, keep=version_id))
         .failure(lambda e: show_error(self, e)).run())

    @classmethod
    def choose_photo_file(cls, parent: QWidget) -> str:
        """Ask where the missing photo is; tests monkeypatch this."""
        name, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("LogPage", "Find the missing photo"),
            str(Path.home()),
            QCoreApplication.translate("LogPage", "Photos (*.jpg *.jpeg *.png *.heic)"))
        return name

    def find_photo(self, record_id: str, sha256: str) -> None:
        path = self.choose_photo_file(self)
        if not path:
            return
        (self.runner.op("find photo", lambda store: store.restore_photo(sha256, Path(path)))
         .failure(lambda e: show_error(self, e)).run())

    @classmethod
    def confirm_send_without_photo(cls, parent: QWidget) -> bool:
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("LogPage", "Send without the photo"),
            QCoreApplication.translate(
                "LogPage", "Send this record without the photo that is missing? Its answers "
                "are kept and sent; only the missing photo is left out."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def send_without_photo(self, record_id: str) -> None:
        if not self.confirm_send_without_photo(self):
            return
        (self.runner.op("send without photo",
                        lambda store: store.remove_missing_photos(record_id))
         .failure(lambda e: show_error(self, e)).run())

    def delete_draft(self, record_id: str) -> None:
        detail = self.detail.detail
        if not record_id or detail is None:
            return
        if not self.confirm_delete(self, detail.row.state == "draft"):
            return
        (self.runner.op("delete draft", lambda store: store.delete_draft(record_id))
         .failure(lambda e: show_error(self, e)).run())


__all__ = ["COLUMNS", "LogPage"]
