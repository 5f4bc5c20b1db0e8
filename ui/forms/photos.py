"""Photos attached from files: shrunk and stored by the DB worker, shown as thumbnails."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.errors import show_error
from ui.widgets import ErrorLabel, named

from .base import RecordForm, Section

log = logging.getLogger(__name__)

THUMB = 96


class PhotoRow(QFrame):
    def __init__(self, section: PhotoSection, index: int, attachment: dict, path: str) -> None:
        super().__init__()
        self.setObjectName(f"photo_{index}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.attachment = dict(attachment)
        self.path = path
        layout = QHBoxLayout(self)
        self.thumb = named(QLabel(), f"photo_{index}_thumbnail", "Photo thumbnail")
        self.thumb.setFixedSize(THUMB, THUMB)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = QPixmap(path)
        if not pixmap.isNull():
            self.thumb.setPixmap(pixmap.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        else:
            self.thumb.setText("(photo)")
        layout.addWidget(self.thumb)
        fields = QVBoxLayout()
        self.caption = named(QLineEdit(attachment.get("caption", "")), f"photo_{index}_caption",
                             "Photo caption")
        self.caption.setPlaceholderText("What the photo shows")
        self.private = named(QCheckBox("Shows a person or the inside of a home"),
                             f"photo_{index}_private", "Shows a person or the inside of a home")
        self.private.setChecked(bool(attachment.get("shows_person_or_interior")))
        self.remove = named(QPushButton("Remove photo"), f"photo_{index}_remove", "Remove photo")
        self.error = ErrorLabel(f"attachments.{index}")
        for w in (self.caption, self.private, self.error):
            fields.addWidget(w)
        layout.addLayout(fields, 1)
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        self.caption.textChanged.connect(section.form.changed)
        self.private.toggled.connect(section.form.changed)
        self.remove.clicked.connect(lambda: section.remove_row(self))

    def value(self) -> dict:
        return {**self.attachment, "caption": self.caption.text().strip(),
                "shows_person_or_interior": self.private.isChecked()}


class PhotoSection(Section):
    def __init__(self, form: RecordForm) -> None:
        super().__init__(form, "Photos", "section_photos")
        self.list = QVBoxLayout()
        self.rows.addLayout(self.list)
        self.add_button = named(QPushButton("&Add photo…"), "addPhoto", "Add photo")
        self.add_button.clicked.connect(self._ask)
        hint = QLabel("Photos are made smaller before they are kept. Photos of a person or "
                      "inside a home need the resident's consent.")
        hint.setObjectName("photosHint")
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self.rows.addWidget(hint)
        self.rows.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._rows: list[PhotoRow] = []

    @classmethod
    def ask_file(cls, parent: QWidget) -> Path | None:
        """The file dialog; tests monkeypatch this."""
        name, _ = QFileDialog.getOpenFileName(parent, "Add a photo", str(Path.home()),
                                              "Photos (*.jpg *.jpeg *.png *.heic *.webp)")
        return Path(name) if name else None

    def _ask(self) -> None:
        path = self.ask_file(self)
        if path is not None:
            self.add_file(path)

    def add_file(self, path: Path) -> None:
        """Shrink and store the photo on the DB worker, then show it."""
        runner = self.form.runner

        def store_photo(store):
            attachment = store.add_photo(path)
            return attachment, str(store.attachment_path(attachment["sha256"]))

        (runner.op("add photo", store_photo)
         .success(lambda result: self.add_attachment(*result))
         .failure(lambda exc: show_error(self, exc))
         .with_progress("Making the photo smaller…", self)
         .run())

    def add_attachment(self, attachment: dict, path: str) -> None:
        row = PhotoRow(self, len(self._rows), attachment, path)
        self._rows.append(row)
        self.list.addWidget(row)
        self.form.register(f"attachments.{len(self._rows) - 1}", row.caption, row.error,
                           "Photo")
        self.form.changed.emit()

    def remove_row(self, row: PhotoRow) -> None:
        # Rebuilt rather than removed in place: error paths ("attachments.1") follow the index.
        self._rebuild([(r.value(), r.path) for r in self._rows if r is not row])

    def _rebuild(self, items: list[tuple[dict, str]]) -> None:
        for row in self._rows:
            row.setParent(None)
            row.deleteLater()
        self._rows = []
        self.form.unregister_prefix("attachments.")
        for attachment, path in items:
            self.add_attachment(attachment, path)

    def value(self) -> list[dict]:
        return [row.value() for row in self._rows]

    def load(self, attachments: list[dict], paths: dict[str, str]) -> None:
        self._rebuild([(a, paths.get(a["sha256"], "")) for a in attachments])
