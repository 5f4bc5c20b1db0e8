"""A queue of cases and what a coordinator does with one: the Hazards and Complaints pages.

The queue is read on the DB worker (`Store.case_queue`) and shown most urgent first. Picking
a case shows the record, the resident's consented contact details, every step with who and
when, and every deadline in words. Recording a step is a write through the outbox
(`Store.record_case_event`); it is sent at the next sync and the champion sees it after theirs.
"""

from __future__ import annotations

import html
import logging
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from champion_app.cases import steps_for
from champion_app.records.scales import CaseState
from champion_app.store import Changes
from champion_app.store.cases import CaseRow
from ui.coordinator.stale import ReloadsWhenShown
from ui.errors import show_error
from ui.refdata import RefData
from ui.timefmt import when
from ui.widgets import heading, named

from . import name_headers, words
from .case_model import CaseTableModel

log = logging.getLogger(__name__)


class CasePage(ReloadsWhenShown, QWidget):
    """A queue of one kind of case; subclasses give the kind and the words."""

    create_action = Signal(list)     # record ids: "Create action" from the selection
    case = "hazard"

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.ref = RefData()
        self._selected: str | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title(), f"{self.case}Title"))
        intro = named(QLabel(self.intro()), f"{self.case}Intro", self.tr("About this page"))
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        layout.addWidget(intro)
        top = QHBoxLayout()
        self.summary = named(QLabel(""), f"{self.case}Summary", self.tr("Summary"))
        top.addWidget(self.summary, 1)
        self.show_closed = named(QCheckBox(self.tr("Show &closed cases")),
                                 f"{self.case}ShowClosed", self.tr("Show closed cases"))
        self.show_closed.toggled.connect(lambda _on: self.refresh())
        top.addWidget(self.show_closed)
        layout.addLayout(top)

        self.model = CaseTableModel(self.case, self)
        self.table = named(QTableView(), f"{self.case}Table", self.title())
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        name_headers(self.table, f"{self.case}Table")
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Addresses can be long: their column is the one that gives way (full text on hover).
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, self.fontMetrics().horizontalAdvance("M") * 22)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())

        self.detail = named(QTextBrowser(), f"{self.case}Detail", self.tr("The chosen case"))
        self.detail.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail, 3)
        lower_layout.addWidget(self._step_form(), 2)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self._show_detail(None)

    # -- the words a subclass gives ------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def intro(self) -> str:
        raise NotImplementedError

    def summary_words(self, overdue: int, due_today: int, total: int) -> str:
        return self.tr("{open} open: {overdue} overdue, {today} due today.").format(
            open=total, overdue=overdue, today=due_today)

    # -- the step form ---------------------------------------------------------------------
    def _step_form(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        self.step = named(QComboBox(), f"{self.case}Step", self.tr("Step reached"))
        self.reference = named(QLineEdit(), f"{self.case}Reference",
                               self.tr("Reference (job or complaint number)"))
        self.reference.setMaxLength(100)
        self._when_for: str | None = None  # the case "When" was last set for
        self.at = named(QDateTimeEdit(QDateTime.currentDateTime()), f"{self.case}At",
                        self.tr("When it happened"))
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("ddd dd MMM yyyy HH:mm")
        self.note = named(QLineEdit(), f"{self.case}Note", self.tr("Note"))
        self.note.setMaxLength(4000)
        self.record_button = named(QPushButton(self.tr("&Record this step")),
                                   f"{self.case}RecordStep", self.tr("Record this step"))
        self.record_button.clicked.connect(self.record_step)
        self.action_button = named(QPushButton(self.tr("Create &action from selected…")),
                                   f"{self.case}CreateAction",
                                   self.tr("Create a You said, we did action from the "
                                           "selected records"))
        self.action_button.clicked.connect(self._create_action)
        self.step_message = named(QLabel(""), f"{self.case}StepMessage", self.tr("Result"))
        self.step_message.setWordWrap(True)
        for label, field in ((self.tr("&Step reached"), self.step),
                             (self.tr("Re&ference"), self.reference),
                             (self.tr("&When"), self.at), (self.tr("&Note"), self.note)):
            text = QLabel(label)
            text.setBuddy(field)
            form.addRow(text, field)
        form.addRow(self.record_button)
        form.addRow(self.step_message)
        form.addRow(self.action_button)
        return box

    def _offer_steps(self, row: CaseRow | None) -> None:
        self.step.clear()
        if row is None:
            return
        for state in steps_for(self.case, row.hazard):
            if state != CaseState.new:
                self.step.addItem(words.step_word(state), state.value)
        # Offer the step after the one reached, in the usual order.
        steps = [self.step.itemData(i) for i in range(self.step.count())]
        reached = row.status.state.value
        after = steps.index(reached) + 1 if reached in steps else 0
        self.step.setCurrentIndex(min(after, self.step.count() - 1))

    # -- loading --------------------------------------------------------------------------
    def set_refdata(self, ref: RefData) -> None:
        self.ref = ref

    def on_changes(self, changes: Changes) -> None:
        if changes.cases or changes.record_ids or changes.reference or changes.sync_state:
            self.mark_stale()

    def refresh(self) -> None:
        self.mark_fresh()
        case, closed = self.case, self.show_closed.isChecked()

        def read(store):
            return store.case_queue(case, include_closed=closed), datetime.now(UTC)

        self.runner.op(f"{case} queue", read).success(self._loaded).run()

    def _loaded(self, result) -> None:
        rows, now = result
        keep = self._selected
        self.model.set_rows(rows, now)
        open_rows = [r for r in rows if not r.status.closed]
        self.summary.setText(self.summary_words(
            sum(r.status.urgency(now) == "overdue" for r in open_rows),
            sum(r.status.urgency(now) == "due_today" for r in open_rows), len(open_rows)))
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectRow(row)
        elif rows:
            self.table.selectRow(0)
        else:
            self._show_detail(None)

    # -- the chosen case ------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r].record_id for r in rows if r < len(self.model.rows)]

    def current_row(self) -> CaseRow | None:
        ids = self.selected_ids()
        row = self.model.row_of(self._selected) if self._selected in ids else \
            (self.model.row_of(ids[0]) if ids else -1)
        return self.model.rows[row] if row >= 0 else None

    def _on_selection(self) -> None:
        ids = self.selected_ids()
        if self._selected not in ids:
            self._selected = ids[0] if ids else None
        self._show_detail(self.current_row())

    def _show_detail(self, row: CaseRow | None) -> None:
        self._offer_steps(row)
        if row is not None and row.record_id != self._when_for:
            self._when_for = row.record_id  # a step on another case happens now, not then
            self.at.setDateTime(QDateTime.currentDateTime())
        for widget in (self.step, self.reference, self.at, self.note, self.record_button):
            widget.setEnabled(row is not None)
        self.action_button.setEnabled(row is not None)
        if row is None:
            label = self.tr("Nothing to follow up here.")
            self.detail.setHtml(f"<p>{html.escape(label)}</p>")
            return
        self.detail.setHtml(self.detail_html(row))

    def detail_html(self, row: CaseRow) -> str:
        e = html.escape
        status = row.status
        what = words.hazard_word(row.hazard) if self.case == "hazard" else self.tr("Complaint")
        where = " · ".join(p for p in (row.estate_name, row.address) if p)
        if row.job_ref:
            where += " · " + self.tr("job {ref}").format(ref=row.job_ref)
        visit, by = self.tr("Visit"), self.tr("Logged by")
        parts = [f"<h3>{e(what)} — {e(words.step_word(status.state))}</h3>",
                 f"<p>{e(where)}</p>",
                 f"<p><b>{e(visit)}</b>: {e(when(status.start.isoformat()))} · "
                 f"<b>{e(by)}</b>: {e(row.author_name)}</p>"]
        if row.hazard_details:
            label = self.tr("Hazard")
            parts.append(f"<p><b>{e(label)}</b>: {e(row.hazard_details)}</p>")
        if row.what_was_said:
            label = self.tr("What was said")
            parts.append(f"<p><b>{e(label)}</b>: {e(row.what_was_said)}</p>")
        if row.contact:
            c = row.contact
            bits = [c.get("name"), c.get("phone"), c.get("email")]
            text = ", ".join(b for b in bits if b) or self.tr("no details given")
            if c.get("wants_callback"):
                text += " — " + self.tr("wants a call back")
            label = self.tr("Contact (consent given {at})").format(
                at=when(row.contact_consent_at))
            parts.append(f"<p><b>{e(label)}</b>: {e(text)}</p>")
        else:
            label = self.tr("No consent to contact the resident.")
            parts.append(f"<p><i>{e(label)}</i></p>")
        label = self.tr("Deadlines")
        parts.append(f"<h4>{e(label)}</h4><ul>")
        parts += [f"<li>{e(words.deadline_words(d))}</li>" for d in status.deadlines]
        if not status.deadlines:
            label = self.tr("No deadline for this kind of hazard.")
            parts.append(f"<li>{e(label)}</li>")
        label = self.tr("Steps")
        parts.append(f"</ul><h4>{e(label)}</h4><ul>")
        for event in status.events:
            line = f"{words.step_word(event.state)}"
            if event.reference:
                line += f" ({event.reference})"
            line += " — " + self.tr("{who}, {when}").format(who=row.author_of(event),
                                                             when=when(event.at.isoformat()))
            if event.note:
                line += f": {event.note}"
            if event.seq is None:
                line += " — " + self.tr("waiting to be sent")
            parts.append(f"<li>{e(line)}</li>")
        if not status.events:
            label = self.tr("No step recorded yet.")
            parts.append(f"<li>{e(label)}</li>")
        parts.append("</ul>")
        return "".join(parts)

    # -- doing ----------------------------------------------------------------------------
    def record_step(self) -> None:
        row = self.current_row()
        state = self.step.currentData()
        if row is None or not state:
            return
        at = self.at.dateTime().toPython().astimezone(UTC)
        if at > datetime.now(UTC) + _LEEWAY:
            self.step_message.setText(self.tr("The time is in the future: say when it "
                                              "happened."))
            return
        record_id, case = row.record_id, self.case
        reference, note = self.reference.text(), self.note.text()

        def write(store):
            return store.record_case_event(record_id, case, state, reference=reference,
                                           note=note, at=at)

        def done(_changes) -> None:
            self.reference.clear()
            self.note.clear()
            self.at.setDateTime(QDateTime.currentDateTime())  # the next step is later
            self.step_message.setText(self.tr("Recorded: {step}. It is sent at the next sync.")
                                      .format(step=words.step_word(state)))

        def failed(error: BaseException) -> None:
            self.step_message.setText("")
            show_error(self, error)

        (self.runner.op("record case step", write).success(done).failure(failed)
         .initiated_by(self).run())

    def _create_action(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.create_action.emit(ids)


_LEEWAY = timedelta(minutes=5)  # a laptop clock a little behind the phone call
