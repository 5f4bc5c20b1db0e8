"""One record as a coordinator sees it: the whole record on the left; on the right, its review
state, the review buttons and, beside them, the conversation with the champion (so nobody
approves without reading the champion's reply). There is no edit action: a champion's record
is theirs to change.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from champion_app.errors import ChampionError
from champion_app.records.scales import ReviewState
from champion_app.store import RecordDetail
from ui.comments import CommentThread
from ui.errors import show_error
from ui.photo_view import PhotoDialog
from ui.refdata import RefData
from ui.widgets import heading, named

from .record_html import THUMB, RecordHtml

log = logging.getLogger(__name__)


@dataclass
class Shown:
    """What the DB worker reads for one record (the pane never queries the store itself)."""

    detail: RecordDetail
    author: str
    names: dict[str, str]           # user id -> display name, for reviews and comments
    me: str                         # this laptop's user id
    photos: dict[str, str | None] = field(default_factory=dict)  # sha -> local file or None
    images: dict[str, QImage] = field(default_factory=dict)      # sha -> thumbnail


def load_shown(store, record_id: str) -> Shown:
    detail = store.get_record(record_id)
    people = {detail.row.author_id} | {r.get("author_id") or "" for r in detail.reviews} \
        | {c.get("author_id") or "" for c in detail.comments}
    names = {uid: store.person_name(uid) for uid in people if uid}
    shown = Shown(detail, names.get(detail.row.author_id, ""), names,
                  store.get_state("user_id") or "")
    for version in detail.versions[-1:]:
        for att in version.get("attachments") or []:
            sha = att["sha256"]
            path = store.attachment_path(sha)
            shown.photos[sha] = str(path) if path.exists() else None
            if path.exists():
                try:  # the file is encrypted: decrypted here, on the DB worker
                    shown.images[sha] = thumbnail(store.read_photo(sha))
                except (OSError, ChampionError) as exc:
                    log.warning("photo %s cannot be shown: %s", sha[:12], exc)
    return shown


def thumbnail(data: bytes) -> QImage:
    """Decoded and scaled off the UI thread (QImage, unlike QPixmap, may be)."""
    image = QImage.fromData(data)
    return image.scaledToHeight(THUMB) if not image.isNull() else image


class RecordBrowser(QTextBrowser):
    """Draws ``photo:<sha256>`` images from thumbnails decoded off the UI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.images: dict[str, QImage] = {}

    def loadResource(self, kind: int, name: QUrl):
        if name.scheme() == "photo":
            return self.images.get(name.path())
        return super().loadResource(kind, name)


class ReviewDetail(QWidget):
    review_requested = Signal(str)  # a ReviewState, for the record shown

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDetail")
        self.runner = runner
        self.ref = RefData()
        self.html = RecordHtml(self.ref, self)
        self.shown: Shown | None = None
        self._fetching: set[str] = set()
        self.text = named(RecordBrowser(), "reviewRecord", self.tr("The whole record"))
        self._wanted: str | None = None
        self._unread_shown = False  # replies drawn here, not yet marked read
        self.text.setOpenLinks(False)
        self.text.setPlaceholderText(self.tr("Choose a record in the queue to read it here."))
        self.text.anchorClicked.connect(self._open_photo)

        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading(self.tr("Your review"), "reviewSideTitle", 1.1))
        self.state = named(QLabel(""), "reviewState", self.tr("Review state"))
        self.state.setWordWrap(True)
        column.addWidget(self.state)
        buttons = QHBoxLayout()
        self.approve = named(QPushButton(self.tr("&Approve  (A)")), "approve",
                             self.tr("Approve"))
        self.issues = named(QPushButton(self.tr("Has &issues…  (I)")), "hasIssues",
                            self.tr("Has issues"))
        self.reject = named(QPushButton(self.tr("Re&ject…  (R)")), "reject", self.tr("Reject"))
        for button, state in ((self.approve, ReviewState.approved),
                              (self.issues, ReviewState.has_issues),
                              (self.reject, ReviewState.rejected)):
            button.clicked.connect(lambda _=False, s=state: self.review_requested.emit(s))
            buttons.addWidget(button)
        column.addLayout(buttons)
        self.thread = CommentThread(runner, name="coordinatorThread",
                                    title=self.tr("Conversation with the champion"),
                                    placeholder=self.tr("Ask the champion a question or "
                                                        "thank them…"),
                                    send_text=self.tr("&Send comment"))
        column.addWidget(self.thread, 1)

        split = QSplitter()
        split.setObjectName("reviewDetailSplit")
        split.addWidget(self.text)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.show_record(None)

    def set_refdata(self, ref: RefData) -> None:
        self.ref = self.html.ref = ref

    @property
    def record_id(self) -> str | None:
        return self.shown.detail.row.record_id if self.shown else None

    # -- showing -----------------------------------------------------------------------------
    def show_record(self, record_id: str | None) -> None:
        self._wanted = record_id
        if record_id is None:
            self.shown = None
            self.text.clear()
            self.state.setText("")
            self.thread.show_thread(None, [])
            for b in (self.approve, self.issues, self.reject):
                b.setEnabled(False)
            return

        def shown(result: Shown) -> None:
            if self._wanted == record_id:  # not another record chosen meanwhile
                self._draw(result)

        def gone(_error) -> None:  # it went (an erasure pulled meanwhile)
            if self._wanted == record_id:
                self.show_record(None)

        self.runner.op("review detail", lambda store: load_shown(store, record_id)) \
            .success(shown).failure(gone).run()

    def _draw(self, shown: Shown) -> None:
        first_look = self.record_id != shown.detail.row.record_id
        self.shown = shown
        row = shown.detail.row
        self.text.images = dict(shown.images)
        for sha, path in shown.photos.items():
            if path is None:
                self._fetch(sha)
        self._render()
        self.state.setText(self._state_text(shown))
        for b in (self.approve, self.issues, self.reject):
            b.setEnabled(True)
        self.thread.show_thread(row.record_id, shown.detail.comments, self._who)
        if first_look or any(c.get("unread") for c in shown.detail.comments):
            self._unread_shown = True
            self._mark_read_once_seen()

    def _mark_read_once_seen(self) -> None:
        """Opened and on screen: its replies are read now (the queue's "new reply" mark
        goes). A reply a sync brings while the coordinator is on another page stays new, and
        counted on Review, until they come back to it."""
        if not self._unread_shown or self.shown is None or not self.isVisible():
            return
        self._unread_shown = False
        record_id = self.shown.detail.row.record_id
        self.runner.op("mark read", lambda store: store.mark_read(record_id)).run()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._mark_read_once_seen()

    def _render(self) -> None:
        shown = self.shown
        if shown is None:
            return
        bar = self.text.verticalScrollBar().value()
        html = self.html.render(shown.detail, author=shown.author,
                                person=lambda uid: shown.names.get(uid, ""),
                                photos={sha: path is not None
                                        for sha, path in shown.photos.items()})
        self.text.setHtml(html)
        self.text.verticalScrollBar().setValue(bar)

    def _state_text(self, shown: Shown) -> str:
        row = shown.detail.row
        if row.review_state in (None, ReviewState.received):
            earlier = bool(shown.detail.reviews)
            return (self.tr("Changed since it was reviewed: review it again.") if earlier
                    else self.tr("Not reviewed yet."))
        return self.tr("Now: {state}.").format(state=ReviewState(row.review_state).label)

    def _who(self, comment: dict) -> str:
        shown = self.shown
        if comment.get("mine") or (shown and comment.get("author_id") == shown.me):
            return self.tr("You")
        if shown and comment.get("author_id") == shown.detail.row.author_id:
            return shown.author or self.tr("The champion")
        return (shown.names.get(comment.get("author_id") or "", "") if shown else "") \
            or self.tr("A coordinator")

    # -- photos ----------------------------------------------------------------------------------
    def _fetch(self, sha: str) -> None:
        """Fetch a photo from the server through the network pool; draw it when it comes."""
        if sha in self._fetching:
            return
        self._fetching.add(sha)
        store = self.runner.worker_store()

        def work():
            from sync.photos import fetch_photo

            path = fetch_photo(store, sha)
            return str(path), thumbnail(store.read_photo(sha))

        def arrived(result) -> None:
            self._fetching.discard(sha)
            path, image = result
            if self.shown is not None and sha in self.shown.photos:
                self.shown.photos[sha] = path
                self.shown.images[sha] = self.text.images[sha] = image
                self._render()

        def failed(error: BaseException) -> None:  # offline: the record shows without it
            self._fetching.discard(sha)
            log.info("photo %s not fetched: %s", sha[:12], error)

        self.runner.network_op("fetch photo", work).success(arrived).failure(failed).run()

    def _open_photo(self, url: QUrl) -> None:
        if url.scheme() != "photo" or self.shown is None:
            return
        sha = url.path()
        if not self.shown.photos.get(sha):
            return
        # Shown in the app, never by the system's viewer: the file on disk is encrypted, and
        # a decrypted copy for another program would leave the photo readable on disk.
        self.runner.op("open photo", lambda store: store.read_photo(sha)) \
            .success(lambda data: PhotoDialog(data, self).exec()) \
            .failure(lambda error: show_error(self, error)).run()
