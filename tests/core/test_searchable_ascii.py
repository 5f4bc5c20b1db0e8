"""`searchable` cuts ASCII text (most notes) with one bytes table; it must give exactly what
the Unicode steps give, for every ASCII character and any mix of them."""

from hypothesis import given, settings
from hypothesis import strategies as st

from champion_app.store import queries
from champion_app.store.queries import searchable

ASCII = st.text(alphabet=st.characters(max_codepoint=127), max_size=80)


def test_every_ascii_character_is_cut_as_the_unicode_steps_cut_it():
    for code in range(128):
        text = f"a{chr(code)}B"
        assert searchable(text) == queries._searchable_unicode(text), code


@settings(max_examples=500, deadline=None)
@given(ASCII)
def test_ascii_text_is_cut_as_the_unicode_steps_cut_it(text):
    assert searchable(text) == queries._searchable_unicode(text)


def test_text_beyond_ascii_still_takes_the_unicode_steps():
    assert searchable("CAFÉ Lift-out!") == "cafe lift out "
    assert searchable("Lift OUT, bins 3a") == "lift out  bins 3a"
