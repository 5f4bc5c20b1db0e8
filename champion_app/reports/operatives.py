"""Operative conduct: % yes for each check, and % satisfied overall, per operative.

A check's base is every resident who answered it (yes, no or not sure): "not sure" is an
answer, and counting it keeps the figure from flattering anyone.
"""

from __future__ import annotations

from dataclasses import dataclass

from .labels import Labels
from .questions import CHECK_LABELS, CHECKS
from .scope import OPERATIVE_KEY, WITH_OPERATIVES, ReportFilter, base_cte
from .stats import Share


@dataclass(frozen=True)
class OperativeConduct:
    key: str
    name: str
    contractor: str
    visits: int
    checks: dict[str, Share]
    overall: Share

    def as_dict(self) -> dict:
        return {"key": self.key, "name": self.name, "contractor": self.contractor,
                "visits": self.visits, "overall": self.overall.as_dict(),
                "checks": {c: {"label": CHECK_LABELS[c], **s.as_dict()}
                           for c, s in self.checks.items()}}


def conduct(db, flt: ReportFilter, labels: Labels | None = None) -> list[OperativeConduct]:
    labels = labels or Labels.load(db)
    cte, params = base_cte(flt)
    checks = ", ".join(f"sum(o.{c} = 'yes'), sum(o.{c} IN ('yes', 'no', 'not_sure'))"
                       for c in CHECKS)
    rows = db.execute(
        f"{cte} SELECT {OPERATIVE_KEY} AS who, count(DISTINCT o.record_id), {checks}, "
        f"sum(o.overall <= 2), sum(o.overall <= 5), "
        f"(SELECT op.contractor_id FROM operatives op WHERE op.id = o.operative_id) "
        f"FROM {WITH_OPERATIVES} WHERE who IS NOT NULL GROUP BY who", params).fetchall()
    out = []
    for row in rows:
        shares = {c: Share(row[2 + 2 * i] or 0, row[3 + 2 * i] or 0)
                  for i, c in enumerate(CHECKS)}
        overall = Share(row[-3] or 0, row[-2] or 0)
        contractor = labels.contractors.get(row[-1], "") if row[-1] else ""
        out.append(OperativeConduct(row[0], labels.of("operative", row[0]), contractor,
                                    row[1], shares, overall))
    return sorted(out, key=lambda o: o.name.casefold())
