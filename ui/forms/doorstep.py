"""Doorstep conversation: topics, and the TSM questions actually asked (TSM wording)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from champion_app.records import TSM_CODES, tsm_questions
from champion_app.records.scales import Agreement, Satisfaction, Topic
from ui.widgets import MultiCheck, enum_choices, scale_group

from .base import RecordForm, Section


class DoorstepForm(RecordForm):
    kind = "doorstep"

    def build(self) -> None:
        topics = Section(self, "What it was about", "section_topics")
        self.topics = MultiCheck("topics", "Topics", enum_choices(Topic), columns=3)
        topics.add("payload.topics", "Topics (tick all that came up)", self.topics)
        self.topics.changed.connect(self.changed)
        self.body.addWidget(topics)

        ratings = Section(self, "Questions asked (optional)", "section_ratings")
        intro = QLabel("Only ask the questions that fit the conversation. Leave the others on "
                       "“Not asked”. These use the Tenant Satisfaction Measures wording, but "
                       "are not an official TSM survey.")
        intro.setObjectName("ratingsIntro")
        intro.setProperty("role", "hint")
        intro.setWordWrap(True)
        ratings.rows.addWidget(intro)
        self.ratings = {}
        questions = tsm_questions(self.ref.landlord)
        for code in TSM_CODES:
            q = questions[code]
            text = f"{code}. {q['text']}"
            if q.get("asked_if"):
                text += f" (Ask only if: {q['asked_if'].lower()}.)"
            enum = Agreement if q.get("scale") == "agreement" else Satisfaction
            group = scale_group(f"rating_{code}", text, enum, optional=True, columns=4)
            group.changed.connect(self.changed)
            ratings.add(f"payload.ratings.{code}", None, group)
            self.ratings[code] = group
        self.register("payload.ratings", self.ratings["TP01"],
                      self._fields["payload.ratings.TP01"][1], "Questions asked")
        self.body.addWidget(ratings)

    def kind_payload(self) -> dict:
        ratings = {code: g.value() for code, g in self.ratings.items() if g.value()}
        return {"topics": self.topics.value(), "ratings": ratings}

    def load_kind(self, payload: dict) -> None:
        self.topics.set_value(payload.get("topics") or [])
        answers = payload.get("ratings") or {}
        for code, group in self.ratings.items():
            group.set_value(answers.get(code))

    def satisfaction_values(self):
        return [g.value() for g in self.ratings.values()]
