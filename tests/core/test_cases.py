"""Hazard cases and complaint referrals: deadlines per kind, the current state by server
seq (never a client clock), urgency and its order, and closing."""

from datetime import UTC, date, datetime, timedelta

import pytest

from champion_app.cases import Event, case_status, ordered, visit_start
from champion_app.records.scales import CaseState as S


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def ev(state, at, seq=None, status=None, n=[0]) -> Event:  # noqa: B006 - a counter
    n[0] += 1
    return Event(event_id=f"e{n[0]}", state=state, at=at, seq=seq,
                 status=status or ("pulled" if seq else "queued"))


# Thursday 17 April 2025, 18:00 BST: the day before Good Friday.
VISIT = utc(2025, 4, 17, 17, 0)


def dues(status) -> dict:
    return {d.target.step: d.due for d in status.deadlines}


def test_damp_and_mould_investigation_is_ten_working_days_over_easter():
    status = case_status("hazard", "damp_mould", VISIT, [])
    # Good Friday, Easter Monday and the early May bank holiday are skipped: end of Tue 6 May.
    assert dues(status)[S.investigated] == utc(2025, 5, 6, 23, 0)
    # The summary and the works wait for the investigation: their clocks have not started.
    assert dues(status)[S.summary_sent] is None and dues(status)[S.works_started] is None
    assert status.state == S.new
    assert status.next_deadline().target.step == S.investigated
    # And it says which bank holidays it did not count, so a coordinator can check it.
    skipped = next(d for d in status.deadlines if d.target.step == S.investigated).skipped
    assert skipped == (date(2025, 4, 18), date(2025, 4, 21), date(2025, 5, 5))


def test_damp_and_mould_summary_and_works_run_from_the_investigation():
    investigated = utc(2025, 5, 2, 10, 0)   # Friday before the early May bank holiday
    status = case_status("hazard", "damp_mould", VISIT, [
        ev(S.passed_to_repairs, utc(2025, 4, 22, 9), seq=3),
        ev(S.investigated, investigated, seq=8)])
    assert dues(status)[S.summary_sent] == utc(2025, 5, 8, 23, 0)    # Tue 6, Wed 7, Thu 8
    assert dues(status)[S.works_started] == utc(2025, 5, 12, 23, 0)  # ... Fri 9, Mon 12
    investigate = next(d for d in status.deadlines if d.target.step == S.investigated)
    assert investigate.met_at == investigated and not investigate.late
    assert status.next_deadline().target.step == S.summary_sent


def test_emergency_is_twenty_four_clock_hours_and_made_safe_counts_as_investigated():
    friday_evening = utc(2025, 5, 2, 18, 30)
    status = case_status("hazard", "emergency", friday_evening, [])
    assert set(dues(status).values()) == {utc(2025, 5, 3, 18, 30)}
    done = case_status("hazard", "emergency", friday_evening,
                       [ev(S.made_safe, utc(2025, 5, 3, 20, 0), seq=4)])
    assert all(d.met_at is not None for d in done.deadlines)
    assert all(d.late for d in done.deadlines)  # two hours past the 24
    assert done.next_deadline() is None


def test_complaint_acknowledge_then_stage_one_from_the_acknowledgement():
    christmas_eve = utc(2025, 12, 24, 15, 0)
    status = case_status("complaint", "none", christmas_eve, [])
    assert dues(status)[S.acknowledged] == utc(2026, 1, 6, 0, 0)     # end of Mon 5 Jan
    assert dues(status)[S.stage1_responded] is None
    acked = case_status("complaint", "none", christmas_eve, [
        ev(S.passed_to_complaints, utc(2025, 12, 29, 9), seq=1),
        ev(S.acknowledged, utc(2025, 12, 30, 11), seq=2)])
    # Ten working days after Tue 30 Dec (New Year's Day skipped): the end of Wed 14 Jan.
    assert dues(acked)[S.stage1_responded] == utc(2026, 1, 15, 0, 0)
    responded = case_status("complaint", "none", christmas_eve, [
        ev(S.stage1_responded, utc(2026, 1, 9, 11), seq=5)])
    assert all(d.met_at for d in responded.deadlines)  # stage 1 implies acknowledged


def test_landlord_targets_for_safeguarding_and_other_safety():
    status = case_status("hazard", "safeguarding", VISIT, [])
    assert dues(status)[S.passed_to_repairs] == VISIT + timedelta(hours=24)
    other = case_status("hazard", "other_safety", VISIT, [])
    assert dues(other)[S.passed_to_repairs] == utc(2025, 4, 22, 23, 0)  # next working day
    assert dues(other)[S.investigated] == utc(2025, 4, 28, 23, 0)


def test_current_state_is_the_highest_server_seq_not_the_latest_time():
    # B's step reached the server later (seq 9) though its `at` is earlier: it is current.
    a = ev(S.investigated, utc(2025, 4, 25, 12), seq=7)
    b = ev(S.passed_to_repairs, utc(2025, 4, 23, 12), seq=9)
    assert case_status("hazard", "damp_mould", VISIT, [a, b]).state == S.passed_to_repairs
    assert case_status("hazard", "damp_mould", VISIT, [b, a]).state == S.passed_to_repairs


def test_unsent_steps_come_after_every_pulled_one_and_refused_ones_not_at_all():
    mine = ev(S.made_safe, utc(2025, 4, 20, 12))                  # not sent yet
    pulled = ev(S.investigated, utc(2025, 4, 25, 12), seq=12)     # pulled after mine was made
    refused = ev(S.closed, utc(2025, 4, 26), status="rejected")
    assert [e.event_id for e in ordered([mine, pulled, refused])] == [pulled.event_id,
                                                                     mine.event_id]
    assert case_status("hazard", "emergency", VISIT, [mine, pulled, refused]).state == S.made_safe


def test_urgency_overdue_due_today_open_and_order():
    status = case_status("hazard", "damp_mould", VISIT, [])     # due end of Tue 6 May (BST)
    assert status.urgency(utc(2025, 5, 1, 9)) == "open"
    assert status.urgency(utc(2025, 5, 6, 9)) == "due_today"
    assert status.urgency(utc(2025, 5, 6, 22, 59)) == "due_today"
    assert status.urgency(utc(2025, 5, 6, 23, 0)) == "overdue"
    emergency = case_status("hazard", "emergency", utc(2025, 5, 1, 9), [])
    later = case_status("hazard", "other_safety", utc(2025, 5, 1, 9), [])
    now = utc(2025, 5, 3, 9)
    ranked = sorted([later, status, emergency], key=lambda c: c.sort_key(now))
    assert ranked[0] is emergency              # 24 hours passed: overdue
    assert [c.urgency(now) for c in ranked] == ["overdue", "overdue", "open"]
    assert ranked[1] is later                  # overdue since 2 May, after the emergency
    # Overdue for longer sorts first: the emergency's was due on 2 May at 09:00.


def test_closing_stops_every_clock():
    closed = case_status("hazard", "damp_mould", VISIT, [
        ev(S.investigated, utc(2025, 4, 24), seq=1), ev(S.closed, utc(2025, 4, 25), seq=2)])
    assert closed.closed and closed.urgency(utc(2026, 1, 1)) == "closed"
    assert closed.pending() == [] and closed.next_deadline() is None
    assert [d.stopped for d in closed.deadlines] == [False, True, True]


@pytest.mark.parametrize(("version", "expected"), [
    ({"created_at": "2025-04-17T17:00:00Z", "payload": {}}, VISIT),
    ({"created_at": "2025-04-17T17:00:00Z",
      "payload": {"visited_at": "2025-04-16T09:15:00Z"}}, utc(2025, 4, 16, 9, 15)),
])
def test_the_clock_starts_at_the_visit(version, expected):
    assert visit_start(version) == expected
