"""Words for people, translatable without the kernel importing Qt.

The kernel's plain words (scale labels, kind names, validation messages, sync errors) are
written in English and passed through `translate(context, text)`. With nothing installed it
returns the English (the server, the command line, the tests). The app installs Qt's own
``QCoreApplication.translate`` here at start-up (`ui.i18n`), so the same call then answers
in the language the person chose, from the app's ``.qm`` files.

``pyside6-lupdate`` reads the calls straight from the source, so the context and the text
must be string literals there: ``translate("rules", "Say briefly what the hazard is.")``.
Text that is chosen at run time (a dictionary of messages) is marked where it is written
with `QT_TRANSLATE_NOOP` (lupdate reads it; it returns the text unchanged) and translated
where it is used. Labels made from codes at run time (most scale labels) cannot be read by
lupdate at all: `ui.i18n.catalogue` lists them for it.

Text with values in it keeps named placeholders, filled after translation:
``translate("rules", "At most {count} entries.").format(count=n)``; a translator can move
them, and a test checks every translation keeps them. Records store codes, never these
words, so a report reads the same in either language.
"""

from __future__ import annotations

from collections.abc import Callable

# (context, text, disambiguation, n) -> the text in the person's language
Translator = Callable[[str, str, "str | None", int], str]


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _english


def set_translator(translator: Translator | None) -> None:
    """Install the function that translates (None: English again). Call before threads start."""
    global _translator
    _translator = translator or _english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the installed language; ``%n`` becomes ``n`` (and picks the plural form)."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Marks ``text`` for lupdate where it is written; translate it where it is shown."""
    return text
