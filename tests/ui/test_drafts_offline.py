"""Drafts always save (issue #12), and a laptop that has never connected can log visits.

Save draft used to refuse without an estate ("Please check these before submitting"), and a
laptop not yet connected has no estates at all: nothing could be saved, although the
Connect dialog promised records made before connecting are kept.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPlainTextEdit

from champion_app.demo import load_patch
from champion_app.store import RecordFilter, Store
from ui.main_window import MainWindow

from .conftest import wait_idle
from .test_forms import child, pick


@pytest.fixture
def fresh(qtbot, db_path, runner):
    """A laptop out of the box: no connection, no estates, no jobs."""
    Store.open(db_path).close()
    window = MainWindow(runner)
    qtbot.addWidget(window)
    window.load()
    window.show()
    wait_idle(qtbot, runner)
    return window


def save(qtbot, window) -> str:
    with qtbot.waitSignal(window.visit.saved, timeout=10_000) as saved:
        window.save_action.trigger()
    return saved.args[0]


def test_today_says_plainly_that_the_laptop_is_not_connected_yet(qtbot, fresh):
    fresh.show_page("today")
    note = child(fresh.today, QLabel, "notConnectedText")
    qtbot.waitUntil(note.isVisible)
    assert "not connected yet" in note.text()
    assert "kept" in note.text() and "sent once you connect" in note.text()
    assert fresh.online_label.text() == "Not connected yet"  # not the same as offline
    fresh.today.connect_button.click()  # one click away (no sync yet: the Sync page)
    assert fresh.current_page() == "sync"


def test_a_draft_saves_with_no_estate_and_no_connection(qtbot, fresh, read_store):
    form = fresh.visit.new_record("doorstep")
    assert form.where.estate.count() == 0
    words = child(form, QLineEdit, "place_description")
    assert words.isVisibleTo(form)
    words.setText("Flat 7, Rowan House")
    child(form, QPlainTextEdit, "what_was_said").setPlainText("Lift out again")
    record_id = save(qtbot, fresh)

    detail = read_store().get_record(record_id)
    assert detail.row.state == "draft" and detail.row.estate_id is None
    assert detail.draft.payload["place_description"] == "Flat 7, Rowan House"
    assert "Choose the estate before you submit" in fresh.visit.status.text()
    assert not form.summary.isVisible()  # no "problems" for saving a draft

    fresh.today.refresh()
    drafts = fresh.today.findChild(QListWidget, "drafts")
    qtbot.waitUntil(lambda: drafts.count() == 1 and "Flat 7" in drafts.item(0).text())
    assert "choose the estate" in drafts.item(0).text()


def test_an_empty_form_saves_too(qtbot, window, read_store):
    window.visit.new_record("post_works")
    record_id = save(qtbot, window)
    assert read_store().get_record(record_id).row.state == "draft"


def test_submit_asks_for_a_real_estate_and_says_how_to_get_one(qtbot, fresh, runner,
                                                              read_store):
    form = fresh.visit.new_record("doorstep")
    form.topics.boxes["lifts"].click()
    fresh.visit.submit_button.click()
    wait_idle(qtbot, runner)
    assert "Connect to your landlord" in form.error_text("estate_id")
    assert read_store().outbox_count() == 0


def test_after_connecting_the_estate_is_chosen_and_the_draft_submits(qtbot, fresh, runner,
                                                                     db_path, read_store):
    form = fresh.visit.new_record("doorstep")
    child(form, QLineEdit, "place_description").setText("Alder Park, by the bins")
    form.topics.boxes["refuse"].click()
    record_id = save(qtbot, fresh)
    fresh.visit.close_form()

    with Store.open(db_path) as store:  # what the first sync brings
        changes = load_patch(store)
    runner.announce(changes)
    qtbot.waitUntil(lambda: bool(fresh.ref.estates))
    fresh.open_record(record_id)
    qtbot.waitUntil(lambda: fresh.visit.form is not None)
    form = fresh.visit.form
    assert child(form, QLineEdit, "place_description").text() == "Alder Park, by the bins"
    pick(form.field("estate_id"), "est-alder")
    with qtbot.waitSignal(fresh.visit.submitted, timeout=10_000):
        fresh.visit.submit_button.click()
    row = read_store().get_record(record_id).row
    assert row.state == "queued" and row.estate_id == "est-alder"
    assert read_store().count_records(RecordFilter(states=("draft",))) == 0
