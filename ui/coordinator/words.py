"""Case steps, deadlines and urgency in plain, translatable words (QT_TRANSLATE_NOOP marks
them for lupdate; `translate` looks them up at run time)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from champion_app import workdays
from champion_app.cases import CaseStatus, Deadline, Urgency
from champion_app.records.scales import CaseState as S
from champion_app.records.scales import Hazard
from ui.timefmt import short_date, when

CONTEXT = "Cases"
_STEPS = {
    S.new: QT_TRANSLATE_NOOP("Cases", "New"),
    S.passed_to_repairs: QT_TRANSLATE_NOOP("Cases", "Passed to repairs"),
    S.investigated: QT_TRANSLATE_NOOP("Cases", "Investigated"),
    S.summary_sent: QT_TRANSLATE_NOOP("Cases", "Written summary sent"),
    S.works_started: QT_TRANSLATE_NOOP("Cases", "Safety works begun"),
    S.made_safe: QT_TRANSLATE_NOOP("Cases", "Made safe"),
    S.passed_to_complaints: QT_TRANSLATE_NOOP("Cases", "Passed to the complaints team"),
    S.acknowledged: QT_TRANSLATE_NOOP("Cases", "Acknowledged"),
    S.stage1_responded: QT_TRANSLATE_NOOP("Cases", "Stage 1 response sent"),
    S.closed: QT_TRANSLATE_NOOP("Cases", "Closed"),
}
# What a deadline asks for, as an instruction.
_TODO = {
    S.passed_to_repairs: QT_TRANSLATE_NOOP("Cases", "pass it on"),
    S.investigated: QT_TRANSLATE_NOOP("Cases", "investigate"),
    S.summary_sent: QT_TRANSLATE_NOOP("Cases", "send the written summary"),
    S.works_started: QT_TRANSLATE_NOOP("Cases", "begin safety works"),
    S.made_safe: QT_TRANSLATE_NOOP("Cases", "make safe"),
    S.acknowledged: QT_TRANSLATE_NOOP("Cases", "acknowledge"),
    S.stage1_responded: QT_TRANSLATE_NOOP("Cases", "send the stage 1 response"),
}
_HAZARDS = {
    Hazard.emergency: QT_TRANSLATE_NOOP("Cases", "Emergency"),
    Hazard.damp_mould: QT_TRANSLATE_NOOP("Cases", "Damp and mould"),
    Hazard.safeguarding: QT_TRANSLATE_NOOP("Cases", "Safeguarding"),
    Hazard.other_safety: QT_TRANSLATE_NOOP("Cases", "Other safety concern"),
    Hazard.none: QT_TRANSLATE_NOOP("Cases", "None"),
}
_URGENCY = {
    "overdue": QT_TRANSLATE_NOOP("Cases", "OVERDUE"),
    "due_today": QT_TRANSLATE_NOOP("Cases", "Due today"),
    "open": QT_TRANSLATE_NOOP("Cases", "Open"),
    "waiting": QT_TRANSLATE_NOOP("Cases", "Open"),
    "closed": QT_TRANSLATE_NOOP("Cases", "Closed"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def step_word(state: str) -> str:
    try:
        return tr(_STEPS[S(state)])
    except (KeyError, ValueError):
        return state


def hazard_word(hazard: str) -> str:
    try:
        return tr(_HAZARDS[Hazard(hazard)])
    except (KeyError, ValueError):
        return hazard


def urgency_word(urgency: Urgency) -> str:
    return tr(_URGENCY[urgency])


def due_words(deadline: Deadline) -> str:
    """"by 14:30 on Sat 03 May" (hours) or "by the end of Tue 06 May" (working days)."""
    if deadline.due is None:
        return ""
    if deadline.target.unit == "hours":
        return QCoreApplication.translate("Cases", "by {when}").format(when=when(_iso(deadline.due)))
    # A working-day deadline is the first instant after its last day: name that day.
    day = workdays.local_day(deadline.due - timedelta(microseconds=1))
    return QCoreApplication.translate("Cases", "by the end of {day}").format(day=short_date(day))


def deadline_words(deadline: Deadline, now: datetime | None = None) -> str:
    """One deadline, all in words (not colour): what, by when, and whether it was met."""
    now = now or datetime.now(UTC)
    todo = tr(_TODO.get(deadline.target.step, "")) or step_word(deadline.target.step)
    rule = amount_words(deadline)
    if deadline.met_at is not None:
        text = QCoreApplication.translate("Cases", "Done: {todo} ({rule}), on {when}").format(
            todo=todo, rule=rule, when=when(_iso(deadline.met_at)))
        return text + (" — " + QCoreApplication.translate("Cases", "LATE") if deadline.late else "")
    if deadline.stopped:
        return QCoreApplication.translate("Cases", "Not needed: {todo} ({rule}); the case was closed").format(todo=todo,
                                                                              rule=rule)
    if deadline.due is None:
        after = step_word(deadline.target.after or "")
        return QCoreApplication.translate("Cases", "Then {todo} ({rule}) — the clock starts when it is {after}").format(
            todo=todo, rule=rule, after=after.lower())
    urgency = deadline.urgency(now)
    skipped = skipped_words(deadline)
    lead = {"overdue": QCoreApplication.translate("Cases", "OVERDUE"), "due_today": QCoreApplication.translate("Cases", "DUE TODAY")}.get(urgency, QCoreApplication.translate("Cases", "Next"))
    return QCoreApplication.translate("Cases", "{lead}: {todo} {due} ({rule})").format(lead=lead, todo=todo,
                                                      due=due_words(deadline), rule=rule) + skipped


def skipped_words(deadline: Deadline) -> str:
    """" — not counting Spring bank holiday (Mon 25 May 2026)": the bank holidays a
    working-day deadline left out, so a coordinator can check the count."""
    if not deadline.skipped:
        return ""
    days = ", ".join(f"{workdays.bank_holiday_name(d)} ({short_date(d)})"
                     for d in deadline.skipped)
    return " — " + QCoreApplication.translate("Cases", "not counting {days}").format(days=days)


def amount_words(deadline: Deadline) -> str:
    t = deadline.target
    if t.unit == "hours":
        text = QCoreApplication.translate("Cases", "within {n} hours").format(n=t.amount)
    else:
        text = QCoreApplication.translate("Cases", "within {n} working days").format(n=t.amount)
    if t.after is not None:
        text += " " + QCoreApplication.translate("Cases", "of being {after}").format(after=step_word(t.after).lower())
    return text + ", " + tr(t.basis)


def next_words(status: CaseStatus, now: datetime | None = None) -> str:
    """The queue's "next deadline" cell: what and by when (urgency has its own column)."""
    if status.closed:
        return QCoreApplication.translate("Cases", "Closed")
    nxt = status.next_deadline()
    if nxt is None:
        return QCoreApplication.translate("Cases", "No deadline")
    todo = tr(_TODO.get(nxt.target.step, "")) or step_word(nxt.target.step)
    if nxt.due is None:
        return QCoreApplication.translate("Cases", "{todo}: waiting for the step before").format(
            todo=todo.capitalize())
    return f"{todo.capitalize()} {due_words(nxt)}"


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


# The bases, for lupdate.
QT_TRANSLATE_NOOP("Cases", "Awaab's Law")
QT_TRANSLATE_NOOP("Cases", "landlord's own target")
QT_TRANSLATE_NOOP("Cases", "Complaint Handling Code")
