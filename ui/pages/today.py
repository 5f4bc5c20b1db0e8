"""Today: recently completed jobs to visit, drafts to finish, and what needs attention."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from champion_app.records import KINDS
from champion_app.records.scales import Priority
from champion_app.store import Changes, RecordFilter
from ui.refdata import RefData
from ui.timefmt import day
from ui.widgets import heading, named

log = logging.getLogger(__name__)

JOB_COLUMNS = ("Completed", "Job", "Where", "What was done", "Priority", "Visited")
LIST_LIMIT = 50


def load_today(store) -> dict:
    """Runs on the DB worker: the lists Today shows."""
    drafts = store.list_records(RecordFilter(states=("draft",)), limit=LIST_LIMIT)
    # Refused or sent back, a coordinator's question to answer, or changes not submitted.
    attention = store.attention_rows(limit=LIST_LIMIT)
    visited = {r.job_ref for r in store.list_records(RecordFilter(kinds=("post_works",)),
                                                     limit=5000) if r.job_ref}
    return {"drafts": drafts, "attention": attention, "visited": visited}


class TodayPage(QWidget):
    start_visit = Signal(dict)   # a worklist job
    open_record = Signal(str)    # a draft, or a record with changes not yet submitted
    show_record = Signal(str)    # a submitted record needing attention: its detail and reply

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "page_today", "Today")
        self.runner = runner
        self.ref = RefData()
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Today", "todayTitle"))
        self.greeting = named(QLabel(""), "todayGreeting", "Summary")
        self.greeting.setWordWrap(True)
        layout.addWidget(self.greeting)

        jobs_box = QWidget()
        jobs_layout = QVBoxLayout(jobs_box)
        jobs_layout.setContentsMargins(0, 0, 0, 0)
        jobs_layout.addWidget(heading("Recently completed jobs in your patch", "jobsTitle", 1.1))
        self.jobs = named(QTableWidget(0, len(JOB_COLUMNS)), "worklist", "Recently completed jobs")
        self.jobs.setHorizontalHeaderLabels(JOB_COLUMNS)
        self.jobs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.jobs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.jobs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.jobs.verticalHeader().hide()
        self.jobs.setAlternatingRowColors(True)
        header = named(self.jobs.horizontalHeader(), "worklistHeader", "Columns")
        named(self.jobs.verticalHeader(), "worklistRows", "Row numbers")
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        jobs_layout.addWidget(self.jobs, 1)
        row = QHBoxLayout()
        self.start = named(QPushButton("Start &post-works visit for this job"), "startVisit",
                           "Start post-works visit for the chosen job")
        self.start.setEnabled(False)
        row.addWidget(self.start)
        row.addStretch(1)
        jobs_layout.addLayout(row)

        lists = QWidget()
        lists_layout = QHBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        self.drafts = self._list(lists_layout, "Drafts to finish", "drafts")
        self.attention = self._list(lists_layout, "Needs attention", "attention")

        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("todaySplit")
        split.addWidget(jobs_box)
        split.addWidget(lists)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)

        self.jobs.itemSelectionChanged.connect(
            lambda: self.start.setEnabled(bool(self.jobs.selectedItems())))
        self.jobs.itemActivated.connect(lambda _i: self._start())
        self.start.clicked.connect(self._start)
        self._visited: set[str] = set()

    def _list(self, layout: QHBoxLayout, title: str, name: str) -> QListWidget:
        box = QVBoxLayout()
        label = heading(title, f"{name}Title", 1.1)
        widget = named(QListWidget(), name, title)
        widget.setWordWrap(True)  # a coordinator's words are read in full, not cut off
        label.setBuddy(widget)
        widget.itemActivated.connect(self._activated)
        box.addWidget(label)
        box.addWidget(widget, 1)
        layout.addLayout(box, 1)
        return widget

    def _activated(self, item: QListWidgetItem) -> None:
        record_id = item.data(Qt.ItemDataRole.UserRole)
        if not record_id:
            return
        if item.data(Qt.ItemDataRole.UserRole + 1):
            self.open_record.emit(record_id)
        else:
            self.show_record.emit(record_id)

    # -- data ---------------------------------------------------------------------------------
    def set_refdata(self, ref: RefData) -> None:
        self.ref = ref
        self._fill_jobs()

    def refresh(self) -> None:
        self.runner.op("today", load_today).success(self._loaded).run()

    def on_changes(self, changes: Changes) -> None:
        if changes.record_ids or changes.reviews or changes.reference:
            self.refresh()

    def _loaded(self, data: dict) -> None:
        self._visited = data["visited"]
        self._fill_jobs()
        drafts = [(r, "") for r in data["drafts"]]
        for widget, rows, empty in ((self.drafts, drafts, "No drafts. Well done!"),
                                    (self.attention, data["attention"], "Nothing needs attention.")):
            widget.clear()
            for r, reason in rows:
                where = r.address or r.estate_name
                text = f"{KINDS[r.kind].label}: {where}{chr(10) + reason if reason else ''}"
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.record_id)
                # A draft (or a change in progress) opens in its form; otherwise the record
                # itself, with the coordinator's words and the reply box.
                item.setData(Qt.ItemDataRole.UserRole + 1, r.state == "draft" or r.has_draft)
                item.setToolTip(r.summary)
                widget.addItem(item)
            if not rows:
                item = QListWidgetItem(empty)
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                widget.addItem(item)
        waiting = len(self._unvisited())
        self.greeting.setText(
            f"{waiting} recently completed job{'s' if waiting != 1 else ''} not yet visited; "
            f"{len(data['drafts'])} draft{'s' if len(data['drafts']) != 1 else ''} to finish.")

    def _unvisited(self) -> list[dict]:
        return [j for j in self.ref.jobs if j["ref"] not in self._visited]

    def _fill_jobs(self) -> None:
        self.jobs.setRowCount(0)
        # Jobs still to visit first; each group newest first (sorted() keeps that order).
        for job in sorted(self.ref.jobs, key=lambda j: j["ref"] in self._visited):
            r = self.jobs.rowCount()
            self.jobs.insertRow(r)
            priority = Priority(job["priority"]).label if job.get("priority") else ""
            cells = (day(job.get("completed_at")), job["ref"], job.get("address") or "",
                     job.get("description") or "", priority,
                     "Yes" if job["ref"] in self._visited else "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, job["ref"])
                self.jobs.setItem(r, c, item)

    def _start(self) -> None:
        items = self.jobs.selectedItems()
        if items:
            job = self.ref.job(items[0].data(Qt.ItemDataRole.UserRole))
            if job is not None:
                self.start_visit.emit(job)

    def select_job(self, ref: str) -> None:
        for r in range(self.jobs.rowCount()):
            if self.jobs.item(r, 1).text() == ref:
                self.jobs.selectRow(r)
                return
