"""English and Welsh: every string marked, the Welsh complete, and the app really shown in it.

The static checks read the source and the .ts files; the rest build the real window, after
installing a language as the app does at start-up, and drive it offscreen.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QTabWidget,
    QWidget,
)

from champion_app.records import KINDS
from champion_app.records.scales import Satisfaction, Topic
from champion_app.reports import ReportFilter
from tests.i18n_scan import marked_strings, scan, scan_file
from ui import i18n
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog
from ui.sync.connect_dialog import ConnectDialog
from ui.timefmt import when
from ui.translations import (
    I18N,
    read_phrase_book,
    read_ts,
    source_files,
    stale,
    update,
)

from .conftest import wait_idle

ROOT = Path(__file__).resolve().parents[2]
# Not shown to people: demo text typed into forms to render the screenshots.
NOT_UI = frozenset({"ui/screenshots.py", "ui/screenshots_i18n.py", "ui/screenshots_security.py"})
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{\w*\}|\[\w+\]")
WELSH_FORMS = 5  # Qt's plural forms for Welsh: 0, 1, 2–5, 6, other


@pytest.fixture
def language(qapp):
    """Install a language as the app does at start-up; English again afterwards."""
    yield lambda code, direction=None: i18n.install(code, direction=direction)
    i18n.uninstall()


@pytest.fixture
def window_in(qtbot, patch, runner, language):
    def build(code: str, direction: str | None = None) -> MainWindow:
        language(code, direction)
        window = MainWindow(runner)
        qtbot.addWidget(window)
        window.load()
        window.resize(1366, 768)
        window.show()
        qtbot.waitUntil(lambda: bool(window.ref.estates))
        wait_idle(qtbot, runner)
        return window

    return build


# -- the source: every user-visible string is marked, in a way lupdate can read ---------------

def test_every_user_visible_string_in_ui_is_marked_for_translation():
    findings = scan(ROOT / "ui", ROOT, skip=NOT_UI)
    assert not findings, "Wrap these in self.tr(...) or QCoreApplication.translate(...):\n" \
        + "\n".join(map(str, findings))


def test_the_check_finds_what_it_should(tmp_path):
    source = tmp_path / "ui" / "page.py"
    source.parent.mkdir()
    source.write_text('''
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
TITLE = "Delete draft"
class Page:
    def build(self, n):
        QLabel("Plain words")                        # 1 unmarked constructor
        self.button.setText(f"{n} records")          # 2 unmarked f-string
        QMessageBox.question(self, TITLE, "Sure?")   # 3, 4 a constant and a literal
        named(self.box, "box", "Box name")           # 5 our helper's accessible name
        self.label.setText(self.tr(f"{n} waiting"))  # 6 lupdate cannot read an f-string
        self.label.setText(f"{self.tr('Hidden')}")   # 7 nor a tr() inside one
        QLabel(tr("Module wrapper"))                 # 8 a bare tr(): no context for lupdate
        QLabel(translate("Page", "%n row(s)", "", n))  # 9 lupdate misreads this plural
        QLabel(self.tr("%n row(s)", "", len(n)))     # fine: tr reads any count
        log.warning("Only for the log")              # not shown: fine
        QLabel(self.tr("Marked"))                    # fine
        QPushButton("")                              # no words: fine
        self.edit.setPlaceholderText("ABCD-EFGH")    # a code pattern: fine
''', encoding="utf-8")
    findings = scan_file(source, tmp_path)
    assert [f.line for f in findings] == [6, 7, 8, 8, 9, 10, 11, 12, 13]
    assert marked_strings([source]) == {("Page", "Marked"), ("Page", "%n row(s)")}


def test_lupdate_reads_every_marking_in_the_source():
    """What the AST sees marked (tr, translate, QT_TRANSLATE_NOOP, in ui/, sync/ and the
    kernel) is all in the Welsh .ts: lupdate's Python parser missed none of it."""
    in_ts = {(m.context, m.source) for m in read_ts(I18N / "champion_cy.ts")}
    missing = marked_strings(source_files()) - in_ts
    assert not missing, f"lupdate did not pick up: {sorted(missing)}"
    for context in ("rules", "validation", "records", "sync", "errors", "kinds", "tsm",
                    "scales.Satisfaction", "scales.Topic", "scales.condition_items"):
        assert any(c == context for c, _ in in_ts), f"no {context} strings in the .ts"


# -- the .ts and .qm files ----------------------------------------------------------------

def test_translations_are_up_to_date_with_the_source():
    assert stale() == [], "run `make translations` (and finish any new Welsh)"


@pytest.mark.parametrize("name", ["champion_cy.ts", "champion_en.ts", "qtbase_cy.ts"])
def test_no_translation_is_unfinished(name):
    messages = read_ts(I18N / name)
    assert messages
    unfinished = [m.source for m in messages if m.state or not all(m.translations)]
    assert not unfinished, f"{name} has unfinished entries: {unfinished}"
    forms = 2 if name.endswith("_en.ts") else WELSH_FORMS
    assert all(len(m.translations) == forms for m in messages if m.numerus)


def accelerators(text: str) -> int:
    return text.replace("&&", "").count("&")


@pytest.mark.parametrize("name", ["champion_cy.ts", "champion_en.ts", "qtbase_cy.ts"])
def test_translations_keep_placeholders_and_one_accelerator(name):
    problems = []
    for message in read_ts(I18N / name):
        wanted = sorted(PLACEHOLDER.findall(message.source))
        for text in message.translations:
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{message.source!r} → {text!r}: placeholders differ")
            if accelerators(text) > 1 or accelerators(text) != min(
                    accelerators(message.source), 1):
                problems.append(f"{message.source!r} → {text!r}: accelerators differ")
    assert not problems, "\n".join(problems)


def test_the_phrase_book_keeps_placeholders_and_one_accelerator():
    phrases = read_phrase_book(I18N / "champion_cy.qph")
    assert len(phrases) > 100
    for source, target in phrases.items():
        assert target and sorted(PLACEHOLDER.findall(target)) == sorted(
            PLACEHOLDER.findall(source)), source
        assert accelerators(target) == min(accelerators(source), 1), (source, target)


def test_strings_marked_later_arrive_translated_from_the_phrase_book(tmp_path):
    """What happens when the rewritten forms are merged and `make translations` runs."""
    root, folder = tmp_path / "repo", tmp_path / "i18n"
    (root / "ui").mkdir(parents=True)
    (root / "ui" / "form.py").write_text(
        "class Form:\n"
        "    def build(self):\n"
        "        self.tr('&Estate (required)')\n"
        "        self.tr('A sentence nobody has translated')\n", encoding="utf-8")
    folder.mkdir()
    for name in ("champion_cy.ts", "champion_en.ts", "qtbase_cy.ts", "champion_cy.qph"):
        (folder / name).write_bytes((I18N / name).read_bytes())
    filled = update(folder, root)
    assert filled["cy"] == ["&Estate (required)"]
    welsh = {m.source: m for m in read_ts(folder / "champion_cy.ts") if m.context == "Form"}
    assert welsh["&Estate (required)"].translations == ("&Ystâd (gofynnol)",)
    assert welsh["&Estate (required)"].state == ""
    assert welsh["A sentence nobody has translated"].state == "unfinished"
    assert (folder / "champion_cy.qm").stat().st_size > 0


def test_every_language_file_ships_as_package_data():
    for language in i18n.LANGUAGES:
        assert i18n.qm_path(language).is_file()
    assert (I18N / "qtbase_cy.qm").is_file()


# -- the app in Welsh ---------------------------------------------------------------------

def test_the_window_its_menus_and_the_kernels_words_show_in_welsh(qtbot, window_in):
    window = window_in("cy")
    nav = [window.nav.item(i).text() for i in range(window.nav.count())
           if not window.nav.item(i).isHidden()]  # a champion's pages; coordinators' are hidden
    # Reports (issue 11) came after the Welsh was written: its word is the translator's.
    reports = QCoreApplication.translate("Navigation", "R&eports").replace("&", "")
    assert nav == ["Heddiw", "Ymweliad newydd", "Fy nghofnodion",
                   "Dywedoch chi, fe wnaethom ni", reports, "Cysoni"]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Ffeil", "&Golygu", "&Mynd", "&Cysoni", "C&ymorth"]
    # A laptop never connected says so (issue #12); its Welsh comes with the translator's pass.
    assert window.online_label.text() == QCoreApplication.translate("MainWindow",
                                                                    "Not connected yet")
    window._connected = True  # one that has connected before, offline now
    window._show_status()
    assert window.online_label.text() == "All-lein"
    assert window.last_sync_label.text() == "Cysoni diwethaf: dim eto"
    # The nav column is wide enough for the longest Welsh page name.
    longest = max(window.nav.fontMetrics().horizontalAdvance(t) for t in nav)
    assert window.nav.width() > longest
    # The kernel's labels, through the hook the app installed.
    assert Satisfaction.very_satisfied.label == "Bodlon iawn"
    assert KINDS["block"].label == "Adborth bloc"
    assert Topic.asb.label == "Ymddygiad gwrthgymdeithasol"
    # Day and month names from the Welsh locale.
    assert QLocale().language() == QLocale.Language.Welsh
    assert " am " in when("2026-03-02T12:00:00Z") and "Maw" in when("2026-03-02T12:00:00Z")


def test_qts_own_buttons_are_welsh(qapp, language):
    language("cy")
    box = QMessageBox(QMessageBox.Icon.Question, "", "",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    texts = {box.button(b).text().replace("&", "") for b in
             (QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Cancel)}
    assert texts == {"Iawn", "Canslo"}


def test_validation_from_the_db_worker_comes_back_in_welsh(qtbot, window_in):
    window = window_in("cy")
    form = window.visit.new_record("doorstep")
    window.show_page("visit")
    form.field("estate_id").setCurrentIndex(form.field("estate_id").findData("est-alder"))
    window.visit.submit_button.click()  # no topic chosen
    wait_idle(qtbot, window.runner)
    summary = "\n".join(label.text() for label in form.findChildren(QLabel)
                        if label.isVisible())
    assert "Dewiswch o leiaf un pwnc yr oedd y sgwrs yn ymwneud ag ef." in summary


def _doorstep_in(window, qtbot, read_store) -> dict:
    """A whole doorstep visit, choosing every answer by the words on screen."""
    form = window.visit.new_record("doorstep")
    window.show_page("visit")
    estate = form.field("estate_id")
    estate.setCurrentIndex(estate.findData("est-alder"))
    damp = form.findChild(QCheckBox, "topics_damp_mould")
    assert damp.text() == Topic.damp_mould.label  # the label in the language shown
    damp.click()
    unhappy = form.findChild(QRadioButton, "rating_TP05_very_dissatisfied")
    assert unhappy.text() == Satisfaction.very_dissatisfied.label
    unhappy.click()
    form.findChild(QCheckBox, "complaint_offered").click()
    form.findChild(QPlainTextEdit, "what_was_said").setPlainText("Mould again.")
    with qtbot.waitSignal(window.visit.submitted, timeout=10_000) as blocker:
        window.visit.submit_button.click()
    version = read_store().get_record(blocker.args[0]).versions[-1]
    return version["payload"]


def test_a_record_made_in_welsh_stores_the_same_codes_as_in_english(qtbot, window_in,
                                                                    read_store):
    welsh = _doorstep_in(window_in("cy"), qtbot, read_store)
    english = _doorstep_in(window_in("en"), qtbot, read_store)  # a new window, in English
    assert welsh == english
    assert welsh["topics"] == ["damp_mould"]
    assert welsh["ratings"] == {"TP05": "very_dissatisfied"}
    stored = json.dumps(welsh, ensure_ascii=False)
    for welsh_label in ("Lleithder", "Anfodlon", "Ar garreg y drws", "Dienw"):
        assert welsh_label not in stored


# -- choosing the language ---------------------------------------------------------------

def test_the_choice_is_kept_in_the_data_folder_and_the_system_language_is_the_default(
        tmp_path):
    settings = i18n.app_settings(tmp_path)
    assert i18n.saved_choice(settings) == i18n.SYSTEM
    assert i18n.resolve(i18n.SYSTEM, ["cy-GB", "en-GB"]) == "cy"
    assert i18n.resolve(i18n.SYSTEM, ["fr-FR", "en-GB"]) == "en"
    assert i18n.resolve(i18n.SYSTEM, ["pl-PL"]) == "en"  # nothing we have: English
    i18n.save_choice(settings, "cy")
    assert "language=cy" in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert i18n.saved_choice(i18n.app_settings(tmp_path)) == "cy"
    settings.setValue("language", "klingon")  # a hand edit gone wrong
    assert i18n.saved_choice(settings) == i18n.SYSTEM
    with pytest.raises(ValueError):
        i18n.save_choice(settings, "xx")


def test_settings_dialog_saves_the_language_for_the_next_start(qtbot, tmp_path, language):
    from ui.app import choose_language

    language("en")
    dialog = SettingsDialog(i18n.app_settings(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.buttons[i18n.SYSTEM].isChecked()
    dialog.buttons["cy"].click()
    with qtbot.waitSignal(dialog.saved) as said:
        dialog.save()
    assert "next time" in said.args[0]
    assert i18n.saved_choice(i18n.app_settings(tmp_path)) == "cy"
    assert choose_language(tmp_path) == "cy"  # what the next start does
    assert choose_language(tmp_path, "en") == "en"  # --language wins for one run


def test_settings_is_in_the_edit_menu(window_in, qtbot):
    window = window_in("en")
    assert window.settings_action.text() == "Se&ttings…"
    with qtbot.waitSignal(window.settings_requested):
        window.settings_action.trigger()


def test_window_options_are_on_the_command_line():
    from ui.cli import LANGUAGE_CODES, build_parser

    args = build_parser().parse_args(["--language", "cy", "--layout-direction", "rtl"])
    assert (args.language, args.layout_direction) == ("cy", "rtl")
    # ui/cli.py spells the codes without importing Qt; they must stay the languages we have.
    assert set(LANGUAGE_CODES) == {*i18n.LANGUAGES, i18n.SYSTEM}


@pytest.mark.parametrize("code", ["en", "cy"])
def test_accelerators_are_unique_in_every_menu_and_dialog(qtbot, window_in, code):
    window = window_in(code)

    def letters(texts):
        return [t.replace("&&", "")[t.replace("&&", "").index("&") + 1].lower()
                for t in texts if "&" in t.replace("&&", "")]

    groups = {"menu bar": [a.text() for a in window.menuBar().actions()]}
    for action in window.menuBar().actions():
        groups[action.text()] = [a.text() for a in action.menu().actions() if a.text()]
    dialog = ConnectDialog(window.runner, window)
    qtbot.addWidget(dialog)
    groups["connect dialog"] = [w.text() for w in dialog.findChildren(QWidget)
                                if isinstance(w, (QRadioButton, QLabel, QPushButton))]
    for name, texts in groups.items():
        found = letters(texts)
        assert len(found) == len(set(found)), f"{code} {name}: {texts}"


# -- right to left ----------------------------------------------------------------------

def test_right_to_left_mirrors_the_main_screens_without_overlap(qtbot, window_in):
    window = window_in("en", "rtl")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: window.nav.geometry().width() > 0)
    # The page list moves to the right of the pages, the status bar's labels to the left.
    assert window.nav.x() > window.stack.x()
    for key in ("today", "sync", "you_said"):
        window.show_page(key)
        qtbot.wait(10)
        page = window.pages[key]
        shown = [w for w in page.findChildren(QWidget) if w.isVisible() and w.parent() is page]
        boxes = [w.geometry() for w in shown]
        for i, a in enumerate(boxes):
            assert page.rect().contains(a), f"{key}: {shown[i].objectName()} is cut off"
            for j, b in enumerate(boxes[i + 1:], start=i + 1):
                assert not a.intersects(b), f"{key}: {shown[i].objectName()} overlaps " \
                                            f"{shown[j].objectName()}"
    labels = [window.online_label, window.queue_label, window.last_sync_label]
    xs = [label.mapTo(window, label.rect().topLeft()).x() for label in labels]
    assert xs == sorted(xs, reverse=True)  # read from the right: online, queued, last sync


def test_installing_a_translation_never_leaves_the_source_language_broken(language):
    language("cy")
    # The page names are in the "Navigation" context since the navigation registry (#10a).
    assert QCoreApplication.translate("Navigation", "&Today") == "&Heddiw"
    i18n.uninstall()
    assert QCoreApplication.translate("Navigation", "&Today") == "&Today"
    assert Satisfaction.very_satisfied.label == "Very satisfied"
    assert QLocale().language() == QLocale.Language.English


# -- a coordinator's pages, the Reports page, the lock screen and dates in Welsh ------------

def _shown_texts(root: QWidget) -> list[str]:
    """Every piece of text a person sees on ``root`` now: labels, buttons, tick boxes, group
    titles, tab names, drop-down entries and table headings."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(model.columnCount())]
    return [t.replace("&", "") for t in texts if t]


def _english_left(texts: list[str]) -> list[str]:
    """The texts that are an English source string whose Welsh is different: left untranslated."""
    english = {m.source.replace("&", "") for m in read_ts(I18N / "champion_cy.ts")
               if m.translations[0].replace("&", "") != m.source.replace("&", "")}
    return sorted({t for t in texts if t in english})


@pytest.fixture
def coordinator_in_welsh(qtbot, tmp_path, language):
    from tests import report_data
    from tests.sync_helpers import open_store
    from ui.tasks import TaskRunner

    with open_store(tmp_path) as store:
        report_data.build(store)
        store.set_states({"user_id": "coord-1", "role": "coordinator"})
    language("cy")
    runner = TaskRunner(tmp_path / "champion.db")
    window = MainWindow(runner)
    qtbot.addWidget(window)
    window.load()
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.role == "coordinator", timeout=10_000)
    wait_idle(qtbot, runner)
    yield window
    runner.shutdown()


def test_a_coordinators_pages_and_reports_show_in_welsh(qtbot, coordinator_in_welsh):
    window = coordinator_in_welsh
    nav = [window.nav.item(i).text() for i in range(window.nav.count())
           if not window.nav.item(i).isHidden()]
    assert nav[0].startswith("Adolygu") and "Adroddiadau" in nav and "Hyrwyddwyr" in nav
    assert window.windowTitle().endswith("(cydlynydd)")
    left = {}
    for key in ("review", "hazards", "complaints", "actions", "champions", "reports"):
        window.show_page(key)
        wait_idle(qtbot, window.runner)
        left[key] = _english_left(_shown_texts(window.pages[key]))
    assert not any(left.values()), f"English left on a Welsh screen: {left}"
    # The Reports page, with figures: the kernel's report words arrive in Welsh from the worker.
    page = window.reports
    page.period.setCurrentIndex(page.period.findData("all"))
    page.tabs.setCurrentIndex(list(page.views).index("journey"))
    wait_idle(qtbot, window.runner)
    qtbot.waitUntil(lambda: page.journey_table.rowCount() > 0, timeout=10_000)
    first = page.journey_table.item(0, 0).text()
    assert first == "Pob cofnod"
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())][:2] == [
        "Boddhad", "Rhan 1 a rhan 2"]
    assert not _english_left(_shown_texts(page))


def test_the_lock_screen_shows_in_welsh(qtbot, tmp_path, language, monkeypatch):
    from tests.ui.test_security import App, no_keyring
    from ui.security import lock_screen as pages

    monkeypatch.delenv("CHAMPION_PASSPHRASE", raising=False)
    language("cy")
    app = App(qtbot, tmp_path / "data", no_keyring())
    try:
        qtbot.waitUntil(lambda: app.page() == pages.NEW_PASSPHRASE, timeout=10_000)
        note = app.screen.findChild(QLabel, "lockNewPassphraseNote").text()
        assert "cylch allweddi" in note and "chyfrinymadrodd" in note
        shown = _shown_texts(app.screen)
        assert "Diogelu fy nata" in shown
        assert not _english_left(shown), _english_left(shown)
        app.screen.new_passphrase.setText("byr")
        app.screen.new_passphrase_again.setText("byr")
        app.screen.findChild(QPushButton, "lockChoosePassphrase").click()
        assert app.screen.new_passphrase_error.text() == \
            "Dewiswch gyfrinymadrodd o 8 nod o leiaf."
    finally:
        app.close()


def test_dates_people_read_use_the_welsh_month_names(qtbot, language, tmp_path):
    from datetime import date

    from champion_app.reports import build_report
    from tests import report_data
    from tests.sync_helpers import open_store
    from ui.coordinator.notice import notice_html
    from ui.reports.pack import pack_html
    from ui.timefmt import long_date, short_date

    language("cy")
    assert long_date(date(2026, 3, 2)) == "2 Mawrth 2026"
    assert short_date(date(2026, 5, 5)).startswith("Maw 05 Mai 2026")
    notice = notice_html("Tai Cymru", "Alder Park", [
        {"you_said": "Biniau", "we_did": "Casgliad ychwanegol", "status": "in_progress",
         "due_date": "2026-07-31"}], date(2026, 3, 2))
    assert "2 Mawrth 2026" in notice and "31 Gorffennaf 2026" in notice
    assert "March" not in notice and "July" not in notice
    with open_store(tmp_path) as store:
        report_data.build(store)
        report = build_report(store.db, ReportFilter(date_from=date(2026, 1, 1)), None)
    html = pack_html(report, "Pob ystâd", {})
    made = QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom).toString(
        QDate(report.generated_at.date()), "d MMMM yyyy")
    assert f"Wedi&#x27;i wneud ag Estate Champion ar {made}." in html
    assert "o 1 Ionawr 2026" in html  # the period, in words
    assert "Adborth preswylwyr: pecyn craffu" in html
    english_month = QLocale(QLocale.Language.English).monthName(report.generated_at.month)
    assert english_month not in html or english_month == made.split()[1]


def _alt_letters(root: QWidget) -> dict[str, list[str]]:
    """Alt letters used more than once among the texts on ``root``."""
    found: dict[str, list[str]] = {}
    for widget in root.findChildren(QWidget):
        text = (widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else
                widget.title() if isinstance(widget, QGroupBox) else "").replace("&&", "")
        at = text.find("&")
        if 0 <= at < len(text) - 1:
            found.setdefault(text[at + 1].lower(), []).append(text)
    return {letter: texts for letter, texts in found.items() if len(texts) > 1}


@pytest.mark.parametrize("kind", ["doorstep", "post_works", "walkabout", "block", "welcome"])
def test_every_alt_letter_on_a_welsh_form_is_its_own(qtbot, window_in, kind):
    window = window_in("cy")
    form = window.visit.new_record(kind)
    wait_idle(qtbot, window.runner)
    assert _alt_letters(form) == {}


def test_a_forms_heading_starts_with_a_capital_in_welsh(window_in):
    # Welsh puts the kind first ("{kind} newydd"); the kind comes in lower case for English.
    window = window_in("cy")
    window.visit.new_record("doorstep")
    title = window.visit.title.text()
    assert title.startswith("Sgwrs ar garreg y drws"), title
