"""The tabs of the Reports page: what each shows, and filling it from a `Report`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from champion_app.reports import CHECK_LABELS, CHECKS, Report, Share, questions

from .charts import chart_view, share_chart
from .tables import (
    fill,
    interval,
    percent,
    report_table,
    report_word,
    small_note,
    splitter,
    unit_word,
)

# lupdate reads translate("Context", "…") with both literal; a wrapper would hide the context.
translate = QCoreApplication.translate


class ChartBox(QWidget):
    """Holds the chart of a tab; a new report replaces it."""

    def __init__(self) -> None:
        super().__init__()
        self.setLayout(QVBoxLayout())
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.view = None

    def show_items(self, title: str, items: list[tuple[str, Share]]) -> None:
        if self.view is not None:
            self.layout().removeWidget(self.view)
            self.view.deleteLater()
        self.view = chart_view(share_chart(title, items))
        self.view.setObjectName(f"{self.objectName()}View")
        self.layout().addWidget(self.view)


def _tab(page, key: str, *top: QWidget, chart: bool = True, note: bool = True):
    widget = QWidget()
    layout = QVBoxLayout(widget)
    if top:
        row = QHBoxLayout()
        for w in top:
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
    table = report_table(f"{key}Table", translate("ReportsPage", "Report table"))
    table.cellActivated.connect(lambda r, _c, t=table: page.table_activated(t, r))
    table.cellDoubleClicked.connect(lambda r, _c, t=table: page.table_activated(t, r))
    box = ChartBox()
    box.setObjectName(f"{key}Chart")
    layout.addWidget(splitter(table, box) if chart else table, 1)
    if note:
        hint = QLabel(
            translate(
                "ReportsPage",
                "Grey rows: {note} Double-click a row (or press Enter) to see the "
                "records behind it.",
            ).format(note=small_note())
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
    setattr(page, f"{key}_table", table)
    setattr(page, f"{key}_chart", box)
    return widget


def build(page) -> dict[str, tuple[str, QWidget]]:
    page.question = QComboBox()
    page.question.setObjectName("reportQuestion")
    page.question.setAccessibleName(translate("ReportsPage", "Question"))
    page.question.addItem(translate("ReportsPage", "Every question"), None)
    for q in questions():
        page.question.addItem(report_word(q.label), q.code)
    page.question.currentIndexChanged.connect(
        lambda _i: (
            page.reports.get("satisfaction")
            and show(page, "satisfaction", page.reports["satisfaction"])
        )
    )
    caption = QLabel(translate("ReportsPage", "&Question"))
    caption.setBuddy(page.question)
    page.complaints_label = QLabel()
    page.complaints_label.setObjectName("complaintsSummary")
    page.complaints_label.setWordWrap(True)
    cases = _tab(page, "hazards", chart=False)
    cases.layout().addWidget(page.complaints_label)
    actions = report_table("actionsTable", translate("ReportsPage", "You said, we did: actions"))
    cases.layout().addWidget(
        QLabel(translate("ReportsPage", "You said, we did: actions by status"))
    )
    cases.layout().addWidget(actions, 1)
    page.actions_table = actions
    return {
        "satisfaction": (
            translate("ReportsPage", "Satisfaction"),
            _tab(page, "satisfaction", caption, page.question),
        ),
        "journey": (translate("ReportsPage", "Part 1 and part 2"), _tab(page, "journey")),
        "operatives": (translate("ReportsPage", "Operatives"), _tab(page, "operatives")),
        "repair_times": (translate("ReportsPage", "Repair times"), _tab(page, "repair_times")),
        "cases": (translate("ReportsPage", "Hazards and actions"), cases),
    }


def _share_cells(share: Share | None) -> list[str]:
    if share is None:
        return ["–", "", ""]
    return [percent(share), str(share.n), interval(share)]


def show(page, tab: str, report: Report) -> None:
    {
        "satisfaction": _satisfaction,
        "journey": _journey,
        "operatives": _operatives,
        "repair_times": _repair_times,
        "cases": _cases,
    }[tab](page, report)


def _satisfaction(page, report: Report) -> None:
    code = page.question.currentData()
    cut = report.cut
    headers = [
        translate("ReportsPage", "Question"),
        translate("ReportsPage", "Satisfied"),
        translate("ReportsPage", "Base (n)"),
        translate("ReportsPage", "95 % interval"),
        translate("ReportsPage", "No answer"),
    ]
    if code and cut:
        rows = []
        for group in report.groups:
            f = group.figure(code)
            if f:
                rows.append(
                    (
                        (cut, group.key, code, f"{report_word(f.question.label)} — {group.label}"),
                        [group.label, *_share_cells(f.share), f.no_answer],
                        f.share,
                    )
                )
        headers[0] = page.cut.currentText()  # translated already
        title = page.question.currentText()
    else:
        figures = report.overall.figures if report.overall else ()
        if code:
            figures = tuple(f for f in figures if f.question.code == code)
        rows = [
            (
                (None, None, f.question.code, report_word(f.question.label)),
                [report_word(f.question.label), *_share_cells(f.share), f.no_answer],
                f.share,
            )
            for f in figures
        ]
        title = translate("ReportsPage", "Per cent satisfied, every question")
    fill(page.satisfaction_table, headers, rows)
    page.satisfaction_chart.show_items(title, [(r[1][0], r[2]) for r in rows])


def _journey(page, report: Report) -> None:
    times = {
        key: t for key, _label, t in (report.repair_times.groups if report.repair_times else [])
    }
    overall_times = report.repair_times.overall if report.repair_times else None
    rows, items = [], []
    for i, row in enumerate(report.journey()):  # the first row is everything together
        p1 = Share(row["part1"]["k"], row["part1"]["n"]) if row["part1"] else None
        p2 = Share(row["part2"]["k"], row["part2"]["n"]) if row["part2"] else None
        t = overall_times if i == 0 else times.get(row["key"])
        medians = [t.part1_median if t else "", t.part2_median if t else ""]
        rows.append(
            (
                (
                    report.cut if i else None,
                    row["key"] if i else None,
                    "part1_rating",
                    row["label"],
                ),
                [row["label"], *_share_cells(p1), *_share_cells(p2), *medians],
                p1 if p1 and (not p2 or p1.n <= p2.n) else p2,
            )
        )
        if p1:
            items.append((row["label"] + ": " + translate("ReportsPage", "part 1"), p1))
        if p2:
            items.append((row["label"] + ": " + translate("ReportsPage", "part 2"), p2))
    fill(
        page.journey_table,
        [
            translate("ReportsPage", "Group"),
            translate("ReportsPage", "Part 1 satisfied"),
            "n",
            translate("ReportsPage", "interval"),
            translate("ReportsPage", "Part 2 satisfied"),
            "n",
            translate("ReportsPage", "interval"),
            translate("ReportsPage", "Part 1 median days"),
            translate("ReportsPage", "Part 2 median days"),
        ],
        rows,
    )
    page.journey_chart.show_items(translate("ReportsPage", "Part 1 against part 2"), items)


def _operatives(page, report: Report) -> None:
    rows = []
    for o in report.operatives:
        checks = [f"{percent(o.checks[c])} ({o.checks[c].n})" for c in CHECKS]
        rows.append(
            (
                ("operative", o.key, None, o.name),
                [o.name, o.contractor, o.visits, *_share_cells(o.overall), *checks],
                o.overall,
            )
        )
    fill(
        page.operatives_table,
        [
            translate("ReportsPage", "Operative"),
            translate("ReportsPage", "Contractor"),
            translate("ReportsPage", "Visits"),
            translate("ReportsPage", "Satisfied"),
            "n",
            translate("ReportsPage", "interval"),
        ]
        + [report_word(CHECK_LABELS[c]) for c in CHECKS],
        rows,
    )
    page.operatives_chart.show_items(
        translate("ReportsPage", "Operatives: residents satisfied"),
        [(o.name, o.overall) for o in report.operatives],
    )


def _repair_times(page, report: Report) -> None:
    times = report.repair_times
    rows = []
    if times:
        # One row per priority (with its targets), then one per group of the cut (without).
        rows += [_time_row(label, t, targets=True) for _p, label, t in times.by_priority]
        rows += [_time_row(f"{page.cut.currentText()}: {label}", t, targets=False)
                 for _key, label, t in times.groups]
    fill(
        page.repair_times_table,
        [
            translate("ReportsPage", "Priority"),
            translate("ReportsPage", "Jobs"),
            translate("ReportsPage", "Open"),
            translate("ReportsPage", "Part 1"),
            translate("ReportsPage", "Part 2"),
            translate("ReportsPage", "Whole"),
            translate("ReportsPage", "Unit"),
            translate("ReportsPage", "Target"),
            translate("ReportsPage", "Within target"),
            "n",
            translate("ReportsPage", "interval"),
            translate("ReportsPage", "Dispatch target"),
            translate("ReportsPage", "Dispatched in time"),
        ],
        rows,
    )
    kind = times.day_kind if times else ""
    page.repair_times_chart.show_items(
        translate("ReportsPage", "Completed within target ({kind})").format(kind=kind),
        [(label, t.within_target) for _p, label, t in (times.by_priority if times else [])],
    )


def _time_row(label: str, t, *, targets: bool) -> tuple:
    """A row of the repair-times table: label, jobs, medians, unit, target and within it."""
    return (None, [label, t.jobs, t.open, t.part1_median, t.part2_median, t.whole_median,
                   unit_word(t.unit), (t.target or "–") if targets else "",
                   *_share_cells(t.within_target),
                   (t.dispatch_target or "–") if targets else "", percent(t.dispatched_within)],
            t.within_target)


def _cases(page, report: Report) -> None:
    fill(
        page.hazards_table,
        [
            translate("ReportsPage", "Hazard"),
            translate("ReportsPage", "Noted"),
            translate("ReportsPage", "Made safe or closed"),
            translate("ReportsPage", "Past the deadline: check"),
            translate("ReportsPage", "Within the deadline"),
            translate("ReportsPage", "No set deadline"),
            translate("ReportsPage", "Oldest open (days)"),
        ],
        [
            (
                None,
                [
                    h.label,
                    h.total,
                    h.resolved,
                    h.past_deadline,
                    h.within_deadline,
                    h.no_deadline,
                    h.oldest_open_days,
                ],
                None,
            )
            for h in report.hazards
        ],
    )
    c = report.complaints
    page.complaints_label.setText(
        translate(
            "ReportsPage",
            "Complaints: {offered} residents were offered the choice to complain; {wanted} wanted "
            "to.",
        ).format(offered=c.get("offered", 0), wanted=c.get("wants_to_complain", 0))
    )
    fill(
        page.actions_table,
        [
            translate("ReportsPage", "Status"),
            translate("ReportsPage", "Estate"),
            translate("ReportsPage", "You said"),
            translate("ReportsPage", "We did"),
            translate("ReportsPage", "Due"),
            translate("ReportsPage", "Age (days)"),
        ],
        [
            (
                None,
                [
                    a.status_label + (translate("ReportsPage", " (overdue)") if a.overdue else ""),
                    a.estate,
                    a.you_said,
                    a.we_did,
                    a.due_date or "",
                    a.age_days if a.age_days is not None else "",
                ],
                None,
            )
            for a in report.actions
        ],
    )
