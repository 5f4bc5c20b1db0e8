"""How long a text answer may be, read from the record models (declared once, in the kernel).

``limit_for(PostWorksPayload, "payload.operatives.0.compliment")`` is 2000: the form shows
the limit as the person types (a count under the field) instead of only on Submit.
"""

from __future__ import annotations

import typing
from functools import cache

from annotated_types import MaxLen
from pydantic import BaseModel

from champion_app.records import Attachment


def _inner(annotation) -> type | None:
    """The model a field holds, through ``list[...]``, ``dict[str, ...]`` and ``X | None``."""
    for arg in typing.get_args(annotation) or (annotation,):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
        inner = _inner(arg) if typing.get_args(arg) else None
        if inner is not None:
            return inner
    return None


def _field(model: type[BaseModel], path: str):
    """The pydantic FieldInfo at ``path`` ("payload.contact.name", "attachments.0.caption")."""
    parts = [p for p in path.split(".") if not p.isdigit()]
    if parts and parts[0] == "attachments":
        model, parts = Attachment, parts[1:]
    elif parts and parts[0] == "payload":
        parts = parts[1:]
    else:
        return None  # the envelope (estate_id…) is not the payload model's
    current: type[BaseModel] | None = model
    for i, part in enumerate(parts):
        if current is None or part not in current.model_fields:
            return None
        info = current.model_fields[part]
        if i == len(parts) - 1:
            return info
        current = _inner(info.annotation)
    return None


@cache
def limit_for(model: type[BaseModel], path: str) -> int | None:
    """The ``max_length`` of the text at ``path``, or None."""
    info = _field(model, path)
    if info is None:
        return None
    return next((m.max_length for m in info.metadata if isinstance(m, MaxLen)), None)


@cache
def required(model: type[BaseModel], path: str) -> bool:
    """Whether the model insists on an answer at ``path`` (the estate is checked apart)."""
    if path == "estate_id":
        return True
    info = _field(model, path)
    return bool(info is not None and info.is_required())
