"""Checking what a pull brings before any of it touches the local store.

Each change's ``data`` is validated against its protocol model and turned into plain JSON
values. One bad change makes the whole page a protocol error, so a half-understood page is
never applied and the cursor never moves past it.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, ValidationError

from champion_app.protocol import (
    Block,
    Champion,
    Change,
    Comment,
    Estate,
    Home,
    Job,
    Operative,
    Review,
    ServerAction,
    ServerRecordVersion,
    Setting,
)

from . import errors


class _Review(Review):
    model_config = ConfigDict(extra="ignore")  # a newer server may add fields


class _Comment(Comment):
    model_config = ConfigDict(extra="ignore")


MODELS: dict[str, type[BaseModel]] = {
    "estate": Estate, "block": Block, "home": Home, "job": Job, "operative": Operative,
    "setting": Setting, "record_version": ServerRecordVersion, "review": _Review,
    "comment": _Comment, "action": ServerAction, "champion": Champion,
}


def checked_change(change: Change) -> dict:
    """``{entity, id, op, data}`` with data validated; raises SyncError(protocol)."""
    data = None
    if change.op == "put":
        if change.data is None:
            raise errors.protocol(f"pull: {change.entity} {change.id} put without data")
        try:
            data = MODELS[change.entity].model_validate(change.data).model_dump(mode="json")
        except ValidationError as exc:
            raise errors.protocol(f"pull: {change.entity} {change.id} (seq {change.seq}) "
                                  f"is not valid: {str(exc)[:300]}") from exc
    return {"entity": change.entity, "id": change.id, "op": change.op, "data": data}


def checked_page(changes: list[Change]) -> list[dict]:
    return [checked_change(c) for c in changes]
