"""The app's language: which one, loading its translations, and the layout direction.

The words live in ``resources/i18n/champion_<lang>.qm`` (built by ``make translations`` from
the ``.ts`` files; see ``ui/translations.py``). Qt's own words (OK, Cancel, the text-box menu)
come from Qt's ``qtbase_<lang>.qm`` when Qt ships one; Qt ships none for Welsh, so the app
carries its own small ``qtbase_cy.qm`` for the ones people see here.

The person chooses in *Edit ▸ Settings* (kept in ``settings.ini`` in the data folder, Qt's
QSettings); "follow the computer" uses the system's UI languages. ``--language`` overrides it
for one run. Installing also hands Qt's translate to the Qt-free kernel
(`champion_app.i18n`), so scale labels and validation messages follow the same choice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

import resources
from champion_app import i18n as kernel_i18n

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
# Each language by its own name: someone who cannot read the current one still finds theirs.
LANGUAGES = {"en": "English", "cy": "Cymraeg"}
SYSTEM = "system"
SETTINGS_FILE = "settings.ini"
LANGUAGE_KEY = "language"
LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
           "cy": QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)}
DIRECTIONS = {"ltr": Qt.LayoutDirection.LeftToRight, "rtl": Qt.LayoutDirection.RightToLeft}


def app_settings(data_dir: Path) -> QSettings:
    """The app's own settings, in the data folder (never the system-wide registry)."""
    return QSettings(str(Path(data_dir) / SETTINGS_FILE), QSettings.Format.IniFormat)


def saved_choice(settings: QSettings) -> str:
    """``"en"``, ``"cy"`` or ``"system"`` (also for an unknown value a hand edit left)."""
    value = str(settings.value(LANGUAGE_KEY, SYSTEM) or SYSTEM)
    return value if value in LANGUAGES or value == SYSTEM else SYSTEM


def save_choice(settings: QSettings, choice: str) -> None:
    if choice not in LANGUAGES and choice != SYSTEM:
        raise ValueError(f"Unknown language {choice!r}")
    settings.setValue(LANGUAGE_KEY, choice)
    settings.sync()


def system_language(ui_languages: list[str] | None = None) -> str:
    """The first of the system's UI languages the app has (``cy-GB`` → ``cy``); else English."""
    for tag in QLocale.system().uiLanguages() if ui_languages is None else ui_languages:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def resolve(choice: str | None, ui_languages: list[str] | None = None) -> str:
    return choice if choice in LANGUAGES else system_language(ui_languages)


def qm_path(language: str) -> Path:
    return Path(str(resources.path(f"i18n/champion_{language}.qm")))


def _qt_qm(language: str) -> Path | None:
    """Qt's own translation of its words: Qt's file when it ships one, else ours."""
    shipped = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for candidate in (shipped / f"qtbase_{language}.qm",
                      Path(str(resources.path(f"i18n/qtbase_{language}.qm")))):
        if candidate.is_file():
            return candidate
    return None


@dataclass
class Installed:
    """The translators in use (kept here: Qt does not own them, Python must keep them alive)."""

    language: str = SOURCE_LANGUAGE
    translators: list[QTranslator] = field(default_factory=list)


_installed = Installed()


def _kernel_translate(context: str, text: str, disambiguation: str | None = None,
                      n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def install(language: str, *, direction: str | None = None) -> Installed:
    """Use ``language`` for every word from now on (widgets built later show it).

    English loads the English file too: it holds the plural forms ("1 item", "2 items").
    ``direction`` ("ltr"/"rtl") forces the layout direction (a check that right-to-left
    screens lay out well); otherwise the language's own direction is used.
    """
    global _installed
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("Create the QApplication before installing a language")
    uninstall()
    language = language if language in LANGUAGES else SOURCE_LANGUAGE
    installed = Installed(language)
    for path in (qm_path(language), _qt_qm(language)):
        if path is None:
            continue
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            installed.translators.append(translator)
        else:
            log.warning("Translation file %s could not be loaded; showing English", path)
    QLocale.setDefault(LOCALES[language])
    kernel_i18n.set_translator(_kernel_translate)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(DIRECTIONS.get(direction or "", QLocale().textDirection()))
    _installed = installed
    log.info("Language: %s%s", language, f" ({direction})" if direction else "")
    return installed


def uninstall() -> None:
    """Back to the source language with no translators (tests use it between languages)."""
    global _installed
    app = QCoreApplication.instance()
    for translator in _installed.translators:
        if app is not None:
            app.removeTranslator(translator)
    _installed = Installed()
    kernel_i18n.set_translator(None)
    QLocale.setDefault(LOCALES[SOURCE_LANGUAGE])
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def current() -> str:
    return _installed.language
