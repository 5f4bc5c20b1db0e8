"""`searchable` cuts ASCII text (most notes) with one bytes table and other text with a few
regexes; both must give exactly what the search's first tokenizer gave (two per-character
`str.translate` tables, kept here as the reference), for any text."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from champion_app.store.queries import is_word_char, searchable


def _dropped(ch: str) -> bool:
    return ("\u0300" <= ch <= "\u036f" or "\ufe00" <= ch <= "\ufe0f"
            or "\U000e0100" <= ch <= "\U000e01ef" or "\u180b" <= ch <= "\u180f")


def reference(text: str) -> str:
    text = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text).casefold())
    text = unicodedata.normalize("NFC", "".join(ch for ch in text if not _dropped(ch)))
    return "".join(ch if is_word_char(ch) else " " for ch in text)


# Notes as people type them: mostly ASCII, with accents, dashes, emoji, marks and scripts.
MIXED = st.lists(st.one_of(
    st.characters(max_codepoint=127),
    st.sampled_from(list("éÉçñßĲﬁ–—’“”…£€°½²ﾊ０١ŉǅ") + ["e\u0301", "न्दी", "1\ufe0f\u20e3",
                                                      "🙂", "\U000e0101", "\u180b", "İ"]),
    st.characters(exclude_categories=("Cs",))), max_size=60).map("".join)


def test_every_ascii_character_is_cut_as_the_reference_cuts_it():
    for code in range(128):
        text = f"a{chr(code)}B"
        assert searchable(text) == reference(text), code


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_ascii_text_is_cut_as_the_reference_cuts_it(text):
    assert searchable(text) == reference(text)


@settings(max_examples=1500, deadline=None)
@given(MIXED)
def test_any_text_is_cut_as_the_reference_cuts_it(text):
    assert searchable(text) == reference(text)


def test_known_words():
    assert searchable("CAFÉ Lift-out!") == "cafe lift out "
    assert searchable("Lift OUT, bins 3a") == "lift out  bins 3a"
    assert searchable("Rowan House – floor 3") == "rowan house   floor 3"
