"""Photos attached from files: shrunk and stored by the DB worker, shown as thumbnails."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.errors import show_error
from ui.inputs import TextLine, Tick
from ui.widgets import ErrorLabel, named

from .fields import FieldGroup, FormBase, Section
from .rows import RepeatingRows

log = logging.getLogger(__name__)

THUMB = 96


class PhotoRow(QFrame):
    """One attached photo: its thumbnail, caption and whether it shows a person or a home."""

    def __init__(self, section: PhotoSection, index: int) -> None:
        super().__init__()
        self.setObjectName(f"photo_{index}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.section = section
        self.attachment: dict = {}
        self.fields = FieldGroup(section.form, f"attachments.{index}", names=f"photo_{index}_")
        layout = QHBoxLayout(self)
        self.thumb = named(QLabel(), f"photo_{index}_thumbnail", self.tr("Photo thumbnail"))
        self.thumb.setFixedSize(THUMB, THUMB)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.thumb)
        fields = QVBoxLayout()
        self.caption = self.fields.control("caption", TextLine, self.tr("Photo caption"),
                                           placeholder=self.tr("What the photo shows"))
        self.private = self.fields.control("shows_person_or_interior", Tick,
                                           self.tr("Shows a person or the inside of a home"),
                                           name=f"photo_{index}_private")
        self.private.setAccessibleDescription(self.tr("Such a photo needs the resident's "
                                                      "consent to photos."))
        self.remove = named(QPushButton(self.tr("Remove photo")), f"photo_{index}_remove",
                            self.tr("Remove photo"), self.tr("Removes this photo from the "
                                                             "record."))
        self.error = ErrorLabel(f"attachments.{index}")
        for w in (self.caption, *self.caption.extras, self.private, self.error):
            fields.addWidget(w)
        layout.addLayout(fields, 1)
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        section.form.register(f"attachments.{index}", self.caption, self.error,
                              self.tr("Photo"))

    @property
    def image(self) -> bytes:
        return self.section.images.get(self.attachment.get("sha256", ""), b"")

    def value(self) -> dict:
        return {**self.attachment, **self.fields.value()}

    def set_value(self, attachment: dict) -> None:
        self.attachment = dict(attachment)
        self.fields.set_value(attachment)
        pixmap = QPixmap()
        if self.image and pixmap.loadFromData(self.image):
            self.thumb.setPixmap(pixmap.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        else:
            self.thumb.setText(self.tr("(photo)"))


class PhotoSection(Section):
    def __init__(self, form: FormBase) -> None:
        super().__init__(form, self.tr("Photos"), "section_photos")
        # sha256 → the shrunk JPEG, decrypted by the DB worker (the file on disk is encrypted)
        self.images: dict[str, bytes] = {}
        self.list = RepeatingRows(form, "attachments", lambda i: PhotoRow(self, i), "photos")
        self.rows.addWidget(self.list)
        self.add_button = named(QPushButton(self.tr("Add photo…")), "addPhoto",
                                self.tr("Add photo"),
                                self.tr("Choose a photo file; it is made smaller before it is "
                                        "kept."))
        self.add_button.clicked.connect(self._ask)
        hint = QLabel(self.tr("Photos are made smaller before they are kept. Photos of a person "
                              "or inside a home need the resident's consent."))
        hint.setObjectName("photosHint")
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self.rows.addWidget(hint)
        self.rows.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    @classmethod
    def ask_file(cls, parent: QWidget) -> Path | None:
        """The file dialog; tests monkeypatch this."""
        name, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("PhotoSection", "Add a photo"), str(Path.home()),
            QCoreApplication.translate("PhotoSection", "Photos (*.jpg *.jpeg *.png *.heic *.webp)"))
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
            return attachment, store.read_photo(attachment["sha256"])

        (runner.op("add photo", store_photo)
         .success(lambda result: self.add_attachment(*result))
         .failure(lambda exc: show_error(self, exc))
         .with_progress(self.tr("Making the photo smaller…"), self)
         .run())

    def add_attachment(self, attachment: dict, image: bytes) -> None:
        self.images[attachment["sha256"]] = image
        self.list.add_row(attachment)

    def value(self) -> list[dict]:
        return self.list.value()

    def load(self, attachments: list[dict], images: dict[str, bytes]) -> None:
        self.images.update(images)
        self.list.set_value(attachments)
