"""A photo shown whole, inside the app.

The photo files on the laptop are encrypted (docs/security.md), so a photo is never handed to
the system's image viewer: that would need a plaintext copy on disk. The DB worker decrypts
it; this dialog shows the bytes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget


class PhotoDialog(QDialog):
    def __init__(self, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoDialog")
        self.setWindowTitle(self.tr("Photo"))
        pixmap = QPixmap()
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if pixmap.loadFromData(data):
            screen = QGuiApplication.primaryScreen()
            room = screen.availableGeometry().size() * 0.85 if screen else pixmap.size()
            if pixmap.width() > room.width() or pixmap.height() > room.height():
                pixmap = pixmap.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation)
            self.picture.setPixmap(pixmap)
        else:
            self.picture.setText(self.tr("This photo cannot be shown: its file is damaged."))
        self.picture.setAccessibleName(self.tr("Photo"))
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(min(pixmap.width() + 40, 1200) if not pixmap.isNull() else 400,
                    min(pixmap.height() + 80, 900) if not pixmap.isNull() else 200)
