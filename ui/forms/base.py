"""What every record form shares: a field registry for errors, sections, payload in and out.

A form registers each control under the path validation uses ("payload.part1_rating",
"estate_id", "payload.operatives.0.overall"), so a `RecordInvalid` lands next to the field it
is about; anything that matches no field shows in the summary at the top (which always lists
every problem, so a screen reader hears them all in one place).
"""

from __future__ import annotations

import json
import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from champion_app.records import (
    DISSATISFIED,
    KINDS,
    Draft,
    KindSpec,
    RecordInvalid,
    validate_payload,
)
from ui.refdata import RefData
from ui.widgets import ErrorLabel, named, slug

log = logging.getLogger(__name__)

_DISSATISFIED = {s.value for s in DISSATISFIED}
# Human names for paths in the summary, when a message lands on no field.
_WHERE_LABELS = {"estate_id": "Estate", "payload": "Answers"}


def drop_none(value: Any) -> Any:
    """Payload without None entries: an unanswered optional question is simply absent."""
    if isinstance(value, dict):
        return {k: drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [drop_none(v) for v in value]
    return value


class Section(QGroupBox):
    """A titled part of a form; its rows are label, control, and the control's error line."""

    def __init__(self, form: RecordForm, title: str, name: str) -> None:
        super().__init__(title)
        named(self, name, title)
        self.form = form
        self.rows = QVBoxLayout(self)
        self.rows.setSpacing(6)

    def add(self, path: str, label: str | None, widget: QWidget, *, help_text: str = "",
            layout: QVBoxLayout | None = None, short: str = "") -> QWidget:
        """Label, control and error line; ``short`` names the field in the error summary."""
        layout = layout or self.rows
        if label:
            caption = QLabel(label)
            caption.setObjectName(f"label_{slug(path)}")
            caption.setBuddy(widget)  # Alt+letter and screen readers tie label to control
            caption.setWordWrap(True)
            layout.addWidget(caption)
        layout.addWidget(widget)
        if help_text:
            hint = QLabel(help_text)
            hint.setObjectName(f"help_{slug(path)}")
            hint.setProperty("role", "hint")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        error = ErrorLabel(path)
        layout.addWidget(error)
        self.form.register(path, widget, error, short or label or widget.accessibleName())
        return widget


class RecordForm(QWidget):
    """Base of the record forms. Subclasses set ``kind`` and build their sections; the
    kind's spec (its label, payload model) comes from the kind registry."""

    kind = ""
    changed = Signal()

    def __init__(self, ref: RefData, runner=None, parent: QWidget | None = None, *,
                 spec: KindSpec | None = None) -> None:
        super().__init__(parent)
        self.spec = spec or KINDS[self.kind]
        named(self, f"form_{self.kind}", self.spec.label)
        self.ref = ref
        self.runner = runner  # ui.tasks.TaskRunner: photos are shrunk and stored off the UI
        self._fields: dict[str, tuple[QWidget, ErrorLabel, str]] = {}
        self._saved_snapshot: str | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.summary = named(QLabel(), "errorSummary", "Problems to fix")
        self.summary.setProperty("role", "error-summary")
        self.summary.setWordWrap(True)
        self.summary.hide()
        outer.addWidget(self.summary)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("formScroll")
        self.scroll.setWidgetResizable(True)
        inner = QWidget()
        inner.setObjectName("formBody")
        self.body = QVBoxLayout(inner)
        self.body.setSpacing(12)
        self.scroll.setWidget(inner)
        outer.addWidget(self.scroll)

        # Imported here: the sections import this module for Section/RecordForm.
        from .common import (
            ComplaintSection,
            ConsentSection,
            HazardSection,
            TalkSection,
            WhereSection,
        )
        from .photos import PhotoSection

        self.where = WhereSection(self, with_job=self.uses_job)
        self.body.addWidget(self.where)
        self.build()
        self.talk = TalkSection(self)
        self.hazard = HazardSection(self)
        self.complaint = ComplaintSection(self)
        self.consent = ConsentSection(self)
        self.photos = PhotoSection(self)
        for section in (self.talk, self.hazard, self.complaint, self.consent, self.photos):
            self.body.addWidget(section)
        self.body.addStretch(1)
        self.complaint.setVisible(self.resident_involved)
        self.changed.connect(self._update_prompts)
        self._update_prompts()

    # -- for subclasses ---------------------------------------------------------------------
    uses_job = False
    resident_involved = True  # False: no respondent, no complaint (a walkabout)

    def build(self) -> None:
        """Add the kind's own sections to ``self.body``."""

    def kind_payload(self) -> dict:
        return {}

    def load_kind(self, payload: dict) -> None:
        """Fill the kind's own controls from a stored payload."""

    def satisfaction_values(self) -> list[str | None]:
        return []

    def on_job_picked(self, job: dict) -> None:
        """A worklist job was chosen (post-works and block forms fill in from it)."""

    # -- registry ---------------------------------------------------------------------------
    def register(self, path: str, widget: QWidget, error: ErrorLabel, label: str) -> None:
        label = label.replace("&", "")
        if len(label) > 70:  # a whole question is too long for the summary line
            label = label[:67].rsplit(" ", 1)[0] + "…"
        self._fields[path] = (widget, error, label)

    def unregister_prefix(self, prefix: str) -> None:
        for path in [p for p in self._fields if p.startswith(prefix)]:
            del self._fields[path]

    def field(self, path: str) -> QWidget:
        return self._fields[path][0]

    def error_text(self, path: str) -> str:
        error = self._fields[path][1]
        return error.text() if error.isVisible() or error.text() else ""

    # -- data in and out ------------------------------------------------------------------
    def place(self) -> dict:
        return self.where.value()

    def payload(self) -> dict:
        payload = {**self.talk.value(), **self.hazard.value(), **self.complaint.value(),
                   **self.consent.value(), **self.kind_payload()}
        return drop_none(payload)

    def attachments(self) -> list[dict]:
        return self.photos.value()

    def draft(self) -> Draft:
        return Draft(kind=self.kind, **self.place(), payload=self.payload(),
                     attachments=self.attachments())

    def load(self, draft: Draft, photo_paths: dict[str, str] | None = None) -> None:
        payload = draft.payload
        self.where.load(draft)
        self.load_kind(payload)
        self.talk.load(payload)
        self.hazard.load(payload)
        self.complaint.load(payload)
        self.consent.load(payload)
        self.photos.load(draft.attachments, photo_paths or {})
        self.mark_saved()

    def mark_saved(self) -> None:
        self._saved_snapshot = self._snapshot()

    def is_dirty(self) -> bool:
        return self._snapshot() != self._saved_snapshot

    def _snapshot(self) -> str:
        return json.dumps(self.draft().model_dump(), sort_keys=True, default=str)

    # -- validation ---------------------------------------------------------------------------
    def validate(self) -> dict[str, str]:
        """The problems a submit would refuse, found without touching the store."""
        problems: dict[str, str] = {}
        if not self.place().get("estate_id"):
            problems["estate_id"] = "Choose the estate this is about."
        try:
            parsed = validate_payload(self.kind, self.payload())
        except RecordInvalid as exc:
            problems.update(exc.fields)
        else:
            if not parsed.consent.photo.given:
                for i, att in enumerate(self.attachments()):
                    if att.get("shows_person_or_interior"):
                        problems[f"attachments.{i}"] = (
                            "This photo shows a person or the inside of a home: it needs the "
                            "resident's consent to photos.")
        return problems

    def clear_errors(self) -> None:
        for _widget, error, _label in self._fields.values():
            error.set_message("")
        self.summary.hide()
        self.summary.setText("")

    def show_errors(self, problems: dict[str, str]) -> None:
        """Each message next to its field; all of them in the summary; focus the first."""
        self.clear_errors()
        lines, first = [], None
        for path, message in problems.items():
            target = self._match(path)
            if target is not None:
                widget, error, label = self._fields[target]
                existing = error.text()
                error.set_message(f"{existing} {message}".strip() if existing else message)
                first = first or widget
                lines.append(f"• {label}: {message}")
            else:
                lines.append(f"• {_WHERE_LABELS.get(path.split('.')[0], path)}: {message}")
        self.summary.setText("Please check these before submitting:\n" + "\n".join(lines))
        self.summary.setAccessibleName("Problems to fix: " + " ".join(lines))
        self.summary.show()
        if first is not None:
            self.scroll.ensureWidgetVisible(first)
            first.setFocus()

    def _match(self, path: str) -> str | None:
        parts = path.split(".")
        while parts:
            candidate = ".".join(parts)
            if candidate in self._fields:
                return candidate
            parts.pop()
        return None

    # -- live prompts -----------------------------------------------------------------------
    def _update_prompts(self) -> None:
        values = [v for v in self.satisfaction_values() if v]
        self.complaint.set_dissatisfied(any(v in _DISSATISFIED for v in values))

