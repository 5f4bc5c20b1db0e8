"""Text that a database can store, checked where it comes in, with the field named.

JSON can carry two things no database of ours can keep: a NUL (``"\\u0000"``), which
PostgreSQL refuses in text, and half of a surrogate pair (``"\\ud83d"``, half an emoji, from a
buggy client or a hand-made request), which has no UTF-8 form, so neither SQLite nor
PostgreSQL can be given it. Left to the database, either is an error in the middle of a push:
a 500 and the whole batch lost. Refused here, it is one mutation `rejected` with the field
named (or a 422 for a request body), and everything else goes on.

Names that end up on one line (usernames, device names, display names) must also be free of
control characters and line separators: a newline in a username once wrote a forged line
into the server log.
"""

import json
import re
from typing import Annotated, Any

from pydantic import AfterValidator

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
# Either problem as it shows in JSON text made with ensure_ascii=False: a NUL is escaped as
# the six characters \u0000 (so is a backslash typed before "u0000", which only costs the slow
# walk below), half a surrogate pair is left as it is.
_SURROGATE = re.compile("[\ud800-\udfff]")
_NOT_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")

UNSTORABLE_MESSAGE = ("This contains a character that cannot be stored (an empty NUL "
                      "character or half of an emoji). Type it again.")
NOT_ONE_LINE_MESSAGE = "Keep this to one line of ordinary characters."


def storable_problem(text: str) -> str | None:
    """Plain words when ``text`` cannot be stored, else None."""
    return UNSTORABLE_MESSAGE if _UNSTORABLE.search(text) else None


def one_line_problem(text: str) -> str | None:
    if _NOT_ONE_LINE.search(text):
        return UNSTORABLE_MESSAGE if _UNSTORABLE.search(text) else NOT_ONE_LINE_MESSAGE
    return None


def shown(text: str) -> str:
    """``text`` safe to echo in an answer or a field path: what cannot be encoded is escaped."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def unstorable_fields(value: Any, path: str = "") -> dict[str, str]:
    """Every place in a JSON value (keys included) holding text that cannot be stored, as
    ``{"payload.what_was_said": "plain words"}``.

    Every pushed mutation passes through here: one C-encoded JSON text and one regex
    search clear the usual clean value at once (a Python walk of a record took ~0.1 ms);
    only a value that may hold a problem is walked to name where."""
    if not path and _clean_json(value):
        return {}
    found: dict[str, str] = {}
    if isinstance(value, str):
        if storable_problem(value):
            found[path or "value"] = UNSTORABLE_MESSAGE
    elif isinstance(value, dict):
        for key, item in value.items():
            where = f"{path}.{shown(str(key))}" if path else shown(str(key))
            if isinstance(key, str) and storable_problem(key):
                found[where] = UNSTORABLE_MESSAGE
            found.update(unstorable_fields(item, where))
    elif isinstance(value, list):
        for n, item in enumerate(value):
            found.update(unstorable_fields(item, f"{path}.{n}" if path else str(n)))
    return found


def _clean_json(value: Any) -> bool:
    """True when ``value``, as JSON, certainly holds neither a NUL nor half a surrogate."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return False  # not plain JSON: the walk decides
    return json_text_is_clean(text)


def json_text_is_clean(text: str) -> bool:
    """True when JSON text made with ``ensure_ascii=False`` certainly holds neither a NUL
    nor half a surrogate; False means "maybe": `unstorable_fields` says where."""
    # A substring search and, for text beyond ASCII, one character class: a regex with the
    # alternation took as long as making the text.
    return "\\u0000" not in text and (text.isascii() or _SURROGATE.search(text) is None)


def _one_line(text: str) -> str:
    if problem := one_line_problem(text):
        raise ValueError(problem)
    return text


OneLine = Annotated[str, AfterValidator(_one_line)]
"""A str field that must be one line of ordinary characters (names, not free text)."""
