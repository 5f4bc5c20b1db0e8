"""What each answer is called on its form, for places that show a stored record (the detail
pane): the form's own labels, read once per kind from a form built for the purpose, so a
label is declared once (in the form) and never as a code ("TP02", "part1_rating")."""

from __future__ import annotations

from functools import cache

from ui.refdata import RefData

from . import FORMS


@cache
def field_labels(kind: str) -> dict[str, str]:
    """``{"payload.part1_rating": "Part 1 rating", "payload.ratings.TP02": "The repairs
    service over the last 12 months", ...}`` for ``kind``."""
    form = FORMS.create(kind, RefData())
    try:
        return {path: field.label for path, field in form._fields.items()}
    finally:
        form.deleteLater()
