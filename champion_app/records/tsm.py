"""TSM question wording, read from resources/tsm_questions.json so a landlord can correct it."""

import json
from functools import cache

import resources


@cache
def _raw() -> dict:
    return json.loads(resources.path("tsm_questions.json").read_text(encoding="utf-8"))


def tsm_questions(landlord_name: str = "your landlord") -> dict[str, dict]:
    """``{"TP01": {"text": ..., "scale": "satisfaction", "asked_if": ...}}`` with the name filled in."""
    out = {}
    for code, q in _raw()["questions"].items():
        out[code] = {**q, "text": q["text"].replace("[landlord]", landlord_name)}
    return out
