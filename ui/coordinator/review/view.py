"""The Review page: every champion's submitted records, most urgent first, one keystroke each.

The queue shows what is still to do (not yet reviewed, changed since review, or with a reply
not yet read); undecided emergencies come first, then other hazards, then complaint
requests, then the newest. In
the table, A approves, I marks "has issues" and R rejects (both ask why), on every selected
row for A. Reviews and comments go through the outbox like a champion's writes.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from champion_app.records import KINDS
from champion_app.records.scales import ReviewState
from champion_app.store import Changes, QueueFilter
from champion_app.store.review import CHANGED, TO_DO, TO_REVIEW, UNREAD
from ui.errors import show_error
from ui.log.model import RecordIdRole
from ui.refdata import RefData
from ui.widgets import heading, named

from .detail import ReviewDetail
from .model import QueueModel
from .note_dialog import ReviewNoteDialog

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 300
RATINGS = {"satisfied": ("very_satisfied", "fairly_satisfied"), "neither": ("neither",),
           "dissatisfied": ("fairly_dissatisfied", "very_dissatisfied")}


class ReviewPage(QWidget):
    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "page_review", self.tr("Review"))
        self.runner = runner
        self.model = QueueModel(runner, self)
        self.note_dialog: ReviewNoteDialog | None = None
        self._selected_id: str | None = None
        self._selected_row = -1
        self._advance = False  # after a review: select the row that took the reviewed one's
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Review"), "reviewTitle"))
        self.approve_selected = named(QPushButton(self.tr("Appro&ve selected")),
                                      "approveSelected", self.tr("Approve the selected records"))
        for row in self._filters():
            layout.addLayout(row)
        row = QHBoxLayout()
        self.count = named(QLabel(self.tr("Loading…")), "reviewCount", self.tr("Records shown"))
        self.keys = named(QLabel(self.tr("In the list: A approve · I has issues · R reject · "
                                         "Enter reply to the champion")),
                          "reviewKeys", self.tr("Keys"))
        self.keys.setProperty("role", "hint")
        row.addWidget(self.count)
        row.addStretch(1)
        row.addWidget(self.keys)
        layout.addLayout(row)

        self.table = named(QTableView(), "reviewTable", self.tr("Records to review"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(False)  # the queue's own order until a header is clicked
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().sectionClicked.connect(self._sort_by)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        named(header, "reviewTableHeader", self.tr("Columns: choose one to sort by it"))
        named(self.table.verticalHeader(), "reviewTableRows", self.tr("Row numbers"))
        header.setStretchLastSection(True)
        for col, chars in enumerate((7, 16, 12, 22, 17, 24, 31)):
            header.resizeSection(col, self.fontMetrics().averageCharWidth() * chars + 12)
        self.detail = ReviewDetail(runner)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("reviewSplit")
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in (self.estate, self.champion, self.kind, self.period,
                      self.review_filter, self.rating):
            combo.currentIndexChanged.connect(self.apply_filter)
        for box in (self.hazard, self.complaint):
            box.toggled.connect(self.apply_filter)
        self.model.loaded.connect(self._loaded)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _i: self.detail.thread.focus_box())
        self.detail.review_requested.connect(lambda state: self.review(state, selected=False))
        self.approve_selected.clicked.connect(lambda: self.review(ReviewState.approved))
        for key, state in (("A", ReviewState.approved), ("I", ReviewState.has_issues),
                           ("R", ReviewState.rejected)):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)  # never while typing
            shortcut.activated.connect(lambda s=state: self.review(s))

    def _filters(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """Two rows, so the search box stays wide on a 1366-pixel screen."""
        bar, more = QHBoxLayout(), QHBoxLayout()
        self.search = named(QLineEdit(), "reviewSearch", self.tr("Search what was said"))
        self.search.setPlaceholderText(self.tr("Search what was said…"))
        self.search.setClearButtonEnabled(True)
        self.review_filter = self._combo("filterReview", self.tr("Review state"), [
            (self.tr("To do"), TO_DO), (self.tr("Not reviewed"), TO_REVIEW),
            (self.tr("Changed since review"), CHANGED), (self.tr("New replies"), UNREAD),
            (ReviewState.has_issues.label, ReviewState.has_issues.value),
            (ReviewState.approved.label, ReviewState.approved.value),
            (ReviewState.rejected.label, ReviewState.rejected.value),
            (self.tr("Any review state"), None)])
        self.estate = self._combo("filterEstate", self.tr("Estate"),
                                  [(self.tr("All estates"), None)])
        self.champion = self._combo("filterChampion", self.tr("Champion"),
                                    [(self.tr("All champions"), None)])
        self.kind = self._combo("filterKind", self.tr("Kind of record"),
                                [(self.tr("All kinds"), None)]
                                + [(spec.label, spec.code) for spec in KINDS])
        self.period = self._combo("filterPeriod", self.tr("When"), [
            (self.tr("Any time"), None), (self.tr("Last 7 days"), 7),
            (self.tr("Last 30 days"), 30), (self.tr("Last 12 months"), 365)])
        self.rating = self._combo("filterRating", self.tr("Satisfaction"), [
            (self.tr("Any satisfaction"), None), (self.tr("Satisfied"), "satisfied"),
            (self.tr("Neither"), "neither"), (self.tr("Dissatisfied"), "dissatisfied")])
        self.hazard = named(QCheckBox(self.tr("Ha&zards")), "filterHazard",
                            self.tr("Hazards only"))
        self.complaint = named(QCheckBox(self.tr("&Complaint wanted")), "filterComplaint",
                               self.tr("Only residents who want to complain"))
        bar.addWidget(self.search, 3)
        bar.addWidget(self.review_filter, 1)
        bar.addWidget(self.hazard)
        bar.addWidget(self.complaint)
        for widget in (self.estate, self.champion, self.kind, self.period, self.rating):
            more.addWidget(widget, 1)
        more.addStretch(1)
        more.addWidget(self.approve_selected)
        return bar, more

    @staticmethod
    def _combo(name: str, accessible: str, entries) -> QComboBox:
        combo = named(QComboBox(), name, accessible)
        for text, data in entries:
            combo.addItem(text, data)
        return combo

    # -- data -------------------------------------------------------------------------------------
    def set_refdata(self, ref: RefData) -> None:
        self._refill(self.estate, [(e["name"], e["id"]) for e in ref.estates],
                     self.tr("All estates"))
        self.detail.set_refdata(ref)
        self.runner.op("champions", lambda store: store.champions_by_name()).success(
            lambda people: self._refill(self.champion, [(n, i) for i, n in people],
                                        self.tr("All champions"))).run()

    @staticmethod
    def _refill(combo: QComboBox, entries, everything: str) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, data in entries:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        combo.blockSignals(False)

    def refresh(self) -> None:
        self.apply_filter()

    def current_filter(self) -> QueueFilter:
        days = self.period.currentData()
        one = lambda combo: (combo.currentData(),) if combo.currentData() else ()  # noqa: E731
        return QueueFilter(
            kinds=one(self.kind), estate_ids=one(self.estate), author_ids=one(self.champion),
            review=self.review_filter.currentData(),
            date_from=(date.today() - timedelta(days=days)) if days is not None else None,
            hazard_only=self.hazard.isChecked(), complaint_only=self.complaint.isChecked(),
            satisfaction=RATINGS.get(self.rating.currentData() or "", ()),
            text=self.search.text().strip())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def on_changes(self, changes: Changes) -> None:
        if changes.reference:
            self.runner.op("champions", lambda store: store.champions_by_name()).success(
                lambda people: self._refill(self.champion, [(n, i) for i, n in people],
                                            self.tr("All champions"))).run()
        if changes.record_ids or changes.reviews or changes.reference:
            self.model.refresh()
            if self._selected_id:
                self.detail.show_record(self._selected_id)

    def _sort_by(self, column: int) -> None:
        key, _header, sortable = self.model.columns[column]
        if not sortable:
            return
        current, descending = self.model._sort
        self.model.sort(column, Qt.SortOrder.AscendingOrder if current == key and descending
                        else Qt.SortOrder.DescendingOrder)

    def _loaded(self, n: int) -> None:
        self.count.setText(self.tr("Nothing here: all done.") if n == 0 else
                           self.tr("1 record") if n == 1 else self.tr("%n records", "", n))
        advance, self._advance = self._advance, False
        if not self._selected_id:
            return
        row = self.model.row_of(self._selected_id)
        if row < 0 and advance and n:  # reviewed out of this view: the next takes its place
            row = min(self._selected_row, n - 1)
        if row >= 0:
            self.table.selectRow(row)
        # Otherwise it left this view by itself (read, or changed by a sync): its detail
        # stays open, so opening a reply never snatches it away.

    def _selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        current = self.table.selectionModel().currentIndex()
        rows = self.table.selectionModel().selectedRows()
        index = current if current.isValid() and self.table.selectionModel().isRowSelected(
            current.row()) else (rows[0] if rows else None)
        record_id = index.data(RecordIdRole) if index is not None else None
        count = len(rows)  # a plain name: lupdate cannot read a call as the count
        self.approve_selected.setText(self.tr("Appro&ve selected (%n)", "", count)
                                      if count > 1 else self.tr("Appro&ve selected"))
        if record_id and record_id != self.detail.record_id:
            self._selected_id, self._selected_row = record_id, index.row()
            self.detail.show_record(record_id)

    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [rid for rid in (self.model.record_id(r) for r in rows) if rid]

    # -- reviewing ------------------------------------------------------------------------------
    def review(self, state: str, *, selected: bool = True) -> None:
        """Review the selected rows (or, from the detail's buttons, the record shown)."""
        ids = self.selected_ids() if selected else (
            [self.detail.record_id] if self.detail.record_id else [])
        if not ids:
            return
        if state == ReviewState.approved:
            self._send(ids, state, "")
            return
        if len(ids) > 1:  # a reason is about one record: say so rather than guess
            ids = [self._selected_id] if self._selected_id in ids else ids[:1]
        dialog = ReviewNoteDialog(state, len(ids), self)
        self.note_dialog = dialog
        dialog.accepted.connect(lambda: self._send(ids, state, dialog.text()))
        dialog.finished.connect(lambda _r: self.table.setFocus())
        dialog.open()

    def _send(self, ids: list[str], state: str, note: str) -> None:
        self._selected_row = min(
            (self.model.row_of(i) for i in ids if self.model.row_of(i) >= 0), default=-1)
        self._advance = True

        def done(_changes) -> None:
            window, count = self.window(), len(ids)
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(
                    self.tr("Review queued: it is sent at the next sync.") if count == 1
                    else self.tr("%n reviews queued: they are sent at the next sync.", "",
                                 count), 6000)

        (self.runner.op("review", lambda store: store.add_reviews(ids, state, note))
         .success(done).failure(lambda e: show_error(self, e)).run())
