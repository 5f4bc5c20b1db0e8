"""My log as a table model that holds record ids and pages rows in from SQL (Anki's browser).

* A refresh asks the DB worker for the ids matching the filter, already sorted by SQL.
* ``data()`` for a row not in the cache answers a placeholder and asks the worker for that
  row's page (PAGE ids at once); when it arrives, ``dataChanged`` repaints those rows.
* The cache keeps at most CACHE_LIMIT rows, dropping the oldest pages first, so 100,000
  records cost the ids (a list of strings) and a few thousand rows, never everything.
* Page requests are served newest first, at most IN_FLIGHT at a time, and requests that fell
  far behind (scrolled past) are dropped: fast scrolling never queues pages nobody sees,
  which would keep the worker (and the GIL) busy while the UI waits.
* Cell texts are formatted on the worker, so a repaint only looks strings up.
* A generation number drops answers to an older query (typing fast in the search box).
"""

from __future__ import annotations

import logging
from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from champion_app.records import KINDS
from champion_app.records.scales import Hazard
from champion_app.store import RecordFilter, RecordRow
from ui.timefmt import short_time

log = logging.getLogger(__name__)

PAGE = 200
CACHE_LIMIT = 4000
IN_FLIGHT = 2
WANTED_LIMIT = 12
PLACEHOLDER = "…"

# (key in RecordRow, header, sortable in SQL)
COLUMNS = (
    ("updated_at", "Last changed", True),
    ("kind", "Kind", True),
    ("state", "State", True),
    ("estate_name", "Estate", True),
    ("address", "Where", True),
    ("hazard", "Hazard", True),
    ("summary", "What was said", False),
)

STATE_LABELS = {
    "draft": "Draft (not sent)",
    "queued": "Waiting to be sent",
    "sent": "Sent",
    "reviewed": "Reviewed",
    "rejected": "Needs attention",
}

RecordIdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def state_label(row: RecordRow) -> str:
    label = STATE_LABELS.get(row.state, row.state)
    if row.has_draft:
        label += " · being changed"
    if row.conflict:
        label += " · changed on two laptops"
    if row.attention:
        label = f"Needs attention: {row.attention}"
    return label


def cell_text(row: RecordRow, key: str) -> str:
    if key == "updated_at":
        return short_time(row.updated_at)
    if key == "kind":
        return KINDS[row.kind].label
    if key == "state":
        return state_label(row)
    if key == "hazard":
        return "" if row.hazard == "none" else f"⚠ {Hazard(row.hazard).label}"
    return str(getattr(row, key) or "")


class LogModel(QAbstractTableModel):
    """My log's rows. A subclass shows another list the same way (the coordinators' review
    queue): it sets ``columns`` and ``default_sort`` and overrides `query_ids` and
    `fetch_rows`, both run on the DB worker."""

    loaded = Signal(int)  # how many records match, after each refresh
    columns: tuple[tuple[str, str, bool], ...] = COLUMNS
    default_sort: tuple[str, bool] = ("updated_at", True)

    def __init__(self, runner, parent=None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._ids: list[str] = []
        # record id -> (row, its cell texts)
        self._rows: OrderedDict[str, tuple[RecordRow, tuple[str, ...]]] = OrderedDict()
        self._pending: set[int] = set()   # pages being fetched
        self._wanted: OrderedDict[int, None] = OrderedDict()  # pages asked for, newest last
        self._flush_scheduled = False
        self._filter = RecordFilter()
        self._sort = self.default_sort
        self._generation = 0
        self.ready = False  # True once the first id list has arrived
        self._held = False

    # -- queries ----------------------------------------------------------------------------
    @property
    def filter(self) -> RecordFilter:
        return self._filter

    def set_filter(self, flt: RecordFilter) -> None:
        self._filter = flt
        self.refresh()

    def hold(self) -> None:
        """List no ids until `wake`: My log lists its records when first shown, not at
        start-up (listing 100,000 is DB work the first page shown does not need)."""
        self._held = True

    def wake(self) -> None:
        if self._held:
            self._held = False
            self.refresh()

    def refresh(self) -> None:
        """Ask for the matching ids again (after a filter change or a write)."""
        if self._held:
            return  # wake() asks, with the filter and sort as they are then
        self._generation += 1
        generation, flt = self._generation, self._filter
        sort, descending = self._sort
        (self.runner.op("list records",
                        lambda store: self.query_ids(store, flt, sort, descending))
         .success(lambda ids: self._ids_loaded(generation, ids)).run())

    @staticmethod
    def query_ids(store, flt, sort: str, descending: bool) -> list[str]:
        """On the DB worker: the ids matching ``flt``, sorted in SQL."""
        return store.record_ids(flt, sort=sort, descending=descending)

    @staticmethod
    def fetch_rows(store, ids: list[str]) -> dict:
        """On the DB worker: id -> (row, its cell texts)."""
        return _fetch(store, ids)

    def _ids_loaded(self, generation: int, ids: list[str]) -> None:
        if generation != self._generation:
            return
        if ids == self._ids:
            # Same rows in the same order: only their contents may have changed.
            self._rows.clear()
            self._pending.clear()
            self._wanted.clear()
            if ids:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(ids) - 1, len(self.columns) - 1))
        else:
            self.beginResetModel()
            self._ids = ids
            self._rows.clear()
            self._pending.clear()
            self._wanted.clear()
            self.endResetModel()
        self.ready = True
        self.loaded.emit(len(ids))

    def _request_page(self, page: int) -> None:
        if page in self._pending:
            return
        self._wanted[page] = None
        self._wanted.move_to_end(page)
        while len(self._wanted) > WANTED_LIMIT:
            self._wanted.popitem(last=False)  # scrolled past long ago; re-asked if seen again
        if not self._flush_scheduled:
            self._flush_scheduled = True
            QTimer.singleShot(0, self._flush)

    def _flush(self) -> None:
        self._flush_scheduled = False
        while self._wanted and len(self._pending) < IN_FLIGHT:
            page, _ = self._wanted.popitem(last=True)  # what is on screen now comes first
            self._pending.add(page)
            ids = self._ids[page * PAGE:(page + 1) * PAGE]
            generation = self._generation
            (self.runner.op("load log rows", lambda store, ids=ids: self.fetch_rows(store, ids))
             .success(lambda rows, g=generation, p=page: self._page_loaded(g, p, rows))
             .failure(lambda error, p=page: self._page_failed(p, error)).run())

    def _page_failed(self, page: int, error: BaseException) -> None:
        # The rows stay as placeholders; the next repaint asks again.
        log.warning("Could not load log rows (page %d): %s", page, error)
        self._pending.discard(page)

    def _page_loaded(self, generation: int, page: int,
                     rows: dict[str, tuple[RecordRow, tuple[str, ...]]]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._rows.update(rows)
        while len(self._rows) > CACHE_LIMIT:
            self._rows.popitem(last=False)
        first = page * PAGE
        last = min(first + PAGE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(last, len(self.columns) - 1))
        if self._wanted and not self._flush_scheduled:
            self._flush_scheduled = True
            QTimer.singleShot(0, self._flush)

    # -- lookups ----------------------------------------------------------------------------
    def record_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: str) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def cached(self, row: int) -> RecordRow | None:
        record_id = self.record_id(row)
        entry = self._rows.get(record_id) if record_id else None
        return entry[0] if entry else None

    # -- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns)
                and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)):
            return self.columns[section][1]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # No row fetch here: selecting everything must stay fast (as Anki does).
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        record_id = self._ids[index.row()]
        if role == RecordIdRole:
            return record_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.AccessibleTextRole, RowRole):
            return None
        entry = self._rows.get(record_id)
        if entry is None:
            self._request_page(index.row() // PAGE)
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        row, texts = entry
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.summary or None
        return texts[index.column()]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column][2]:
            return
        self._sort = (self.columns[column][0], order == Qt.SortOrder.DescendingOrder)
        self.refresh()


def _fetch(store, ids: list[str]) -> dict[str, tuple[RecordRow, tuple[str, ...]]]:
    """On the DB worker: the rows and their formatted cells."""
    return {rid: (row, tuple(cell_text(row, key) for key, _h, _s in COLUMNS))
            for rid, row in store.rows_by_id(ids).items()}
