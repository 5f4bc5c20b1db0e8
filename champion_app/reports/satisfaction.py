"""% satisfied for every rating question, overall or cut by estate, month, contractor …"""

from __future__ import annotations

from dataclasses import dataclass

from .labels import Labels
from .questions import HOUSEHOLD_RATING, OPERATIVE_OVERALL, Question, questions
from .scope import WITH_OPERATIVES, ReportFilter, base_cte, cut_expression, rows_for
from .stats import Share
from .summary import summary_tallies


@dataclass(frozen=True)
class Figure:
    question: Question
    share: Share          # satisfied (or agree) of those who answered
    no_answer: int        # declined: left out of the base, but counted so nobody wonders

    def as_dict(self) -> dict:
        return {"question": self.question.code, "label": self.question.label,
                **self.share.as_dict(), "no_answer": self.no_answer}


@dataclass(frozen=True)
class Group:
    key: str | None
    label: str
    records: int
    figures: tuple[Figure, ...]

    def figure(self, code: str) -> Figure | None:
        return next((f for f in self.figures if f.question.code == code), None)

    def as_dict(self) -> dict:
        return {"key": self.key, "label": self.label, "records": self.records,
                "figures": [f.as_dict() for f in self.figures]}


def _tally(column: str) -> str:
    """Satisfied, answered or declined, declined: scores 1-2, not NULL, 6 (see questions)."""
    return f"sum({column} <= 2), count({column}), sum({column} = 6)"


def _tallies(db, flt: ReportFilter, cut: str | None) -> dict[str | None, list[int]]:
    """Per group of ``cut``: records, then satisfied, asked, declined for every question with
    a column, satisfied, answered for households, and satisfied, asked, declined for
    operatives overall. From the summary table where it can answer, else from the records."""
    from_summary = summary_tallies(db, flt, cut, lambda f, c: _counted(db, f, c))
    return from_summary if from_summary is not None else _counted(db, flt, cut)


def _counted(db, flt: ReportFilter, cut: str | None) -> dict[str | None, list[int]]:
    """`_tallies` counted from the records (the detailed path)."""
    cte, params = base_cte(flt, cut)
    key = cut_expression(cut)
    tallies = ", ".join(_tally(f"b.{q.column}") for q in questions() if q.column)
    records = "count(DISTINCT b.record_id)" if cut == "operative" else "count(*)"
    out = {row[0]: [v or 0 for v in row[1:]] + [0, 0, 0] for row in db.execute(
        f"{cte} SELECT {key} AS cut, {records}, {tallies}, sum(b.households_satisfied), "
        f"sum(b.households_answered) FROM {rows_for(cut)} GROUP BY cut", params).fetchall()}
    for row in db.execute(f"{cte} SELECT {key} AS cut, {_tally('o.overall')} "
                          f"FROM {WITH_OPERATIVES} GROUP BY cut", params).fetchall():
        if row[0] in out:
            out[row[0]][-3:] = [v or 0 for v in row[1:]]
    return out


def _group(cut: str | None, key: str | None, label: str, values: list[int]) -> Group:
    by_code = {q.code: q for q in questions()}
    figures = []
    asked = [q for q in questions() if q.column]
    for i, q in enumerate(asked):
        k, asked_n, declined = values[1 + 3 * i: 4 + 3 * i]
        if asked_n:
            figures.append(Figure(q, Share(k, asked_n - declined), declined))
    k, asked_n, declined = values[-3:]
    if asked_n:
        figures.append(Figure(by_code[OPERATIVE_OVERALL], Share(k, asked_n - declined),
                              declined))
    k, n = values[-5:-3]
    if n:
        figures.append(Figure(by_code[HOUSEHOLD_RATING], Share(k, n), 0))
    return Group(key, label, values[0], tuple(figures))


def satisfaction(db, flt: ReportFilter, cut: str | None = None,
                 labels: Labels | None = None) -> tuple[Group, list[Group]]:
    """Everything the filter picks as one `Group`, and one `Group` per value of ``cut``
    (none without a cut); each has a `Figure` for every question asked in it, in order.

    One pass over the records: the whole is the sum of the groups, except for operatives,
    where a visit with two operatives is in two groups and so is counted on its own."""
    labels = labels or Labels.load(db)
    per_group = _tallies(db, flt, cut)
    if cut is None or cut == "operative":
        whole = next(iter(_tallies(db, flt, None).values()), None) if cut else \
            next(iter(per_group.values()), None)
    else:
        whole = [sum(column) for column in zip(*per_group.values(), strict=True)] or None
    width = 1 + 3 * sum(1 for q in questions() if q.column) + 5
    overall = _group(None, None, labels.of(None, None), whole or [0] * width)
    groups = [_group(cut, key, labels.of(cut, key), values)
              for key, values in per_group.items()] if cut else []
    groups.sort(key=lambda g: _order(cut, g))
    return overall, groups


def _order(cut: str | None, group: Group):
    """Months in time order; anything else by name, with "not recorded" last."""
    if cut == "month":
        return (group.key is None, group.key or "")
    return (group.key is None, group.label.casefold())


def record_ids(db, flt: ReportFilter, cut: str | None = None, key: str | None = None,
               question: str | None = None) -> list[str]:
    """The records behind one figure (drill-down): in group ``key`` of ``cut`` and, given a
    question, answering it (a "no answer" counts as answering: it was asked). Newest first."""
    cte, params = base_cte(flt, cut)
    clauses, source = [], rows_for(cut)
    if cut is not None:
        expression = cut_expression(cut)
        if key is None:
            clauses.append(f"{expression} IS NULL")
        else:
            clauses.append(f"{expression} = ?")
            params = [*params, key]
    if question == OPERATIVE_OVERALL:
        source = WITH_OPERATIVES
        clauses.append("o.overall IS NOT NULL")
    elif question == HOUSEHOLD_RATING:
        clauses.append("b.households_answered > 0")
    elif question is not None:
        column = next(q.column for q in questions() if q.code == question)
        clauses.append(f"b.{column} IS NOT NULL")
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    return [row[0] for row in db.execute(
        f"{cte} SELECT DISTINCT b.record_id, b.created_at FROM {source}{where} "
        f"ORDER BY b.created_at DESC, b.record_id", params).fetchall()]

