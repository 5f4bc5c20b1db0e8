"""TSM question wording, read from resources/tsm_questions.json so a landlord can correct it.

The wording is translated before the landlord's name goes in (context ``tsm``): a translator
sees ``[landlord]`` and keeps it. A landlord's own correction to the English has no
translation until the next ``make translations``, so it shows in English meanwhile.
"""

import json
from functools import cache

import resources

from ..i18n import translate


@cache
def _raw() -> dict:
    return json.loads(resources.path("tsm_questions.json").read_text(encoding="utf-8"))


def tsm_english() -> dict[str, dict]:
    """The questions as the resource file has them (``[landlord]`` not filled in)."""
    return _raw()["questions"]


def tsm_questions(landlord_name: str = "") -> dict[str, dict]:
    """``{"TP01": {"text": ..., "scale": "satisfaction", "asked_if": ...}}`` with the name filled
    in (``landlord_name`` or "your landlord"), in the person's language."""
    name = landlord_name or translate("tsm", "your landlord")
    out = {}
    for code, q in tsm_english().items():
        q = {**q, "text": translate("tsm", q["text"]).replace("[landlord]", name)}
        if q.get("asked_if"):
            q["asked_if"] = translate("tsm", q["asked_if"])
        out[code] = q
    return out
