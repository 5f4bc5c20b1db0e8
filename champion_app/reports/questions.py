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

from champion_app.i18n import QT_TRANSLATE_NOOP
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
    # Marked for lupdate; the app translates them where it shows them (the TSM titles stay
    # as the export columns name them).
    return tsm + (
        Question("ease_of_reporting", "ease_of_reporting",
                 QT_TRANSLATE_NOOP("reports", "Ease of reporting the repair"), "journey"),
        Question("part1_rating", "part1_rating",
                 QT_TRANSLATE_NOOP("reports", "Part 1: reported to operative sent"), "journey"),
        Question("part2_rating", "part2_rating",
                 QT_TRANSLATE_NOOP("reports", "Part 2: operative sent to work done"), "journey"),
        Question("repair_rating", "repair_rating",
                 QT_TRANSLATE_NOOP("reports", "The repair overall (TP02 wording)"), "journey"),
        Question("time_taken_rating", "time_taken_rating",
                 QT_TRANSLATE_NOOP("reports", "Time taken (TP03 wording)"), "journey"),
        Question(OPERATIVE_OVERALL, "", QT_TRANSLATE_NOOP("reports", "Operatives, overall"),
                 "operative"),
        Question(HOUSEHOLD_RATING, "",
                 QT_TRANSLATE_NOOP("reports", "Households on a communal repair or area"), "block"),
    )


def question(code: str) -> Question:
    for q in questions():
        if q.code == code:
            return q
    raise KeyError(code)


# Operative conduct checks (yes / no / not sure), in the order residents are asked.
CHECKS = ("showed_id", "on_time", "explained_work", "respectful", "protected_home",
          "left_clean_tidy")
CHECK_LABELS = {
    "showed_id": QT_TRANSLATE_NOOP("reports", "Showed ID"),
    "on_time": QT_TRANSLATE_NOOP("reports", "On time"),
    "explained_work": QT_TRANSLATE_NOOP("reports", "Explained the work"),
    "respectful": QT_TRANSLATE_NOOP("reports", "Respectful"),
    "protected_home": QT_TRANSLATE_NOOP("reports", "Protected the home"),
    "left_clean_tidy": QT_TRANSLATE_NOOP("reports", "Left it clean and tidy"),
}
