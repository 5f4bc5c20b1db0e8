"""The summary table (`report_summary`, m016) gives a report the figures the records give,
and follows every change to them, on tests/report_data.py."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlite_utils import Database

from champion_app.entities import parse_change
from champion_app.protocol import Change
from champion_app.reports import ReportFilter, satisfaction
from champion_app.reports.satisfaction import _counted, _tallies
from champion_app.reports.summary import summary_tallies
from champion_app.store.migrations import migrations
from champion_app.store.report_summary import fill_report_summary
from tests import report_data as data
from tests.sync_helpers import open_store

# A period that starts and ends inside a month: February from the summary, the days of
# January and March from the records.
MID_MONTH = ReportFilter(date_from=date(2026, 1, 15), date_to=date(2026, 3, 15))


@pytest.fixture
def store(tmp_path):
    with data.build(open_store(tmp_path)) as store:
        yield store


def _from_summary(db, flt, cut):
    found = summary_tallies(db, flt, cut, lambda f, c: _counted(db, f, c))
    assert found is not None, "the summary should answer this filter and cut"
    return found


@pytest.mark.parametrize("flt", [
    ReportFilter(), MID_MONTH, ReportFilter(estate_ids=("E2",)),
    ReportFilter(date_from=date(2026, 2, 1), date_to=date(2026, 3, 31), kinds=("post_works",)),
    ReportFilter(date_from=date(2026, 1, 11)), ReportFilter(date_to=date(2026, 2, 28))])
@pytest.mark.parametrize("cut", [None, "estate", "month", "kind", "work_kind"])
def test_the_summary_gives_the_figures_the_records_give(store, flt, cut):
    assert _from_summary(store.db, flt, cut) == _counted(store.db, flt, cut)


def test_a_filtered_cut_report_reads_the_same_figures(store):
    flt = ReportFilter(date_from=date(2026, 1, 15), date_to=date(2026, 3, 15),
                       estate_ids=("E1", "E2"))
    detailed = _counted(store.db, flt, "estate")
    assert _from_summary(store.db, flt, "estate") == detailed
    overall, groups = satisfaction(store.db, flt, "estate")
    # By hand: D2 (20 Jan, E1), D3 (5 Feb, E2), D4 (15 Feb, E2), P6 (6 Feb, E1), D5 (1 Mar,
    # E2), P7 (13 Mar, E2). TP01: D2 dissatisfied, D3 no answer, D4 satisfied.
    assert overall.records == 6
    assert {g.key: g.records for g in groups} == {"E1": 2, "E2": 4}
    tp01 = overall.figure("TP01")
    assert (tp01.share.k, tp01.share.n, tp01.no_answer) == (1, 2, 1)
    # Operatives overall: P6's OP1 very satisfied, OP2 no answer; P7's OP1 dissatisfied.
    operative = overall.figure("operative_overall")
    assert (operative.share.k, operative.share.n, operative.no_answer) == (1, 2, 1)


def test_what_the_summary_cannot_answer_is_counted_from_the_records(store):
    assert summary_tallies(store.db, ReportFilter(contractor_ids=("C1",)), None,
                           lambda f, c: {}) is None
    assert summary_tallies(store.db, ReportFilter(), "operative", lambda f, c: {}) is None
    # Inside one month there is no whole month to read.
    assert summary_tallies(store.db, ReportFilter(date_from=date(2026, 2, 2),
                                                  date_to=date(2026, 2, 20)),
                           None, lambda f, c: {}) is None


def _rows(db) -> list[tuple]:
    return db.execute("SELECT * FROM report_summary ORDER BY month, estate_id, kind, "
                      "coalesce(work_kind, '')").fetchall()


def _as_refilled(db) -> list[tuple]:
    """What the summary holds when worked out again from the report tables."""
    kept = _rows(db)
    fill_report_summary(db)
    return kept


def test_the_summary_follows_a_new_a_changed_and_an_erased_record(store):
    db = store.db
    assert _as_refilled(db) == _rows(db) != []
    own = data.submit_own(store, "E1", {"TP01": "very_dissatisfied"})
    assert _as_refilled(db) == _rows(db)
    assert _tallies(db, ReportFilter(), "estate") == _counted(db, ReportFilter(), "estate")
    store.start_edit(own)  # a new version replaces the answer
    draft = store.get_record(own).draft
    store.save_draft(draft.model_copy(update={"payload": {**draft.payload, "ratings": {
        "TP01": "fairly_satisfied"}}}), record_id=own)
    store.submit(own)
    assert _as_refilled(db) == _rows(db)
    overall, _ = satisfaction(db, ReportFilter())
    assert (overall.figure("TP01").share.k, overall.figure("TP01").share.n) == (3, 4)
    # A pulled visit in P6's group (E1, February, post-works), so that group outlives P6.
    p9 = data.post_works(9, "E1", "2026-02-20", None, "neither", "neither", [
        {"name_as_given": "Sam", "overall": "fairly_satisfied"}])
    store.apply_pull_page([parse_change(Change(
        seq=19, entity="record_version", id=p9["version_id"], op="put",
        data={**p9, "received_at": p9["submitted_at"], "seq": 19}))],
        cursor=19, server_epoch="e1")
    assert _as_refilled(db) == _rows(db)
    # Erased on the server: a post-works visit with operatives goes, and their ratings too.
    p6 = data.VERSIONS[5]
    store.apply_pull_page([parse_change(Change(seq=20, entity="record_version",
                                               id=p6["version_id"], op="delete"))],
                          cursor=20, server_epoch="e1")
    assert _as_refilled(db) == _rows(db)
    february = db.execute("SELECT record_count, operative_sat, operative_asked FROM "
                          "report_summary WHERE month = '2026-02' AND estate_id = 'E1' "
                          "AND kind = 'post_works'").fetchone()
    assert february == (1, 1, 1)  # P9 and Sam's rating only
    assert _from_summary(db, ReportFilter(), "month") == _counted(db, ReportFilter(), "month")
    store.reset_pulled()  # drops what was pulled; the summary keeps only this laptop's record
    assert _as_refilled(db) == _rows(db)
    assert [(r[0], r[1], r[2], r[4]) for r in _rows(db)] == [
        (store.db.execute("SELECT substr(created_at, 1, 7) FROM report_facts").fetchone()[0],
         "E1", "doorstep", 1)]


def test_the_schema_reads_in_an_older_sqlite():
    """The summary's triggers parse in the SQLite of Python's own sqlite3 (3.40 here, older
    than the app's driver): a trigger it cannot parse would make the whole file unreadable
    to it, and to the sqlite3 shell a support person opens it with."""
    db = Database(sqlite3.connect(":memory:"))
    migrations.apply(db)
    db.execute("INSERT INTO report_facts (record_id, version_id, kind, estate_id, created_at, "
               "hazard, complaint_offered, wants_to_complain, tp01, households_satisfied, "
               "households_answered) VALUES ('r1', 'v1', 'doorstep', 'E1', "
               "'2026-01-10T10:00:00Z', 'none', 0, 0, 1, 0, 0)")
    assert db.execute("SELECT record_count, tp01_sat FROM report_summary").fetchall() == [(1, 1)]
    db.execute("DELETE FROM report_facts")
    assert db.execute("SELECT count(*) FROM report_summary").fetchone() == (0,)
