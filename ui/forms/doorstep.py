"""Doorstep conversation: topics, and the TSM questions actually asked (TSM wording)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from champion_app.records import TSM_CODES, tsm_questions
from champion_app.records.scales import Agreement, Satisfaction, Topic
from ui.widgets import MultiCheck, ScaleGroup, enum_choices

from .base import RecordForm
from .fields import Section


class DoorstepForm(RecordForm):
    kind = "doorstep"

    def build(self) -> None:
        topics = Section(self, "What it was about", "section_topics")
        self.topics = topics.bind("topics", "Topics (tick all that came up)", MultiCheck,
                                  enum_choices(Topic), columns=3, accessible="Topics")
        self.body.addWidget(topics)

        ratings = Section(self, "Questions asked (optional)", "section_ratings")
        intro = QLabel("Only ask the questions that fit the conversation. Leave the others on "
                       "“Not asked”. These use the Tenant Satisfaction Measures wording, but "
                       "are not an official TSM survey.")
        intro.setObjectName("ratingsIntro")
        intro.setProperty("role", "hint")
        intro.setWordWrap(True)
        ratings.rows.addWidget(intro)
        questions = tsm_questions(self.ref.landlord)
        for code in TSM_CODES:
            q = questions[code]
            text = f"{code}. {q['text']}"
            if q.get("asked_if"):
                text += f" (Ask only if: {q['asked_if'].lower()}.)"
            enum = Agreement if q.get("scale") == "agreement" else Satisfaction
            ratings.bind(f"ratings.{code}", text, ScaleGroup, enum, optional=True, columns=4,
                         name=f"rating_{code}")
        self.alias("payload.ratings", "payload.ratings.TP01", "Questions asked")
        self.body.addWidget(ratings)
