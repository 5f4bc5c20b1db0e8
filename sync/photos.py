"""Photos a pulled record cites, fetched from the server when first looked at, then kept.

A champion's photos reach a coordinator's laptop only when someone opens the record: a
coordinator who reads a few records a day need not download every photo of the landlord.
"""

from __future__ import annotations

import logging
from pathlib import Path

from champion_app.store import Store

from . import connection

log = logging.getLogger(__name__)


def fetch_photo(store: Store, sha256: str) -> Path:
    """The photo's file on this laptop, fetched through ``GET /blobs/{sha256}`` if missing."""
    path = store.attachment_path(sha256)
    if path.exists():
        return path
    with connection.client_for(store, timeout=(5.0, 60.0)) as client:
        data = client.get_blob(sha256)
    kept = store.keep_photo(sha256, data)
    log.info("fetched photo %s (%d bytes)", sha256[:12], len(data))
    return kept
