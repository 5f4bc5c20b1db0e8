"""Doorstep conversation: topics, and the TSM-aligned questions actually asked (TSM wording)."""

from __future__ import annotations

from champion_app.records import TSM_CODES
from champion_app.records.scales import Topic
from ui.widgets import MultiCheck, enum_choices

from .base import RecordForm
from .fields import Section
from .tsm import TsmQuestions


class DoorstepForm(RecordForm):
    kind = "doorstep"

    def build(self) -> None:
        topics = Section(self, self.tr("What it was about"), "section_topics",
                         outline=self.tr("Topics"))
        self.topics = topics.bind("topics", self.tr("Top&ics (tick all that came up)"),
                                  MultiCheck, enum_choices(Topic), columns=3,
                                  accessible=self.tr("Topics"))
        self.body.addWidget(topics)

        ratings = Section(self, "", "section_ratings", outline=self.tr("Questions"))
        self.tsm = TsmQuestions(self, ratings, [(code, f"ratings.{code}") for code in TSM_CODES],
                                tsm_title=self.tr("Questions asked (optional)"),
                                own_title=self.tr("Questions asked (optional)"))
        self.alias("payload.ratings", "payload.ratings.TP01", self.tr("Questions asked"))
        self.body.addWidget(ratings)

    def on_respondent(self, respondent: str | None) -> None:
        self.tsm.set_respondent(respondent)

    def after_load(self) -> None:
        self.tsm.after_load()
        self.home_changed()

    def home_changed(self) -> None:
        self.tsm.look_up_last_asked()
