"""The TSM-aligned questions of a form, behind one choice, asked as the TSM rules allow.

* Hidden until the champion chooses to ask them (one tick), so a form is not six screens of
  questions that do not fit the conversation. An answer given (a stored draft) shows them;
  unticking sets them back to "Not asked", and says so.
* Who answered decides: shared owners are not asked the repairs and upkeep questions
  (TP02–TP04); leaseholders are asked them as the landlord's own questions, never labelled
  Tenant Satisfaction Measures.
* The repairs question over 12 months (TP02) is asked at most once a year per home: when
  this laptop knows it was asked at the home within the year, it is hidden and the form says
  when it was last asked (and lets the champion ask a different resident anyway).

Labels never show the codes ("TP02."): the codes are the stored keys only.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from champion_app.records import tsm_questions
from champion_app.records.rules import NOT_FOR_SHARED_OWNERS
from champion_app.records.scales import Agreement, Satisfaction
from ui.choices import ScaleGroup
from ui.inputs import Tick
from ui.timefmt import when

from .fields import FormBase, Section

YEAR = timedelta(days=365)


class TsmQuestions(QObject):
    """``items``: (code, payload key) pairs, e.g. ("TP02", "repair_rating")."""

    def __init__(self, form: FormBase, section: Section, items: list[tuple[str, str]], *,
                 tsm_title: str, own_title: str) -> None:
        super().__init__(form)
        self.form, self.section = form, section
        self.tsm_title, self.own_title = tsm_title, own_title
        questions = tsm_questions(form.ref.landlord)
        self.ask = Tick("ask_tsm", self.tr("&Ask the satisfaction questions"))
        self.ask.setAccessibleDescription(self.tr(
            "Shows the questions. Ask only those that fit the conversation; leave the others "
            "on Not asked."))
        self.intro = QLabel()
        self.intro.setObjectName("tsmIntro")
        self.intro.setProperty("role", "hint")
        self.intro.setWordWrap(True)
        self.rule = QLabel()
        self.rule.setObjectName("tsmRule")
        self.rule.setProperty("role", "hint")
        self.rule.setWordWrap(True)
        self.rule.hide()
        for widget in (self.ask, self.intro, self.rule):
            section.rows.addWidget(widget)
        self.groups: dict[str, ScaleGroup] = {}
        for code, key in items:
            q = questions[code]
            text = q["text"]
            if q.get("asked_if"):
                text += " " + self.tr("(Ask only if: {condition}.)").format(
                    condition=q["asked_if"].lower())
            enum = Agreement if q.get("scale") == "agreement" else Satisfaction
            self.groups[code] = section.bind(key, text, ScaleGroup, enum, optional=True,
                                             short=q.get("label", ""),
                                             name=key.replace("ratings.", "rating_"))
        self.last_asked_note = QLabel()
        self.last_asked_note.setObjectName("tp02LastAsked")
        self.last_asked_note.setProperty("role", "prompt")
        self.last_asked_note.setWordWrap(True)
        self.last_asked_note.hide()
        self.ask_again = Tick("tp02_ask_again", self.tr("A different resident: ask it anyway"))
        self.ask_again.setAccessibleDescription(self.tr(
            "Shows the repairs question for the last 12 months although it was asked at this "
            "home within the year."))
        self.ask_again.hide()
        if "TP02" in self.groups:
            index = section.rows.indexOf(self.groups["TP02"])  # the note goes just above it
            section.rows.insertWidget(max(index, 0), self.last_asked_note)
            section.rows.insertWidget(max(index, 0) + 1, self.ask_again)
        self.last_asked: tuple[datetime, str] | None = None
        self.cleared = QLabel(self.tr("The answers to these questions were set back to "
                                      "Not asked."))
        self.cleared.setObjectName("tsmCleared")
        self.cleared.setProperty("role", "hint")
        self.cleared.setWordWrap(True)
        self.cleared.hide()
        section.rows.insertWidget(section.rows.indexOf(self.intro) + 1, self.cleared)
        self.ask.toggled.connect(self._ask_toggled)
        self.ask_again.toggled.connect(self.update)
        for group in self.groups.values():
            group.changed.connect(self._answer_changed)
        self.respondent: str | None = None

    # -- what applies -----------------------------------------------------------------------
    def set_respondent(self, respondent: str | None) -> None:
        self.respondent = respondent
        self.update()

    def look_up_last_asked(self) -> None:
        """Ask the store (off the UI thread) when TP02 was last asked at the chosen home."""
        if "TP02" not in self.groups:
            return
        home = self.form.where.home.value()  # type: ignore[attr-defined]
        runner = self.form.runner
        if runner is None or not home:
            self.set_last_asked(None)
            return
        record_id = getattr(self.form, "record_id", None)

        def arrived(last) -> None:
            if self.form.where.home.value() == home:  # type: ignore[attr-defined]
                self.set_last_asked(last)

        (runner.op("when TP02 was last asked",
                   lambda store: store.last_asked(home, "TP02", exclude=record_id))
         .success(arrived).run())

    def set_last_asked(self, last: tuple[datetime, str] | None) -> None:
        self.last_asked = last
        self.update()

    def _answer_changed(self) -> None:
        if self.answered() and not self.ask.isChecked():
            self.ask.setChecked(True)  # an answer is never kept out of sight

    def _ask_toggled(self, asking: bool) -> None:
        had_answers = self.answered()
        if not asking:
            for group in self.groups.values():
                group.set_value(None)
        self.cleared.setVisible(not asking and had_answers)
        self.update()

    def answered(self) -> bool:
        return any(group.value() is not None for group in self.groups.values())

    def after_load(self) -> None:
        """A stored answer is never hidden away: its question shows, ticked."""
        self.ask.setChecked(self.answered())
        tp02 = self.groups.get("TP02")
        self.ask_again.setChecked(tp02 is not None and tp02.value() is not None)
        self.update()

    def _tp02_recently(self) -> bool:
        if self.last_asked is None:
            return False
        visit = self.form.where.visited_at.dateTime().toPython()  # type: ignore[attr-defined]
        asked = self.last_asked[0].astimezone().replace(tzinfo=None)
        return asked > visit - YEAR

    def update(self) -> None:
        leaseholder = self.respondent == "leaseholder"
        shared_owner = self.respondent == "shared_owner"
        landlord = self.form.ref.landlord
        self.section.setTitle(self.own_title if leaseholder else self.tsm_title)
        self.ask.setText(self.tr("&Ask {landlord}'s own satisfaction questions").format(
            landlord=landlord) if leaseholder else self.tr(
            "&Ask the Tenant Satisfaction Measures questions"))
        self.intro.setText(
            self.tr("These are {landlord}'s own questions for leaseholders.").format(
                landlord=landlord) if leaseholder else
            self.tr("These use the Tenant Satisfaction Measures wording, but are not an "
                    "official survey. Ask only those that fit; leave the others on Not asked."))
        asking = self.ask.isChecked()
        self.intro.setVisible(asking)
        self.rule.setText(self.tr("Shared owners are not asked the questions about repairs "
                                  "and the upkeep of the home (the Tenant Satisfaction "
                                  "Measures rules)."))
        self.rule.setVisible(asking and shared_owner)
        recently = self._tp02_recently()
        if self.last_asked is not None and "TP02" in self.groups:
            moment = self.last_asked[0]
            self.last_asked_note.setText(self.tr(
                "The repairs question for the last 12 months was last asked at this home on "
                "{day}. It is asked at most once a year per resident.").format(
                day=when(moment.isoformat())))
        self.last_asked_note.setVisible(asking and self.last_asked is not None
                                        and "TP02" in self.groups and not shared_owner)
        self.ask_again.setVisible(asking and recently and not shared_owner)
        for code, group in self.groups.items():
            applies = not (shared_owner and code in NOT_FOR_SHARED_OWNERS)
            if code == "TP02" and recently and not self.ask_again.isChecked():
                applies = False
            group.setVisible(asking and applies)
            group.setEnabled(applies)  # a question that does not apply keeps no answer
        self.form.outline_changed.emit()

