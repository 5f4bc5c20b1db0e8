"""The detail of one record: what was recorded, its versions and reviews, and what you can do."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from champion_app.records import KINDS, scales
from champion_app.records.scales import Hazard
from champion_app.store import RecordDetail
from ui.comments import CommentThread
from ui.timefmt import short_time
from ui.widgets import heading, named

from .attention import ConflictBox, MissingPhotoBox
from .model import STATE_LABELS, state_label


def case_step_words(step: dict) -> str:
    """A coordinator's step on this record's hazard or complaint, as the champion reads it."""
    from PySide6.QtCore import QCoreApplication

    from ui.coordinator.words import step_word

    what = (QCoreApplication.translate("Cases", "Hazard") if step["case_kind"] == "hazard"
            else QCoreApplication.translate("Cases", "Complaint"))
    text = f"{what}: {step_word(step['state'])}"
    if step.get("reference"):
        text += f" ({step['reference']})"
    return f"{text}, {short_time(step.get('at'))}"

log = logging.getLogger(__name__)


# Which scale a payload field is answered on, to show its plain-word label.
_SCALES = {
    "collection_method": scales.CollectionMethod, "respondent": scales.Respondent,
    "topics": scales.Topic, "work_kind": scales.WorkKind, "priority": scales.Priority,
    "how_reported": scales.HowReported, "appointment_kept": scales.AppointmentKept,
    "completed": scales.Completed, "trigger": scales.BlockTrigger,
    "welcome_pack_format": scales.PackFormat, "preferred_contact": scales.PreferredContact,
    "access_needs": scales.AccessNeed,
}
_SKIP = {"consent", "contact", "hazard", "what_was_said"}


def _pretty(key: str) -> str:
    return key.replace("_", " ").capitalize()


def _word(key: str, value) -> str:
    """One answer in plain words: the scale's label, yes/no, or the text itself."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    enum = _SCALES.get(key)
    if enum is not None:
        try:
            return enum(value).label
        except ValueError:
            pass
    for enum in (scales.Satisfaction, scales.Check, scales.Condition):
        if value in enum.__members__:
            return enum(value).label
    return str(value)


def _answers(payload: dict) -> list[str]:
    """Payload answers as "Label: value" lines, skipping the empty ones."""
    lines = []
    for key, value in payload.items():
        if value in (None, "", [], {}) or key in _SKIP:
            continue
        if isinstance(value, list) and value and isinstance(value[0], dict):
            text = f"{len(value)} recorded"
        elif isinstance(value, dict):
            text = ", ".join(f"{_pretty(k) if not k.startswith('TP') else k}: {_word(k, v)}"
                             for k, v in value.items() if v not in (None, ""))
        elif isinstance(value, list):
            text = ", ".join(_word(key, v) for v in value)
        else:
            text = _word(key, value)
        lines.append(f"<b>{_pretty(key)}</b>: {html.escape(text)}")
    return lines


def _status_word(status: str) -> str:
    if status == "pulled":  # written elsewhere (another laptop, or the champion's)
        return QCoreApplication.translate("DetailPane", "received from the server")
    return STATE_LABELS.get(status, status)


def _actions_html(actions: list[dict]) -> list[str]:
    """What the office published about this record: the end of the loop, to tell the
    resident (the same words as on You said, we did)."""
    if not actions:
        return []
    # Marked outside the f-strings below: lupdate does not read inside an f-string.
    title = QCoreApplication.translate("DetailPane", "You said, we did")
    said = QCoreApplication.translate("DetailPane", "You said:")
    pending = QCoreApplication.translate("DetailPane", "Work in progress.")
    parts = [f"<h4>{html.escape(title)}</h4><ul>"]
    for action in actions:
        try:
            status = scales.ActionStatus(action.get("status") or "logged").label
        except ValueError:
            status = str(action.get("status"))
        we_did = action.get("we_did") or pending
        parts.append(f"<li><b>{html.escape(status)}</b>: {html.escape(we_did)}<br>"
                     f"<i>{html.escape(said)}</i> {html.escape(action.get('you_said') or '')}"
                     "</li>")
    parts.append("</ul>")
    return parts


def render(detail: RecordDetail) -> str:
    row = detail.row
    parts = [f"<h3>{html.escape(KINDS[row.kind].label)}</h3>",
             f"<p>{html.escape(row.estate_name)}"
             f"{' · ' + html.escape(row.address) if row.address else ''}"
             f"{' · job ' + html.escape(row.job_ref) if row.job_ref else ''}</p>",
             f"<p><b>State</b>: {html.escape(state_label(row))}</p>"]
    if row.hazard != "none":
        parts.append(f"<p><b>⚠ Hazard</b>: {html.escape(Hazard(row.hazard).label)}</p>")
    if detail.draft is not None:
        payload = detail.draft.payload
    else:
        payload = (detail.versions[-1].get("payload") if detail.versions else None) or {}
    if payload.get("what_was_said"):
        parts.append(f"<blockquote>{html.escape(payload['what_was_said'])}</blockquote>")
    parts.append("<h4>History</h4><ul>")
    parts.append(f"<li>Started {short_time(row.created_at)}</li>")
    for n, version in enumerate(detail.versions, start=1):
        status = _status_word(version.get("status", ""))
        flag = (" — " + QCoreApplication.translate(
            "DetailPane", "made without seeing the version before it (changed on two laptops)")
            if version.get("conflict") else "")
        parts.append(f"<li>Version {n} submitted {short_time(version.get('submitted_at'))}"
                     f" — {html.escape(status)}{html.escape(flag)}"
                     f"{' (' + html.escape(version['error']) + ')' if version.get('error') else ''}"
                     "</li>")
    for review in detail.reviews:
        note = f": {html.escape(review.get('note') or '')}" if review.get("note") else ""
        parts.append(f"<li>Reviewed {short_time(review.get('at'))} — "
                     f"{html.escape(str(review.get('state', '')).replace('_', ' '))}{note}</li>")
    for step in detail.cases:
        parts.append(f"<li>{html.escape(case_step_words(step))}</li>")
    if detail.draft is not None and detail.versions:
        parts.append("<li>Changes in progress, not yet submitted</li>")
    parts.append("</ul>")
    parts += _actions_html(detail.actions)
    answers = _answers(payload)
    if answers:
        parts.append("<h4>Answers</h4><p>" + "<br>".join(answers) + "</p>")
    return "".join(parts)


class DetailPane(QWidget):
    edit_requested = Signal(str)         # open the draft
    new_version_requested = Signal(str)  # change a submitted record
    delete_requested = Signal(str)       # delete a draft / discard the change in progress

    def __init__(self, runner=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logDetail")
        self.detail: RecordDetail | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading("Record", "detailTitle", 1.15))
        self.conflict_box = ConflictBox()
        self.missing_box = MissingPhotoBox()
        layout.addWidget(self.conflict_box)
        layout.addWidget(self.missing_box)
        # Device id -> name, from the pulled champion accounts (coordinators have them).
        self.device_names: dict[str, str] = {}
        self.text = named(QTextBrowser(), "detailText", "Record details")
        self.text.setOpenLinks(False)
        self.text.setPlaceholderText("Choose a record in the list to see it here.")
        # Beside the record: the conversation with the coordinator, and the reply box.
        self.thread = CommentThread(runner, name="championThread",
                                    title=self.tr("Your coordinator"),
                                    placeholder=self.tr("Reply to your coordinator…"),
                                    send_text=self.tr("Send &reply"))
        side = QHBoxLayout()
        side.addWidget(self.text, 3)
        side.addWidget(self.thread, 2)
        layout.addLayout(side, 1)
        buttons = QHBoxLayout()
        self.edit = named(QPushButton("&Edit draft"), "editDraft", "Edit draft")
        self.change = named(QPushButton("C&hange (new version)"), "newVersion",
                            "Change as a new version")
        self.delete = named(QPushButton("De&lete draft"), "deleteDraft", "Delete draft")
        for b in (self.edit, self.change, self.delete):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.edit.clicked.connect(lambda: self.edit_requested.emit(self._id()))
        self.change.clicked.connect(lambda: self.new_version_requested.emit(self._id()))
        self.delete.clicked.connect(lambda: self.delete_requested.emit(self._id()))
        self.show_detail(None)

    def _id(self) -> str:
        return self.detail.row.record_id if self.detail else ""

    def _who(self, comment: dict) -> str:
        return self.tr("You") if comment.get("mine") else self.tr("Your coordinator")

    def show_detail(self, detail: RecordDetail | None) -> None:
        self.detail = detail
        self.conflict_box.show_conflict(detail.conflict if detail else None, self.device_names)
        self.missing_box.show_missing(detail.row.record_id if detail else "",
                                      detail.missing_photos if detail else [])
        if detail is None:
            self.text.clear()
            self.thread.show_thread(None, [])
            for b in (self.edit, self.change, self.delete):
                b.setEnabled(False)
            return
        self.text.setHtml(render(detail))
        row = detail.row
        submitted = row.state != "draft"
        self.thread.show_thread(row.record_id, detail.comments, self._who,
                                can_write=submitted, why_not=self.tr(
                                    "Submit the record first; then you can write about it."))
        # Only the champion who logged a record may change it: for anyone else's (a
        # coordinator's laptop pulls everyone's) the action is absent, not refused later.
        self.change.setVisible(row.mine)
        editable = row.state == "draft" or row.has_draft
        self.edit.setEnabled(editable)
        self.edit.setText("&Edit draft" if row.state == "draft" else "&Continue changes")
        self.change.setEnabled(row.state != "draft" and not row.has_draft)
        self.delete.setEnabled(editable)
        self.delete.setText("De&lete draft" if row.state == "draft" else "Disc&ard changes")
