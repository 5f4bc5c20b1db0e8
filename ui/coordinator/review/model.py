"""The review queue as a table model: ids from SQL, rows paged in lazily (My log's machinery,
`ui.log.model.LogModel`), each row a `QueueRow` formatted on the DB worker."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from champion_app.records import KINDS
from champion_app.records.scales import Hazard, ReviewState, Satisfaction
from champion_app.store import QueueFilter, QueueRow
from ui.log.model import LogModel

# (key, header, sortable in SQL): the key is the store's sort name (champion_app.store.review)
COLUMNS = (
    ("submitted_at", QT_TRANSLATE_NOOP("ReviewQueue", "Age"), True),
    ("author_name", QT_TRANSLATE_NOOP("ReviewQueue", "Logged by"), True),
    ("estate_name", QT_TRANSLATE_NOOP("ReviewQueue", "Estate"), True),
    ("kind", QT_TRANSLATE_NOOP("ReviewQueue", "Kind"), True),
    ("satisfaction", QT_TRANSLATE_NOOP("ReviewQueue", "Satisfaction"), True),
    ("review_state", QT_TRANSLATE_NOOP("ReviewQueue", "Review"), True),
    ("hazard", QT_TRANSLATE_NOOP("ReviewQueue", "Hazard · complaint"), True),
    ("summary", QT_TRANSLATE_NOOP("ReviewQueue", "What was said"), False),
)


def age(ts: str | None, now: datetime | None = None) -> str:
    """How long ago, in the words a queue needs: "3 h", "2 days", "5 weeks"."""
    if not ts:
        return ""
    try:
        then = datetime.fromisoformat(ts.replace("Z", "+00:00"))
    except ValueError:
        return ts
    hours = max(0, int(((now or datetime.now(UTC)) - then).total_seconds() // 3600))
    return ReviewQueue().age_words(hours)


class ReviewQueue(QObject):
    """The queue's age words. A QObject for self.tr: lupdate reads a plural (%n) from tr()
    with any count, from QCoreApplication.translate() only with a literal one."""

    def age_words(self, hours: int) -> str:
        if hours < 24:
            return self.tr("%n h", "", hours)
        days = hours // 24
        # "1 day" apart from "%n days": right in English without a translation file, and a
        # translator still gets the numerus form for languages with more plurals (Welsh).
        if days == 1:
            return self.tr("1 day")
        if days < 14:
            return self.tr("%n days", "", days)
        weeks = days // 7  # not inside the call: lupdate's Python parser stops at "//"
        return self.tr("%n weeks", "", weeks)


def review_text(row: QueueRow) -> str:
    if row.review_state in (None, ReviewState.received):
        text = (QCoreApplication.translate("ReviewQueue", "Changed since review")
                if row.changed_since_review else
                QCoreApplication.translate("ReviewQueue", "To review"))
    else:
        text = ReviewState(row.review_state).label
    if row.unread:
        text += QCoreApplication.translate("ReviewQueue", " · new reply")
    return text


def flags_text(row: QueueRow) -> str:
    """Hazard and complaint in words (never colour alone)."""
    parts = []
    if row.hazard != "none":  # the short name: the detail says the rest
        parts.append("⚠ " + Hazard(row.hazard).label.split(" (")[0])
    if row.wants_to_complain:
        parts.append(QCoreApplication.translate("ReviewQueue", "complaint"))
    if row.conflict:
        parts.append(QCoreApplication.translate("ReviewQueue", "Conflict"))
    return " · ".join(parts)


def cell_text(row: QueueRow, key: str) -> str:
    if key == "submitted_at":
        return age(row.submitted_at)
    if key == "kind":
        return KINDS[row.kind].label
    if key == "satisfaction":
        return Satisfaction(row.satisfaction).label if row.satisfaction else ""
    if key == "review_state":
        return review_text(row)
    if key == "hazard":
        return flags_text(row)
    return str(getattr(row, key) or "")


class QueueModel(LogModel):
    columns = COLUMNS
    default_sort = ("priority", True)

    def __init__(self, runner, parent=None) -> None:
        super().__init__(runner, parent)
        # Its own kind of filter from the start: a change announced before the page's first
        # load (which sets the filter chosen) lists the whole queue, not a log's filter.
        self._filter = QueueFilter()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        value = super().headerData(section, orientation, role)
        if orientation == Qt.Orientation.Horizontal and isinstance(value, str):
            return QCoreApplication.translate("ReviewQueue", value)
        return value

    @staticmethod
    def query_ids(store, flt, sort: str, descending: bool) -> list[str]:
        return store.queue_ids(flt, sort=sort, descending=descending)

    @staticmethod
    def fetch_rows(store, ids: list[str]) -> dict:
        return {rid: (row, tuple(cell_text(row, key) for key, _h, _s in COLUMNS))
                for rid, row in store.queue_rows(ids).items()}

    def reset_sort(self) -> None:
        """Back to the queue's own order: undecided hazards and complaints, then newest."""
        self._sort = self.default_sort
        self.refresh()
