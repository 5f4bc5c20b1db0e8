"""Today: recently completed jobs to visit, drafts to finish, and what needs attention.

A laptop that has never connected says so plainly, with Connect one click away: "not
connected yet" is not the same as "offline", and records made meanwhile are kept. A job
counts as visited only once a submitted visit of any kind names it (a draft does not); a
communal job (a block's, not a home's) starts block feedback.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from ui.widgets import heading, label_of, named

log = logging.getLogger(__name__)

LIST_LIMIT = 50


def job_columns() -> tuple[str, ...]:
    translate = QCoreApplication.translate
    return (translate("TodayPage", "Completed"), translate("TodayPage", "Job"),
            translate("TodayPage", "Where"), translate("TodayPage", "What was done"),
            translate("TodayPage", "Priority"), translate("TodayPage", "Visited"))


def communal(job: dict) -> bool:
    """A job on a block's common parts, not in a home: its visit is block feedback."""
    return bool(job.get("block_id")) and not job.get("home_id")


def load_today(store) -> dict:
    """Runs on the DB worker: the lists Today shows, and whether this laptop ever connected."""
    from sync.connection import current

    drafts = store.list_records(RecordFilter(states=("draft",)), limit=LIST_LIMIT)
    # Refused or sent back, a coordinator's question to answer, or changes not submitted.
    attention = store.attention_rows(limit=LIST_LIMIT)
    return {"drafts": drafts, "attention": attention, "visited": store.visited_job_refs(),
            "connected": current(store) is not None}


class TodayPage(QWidget):
    start_visit = Signal(dict)   # a worklist job
    open_record = Signal(str)    # a draft, or a record with changes not yet submitted
    show_record = Signal(str)    # a submitted record needing attention: its detail and reply
    connect_requested = Signal()  # "Connect to your landlord…" from the not-connected note

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "page_today", self.tr("Today"))
        self.runner = runner
        self.ref = RefData()
        self.connected: bool | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Today"), "todayTitle"))
        self.not_connected = QWidget()
        self.not_connected.setObjectName("notConnected")
        banner = QHBoxLayout(self.not_connected)
        banner.setContentsMargins(0, 0, 0, 0)
        self.not_connected_text = named(QLabel(self.tr(
            "This laptop is not connected yet. Your records are kept here and will be sent "
            "once you connect. Until then, type the place in your own words; choose the "
            "estate after connecting.")), "notConnectedText", self.tr("Not connected yet"))
        self.not_connected_text.setWordWrap(True)
        self.not_connected_text.setProperty("role", "prompt")
        self.connect_button = named(QPushButton(self.tr("&Connect to your landlord…")),
                                    "todayConnect", self.tr("Connect to your landlord"),
                                    self.tr("Opens the Connect dialog: the server address and "
                                            "the enrolment code your coordinator gave you."))
        self.connect_button.clicked.connect(self.connect_requested)
        banner.addWidget(self.not_connected_text, 1)
        banner.addWidget(self.connect_button, 0, Qt.AlignmentFlag.AlignTop)
        self.not_connected.hide()
        layout.addWidget(self.not_connected)
        self.greeting = named(QLabel(""), "todayGreeting", self.tr("Summary"))
        self.greeting.setWordWrap(True)
        layout.addWidget(self.greeting)

        jobs_box = QWidget()
        jobs_layout = QVBoxLayout(jobs_box)
        jobs_layout.setContentsMargins(0, 0, 0, 0)
        jobs_title = heading(self.tr("Recently completed &jobs in your patch"), "jobsTitle", 1.1)
        jobs_layout.addWidget(jobs_title)
        columns = job_columns()
        self.jobs = named(QTableWidget(0, len(columns)), "worklist",
                          self.tr("Recently completed jobs"),
                          self.tr("One row per job. Up and Down choose a job; Enter starts "
                                  "its visit; Tab leaves the table."))
        jobs_title.setBuddy(self.jobs)
        self.jobs.setHorizontalHeaderLabels(columns)
        self.jobs.setTabKeyNavigation(False)  # one Tab stop, not one per cell (issue #12)
        self.jobs.setWordWrap(False)
        self.jobs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.jobs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.jobs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.jobs.verticalHeader().hide()
        self.jobs.setAlternatingRowColors(True)
        header = named(self.jobs.horizontalHeader(), "worklistHeader", self.tr("Columns"),
                       self.tr("The columns of the jobs table."))
        named(self.jobs.verticalHeader(), "worklistRows", self.tr("Row numbers"),
              self.tr("Hidden."))
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # "What was done" takes the room left; "Where" may shrink (its full text is a tooltip).
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 6)
        self.jobs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        jobs_layout.addWidget(self.jobs, 1)
        self.no_jobs = named(QLabel(self.tr("No recently completed jobs on this laptop. The "
                                            "list arrives with each sync once connected.")),
                             "noJobs", self.tr("No jobs"))
        self.no_jobs.setProperty("role", "hint")
        self.no_jobs.setWordWrap(True)
        self.no_jobs.hide()
        jobs_layout.insertWidget(jobs_layout.indexOf(self.jobs), self.no_jobs)
        row = QHBoxLayout()
        self.start = named(QPushButton(self.tr("Start &post-works visit for this job")),
                           "startVisit", self.tr("Start the visit for the chosen job"),
                           self.tr("A job in a home starts a post-works visit; a communal "
                                   "job starts block feedback."))
        self.start.setEnabled(False)
        row.addWidget(self.start)
        row.addStretch(1)
        jobs_layout.addLayout(row)

        lists = QWidget()
        lists_layout = QHBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        self.drafts = self._list(lists_layout, self.tr("&Drafts to finish"), "drafts")
        self.attention = self._list(lists_layout, self.tr("Needs &attention"), "attention")

        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("todaySplit")
        split.addWidget(jobs_box)
        split.addWidget(lists)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)

        self.jobs.itemSelectionChanged.connect(self._job_chosen)
        self.jobs.itemActivated.connect(lambda _i: self._start())
        self.start.clicked.connect(self._start)
        self._visited: set[str] = set()

    def _list(self, layout: QHBoxLayout, title: str, name: str) -> QListWidget:
        box = QVBoxLayout()
        label = heading(title, f"{name}Title", 1.1)
        widget = named(QListWidget(), name, title.replace("&", ""),
                       self.tr("Up and Down choose one; Enter opens it."))
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
        if changes.record_ids or changes.reviews or changes.reference or changes.sync_state:
            self.refresh()

    def _loaded(self, data: dict) -> None:
        self._visited = data["visited"]
        self.connected = data["connected"]
        self.not_connected.setVisible(not self.connected)
        self._fill_jobs()
        # A draft saved before the laptop had any places to offer cannot be submitted yet.
        drafts = [(r, "" if r.estate_id else self.tr("choose the estate to submit"))
                  for r in data["drafts"]]
        for widget, rows, empty in ((self.drafts, drafts, self.tr("No drafts. Well done!")),
                                    (self.attention, data["attention"],
                                     self.tr("Nothing needs attention."))):
            widget.clear()
            for r, reason in rows:
                where = r.address or r.estate_name or self.tr("place not chosen yet")
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
        self.greeting.setText(self.tr("Recently completed jobs not yet visited: {jobs}. "
                                      "Drafts to finish: {drafts}.").format(
            jobs=waiting, drafts=len(data["drafts"])))

    def _unvisited(self) -> list[dict]:
        return [j for j in self.ref.jobs if j["ref"] not in self._visited]

    def _fill_jobs(self) -> None:
        self.jobs.setRowCount(0)
        self.no_jobs.setVisible(not self.ref.jobs)
        # Jobs still to visit first; each group newest first (sorted() keeps that order).
        for job in sorted(self.ref.jobs, key=lambda j: j["ref"] in self._visited):
            r = self.jobs.rowCount()
            self.jobs.insertRow(r)
            priority = label_of(Priority(job["priority"])) if job.get("priority") else ""
            where = job.get("address") or ""
            if communal(job):
                where = self.tr("{block} (communal)").format(block=where)
            cells = (day(job.get("completed_at")), job["ref"], where,
                     job.get("description") or "", priority,
                     self.tr("Yes") if job["ref"] in self._visited else "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, job["ref"])
                item.setToolTip(text)
                self.jobs.setItem(r, c, item)
        # "Where" gets what is left after the short columns, never the whole width.
        self.jobs.horizontalHeader().resizeSection(
            2, self.fontMetrics().averageCharWidth() * 30)

    def _job_chosen(self) -> None:
        items = self.jobs.selectedItems()
        job = self.ref.job(items[0].data(Qt.ItemDataRole.UserRole)) if items else None
        self.start.setEnabled(job is not None)
        if job is not None and communal(job):
            self.start.setText(self.tr("Start &block feedback for this job"))
        else:
            self.start.setText(self.tr("Start &post-works visit for this job"))

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
