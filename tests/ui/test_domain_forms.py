"""Domain corrections on the forms and Today (issue #12, a strict read against the source
and the Tenant Satisfaction Measures rules)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QLabel, QLineEdit, QRadioButton

from .test_forms import child, newest_version, pick, submit
from .test_visit_flow import shown_texts


def home_job(window) -> dict:
    return next(j for j in window.ref.jobs if j.get("home_id"))


def test_part_two_runs_from_someone_being_sent_out(qtbot, window):
    form = window.visit.new_record("post_works")
    form.sent_out.click()
    texts = " ".join(shown_texts(form))
    assert "from the visit" not in texts
    assert "from the operative being sent out to the work being finished" in texts


def test_the_jobs_dates_are_stored_on_the_post_works_record(qtbot, window, read_store):
    job = home_job(window)
    form = window.visit.new_record("post_works", job=job)
    assert form.dispatched.isReadOnly()  # the landlord's record of the job
    child(form, QRadioButton, "part1_rating_neither").click()
    child(form, QRadioButton, "part2_rating_neither").click()
    payload = newest_version(read_store, submit(qtbot, window))["payload"]
    for key in ("reported_at", "dispatched_at", "completed_at"):
        assert payload[key] == job[key], key


def test_dates_of_a_typed_job_can_be_entered(qtbot, window, read_store):
    form = window.visit.new_record("post_works", job=home_job(window))
    assert form.dispatched.isReadOnly()
    form.where.job.setEditText("WO-99999")  # from a letter after all, not on the worklist
    form.where.job.lineEdit().editingFinished.emit()
    assert not form.dispatched.isReadOnly()
    today = datetime.now().date()
    sent = today - timedelta(days=3)
    form.reported.setDate(today - timedelta(days=5))
    form.dispatched.setDate(sent)
    form.completed.setDate(today - timedelta(days=2))
    assert form.part2.isVisibleTo(form)  # a sending date: part 2 applies
    child(form, QRadioButton, "part1_rating_neither").click()
    child(form, QRadioButton, "part2_rating_neither").click()
    version = newest_version(read_store, submit(qtbot, window))
    assert version["job_ref"] == "WO-99999"
    stored = datetime.fromisoformat(version["payload"]["dispatched_at"].replace("Z", "+00:00"))
    assert stored.astimezone().date() == sent  # the day typed, whatever the time zone


def test_tp02_is_asked_at_most_once_a_year_at_a_home(qtbot, window, read_store):
    job = home_job(window)
    form = window.visit.new_record("post_works", job=job)
    child(form, QRadioButton, "part1_rating_neither").click()
    child(form, QRadioButton, "part2_rating_neither").click()
    form.tsm.ask.click()
    child(form, QRadioButton, "repair_rating_fairly_satisfied").click()
    submit(qtbot, window)

    form = window.visit.new_record("doorstep")
    pick(form.field("estate_id"), job["estate_id"])
    pick(form.field("home_id"), job["home_id"])
    form.tsm.ask.click()
    note = child(form, QLabel, "tp02LastAsked")
    qtbot.waitUntil(lambda: note.isVisibleTo(form))
    assert "last asked at this home on" in note.text()
    assert f"{datetime.now(UTC).astimezone():%d %b %Y}" in note.text()
    tp02 = form.tsm.groups["TP02"]
    assert not tp02.isVisibleTo(form) and not tp02.isEnabled()
    form.tsm.ask_again.click()  # a different resident
    assert tp02.isVisibleTo(form)


def test_shared_owners_are_not_asked_tp02_to_tp04(qtbot, window):
    for kind, hidden in (("doorstep", ("TP02", "TP03", "TP04")),
                         ("post_works", ("TP02", "TP03"))):
        form = window.visit.new_record(kind)
        form.tsm.ask.click()
        pick(form.where.respondent, "shared_owner")
        for code in hidden:
            assert not form.tsm.groups[code].isVisibleTo(form), (kind, code)
            assert not form.tsm.groups[code].isEnabled()
        assert child(form, QLabel, "tsmRule").isVisibleTo(form)
        if kind == "doorstep":
            assert form.tsm.groups["TP01"].isVisibleTo(form)


def test_leaseholders_see_the_landlords_own_questions_never_labelled_tsm(qtbot, window):
    for kind in ("doorstep", "post_works"):
        form = window.visit.new_record(kind)
        pick(form.where.respondent, "leaseholder")
        form.tsm.ask.click()
        texts = shown_texts(form) + [s.title() for s in form.sections()]
        assert not [t for t in texts if "Tenant Satisfaction" in t or "TSM" in t], kind
        assert window.ref.landlord in form.tsm.ask.text()
        pick(form.where.respondent, "tenant")
        assert "Tenant Satisfaction Measures" in form.tsm.ask.text()


def test_operative_feedback_takes_a_concern_as_well(qtbot, window, read_store):
    form = window.visit.new_record("post_works", job=home_job(window))
    child(form, QRadioButton, "part1_rating_neither").click()
    child(form, QRadioButton, "part2_rating_neither").click()
    child(form, QLineEdit, "operative_0_compliment").setText("Explained the work")
    child(form, QLineEdit, "operative_0_concern").setText("Left the gate open")
    payload = newest_version(read_store, submit(qtbot, window))["payload"]
    assert payload["operatives"][0]["concern"] == "Left the gate open"
    assert payload["operatives"][0]["compliment"] == "Explained the work"


def test_a_communal_job_on_today_starts_block_feedback(qtbot, window):
    job = next(j for j in window.ref.jobs if j.get("block_id") and not j.get("home_id"))
    window.today.select_job(job["ref"])
    assert "block feedback" in window.today.start.text()
    window.today.start.click()
    form = window.visit.form
    assert form.kind == "block"
    assert form.where.job.value() == job["ref"]
    assert form.where.block.value() == job["block_id"]
    assert form.trigger.value() == "end_of_communal_repair"


def test_a_job_is_visited_only_once_a_visit_about_it_is_submitted(qtbot, window):
    job = home_job(window)
    row = next(r for r in range(window.today.jobs.rowCount())
               if window.today.jobs.item(r, 1).text() == job["ref"])

    def visited() -> str:
        for r in range(window.today.jobs.rowCount()):
            if window.today.jobs.item(r, 1).text() == job["ref"]:
                return window.today.jobs.item(r, 5).text()
        raise AssertionError(job["ref"])

    assert row >= 0 and visited() == ""
    form = window.visit.new_record("doorstep")  # any kind of visit, naming the job's home
    pick(form.field("estate_id"), job["estate_id"])
    with qtbot.waitSignal(window.visit.saved):
        window.visit.save_draft()
    form = window.visit.new_record("post_works", job=job)
    with qtbot.waitSignal(window.visit.saved):
        window.visit.save_draft()  # a draft naming the job: not a visit yet
    window.today.refresh()
    qtbot.wait(200)
    assert visited() == ""
    child(form, QRadioButton, "part1_rating_neither").click()
    child(form, QRadioButton, "part2_rating_neither").click()
    submit(qtbot, window)
    qtbot.waitUntil(lambda: visited() == "Yes")


def test_a_block_feedback_about_a_job_counts_as_visiting_it(qtbot, window):
    job = next(j for j in window.ref.jobs if j.get("block_id") and not j.get("home_id"))
    window.start_visit(job)
    form = window.visit.form
    pick(form.conditions.items["lifts"], "B")
    submit(qtbot, window)
    window.today.refresh()
    qtbot.waitUntil(lambda: job["ref"] in window.today._visited)
