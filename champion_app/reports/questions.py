"""The rating questions a report counts, declared once: code, column, label, part of the visit.

Each is a column of ``report_facts`` (migration m012_i11_report_facts) holding the answer's
score: 1 very satisfied (or strongly agree) … 5 very dissatisfied, 6 "no answer" (declined,
never read out), NULL when not asked. "% satisfied" is scores 1-2 over scores 1-5: both
"no answer" and "not asked" stay out of the base, as the TSM rules have it. (6 rather than
0 so that "satisfied" is one comparison, ``score <= 2``: the sums run over every row.)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from champion_app.records import TSM_CODES
from champion_app.records.tsm import tsm_questions


@dataclass(frozen=True)
class Question:
    code: str          # as the records and exports name it
    column: str        # in report_facts ("" for the two counted elsewhere, below)
    label: str
    group: str         # "tsm", "journey", "operative", "block"

    @property
    def agreement(self) -> bool:
        return self.code == "TP08"


OPERATIVE_OVERALL = "operative_overall"
HOUSEHOLD_RATING = "household_rating"


@cache
def questions() -> tuple[Question, ...]:
    titles = tsm_questions()
    tsm = tuple(Question(code, code.lower(), f"{code} {titles[code].get('title', code)}", "tsm")
                for code in TSM_CODES)
    return tsm + (
        Question("ease_of_reporting", "ease_of_reporting", "Ease of reporting the repair",
                 "journey"),
        Question("part1_rating", "part1_rating", "Part 1: reported to operative sent",
                 "journey"),
        Question("part2_rating", "part2_rating", "Part 2: operative sent to work done",
                 "journey"),
        Question("repair_rating", "repair_rating", "The repair overall (TP02 wording)",
                 "journey"),
        Question("time_taken_rating", "time_taken_rating", "Time taken (TP03 wording)",
                 "journey"),
        Question(OPERATIVE_OVERALL, "", "Operatives, overall", "operative"),
        Question(HOUSEHOLD_RATING, "", "Households on a communal repair or area", "block"),
    )


def question(code: str) -> Question:
    for q in questions():
        if q.code == code:
            return q
    raise KeyError(code)


# Operative conduct checks (yes / no / not sure), in the order residents are asked.
CHECKS = ("showed_id", "on_time", "explained_work", "respectful", "protected_home",
          "left_clean_tidy")
CHECK_LABELS = {"showed_id": "Showed ID", "on_time": "On time",
                "explained_work": "Explained the work", "respectful": "Respectful",
                "protected_home": "Protected the home", "left_clean_tidy": "Left it clean and tidy"}
