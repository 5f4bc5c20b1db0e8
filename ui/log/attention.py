"""Boxes in a record's detail for what needs a person (issue 13): a conflict between two
laptops, with both texts and a way to settle it; a photo missing from this laptop, with a
way to find it or send the record without it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from champion_app.store.types import Conflict, ConflictSide
from ui.timefmt import short_time
from ui.widgets import heading, named

STYLE = ("QFrame#%s { border: 2px solid #b35900; border-radius: 6px; background: #fff6ec; }"
         " QFrame#%s QLabel { background: transparent; }")


def _box(frame: QFrame, name: str) -> QVBoxLayout:
    frame.setObjectName(name)
    frame.setStyleSheet(STYLE % (name, name))
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 8, 10, 8)
    return layout


class ConflictBox(QFrame):
    """Both texts side by side; on the author's laptop, keep one (a new version)."""

    keep_requested = Signal(str, str)  # record_id, version_id to keep

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _box(self, "conflictBox")
        self.title = heading("", "conflictTitle", 1.1)
        self.texts = named(QLabel(), "conflictTexts", self.tr("Both versions"))
        self.texts.setWordWrap(True)
        self.texts.setTextFormat(Qt.TextFormat.RichText)
        self.texts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        layout.addWidget(self.texts)
        row = QHBoxLayout()
        self.keep_mine = named(QPushButton(self.tr("Keep &this laptop's version")),
                               "keepMine", self.tr("Keep this laptop's version"))
        self.keep_theirs = named(QPushButton(self.tr("Keep the &other laptop's version")),
                                 "keepTheirs", self.tr("Keep the other laptop's version"))
        row.addWidget(self.keep_mine)
        row.addWidget(self.keep_theirs)
        row.addStretch(1)
        layout.addLayout(row)
        self.conflict: Conflict | None = None
        self.keep_mine.clicked.connect(lambda: self._keep(self.conflict and self.conflict.mine))
        self.keep_theirs.clicked.connect(
            lambda: self._keep(self.conflict and self.conflict.theirs))
        self.hide()

    def _keep(self, side: ConflictSide | None) -> None:
        if self.conflict is not None and side is not None:
            self.keep_requested.emit(self.conflict.record_id, side.version_id)

    def show_conflict(self, conflict: Conflict | None, device_names: dict[str, str]) -> None:
        self.conflict = conflict
        self.setVisible(conflict is not None)
        if conflict is None:
            return
        mine, theirs = conflict.mine, conflict.theirs
        if mine is not None and theirs is not None:  # the champion who wrote one of them
            self.title.setText(self.tr("Changed on another laptop"))
            intro = self.tr("This record was changed on this laptop and on another one before "
                            "either had seen the other's change. The server keeps both; "
                            "choose the one to keep (it is sent as a new version).")
            columns = [(self.tr("This laptop"), mine), (self.tr("Your other laptop"), theirs)]
        else:  # a coordinator: neither was written here; the champion settles it
            self.title.setText(self.tr("Changed on two laptops"))
            intro = self.tr("The champion changed this record on two laptops; the newer "
                            "change replaced the other without seeing it. The champion "
                            "chooses which to keep on their laptop.")
            columns = [(self.tr("Newer (shown now)"), conflict.current),
                       (self.tr("Replaced"), conflict.replaced)]
        cells = []
        for label, side in columns:
            where = device_names.get(side.device_id) or ""
            sent = self.tr("received {when}").format(when=short_time(side.received_at)) \
                if side.received_at else ""
            meta = " · ".join(p for p in (where, sent) if p)
            cells.append(f"<td width='50%' valign='top'><b>{html.escape(label)}</b>"
                         f"<br><small>{html.escape(meta)}</small>"
                         f"<p>{html.escape(side.said) or '<i>—</i>'}</p></td>")
        others = [key for key, _a, _b in conflict.differences
                  if key != "payload.what_was_said"]
        more = ""
        if others:
            names = ", ".join(k.split(".")[-1].replace("_", " ") for k in others)
            more = "<p><small>" + html.escape(
                self.tr("Other answers that differ: {names}").format(names=names)) + \
                "</small></p>"
        self.texts.setText(f"<p>{html.escape(intro)}</p><table width='100%' cellspacing='6'>"
                           f"<tr>{''.join(cells)}</tr></table>{more}")
        can_choose = mine is not None and theirs is not None
        self.keep_mine.setVisible(can_choose)
        self.keep_theirs.setVisible(can_choose)


class MissingPhotoBox(QFrame):
    """A queued record citing a photo that is not on this laptop any more."""

    find_requested = Signal(str, str)   # record_id, sha256 of the photo to find
    remove_requested = Signal(str)      # record_id: send it without the missing photos

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _box(self, "missingPhotoBox")
        self.text = named(QLabel(), "missingPhotoText", self.tr("Missing photo"))
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.find = named(QPushButton(self.tr("&Find the photo…")), "findPhoto",
                          self.tr("Find the photo"))
        self.remove = named(QPushButton(self.tr("Send &without the photo")),
                            "sendWithoutPhoto", self.tr("Send without the photo"))
        row.addWidget(self.find)
        row.addWidget(self.remove)
        row.addStretch(1)
        layout.addLayout(row)
        self.record_id = ""
        self.missing: list[str] = []
        self.find.clicked.connect(
            lambda: self.missing and self.find_requested.emit(self.record_id, self.missing[0]))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self.record_id))
        self.hide()

    def show_missing(self, record_id: str, missing: list[str]) -> None:
        self.record_id, self.missing = record_id, list(missing)
        self.setVisible(bool(missing))
        if missing:
            self.text.setText(self.tr(
                "{n} photo(s) in this record are missing from this laptop, so it cannot be "
                "sent. Find the photo (the picture you added, from wherever it was kept), or "
                "send the record without it: its answers are kept either way.").format(
                    n=len(missing)))
