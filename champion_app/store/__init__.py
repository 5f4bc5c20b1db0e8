"""The local store on sqlite-utils: records and versions, outbox, attachments, reference data."""

from .attachments import shrink_photo
from .review import QueueFilter, QueueRow
from .store import Store
from .types import Changes, RecordDetail, RecordFilter, RecordRow

__all__ = ["Changes", "QueueFilter", "QueueRow", "RecordDetail", "RecordFilter", "RecordRow", "Store",
           "shrink_photo"]
