"""Form fields bound once: one declaration gives a field its name, control, label and error line.

`Section.bind("work_kind", "&Kind of work", EnumCombo, WorkKind)` builds the control (object
name ``work_kind``, screen-reader name "Kind of work"), places the label, the control and its
error line, registers the path validation uses (``payload.work_kind``) so a `RecordInvalid`
lands next to it, and adds it to a `FieldGroup`, which reads and writes every bound field as
one JSON object: the form's payload, or one row of a repeating list.

`FormBase` holds that registry of fields and shows errors; anything that matches no field
shows in the summary at the top (which always lists every problem, so a screen reader hears
them all in one place). Beside the form, an outline lists its sections, which are done and
which need answers, and jumps to one (`ui.forms.outline`). `ui.forms.base.RecordForm`
builds on it.

A text control learns its limit from the record model here (`limits.limit_for`), so the
count under it and the check on Submit are the same number.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from champion_app.records import KindSpec
from ui.refdata import RefData
from ui.widgets import ErrorLabel, named, slug

from .limits import limit_for, required


def _where_label(key: str) -> str:
    """Human names for paths in the summary, when a message lands on no field."""
    return {"estate_id": QCoreApplication.translate("FormBase", "Estate"),
            "payload": QCoreApplication.translate("FormBase", "Answers")}.get(key, key)


def get_path(data: Any, key: str) -> Any:
    """``data["complaint"]["offered"]`` for ``"complaint.offered"``; None where a part is absent."""
    for part in key.split("."):
        data = data.get(part) if isinstance(data, dict) else None
    return data


def set_path(data: dict, key: str, value: Any) -> None:
    *parents, last = key.split(".")
    for part in parents:
        data = data.setdefault(part, {})
    data[last] = value


def merged(defaults: dict, given: dict) -> dict:
    """``given`` over ``defaults``, object by object (a stored consent keeps the others' defaults)."""
    out = dict(defaults)
    for key, value in given.items():
        base = out.get(key)
        out[key] = merged(base, value) if isinstance(base, dict) and isinstance(value, dict) \
            else value
    return out


class Field(NamedTuple):
    """A place errors can land: the control to focus, its error line, its name in the summary."""

    widget: QWidget
    error: ErrorLabel
    label: str


class FieldGroup:
    """Bound controls whose values make one JSON object at ``path`` ("payload",
    "payload.operatives.0"). Object names are ``names`` + the key; summary names start with
    ``summary`` ("Operative 1: ")."""

    def __init__(self, form: FormBase, path: str, *, names: str = "", summary: str = "") -> None:
        self.form = form
        self.path = path
        self.names = names
        self.summary = summary
        self.controls: dict[str, Any] = {}

    def path_of(self, key: str) -> str:
        return f"{self.path}.{key}"

    def control(self, key: str, make: Callable[..., Any], words: str, *args: Any,
                name: str = "", accessible: str = "", **kwargs: Any) -> Any:
        """Build ``make(name, words, ...)`` for ``key`` and bind it (no label or error line:
        for a control the caller places itself)."""
        if not getattr(make, "shows_label", False):
            words = accessible or words.replace("&", "")
        widget = make(name or self.names + slug(key), words, *args, **kwargs)
        if accessible:
            widget.setAccessibleName(accessible)
        if hasattr(widget, "set_limit"):
            widget.set_limit(limit_for(self.form.spec.model, self.path_of(key)))
        widget.changed.connect(self.form.changed)
        return self.attach(key, widget)

    def attach(self, key: str, widget: Any) -> Any:
        """Read and write ``key`` through ``widget`` (any control with value/set_value)."""
        self.controls[key] = widget
        return widget

    def value(self) -> dict[str, Any]:
        """Every bound answer; a control the form has disabled gives its blank value, so
        what cannot be edited (contact details without consent) is not kept."""
        out: dict[str, Any] = {}
        for key, widget in self.controls.items():
            kept = widget.isEnabledTo(self.form)
            set_path(out, key, widget.value() if kept else getattr(widget, "blank", _none)())
        return out

    def set_value(self, data: dict[str, Any]) -> None:
        for key, widget in self.controls.items():
            widget.set_value(get_path(data, key))


def _none() -> None:
    return None


class Section(QGroupBox):
    """A titled part of a form; its rows are label, control, and the control's error line.

    ``outline``: its shorter name in the form's outline (the title when not given).
    """

    def __init__(self, form: FormBase, title: str, name: str, *,
                 group: FieldGroup | None = None, outline: str = "") -> None:
        super().__init__(title)
        named(self, name, title)
        self.form = form
        self.group = group or form.fields
        self.outline_title = outline or title
        self.rows = QVBoxLayout(self)
        self.rows.setSpacing(6)

    def set_relevant(self, relevant: bool) -> None:
        """Show the section only where it applies; hidden, it keeps no answers (disabled
        controls give their blank value) and leaves the outline."""
        self.setVisible(relevant)
        self.setEnabled(relevant)
        self.form.outline_changed.emit()

    def bind(self, key: str, label: str | None, make: Callable[..., Any], *args: Any,
             help_text: str = "", short: str = "", layout: QVBoxLayout | None = None,
             name: str = "", accessible: str = "", **kwargs: Any) -> Any:
        """Declare one answer: its key, label and control, placed in this section.

        ``label`` is the words people read (``&`` marks the Alt+letter); a control that shows
        its own words gets them instead of a label above it. ``accessible`` and ``name``
        override the screen-reader and object names where they differ from the defaults.
        """
        own = getattr(make, "shows_label", False)
        widget = self.group.control(key, make, label or "", *args, name=name,
                                    accessible=accessible, **kwargs)
        self.add(self.group.path_of(key), None if own else label, widget, help_text=help_text,
                 layout=layout, short=short)
        return widget

    def add(self, path: str, label: str | None, widget: QWidget, *, help_text: str = "",
            layout: QVBoxLayout | None = None, short: str = "") -> QWidget:
        """Label, control and error line for ``path``; ``short`` names it in the summary."""
        layout = layout or self.rows
        if label:
            caption = QLabel(label)
            caption.setObjectName(f"label_{slug(path)}")
            caption.setBuddy(widget)  # Alt+letter and screen readers tie label to control
            caption.setWordWrap(True)
            layout.addWidget(caption)
        layout.addWidget(widget)
        for extra in getattr(widget, "extras", None) or ():  # a count, a picker's note
            layout.addWidget(extra)
        if help_text:
            hint = QLabel(help_text)
            hint.setObjectName(f"help_{slug(path)}")
            hint.setProperty("role", "hint")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        describe(widget, help_text, self.tr("Required.") if required(self.form.spec.model, path)
                 else "")
        error = ErrorLabel(path)
        layout.addWidget(error)
        self.form.register(path, widget, error,
                           self.group.summary + (short or label or widget.accessibleName()))
        return widget


def describe(widget: QWidget, *parts: str) -> None:
    """Add to what a screen reader says after the control's name (help, required, limit);
    a control with nothing to add is described as optional."""
    words = " ".join(p for p in (*parts, widget.accessibleDescription()) if p)
    widget.setAccessibleDescription(
        words or QCoreApplication.translate("FormBase", "Optional."))


class FormBase(QWidget):
    """A form's frame: the error summary, the outline beside the scrolling body, the field
    registry and the payload's field group. Sections are built against this, so they need
    no form module."""

    kind = ""
    changed = Signal()
    outline_changed = Signal()  # a section was shown or hidden

    def __init__(self, ref: RefData, runner, spec: KindSpec,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        named(self, f"form_{spec.code}", spec.label)
        self.ref = ref
        self.runner = runner  # ui.tasks.TaskRunner: photos are shrunk and stored off the UI
        self._fields: dict[str, Field] = {}
        self.fields = FieldGroup(self, "payload")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.summary = named(QLabel(), "errorSummary", self.tr("Problems to fix"))
        self.summary.setProperty("role", "error-summary")
        self.summary.setWordWrap(True)
        self.summary.hide()
        outer.addWidget(self.summary)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("formScroll")
        self.scroll.setWidgetResizable(True)
        # Answers wrap to the width: the form never scrolls sideways (issue #12).
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setObjectName("formBody")
        self.body = QVBoxLayout(inner)
        self.body.setSpacing(12)
        self.scroll.setWidget(inner)
        from .outline import FormOutline  # the outline reads this form's sections

        self.outline = FormOutline(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.outline)
        row.addWidget(self.scroll, 1)
        outer.addLayout(row, 1)

    def sections(self) -> list[Section]:
        """The form's top-level sections, in order (the outline lists the visible ones)."""
        body = self.scroll.widget()
        return list(body.findChildren(Section, options=Qt.FindChildOption.FindDirectChildrenOnly))

    def section_of(self, path: str) -> Section | None:
        """The top-level section holding the field ``path`` (None when it is in none)."""
        target = self._match(path)
        widget = self._fields[target].widget if target else None
        body = self.scroll.widget()
        while widget is not None and widget.parentWidget() is not body:
            widget = widget.parentWidget()
        return widget if isinstance(widget, Section) else None

    def validate(self) -> dict[str, str]:
        """The problems a submit would refuse (RecordForm checks the record)."""
        return {}

    def on_job_picked(self, job: dict) -> None:
        """A worklist job was chosen (post-works and block forms fill in from it)."""

    # -- the registry of fields -----------------------------------------------------------------
    def register(self, path: str, widget: QWidget, error: ErrorLabel, label: str) -> None:
        label = label.replace("&", "")
        if len(label) > 70:  # a whole question is too long for the summary line
            label = label[:67].rsplit(" ", 1)[0] + "…"
        self._fields[path] = Field(widget, error, label)

    def alias(self, path: str, target: str, label: str, widget: QWidget | None = None) -> None:
        """Errors about ``path`` (a whole group) show on ``target``'s error line."""
        field = self._fields[target]
        self.register(path, widget or field.widget, field.error, label)

    def unregister_prefix(self, prefix: str) -> None:
        for path in [p for p in self._fields if p.startswith(prefix)]:
            del self._fields[path]

    def field(self, path: str) -> QWidget:
        return self._fields[path].widget

    def error_text(self, path: str) -> str:
        error = self._fields[path].error
        return error.text() if error.isVisible() or error.text() else ""

    # -- showing problems -----------------------------------------------------------------------
    def clear_errors(self) -> None:
        for field in self._fields.values():
            field.error.set_message("")
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
                if not widget.isVisibleTo(self):
                    # A question that does not apply (yet): the form's own check says why,
                    # on the choice that makes it apply (`RecordForm.checks`).
                    continue
                first = first or widget
                lines.append(f"• {label}: {message}")
            else:
                lines.append(f"• {_where_label(path.split('.')[0])}: {message}")
        heading = self.tr("There is a problem. Nothing was sent; check these answers:")
        self.summary.setText(heading + "\n" + "\n".join(lines))
        self.summary.setAccessibleName(heading + " " + " ".join(lines))
        self.summary.show()
        if first is not None:
            self.scroll.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _match(self, path: str) -> str | None:
        parts = path.split(".")
        while parts:
            candidate = ".".join(parts)
            if candidate in self._fields:
                return candidate
            parts.pop()
        return None
