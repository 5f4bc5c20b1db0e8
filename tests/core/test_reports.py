"""Report figures equal what a person counts by hand on tests/core/report_data.py."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from champion_app.entities import parse_change
from champion_app.protocol import Change, ServerAction
from champion_app.reports import (
    ReportFilter,
    Targets,
    build_report,
    case_states,
    record_ids,
    satisfaction,
    visit_times,
    wilson,
)
from champion_app.workdays import add_working_days, working_days_between
from tests import report_data as data
from tests.report_data import record
from tests.sync_helpers import open_store

EVERYTHING = ReportFilter()


@pytest.fixture
def store(tmp_path):
    with data.build(open_store(tmp_path)) as store:
        yield store


def figures(group) -> dict[str, tuple[int, int]]:
    return {f.question.code: (f.share.k, f.share.n) for f in group.figures}


def test_satisfied_leaves_out_no_answer_and_not_asked(store):
    overall, groups = satisfaction(store.db, EVERYTHING)
    assert groups == [] and overall.records == 8
    tp01 = overall.figure("TP01")
    # D1 very, D4 fairly satisfied; D2 fairly dissatisfied; D3 "no answer" and D5 (not
    # asked) are not in the base.
    assert (tp01.share.k, tp01.share.n, tp01.no_answer) == (2, 3, 1)
    assert tp01.share.percent == 66.7
    # Wilson's interval for 2 of 3, worked by hand: 20.8 % to 93.9 %.
    assert tp01.share.interval == (20.8, 93.9)
    assert tp01.share.small  # n < 10: greyed, with a note
    assert figures(overall)["TP08"] == (1, 2)  # agree of agree + disagree
    assert figures(overall)["TP05"] == (0, 1)  # "neither" is answered, not satisfied
    assert "TP02" not in figures(overall)      # never asked: no figure at all


def test_part1_against_part2_overall_and_by_estate(store):
    report = build_report(store.db, EVERYTHING, "estate")
    journey = {row["label"]: (row["part1"]["k"], row["part1"]["n"],
                              row["part2"]["k"], row["part2"]["n"])
               for row in report.journey()}
    # P1 fairly satisfied / very dissatisfied, P2 neither / fairly satisfied, P3 very
    # satisfied / fairly dissatisfied.
    assert journey["All records"] == (2, 3, 1, 3)
    assert journey["Oak Park"] == (2, 2, 0, 2)
    assert journey["Elm Fields"] == (0, 1, 1, 1)


def test_a_filter_on_operative_counts_only_their_visits(store):
    flt = ReportFilter(operative_ids=("OP1",))
    overall, _ = satisfaction(store.db, flt)
    assert overall.records == 2  # P1 and P2: Dan came to both, not to P3
    assert figures(overall)["part1_rating"] == (1, 2)
    assert figures(overall)["part2_rating"] == (1, 2)
    _, by_operative = satisfaction(store.db, EVERYTHING, "operative")
    dan = next(g for g in by_operative if g.key == "OP1")
    assert dan.label == "Dan Mitchell" and figures(dan)["operative_overall"] == (1, 2)
    bob = next(g for g in by_operative if g.key == "name:Bob")
    assert bob.label == "Bob" and bob.records == 1


def test_operative_conduct_counts_not_sure_in_the_base(store):
    conduct = {o.key: o for o in build_report(store.db, EVERYTHING).operatives}
    dan, aisha = conduct["OP1"], conduct["OP2"]
    assert dan.visits == 2 and dan.contractor == "Millbrook repairs team"
    assert (dan.checks["showed_id"].k, dan.checks["showed_id"].n) == (2, 2)
    assert (dan.checks["on_time"].k, dan.checks["on_time"].n) == (0, 1)
    assert (dan.overall.k, dan.overall.n) == (1, 2)
    assert (aisha.checks["showed_id"].k, aisha.checks["showed_id"].n) == (0, 1)
    assert aisha.overall.n == 0  # her only rating was "no answer"


def test_repair_days_against_targets_across_a_month_boundary(store):
    times = build_report(store.db, EVERYTHING).repair_times
    rows = {p: t for p, _label, t in times.by_priority}
    routine, urgent = rows["routine"], rows["urgent"]
    # WO-1: Friday 30 January -> Monday 2 February -> Wednesday 4 February.
    assert (routine.part1_median, routine.part2_median, routine.whole_median) == (1, 2, 3)
    assert (routine.within_target.k, routine.within_target.n) == (1, 1)  # 3 <= 3 working days
    assert (urgent.part1_median, urgent.part2_median, urgent.whole_median) == (1, 7, 8)
    assert (urgent.within_target.k, urgent.within_target.n) == (0, 1)
    assert (urgent.dispatched_within.k, urgent.dispatched_within.n) == (0, 1)  # 24 h > 12 h
    assert times.day_kind == "working days"

    calendar = Targets.from_settings({"target_routine_days": "3", "target_days": "calendar"})
    from champion_app.reports.repairs import jobs, measure

    wo1 = [j for j in jobs(store.db, EVERYTHING) if j.key == "WO-1"]
    counted = measure(wo1, calendar, "routine")
    assert (counted.part1_median, counted.part2_median, counted.whole_median) == (3, 2, 5)
    assert (counted.within_target.k, counted.within_target.n) == (0, 1)  # 5 > 3 days


def test_cut_by_contractor_by_link_or_by_the_text_given(store):
    _, groups = satisfaction(store.db, EVERYTHING, "contractor")
    labels = {g.key: g.label for g in groups}
    assert labels == {"C1": "Millbrook repairs team", "C2": "Keystone Electrical",
                      "text:Apex Roofing": "Apex Roofing", None: "Not recorded"}
    assert next(g for g in groups if g.key == "C1").records == 1
    only_c2, _ = satisfaction(store.db, ReportFilter(contractor_ids=("C2",)))
    assert only_c2.records == 1 and figures(only_c2)["part2_rating"] == (1, 1)


def test_a_period_and_estate_filter(store):
    flt = ReportFilter(date_from=date(2026, 2, 1), date_to=date(2026, 2, 28),
                       estate_ids=("E2",))
    overall, by_month = satisfaction(store.db, flt, "month")
    assert overall.records == 2  # D3 (5 February) and D4 (15 February)
    assert [g.key for g in by_month] == ["2026-02"]
    assert figures(overall)["TP01"] == (1, 1)


def test_drill_down_lists_the_records_behind_a_figure(store):
    behind = record_ids(store.db, EVERYTHING, "estate", "E2", "TP01")
    assert behind == [record(4), record(3)]  # newest first; D3's "no answer" was asked
    _, groups = satisfaction(store.db, EVERYTHING, "estate")
    tp01 = next(g for g in groups if g.key == "E2").figure("TP01")
    assert len(behind) == tp01.share.n + tp01.no_answer
    assert record_ids(store.db, EVERYTHING, "operative", "OP1") == [record(7), record(6)]
    assert set(record_ids(store.db, EVERYTHING, None, None, "operative_overall")) == {
        record(6), record(7)}


def test_the_report_tables_follow_every_change(store):
    own = data.submit_own(store, "E1", {"TP01": "very_dissatisfied"})
    assert figures(satisfaction(store.db, EVERYTHING)[0])["TP01"] == (2, 4)
    store.start_edit(own)  # a new version replaces the answer, never adds one
    draft = store.get_record(own).draft
    store.save_draft(draft.model_copy(update={"payload": {**draft.payload, "ratings": {
        "TP01": "fairly_satisfied"}}}), record_id=own)
    store.submit(own)
    assert figures(satisfaction(store.db, EVERYTHING)[0])["TP01"] == (3, 4)
    # Erased on the server: the pulled delete takes it out of every report.
    d1 = data.VERSIONS[0]
    store.apply_pull_page([parse_change(Change(seq=20, entity="record_version",
                                               id=d1["version_id"], op="delete"))],
                          cursor=20, server_epoch="e1")
    assert figures(satisfaction(store.db, EVERYTHING)[0])["TP01"] == (2, 3)
    # A reset drops what was pulled and keeps what this laptop wrote.
    store.reset_pulled()
    overall, _ = satisfaction(store.db, EVERYTHING)
    assert overall.records == 1 and figures(overall)["TP01"] == (1, 1)


def test_hazards_against_their_deadlines(store):
    # D3 damp and mould, seen Thursday 5 February: investigate within 10 working days,
    # by the end of Thursday 19 February. D5 emergency, seen 1 March 10:00: 24 hours.
    early = build_report(store.db, EVERYTHING, now=datetime(2026, 2, 19, 20, tzinfo=UTC))
    damp = next(h for h in early.hazards if h.hazard == "damp_mould")
    assert (damp.total, damp.within_deadline, damp.past_deadline) == (1, 1, 0)
    late = build_report(store.db, EVERYTHING, now=datetime(2026, 3, 2, 11, tzinfo=UTC))
    by_kind = {h.hazard: h for h in late.hazards}
    assert by_kind["damp_mould"].past_deadline == 1
    assert by_kind["emergency"].past_deadline == 1
    # With the coordinators' case events, a made-safe hazard counts as resolved.
    store.db.execute("INSERT INTO case_events (event_id, record_id, case_kind, state, at, seq, "
                     "status) VALUES ('e1', ?, 'hazard', 'passed_to_repairs', '2026-03-01', 3, "
                     "'pulled'), ('e2', ?, 'hazard', 'made_safe', '2026-03-01', 4, 'pulled')",
                     [record(5), record(5)])
    assert case_states(store.db, "hazard") == {record(5): "made_safe"}
    resolved = build_report(store.db, EVERYTHING, now=datetime(2026, 3, 2, 11, tzinfo=UTC))
    emergency = next(h for h in resolved.hazards if h.hazard == "emergency")
    assert (emergency.resolved, emergency.past_deadline) == (1, 0)
    assert resolved.complaints == {"records": 8, "offered": 5, "wants_to_complain": 1,
                                   "referred": 0}


def test_actions_by_status_and_age(store):
    with store.write():
        for n, (status, due, sources) in enumerate([
                ("in_progress", "2026-03-01", [record(1), record(2)]),
                ("done", "2026-02-01", [record(4)]),
                ("logged", None, [])], 1):
            store._pull_action(parse_change(Change(
                seq=30 + n, entity="action", id=f"A{n}", op="put", data=ServerAction(
                    action_id=f"A{n}", version=1, estate_id="E1", status=status,
                    due_date=due, source_record_ids=sources,
                    you_said="Stairs dirty").model_dump(mode="json"))))
    report = build_report(store.db, EVERYTHING, now=datetime(2026, 3, 10, tzinfo=UTC))
    rows = {a.action_id: a for a in report.actions}
    assert rows["A1"].overdue and rows["A1"].age_days == 59   # since D1, 10 January
    assert not rows["A2"].overdue  # done: never overdue
    assert rows["A3"].age_days is None
    by_status = {s["status"]: s for s in report.as_dict()["actions"]["by_status"]}
    assert by_status["in_progress"]["overdue"] == 1 and by_status["logged"]["count"] == 1


def test_every_report_says_it_is_not_an_official_tsm_return(store):
    text = build_report(store.db, EVERYTHING).as_dict()
    assert "not an official Tenant Satisfaction Measures" in text["notice"]
    assert "95 %" in text["uncertainty"]


def test_wilson_interval_stays_sensible_at_the_edges():
    assert wilson(0, 0) == (0.0, 0.0)
    low, high = wilson(0, 5)
    assert low == 0.0 and 0.4 < high < 0.45      # 0 of 5 is not "certainly 0 %"
    low, high = wilson(50, 100)
    assert round(low, 4) == 0.4038 and round(high, 4) == 0.5962


def test_working_days_skip_weekends_and_english_bank_holidays():
    # Easter 2026: Good Friday 3 April and Easter Monday 6 April.
    assert add_working_days(date(2026, 4, 2), 1) == date(2026, 4, 7)
    assert working_days_between(date(2026, 4, 2), date(2026, 4, 7)) == 1
    # Christmas 2026: Boxing Day falls on a Saturday, so Monday 28 December is off.
    assert add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 29)
    assert working_days_between(date(2026, 1, 30), date(2026, 2, 4)) == 3
    assert working_days_between(date(2026, 2, 4), date(2026, 1, 30)) == -3  # reports clamp at 0


def test_a_visit_typed_up_later_counts_in_the_month_it_happened(tmp_path):
    """A report's period and a hazard's clock go by the visit time the champion gave
    (`visited_at`), not by when the record was started: notes of 31 January typed up on
    3 February are January's."""
    late = data.doorstep(20, "E1", "2026-02-03", {"TP01": "very_satisfied"},
                         visited_at="2026-01-31T16:00:00Z", hazard="damp_mould",
                         hazard_details="Mould in the bathroom.")
    with open_store(tmp_path) as store:
        store.put_reference("estates", data.ESTATES)
        store.apply_pull_page([parse_change(Change(
            seq=1, entity="record_version", id=late["version_id"], op="put",
            data={**late, "received_at": late["submitted_at"], "seq": 1}))],
            cursor=1, server_epoch="e1")
        january = ReportFilter(date_from=date(2026, 1, 1), date_to=date(2026, 1, 31))
        february = ReportFilter(date_from=date(2026, 2, 1), date_to=date(2026, 2, 28))
        assert satisfaction(store.db, january)[0].records == 1
        assert satisfaction(store.db, february)[0].records == 0
        _, by_month = satisfaction(store.db, EVERYTHING, "month")
        assert [g.key for g in by_month] == ["2026-01"]
        # The drill-down lists it under its visit too.
        assert visit_times(store.db, [late["record_id"]]) == {
            late["record_id"]: "2026-01-31T16:00:00Z"}
