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
    """``{"TP01": {"text": ..., "label": ..., "scale": "satisfaction", "asked_if": ...}}`` with
    the name filled in (``landlord_name`` or "your landlord"), in the person's language.
    ``label`` (the question in a few words, for forms and a record's details) is translated;
    ``title`` (the short name reports and export columns use) stays as the file has it."""
    name = landlord_name or translate("tsm", "your landlord")
    out = {}
    for code, q in tsm_english().items():
        q = {**q, "text": translate("tsm", q["text"]).replace("[landlord]", name)}
        for key in ("label", "asked_if"):
            if q.get(key):
                q[key] = translate("tsm", q[key])
        out[code] = q
    return out
