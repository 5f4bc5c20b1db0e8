"""Checking what a pull brings before any of it touches the local store.

Each change's ``data`` is validated against its entity's model (`champion_app.entities`).
One bad change makes the whole page a protocol error, so a half-understood page is never
applied and the cursor never moves past it.
"""

from __future__ import annotations

from champion_app.entities import ChangeInvalid, PulledChange, parse_change
from champion_app.protocol import Change

from . import errors


def checked_page(changes: list[Change]) -> list[PulledChange]:
    """The page with typed data; raises SyncError(protocol) naming the first bad change."""
    try:
        return [parse_change(c) for c in changes]
    except ChangeInvalid as exc:
        raise errors.protocol(f"pull: {exc}") from exc
