"""What the app knows about sync right now, as one typed value (never a partial dict).

The Qt controller (ui/sync/controller.py) owns the one current `SyncStatus` and sends the
whole of it on every change; the window draws from it without reading the database again.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SyncStatus:
    online: bool = False             # the server answered last time we asked
    busy: bool = False               # a sync is running
    queued: int | None = None        # waiting to be sent, as the last sync (or start-up) counted
    last_sync_at: str | None = None  # when a sync last finished (ISO 8601, UTC); failures don't count
    message: str = ""                # what happened, in plain words
    error: str = ""                  # what went wrong, in plain words; "" when nothing did

    @property
    def text(self) -> str:
        return self.error or self.message
