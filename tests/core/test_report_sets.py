"""A large pulled page writes its report rows in sets (champion_app/store/report_sets.py):
the report tables and the summary end exactly as the per-record triggers leave them, equal
to a fresh refill, the triggers are back afterwards, and a page that fails leaves nothing."""

from __future__ import annotations

import uuid

import pytest

from champion_app.entities import parse_change
from champion_app.protocol import Change
from champion_app.store import report_sets
from champion_app.store.report_summary import fill_report_summary
from tests import report_data as data
from tests.sync_helpers import open_store

RATINGS = ["very_satisfied", "fairly_satisfied", "neither", "fairly_dissatisfied",
           "very_dissatisfied", "no_answer"]


def _versions() -> list[dict]:
    """60 visits of both report kinds over two estates and three months, with operatives."""
    out = []
    for n in range(101, 161):  # record ids apart from the 8 report records (1-8)
        rating = RATINGS[n % len(RATINGS)]
        day = f"2026-0{1 + n % 3}-{1 + n % 27:02d}"
        if n % 3:
            out.append(data.doorstep(n, f"E{1 + n % 2}", day, {"TP01": rating},
                                     complaint=data.OFFERED))
        else:
            out.append(data.post_works(n, "E1", day, "WO-1" if n % 2 else None, rating,
                                       RATINGS[(n + 2) % 6], [
                                           {"operative_id": "OP1", "overall": rating},
                                           {"name_as_given": " Bob ", "overall": "neither"}]))
    return out


def _newer(v: dict, rating: str) -> dict:
    """The next version of the record ``v`` is a version of, with another answer."""
    return {**v, "version_id": str(uuid.uuid5(uuid.NAMESPACE_URL, v["version_id"] + rating)),
            "base_version_id": v["version_id"],
            "submitted_at": v["submitted_at"].replace("10:30", "11:30"),
            "payload": {**v["payload"], "ratings": {"TP01": rating}}
            if v["kind"] == "doorstep" else {**v["payload"], "part1_rating": rating}}


def _page(versions: list[dict], first_seq: int) -> list:
    return [parse_change(Change(seq=seq, entity="record_version", id=v["version_id"],
                                op="put", data={**v, "received_at": v["submitted_at"],
                                                "seq": seq}))
            for seq, v in enumerate(versions, first_seq)]


def _pages() -> list[list]:
    first = _versions()
    # Page 1: 60 new records, some with a second version in the same page. Page 2: records
    # moved on to newer versions, and new ones.
    page1 = first[:50] + [_newer(v, "very_dissatisfied") for v in first[:10]]
    page2 = [_newer(v, "fairly_satisfied") for v in first[10:40]] + first[50:]
    return [_page(page1, 1), _page(page2, 100)]


def _tables(db) -> dict[str, list]:
    return {table: sorted(db.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in ("report_facts", "report_operatives", "report_summary")}


def _triggers(db) -> list:
    return db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                      "ORDER BY name").fetchall()


def _pulled(folder, monkeypatch, min_records: int):
    monkeypatch.setattr(report_sets, "MIN_RECORDS", min_records)
    store = data.build(open_store(folder))  # the 8 report records first, by the triggers
    for n, page in enumerate(_pages(), 1):
        store.apply_pull_page(page, cursor=1000 * n, server_epoch="e1")
    return store


def test_a_page_in_sets_leaves_what_the_triggers_leave(tmp_path, monkeypatch):
    by_triggers = _pulled(tmp_path / "triggers", monkeypatch, 10**9)
    triggers = _triggers(by_triggers.db)
    calls = []
    refill = report_sets.refill_report_rows
    monkeypatch.setattr(report_sets, "refill_report_rows",
                        lambda conn, ids: calls.append(len(ids)) or refill(conn, ids))
    in_sets = _pulled(tmp_path / "sets", monkeypatch, 1)
    # Every page went the set-based way, for every record whose current version it set: the
    # 8 report records, page 1's 50 (10 with two versions), page 2's 30 moved on and 10 new.
    assert calls == [8, 50, 40]
    expected = _tables(by_triggers.db)
    assert len(expected["report_facts"]) == 68 and len(expected["report_operatives"]) > 40
    assert _tables(in_sets.db) == expected
    assert _triggers(in_sets.db) == triggers  # the same triggers, from the same text
    # And equal to a fresh refill, of the rows and of the summary.
    db = in_sets.db
    with in_sets.write():
        report_sets.refill_report_rows(db.conn, [r[0] for r in db.execute(
            "SELECT record_id FROM records WHERE current_version_id IS NOT NULL")])
        fill_report_summary(db)
    assert _tables(db) == expected
    by_triggers.close()
    in_sets.close()


def test_a_failed_page_leaves_the_triggers_and_nothing_half_derived(tmp_path, monkeypatch):
    monkeypatch.setattr(report_sets, "MIN_RECORDS", 1)
    store = data.build(open_store(tmp_path))
    before, triggers = _tables(store.db), _triggers(store.db)
    cursor = store.pull_cursor()

    def fail(conn, ids):
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(report_sets, "refill_report_rows", fail)
    with pytest.raises(RuntimeError):
        store.apply_pull_page(_pages()[0], cursor=1000, server_epoch="e1")
    assert _triggers(store.db) == triggers
    assert _tables(store.db) == before
    assert store.count_records() == len(data.VERSIONS) and store.pull_cursor() == cursor
    monkeypatch.undo()
    # The next sync pulls the page again, by the triggers or in sets alike.
    monkeypatch.setattr(report_sets, "MIN_RECORDS", 1)
    store.apply_pull_page(_pages()[0], cursor=1000, server_epoch="e1")
    assert store.count_records() == len(data.VERSIONS) + 50
    assert _triggers(store.db) == triggers
    store.close()
