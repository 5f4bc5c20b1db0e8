"""`unstorable_fields` clears a clean value with one JSON text and a regex (push checks every
mutation with it); these check that shortcut never lets a problem through and names the
same fields as the full walk."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from champion_app import storable
from champion_app.storable import UNSTORABLE_MESSAGE, unstorable_fields

# Text that mixes ordinary letters, emoji, control characters, NULs, lone surrogates and the
# characters of a typed "\u0000".
TEXT = st.text(alphabet=st.sampled_from(
    ["a", "é", " ", "\n", "\\", "u", "0", "\x00", "\ud83d", "\ude00", "😀", "\x1f", '"']),
    max_size=12)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=20)


def walk(value, path: str = "") -> dict[str, str]:
    """The walk alone, as `unstorable_fields` was before the shortcut."""
    original = storable._clean_json
    storable._clean_json = lambda _value: False
    try:
        return unstorable_fields(value, path)
    finally:
        storable._clean_json = original


@settings(max_examples=400, deadline=None)
@given(JSON)
def test_the_shortcut_finds_what_the_walk_finds(value):
    assert unstorable_fields(value) == walk(value)


def test_a_clean_record_passes_and_every_problem_is_named():
    clean = {"payload": {"what_was_said": "Lift out again 😀 — typed \\u0000 on purpose",
                         "ratings": {"TP01": "very_satisfied"}, "n": [1, 2.5, None, True]}}
    assert unstorable_fields(clean) == {}
    assert storable._clean_json(clean) is False  # the typed "\u0000" takes the walk
    assert storable._clean_json({"payload": {"note": "😀 fine"}}) is True
    bad = {"payload": {"note": "a\x00b", "list": ["ok", "half \ud83d"]}, "k\ud800": 1}
    assert unstorable_fields(bad) == {"payload.note": UNSTORABLE_MESSAGE,
                                      "payload.list.1": UNSTORABLE_MESSAGE,
                                      "k\\ud800": UNSTORABLE_MESSAGE}
