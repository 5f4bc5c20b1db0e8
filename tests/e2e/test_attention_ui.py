"""Findings 5 and 6 of issue 13 in the app: real widgets offscreen, real stores synced with
the real server on loopback.

- A conflict between two laptops shows both texts in My log's detail on each laptop, with
  "keep this laptop's version" / "keep the other laptop's version"; the coordinator sees
  both texts and no buttons (the champion settles it).
- A record citing a photo missing from the laptop says so, and "Find the photo…" or "Send
  without the photo" settle it.
"""

import shutil

import pytest
from PIL import Image

from tests.sync.test_conflicts import make_conflict
from tests.sync_helpers import (
    connected_store,
    coordinator_store,
    doorstep,
    open_store,
    second_laptop,
    sync,
)
from ui.log.view import LogPage
from ui.tasks import TaskRunner


@pytest.fixture
def page_for(qtbot):
    made = []

    def open_page(folder):
        runner = TaskRunner(folder / "champion.db", folder / "attachments")
        page = LogPage(runner)
        runner.changes_applied.connect(page.on_changes)  # as the main window wires it
        qtbot.addWidget(page)
        page.resize(1200, 800)
        page.show()
        page.apply_filter()
        made.append(runner)
        return page

    yield open_page
    for runner in made:
        runner.shutdown()


def select(qtbot, page, record_id):
    qtbot.waitUntil(lambda: page.model.row_of(record_id) >= 0, timeout=10_000)
    page.table.selectRow(page.model.row_of(record_id))
    qtbot.waitUntil(lambda: page.detail.detail is not None
                    and page.detail.detail.row.record_id == record_id, timeout=10_000)


def idle(qtbot, page):
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=10_000)


def test_a_conflict_is_shown_on_both_apps_and_settled_by_a_person(tmp_path, server, qtbot,
                                                                  page_for):
    for name in ("one", "two", "coord"):
        (tmp_path / name).mkdir()
    one = connected_store(tmp_path / "one", server)
    two = second_laptop(tmp_path / "two", server, one)
    coord = coordinator_store(tmp_path / "coord", server)
    record_id, mine, theirs = make_conflict(one, two)
    sync(coord)
    for store in (one, two, coord):
        store.close()

    coordinator = page_for(tmp_path / "coord")
    select(qtbot, coordinator, record_id)
    box = coordinator.detail.conflict_box
    assert box.isVisible() and "two laptops" in box.title.text()
    assert "three days now" in box.texts.text() and "block C and D" in box.texts.text()
    assert not box.keep_mine.isVisible() and not box.keep_theirs.isVisible()

    page = page_for(tmp_path / "one")
    select(qtbot, page, record_id)
    box = page.detail.conflict_box
    assert box.isVisible() and "another laptop" in box.title.text()
    assert "three days now" in box.texts.text() and "block C and D" in box.texts.text()
    assert "changed on two laptops" in page.model.data(
        page.model.index(page.model.row_of(record_id), 2))
    box.keep_mine.click()
    idle(qtbot, page)
    qtbot.waitUntil(lambda: not page.detail.conflict_box.isVisible(), timeout=10_000)

    store = open_store(tmp_path / "one")
    try:
        detail = store.get_record(record_id)
        assert detail.row.state == "queued" and detail.conflict is None
        newest = detail.versions[-1]
        assert newest["base_version_id"] == theirs
        assert newest["payload"]["what_was_said"].endswith("three days now")
    finally:
        store.close()


def test_a_missing_photo_is_found_or_left_out_from_the_detail(tmp_path, server, qtbot,
                                                              page_for, monkeypatch):
    store = connected_store(tmp_path, server)
    records = []
    for colour in ("red", "blue"):
        Image.new("RGB", (40, 30), colour).save(tmp_path / f"{colour}.png")
        att = store.add_photo(tmp_path / f"{colour}.png")
        records.append((doorstep(store, f"Fence by the {colour} door", attachments=[att]),
                        store.attachment_path(att["sha256"])))
    for _record_id, path in records:
        shutil.move(path, tmp_path / path.name)
    sync(store)
    store.close()

    page = page_for(tmp_path)
    (found_id, found_path), (left_id, _) = records
    select(qtbot, page, found_id)
    box = page.detail.missing_box
    assert box.isVisible() and "missing from this laptop" in box.text.text()
    monkeypatch.setattr(LogPage, "choose_photo_file",
                        classmethod(lambda cls, parent: str(tmp_path / found_path.name)))
    box.find.click()
    idle(qtbot, page)
    qtbot.waitUntil(lambda: not page.detail.missing_box.isVisible(), timeout=10_000)

    select(qtbot, page, left_id)
    monkeypatch.setattr(LogPage, "confirm_send_without_photo",
                        classmethod(lambda cls, parent: True))
    page.detail.missing_box.remove.click()
    idle(qtbot, page)
    qtbot.waitUntil(lambda: not page.detail.missing_box.isVisible(), timeout=10_000)

    store = open_store(tmp_path)
    try:
        result = sync(store)
        assert result.complete and result.applied == 2 and result.blobs_uploaded == 1
        assert store.get_record(left_id).versions[-1]["attachments"] == []
    finally:
        store.close()
