"""The detail of one record: what was recorded, its versions and reviews, and what you can do."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from champion_app.records import KINDS, scales
from champion_app.records.scales import Hazard
from champion_app.store import RecordDetail
from ui.forms.conditions import item_words
from ui.forms.labels import field_labels
from ui.timefmt import short_time, when
from ui.widgets import heading, label_of, named

from .model import STATE_LABELS, state_label

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
# Shown elsewhere in the pane, or not at all (contact details stay out of the summary).
_SKIP = {"consent", "contact", "hazard", "what_was_said", "visited_at"}
_TIMES = {"reported_at", "dispatched_at", "completed_at"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DetailPane", text)


def _word(key: str, value) -> str:
    """One answer in plain words: the scale's label, yes/no, a time, or the text itself."""
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if key in _TIMES:
        return when(str(value))
    enum = _SCALES.get(key)
    if enum is not None:
        try:
            return label_of(enum(value))
        except ValueError:
            pass
    for enum in (scales.Satisfaction, scales.Agreement, scales.Check, scales.Condition):
        if value in enum.__members__:
            return label_of(enum(value))
    return str(value)


def _name(kind: str, path: str, key: str) -> str:
    """What the form calls the answer at ``path`` (never a code)."""
    if path.startswith("payload.conditions."):
        return item_words(key)
    return field_labels(kind).get(path) or key.replace("_", " ").capitalize()


def _answers(kind: str, payload: dict) -> list[str]:
    """Payload answers as "Label: value" lines, skipping the empty ones."""
    lines = []
    for key, value in payload.items():
        if value in (None, "", [], {}) or key in _SKIP:
            continue
        label = html.escape(_name(kind, f"payload.{key}", key))
        if isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f"<b>{label}</b>: " + html.escape(
                _tr("{count} recorded").format(count=len(value))))
        elif isinstance(value, dict):
            parts = [f"{html.escape(_name(kind, f'payload.{key}.{k}', k))}: "
                     f"{html.escape(_word(k, v))}" for k, v in value.items() if v not in (None, "")]
            lines.append(f"<b>{label}</b><br>" + "<br>".join(parts))
        elif isinstance(value, list):
            lines.append(f"<b>{label}</b>: " + html.escape(", ".join(_word(key, v) for v in value)))
        else:
            lines.append(f"<b>{label}</b>: {html.escape(_word(key, value))}")
    return lines


def render(detail: RecordDetail) -> str:
    row = detail.row
    kind = QCoreApplication.translate("Kinds", KINDS[row.kind].label)
    where = row.estate_name or _tr("place not chosen yet")
    parts = [f"<h3>{html.escape(kind)}</h3>",
             f"<p>{html.escape(where)}"
             f"{' · ' + html.escape(row.address) if row.address else ''}"
             f"{' · ' + html.escape(_tr('job {ref}').format(ref=row.job_ref)) if row.job_ref else ''}"
             "</p>",
             f"<p><b>{html.escape(_tr('State'))}</b>: {html.escape(state_label(row))}</p>"]
    if row.hazard != "none":
        parts.append(f"<p><b>⚠ {html.escape(_tr('Hazard'))}</b>: "
                     f"{html.escape(label_of(Hazard(row.hazard)))}</p>")
    if detail.draft is not None:
        payload = detail.draft.payload
    else:
        payload = (detail.versions[-1].get("payload") if detail.versions else None) or {}
    if payload.get("visited_at"):
        parts.append(f"<p><b>{html.escape(_tr('Visited'))}</b>: "
                     f"{html.escape(when(payload['visited_at']))}</p>")
    if payload.get("what_was_said"):
        parts.append(f"<blockquote>{html.escape(payload['what_was_said'])}</blockquote>")
    parts.append(f"<h4>{html.escape(_tr('History'))}</h4><ul>")
    parts.append(f"<li>{html.escape(_tr('Started {when}').format(when=short_time(row.created_at)))}</li>")
    for n, version in enumerate(detail.versions, start=1):
        status = STATE_LABELS.get(version.get("status", ""), version.get("status", ""))
        text = _tr("Version {n} submitted {when}").format(
            n=n, when=short_time(version.get("submitted_at")))
        error = f" ({version['error']})" if version.get("error") else ""
        parts.append(f"<li>{html.escape(text)} — {html.escape(status + error)}</li>")
    for review in detail.reviews:
        note = f": {review.get('note')}" if review.get("note") else ""
        text = _tr("Reviewed {when}").format(when=short_time(review.get("at")))
        state = str(review.get("state", "")).replace("_", " ")
        parts.append(f"<li>{html.escape(text)} — {html.escape(state + note)}</li>")
    for comment in detail.comments:
        text = _tr("Comment {when}").format(when=short_time(comment.get("at")))
        body = comment.get("text") or comment.get("body") or ""
        parts.append(f"<li>{html.escape(text)}: {html.escape(body)}</li>")
    if detail.draft is not None and detail.versions:
        parts.append(f"<li>{html.escape(_tr('Changes in progress, not yet submitted'))}</li>")
    parts.append("</ul>")
    answers = _answers(row.kind, payload)
    if answers:
        parts.append(f"<h4>{html.escape(_tr('Answers'))}</h4><p>" + "<br>".join(answers) + "</p>")
    return "".join(parts)


class DetailPane(QWidget):
    edit_requested = Signal(str)         # open the draft
    new_version_requested = Signal(str)  # change a submitted record
    delete_requested = Signal(str)       # delete a draft / discard the change in progress

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logDetail")
        self.detail: RecordDetail | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Record"), "detailTitle", 1.15))
        self.text = named(QTextBrowser(), "detailText", self.tr("Record details"),
                          self.tr("What was recorded, its history and its answers."))
        self.text.setOpenLinks(False)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Choose a record in the list to see it here."))
        layout.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        self.edit = named(QPushButton(self.tr("Ed&it draft")), "editDraft", self.tr("Edit draft"),
                          self.tr("Opens the draft in New visit to finish it."))
        self.change = named(QPushButton(self.tr("Change (&new version)")), "newVersion",
                            self.tr("Change as a new version"),
                            self.tr("Opens the submitted record to change it; submitting sends "
                                    "a new version."))
        self.delete = named(QPushButton(self.tr("De&lete draft")), "deleteDraft",
                            self.tr("Delete draft"),
                            self.tr("Deletes a draft never sent, or discards the changes in "
                                    "progress; asks first."))
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

    def show_detail(self, detail: RecordDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.text.clear()
            for b in (self.edit, self.change, self.delete):
                b.setEnabled(False)
            return
        self.text.setHtml(render(detail))
        row = detail.row
        editable = row.state == "draft" or row.has_draft
        self.edit.setEnabled(editable)
        self.edit.setText(self.tr("Ed&it draft") if row.state == "draft"
                          else self.tr("&Continue changes"))
        self.change.setEnabled(row.state != "draft" and not row.has_draft)
        self.delete.setEnabled(editable)
        self.delete.setText(self.tr("De&lete draft") if row.state == "draft"
                            else self.tr("Disc&ard changes"))
