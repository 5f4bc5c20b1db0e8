"""The New visit page: choose a kind, fill the form, save a draft at any time, submit.

*Save draft* always saves, whatever is (or is not) filled in, the estate included: a laptop
that has never connected has no estates to choose yet, and nothing typed is ever refused.
Submit checks the form first without the store (so a form with problems stores nothing),
then saves and submits in one operation on the DB worker. Drafts, new versions of submitted
records and visits started from a worklist job all open here.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from champion_app.errors import ChampionError
from champion_app.records import RecordInvalid
from ui.errors import form_errors, show_error
from ui.flow import FlowBox
from ui.refdata import RefData
from ui.widgets import heading, named

from . import FORMS, RecordForm

log = logging.getLogger(__name__)

class KindButtons(list):
    """The New visit buttons, in order."""

    def buttons(self) -> list[QPushButton]:
        return list(self)


class VisitPage(QWidget):
    saved = Signal(str)      # record id of the draft just saved
    submitted = Signal(str)  # record id just submitted (queued for sending)

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "page_visit", self.tr("New visit"))
        self.runner = runner
        self.ref = RefData()
        self.form: RecordForm | None = None
        self.record_id: str | None = None
        self.editing_version = False

        layout = QVBoxLayout(self)
        self.title = heading(self.tr("New visit"), "visitTitle")
        layout.addWidget(self.title)
        chooser = FlowBox(spacing=6)  # one row; wraps with a large system font
        chooser.setObjectName("kindChooser")
        # Plain buttons, not a QButtonGroup: in a group Qt lets Tab stop only at one of them,
        # then the arrow keys cannot reach the others, and in an exclusive one an arrow key
        # *clicks* the next, starting another form by accident. _set_form checks the open one.
        self.kind_buttons = KindButtons()
        for spec in FORMS:
            label = self.kind_label(spec.code, spec.label)
            button = named(QPushButton(label), f"kind_{spec.code}",
                           self.tr("New {kind}").format(kind=label.lower()),
                           self.tr("Starts a new form of this kind (asks first if the open "
                                   "form has changes)."))
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, k=spec.code: self.new_record(k))
            self.kind_buttons.append(button)
            chooser.add(button)
        layout.addWidget(chooser)

        self.placeholder = named(QLabel(self.tr("Choose what kind of visit to record. You can "
                                                "save a draft at any time and finish it "
                                                "later.")),
                                 "visitPlaceholder", self.tr("Choose a kind of visit"))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.form_host = QVBoxLayout()
        self.form_host.addWidget(self.placeholder, 1)
        layout.addLayout(self.form_host, 1)

        bar = QHBoxLayout()
        self.status = named(QLabel(""), "visitStatus", self.tr("Form status"))
        self.status.setWordWrap(True)
        self.close_button = named(QPushButton(self.tr("C&lose")), "closeForm",
                                  self.tr("Close this form"),
                                  self.tr("Closes the form; asks first if it has changes."))
        self.save_button = named(QPushButton(self.tr("Save d&raft")), "saveDraft",
                                 self.tr("Save draft"),
                                 self.tr("Keeps the form on this laptop as it is, complete or "
                                         "not. Nothing is sent. Ctrl+S."))
        self.submit_button = named(QPushButton(self.tr("S&ubmit")), "submit", self.tr("Submit"),
                                   self.tr("Checks every answer, then queues the record to be "
                                           "sent at the next sync. Ctrl+Enter."))
        self.submit_button.setDefault(True)
        bar.addWidget(self.status, 1)
        for b in (self.close_button, self.save_button, self.submit_button):
            bar.addWidget(b)
        layout.addLayout(bar)
        self.close_button.clicked.connect(self.close_form)
        self.save_button.clicked.connect(lambda: self.save_draft())
        self.submit_button.clicked.connect(self.submit)
        self._set_form(None)

    # -- reference data -----------------------------------------------------------------------
    def set_refdata(self, ref: RefData) -> None:
        self.ref = ref  # the open form keeps the data it was built with until it is reopened

    # -- opening forms ----------------------------------------------------------------------
    def _set_form(self, form: RecordForm | None, record_id: str | None = None) -> None:
        if self.form is not None:
            self.form.setParent(None)
            self.form.deleteLater()
        self.form = form
        self.record_id = record_id
        self.placeholder.setVisible(form is None)
        for b in (self.close_button, self.save_button, self.submit_button):
            b.setEnabled(form is not None)
        for button in self.kind_buttons.buttons():
            button.setChecked(form is not None and button.objectName() == f"kind_{form.kind}")
        if form is not None:
            form.record_id = record_id
            self.form_host.addWidget(form, 1)
            form.show()  # now, not at the next turn of the event loop: the focus goes into it
            label = self.kind_label(form.kind, form.spec.label).lower()
            title = (self.tr("Editing: {kind}").format(kind=label) if record_id
                     else self.tr("New {kind}").format(kind=label))
            # A heading starts with a capital whichever language puts the kind first
            # (Welsh: "{kind} newydd").
            self.title.setText(title[:1].upper() + title[1:])
        else:
            self.title.setText(self.tr("New visit"))
        self.status.setText("")

    def new_record(self, kind: str, job: dict | None = None) -> RecordForm:
        if not self.confirm_leave():
            self._set_form(self.form, self.record_id)  # restore the kind buttons' state
            return self.form
        form = FORMS.create(kind, self.ref, self.runner)
        self._set_form(form)
        self.editing_version = False
        if job is not None:
            assert form.where.job is not None
            form.where.job.set_value(job["ref"])
            form.where._job_picked()
        form.mark_saved()
        form.outline.refresh()  # what the job filled in shows in the outline at once
        form.where.estate.setFocus()
        return form

    def open_record(self, record_id: str, *, new_version: bool = False) -> None:
        """Open a draft (or, with ``new_version``, a submitted record as its next version)."""
        if not self.confirm_leave():
            return

        def load(store):
            changes = store.start_edit(record_id) if new_version else None
            detail = store.get_record(record_id)
            attachments = detail.draft.attachments if detail.draft else []
            return detail, _photos(store, attachments), changes

        def loaded(result) -> None:
            detail, photos, changes = result
            if detail.draft is None:
                show_error(self, RuntimeError("no draft"))  # a bug: the log has the details
                return
            form = FORMS.create(detail.draft.kind, self.ref, self.runner)
            form.record_id = record_id
            form.load(detail.draft, photos, created_at=detail.row.created_at)
            self._set_form(form, record_id)
            self.editing_version = detail.row.state != "draft"
            if self.editing_version:
                self.status.setText(self.tr("You are changing a record that was already "
                                            "submitted. Submitting sends it as a new version."))
            if changes is not None:
                self.runner.changes_applied.emit(changes)

        self.runner.op("open record", load).success(loaded).failure(
            lambda e: show_error(self, e)).run()

    # -- leaving ----------------------------------------------------------------------------
    @staticmethod
    def kind_label(code: str, label: str) -> str:
        """A kind's name for people (already in the person's language: `KINDS[code].label`)."""
        return label

    @classmethod
    def ask_unsaved(cls, parent: QWidget) -> QMessageBox.StandardButton:
        """Save / Discard / Cancel for unsaved changes; tests monkeypatch this."""
        return QMessageBox.question(
            parent, QCoreApplication.translate("VisitPage", "Unsaved changes"),
            QCoreApplication.translate("VisitPage", "This form has changes that are not saved "
                                                    "yet. Save them as a draft?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)

    def confirm_leave(self) -> bool:
        """True when it is fine to drop the open form (saving it first if the person says so)."""
        if self.form is None or not self.form.is_dirty():
            return True
        answer = self.ask_unsaved(self)
        if answer == QMessageBox.StandardButton.Save:
            return self.save_draft()
        return answer == QMessageBox.StandardButton.Discard

    def close_form(self) -> None:
        if self.confirm_leave():
            self._set_form(None)

    # -- saving -----------------------------------------------------------------------------
    def save_draft(self) -> bool:
        """Queue a draft save, whatever is filled in; False only when no form is open."""
        form = self.form
        if form is None:
            return False
        draft, record_id = form.draft(), self.record_id
        form.mark_saved()  # what is being saved now; later edits make it dirty again

        def done(changes) -> None:
            if self.form is form:
                self.record_id = form.record_id = changes.record_id
                text = self.tr("Draft saved at {time}.").format(time=f"{datetime.now():%H:%M}")
                if not draft.estate_id:
                    text += " " + self.tr("Choose the estate before you submit it.")
                self.status.setText(text)
            self.saved.emit(changes.record_id)

        (self.runner.op("save draft", lambda s: s.save_draft(draft, record_id=record_id))
         .success(done).failure(lambda e: self._failed(form, e)).run())
        return True

    def submit(self) -> None:
        form = self.form
        if form is None:
            return
        problems = form.validate()
        if problems:
            form.show_errors(problems)
            self.status.setText(self.tr("Nothing was sent: the answers marked need attention. "
                                        "Save a draft to keep it as it is."))
            return
        form.clear_errors()
        draft, record_id = form.draft(), self.record_id

        def work(store):
            changes = store.save_draft(draft, record_id=record_id)
            try:
                return changes | store.submit(changes.record_id)
            except RecordInvalid as exc:
                exc.record_id = changes.record_id  # the draft is kept: nothing typed is lost
                raise

        def done(changes) -> None:
            record = next(iter(changes.record_ids))
            self._set_form(None)
            self.status.setText(self.tr("Submitted. It will be sent to the office at the next "
                                        "sync."))
            self.submitted.emit(record)

        (self.runner.op("submit record", work).success(done)
         .failure(lambda e: self._failed(form, e))
         .with_progress(self.tr("Submitting…"), self).run())

    def _failed(self, form: RecordForm, error: BaseException) -> None:
        if self.form is form and getattr(error, "record_id", None):
            self.record_id = form.record_id = error.record_id
        fields = form_errors(error)
        if fields is not None and self.form is form:
            form.show_errors(fields)
            self.status.setText(self.tr("Some answers need attention. Your draft is saved."))
        else:
            show_error(self, error)


def _photos(store, attachments: list[dict]) -> dict[str, bytes]:
    """The draft's photos, decrypted for the thumbnails; one that cannot be read shows as
    "(photo)" (its file is named in the log) rather than stopping the record opening."""
    images = {}
    for attachment in attachments:
        try:
            images[attachment["sha256"]] = store.read_photo(attachment["sha256"])
        except (OSError, ChampionError) as exc:
            log.warning("photo %s cannot be shown: %s", attachment["sha256"], exc)
    return images
