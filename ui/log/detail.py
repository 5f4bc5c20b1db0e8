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
from ui.forms.conditions import item_words
from ui.forms.labels import field_labels
from ui.timefmt import short_time, when
from ui.widgets import heading, label_of, named

from .attention import ConflictBox, MissingPhotoBox
from .model import STATE_LABELS, state_label

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


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


def case_step_words(step: dict) -> str:
    """A coordinator's step on this record's hazard or complaint, as the champion reads it."""
    from ui.coordinator.words import step_word

    what = (translate("Cases", "Hazard") if step["case_kind"] == "hazard"
            else translate("Cases", "Complaint"))
    text = f"{what}: {step_word(step['state'])}"
    if step.get("reference"):
        text += f" ({step['reference']})"
    return f"{text}, {short_time(step.get('at'))}"


def _word(key: str, value) -> str:
    """One answer in plain words: the scale's label, yes/no, a time, or the text itself."""
    if isinstance(value, bool):
        return translate("DetailPane", "yes") if value else translate("DetailPane", "no")
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
                translate("DetailPane", "{count} recorded").format(count=len(value))))
        elif isinstance(value, dict):
            parts = [f"{html.escape(_name(kind, f'payload.{key}.{k}', k))}: "
                     f"{html.escape(_word(k, v))}" for k, v in value.items() if v not in (None, "")]
            lines.append(f"<b>{label}</b><br>" + "<br>".join(parts))
        elif isinstance(value, list):
            lines.append(f"<b>{label}</b>: " + html.escape(", ".join(_word(key, v) for v in value)))
        else:
            lines.append(f"<b>{label}</b>: {html.escape(_word(key, value))}")
    return lines


def _status_word(status: str) -> str:
    if status == "pulled":  # written elsewhere (another laptop, or the champion's)
        return translate("DetailPane", "received from the server")
    return STATE_LABELS.get(status, status)


def _review_word(state: str) -> str:
    try:
        return label_of(scales.ReviewState(state))
    except ValueError:
        return state.replace("_", " ")


def _item(text: str) -> str:
    return f"<li>{html.escape(text)}</li>"


def _actions_html(actions: list[dict]) -> list[str]:
    """What the office published about this record: the end of the loop, to tell the
    resident (the same words as on You said, we did)."""
    if not actions:
        return []
    # Marked outside the f-strings below: lupdate does not read inside an f-string.
    title = translate("DetailPane", "You said, we did")
    said = translate("DetailPane", "You said:")
    pending = translate("DetailPane", "Work in progress.")
    parts = [f"<h4>{html.escape(title)}</h4><ul>"]
    for action in actions:
        try:
            status = label_of(scales.ActionStatus(action.get("status") or "logged"))
        except ValueError:
            status = str(action.get("status"))
        we_did = action.get("we_did") or pending
        parts.append(f"<li><b>{html.escape(status)}</b>: {html.escape(we_did)}<br>"
                     f"<i>{html.escape(said)}</i> {html.escape(action.get('you_said') or '')}"
                     "</li>")
    parts.append("</ul>")
    return parts


def render(detail: RecordDetail) -> str:
    """The record in words for the champion: never a code. Comments are not listed in the
    history: the thread beside it shows them."""
    esc = html.escape
    row = detail.row
    where = [row.estate_name or translate("DetailPane", "place not chosen yet")]
    if row.address:
        where.append(row.address)
    if row.job_ref:
        where.append(translate("DetailPane", "job {ref}").format(ref=row.job_ref))
    state = translate("DetailPane", "State")
    parts = [f"<h3>{esc(KINDS[row.kind].label)}</h3>",
             "<p>" + esc(" · ".join(where)) + "</p>",
             f"<p><b>{esc(state)}</b>: {esc(state_label(row))}</p>"]
    if row.hazard != "none":
        hazard = translate("DetailPane", "Hazard")
        parts.append(f"<p><b>⚠ {esc(hazard)}</b>: {esc(label_of(Hazard(row.hazard)))}</p>")
    if detail.draft is not None:
        payload = detail.draft.payload
    else:
        payload = (detail.versions[-1].get("payload") if detail.versions else None) or {}
    if payload.get("visited_at"):
        visited = translate("DetailPane", "Visited")
        parts.append(f"<p><b>{esc(visited)}</b>: {esc(when(payload['visited_at']))}</p>")
    if payload.get("what_was_said"):
        parts.append(f"<blockquote>{esc(payload['what_was_said'])}</blockquote>")
    history = translate("DetailPane", "History")
    parts.append(f"<h4>{esc(history)}</h4><ul>")
    parts.append(_item(translate("DetailPane", "Started {when}").format(
        when=short_time(row.created_at))))
    for n, version in enumerate(detail.versions, start=1):
        text = translate("DetailPane", "Version {n} submitted {when}").format(
            n=n, when=short_time(version.get("submitted_at")))
        text += " — " + _status_word(version.get("status", ""))
        if version.get("conflict"):
            text += " — " + translate(
                "DetailPane", "made without seeing the version before it (changed on two laptops)")
        if version.get("error"):
            text += f" ({version['error']})"
        parts.append(_item(text))
    for review in detail.reviews:
        text = translate("DetailPane", "Reviewed {when}").format(when=short_time(review.get("at")))
        text += " — " + _review_word(str(review.get("state", "")))
        if review.get("note"):
            text += f": {review['note']}"
        parts.append(_item(text))
    for step in detail.cases:
        parts.append(_item(case_step_words(step)))
    if detail.draft is not None and detail.versions:
        parts.append(_item(translate("DetailPane", "Changes in progress, not yet submitted")))
    parts.append("</ul>")
    parts += _actions_html(detail.actions)
    answers = _answers(row.kind, payload)
    if answers:
        title = translate("DetailPane", "Answers")
        parts.append(f"<h4>{esc(title)}</h4><p>" + "<br>".join(answers) + "</p>")
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
        layout.addWidget(heading(self.tr("Record"), "detailTitle", 1.15))
        self.conflict_box = ConflictBox()
        self.missing_box = MissingPhotoBox()
        layout.addWidget(self.conflict_box)
        layout.addWidget(self.missing_box)
        # Device id -> name, from the pulled champion accounts (coordinators have them).
        self.device_names: dict[str, str] = {}
        self.text = named(QTextBrowser(), "detailText", self.tr("Record details"),
                          self.tr("What was recorded, its history and its answers."))
        self.text.setOpenLinks(False)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Choose a record in the list to see it here."))
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
        self.edit.setText(self.tr("Ed&it draft") if row.state == "draft"
                          else self.tr("&Continue changes"))
        self.change.setEnabled(row.state != "draft" and not row.has_draft)
        self.delete.setEnabled(editable)
        self.delete.setText(self.tr("De&lete draft") if row.state == "draft"
                            else self.tr("Disc&ard changes"))
