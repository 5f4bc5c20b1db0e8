"""The scrutiny pack: the report as a PDF for a scrutiny panel or a board meeting.

The figures with their bases and intervals, the charts, part 1 against part 2, repair times
against targets, the hazards and complaints summary, and "You said, we did" with each
action's status. It opens with the plain statement that this is champion-collected
feedback, not an official TSM return. Large print sets the body at 16 pt.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from champion_app.reports import CHECK_LABELS, CHECKS, NOTICE, UNCERTAINTY, Report, Share
from ui.printing import write_pdf
from ui.timefmt import long_date

from .charts import chart_image, image_size, share_chart
from .tables import report_word, unit_word

# lupdate reads translate("Context", "…") with both literal; a wrapper would hide the context.
translate = QCoreApplication.translate


def _e(text: object) -> str:
    return html.escape("" if text is None else str(text))


def _h2(text: str) -> str:
    return f"<h2>{_e(text)}</h2>"


def _share_cells(share: Share) -> str:
    if not share.n:
        return "<td>–</td><td></td><td></td>"
    low, high = share.interval or (0.0, 0.0)
    style = ' style="color:#6b7280"' if share.small else ""
    mark = " *" if share.small else ""
    return (
        f"<td{style}>{share.percent:g} %{mark}</td><td{style}>{share.n}</td>"
        f"<td{style}>{low:g}–{high:g} %</td>"
    )


def _table(headers: list[str], rows: list[str]) -> str:
    head = "".join(f"<th align='left'>{_e(h)}</th>" for h in headers)
    return (
        f"<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        f"<tr style='background:#e2e8f0'>{head}</tr>{''.join(rows)}</table>"
    )


def period_text(report: Report) -> str:
    f = report.filter
    if f.date_from and f.date_to:
        return translate("ScrutinyPack", "{a} to {b}").format(
            a=long_date(f.date_from), b=long_date(f.date_to)
        )
    if f.date_from:
        return translate("ScrutinyPack", "from {a}").format(a=long_date(f.date_from))
    if f.date_to:
        return translate("ScrutinyPack", "up to {b}").format(b=long_date(f.date_to))
    return translate("ScrutinyPack", "all records")


def pack_charts(report: Report) -> dict[str, QImage]:
    """Made on the UI thread (QtCharts draws with widgets); the PDF is written elsewhere."""
    images = {}
    if report.overall and report.overall.figures:
        items = [(report_word(f.question.label), f.share) for f in report.overall.figures]
        images["chart-satisfaction"] = chart_image(
            share_chart(
                translate("ScrutinyPack", "Per cent satisfied, with 95 % intervals"), items
            ),
            image_size(len(items)),
        )
    times = report.repair_times
    if times and times.by_priority:
        items = [(label, t.within_target) for _p, label, t in times.by_priority]
        images["chart-targets"] = chart_image(
            share_chart(translate("ScrutinyPack", "Repairs completed within target"), items),
            image_size(len(items)),
        )
    return images


def pack_html(report: Report, estates: str, images: dict[str, QImage]) -> str:
    # Words are translated outside the f-strings: lupdate does not look inside them.
    title = translate("ScrutinyPack", "Residents’ feedback: scrutiny pack")
    counted = translate("ScrutinyPack", "Records counted")
    marked = translate("ScrutinyPack", "Marked * and grey: fewer than 10 answers.")
    parts = [
        f"<h1>{_e(title)}</h1>",
        f"<p><b>{_e(report.landlord)}</b> — {_e(estates)} — {_e(period_text(report))}."
        f" {_e(counted)}: {report.records}.</p>",
        f"<p style='background:#fff7d6; padding:6px'><b>{_e(report_word(NOTICE))}</b></p>",
        f"<p>{_e(report_word(UNCERTAINTY))} {_e(marked)}</p>",
    ]
    if report.overall and report.overall.figures:
        parts.append(_h2(translate("ScrutinyPack", "How satisfied residents are")))
        rows = [
            f"<tr><td>{_e(report_word(f.question.label))}</td>{_share_cells(f.share)}"
            f"<td>{f.no_answer}</td></tr>"
            for f in report.overall.figures
        ]
        parts.append(
            _table(
                [
                    translate("ScrutinyPack", "Question"),
                    translate("ScrutinyPack", "Satisfied"),
                    translate("ScrutinyPack", "Base (n)"),
                    translate("ScrutinyPack", "95 % interval"),
                    translate("ScrutinyPack", "No answer"),
                ],
                rows,
            )
        )
        if "chart-satisfaction" in images:
            parts.append("<p><img src='chart-satisfaction' width='640'></p>")
    journey = report.journey()
    if journey:
        parts.append(_h2(translate("ScrutinyPack", "The repairs journey: part 1 against part 2")))
        parts.append(
            "<p>"
            + _e(
                translate(
                    "ScrutinyPack",
                    "Part 1: from reporting the repair to an operative being "
                    "sent. Part 2: from the operative being sent to the work "
                    "being finished.",
                )
            )
            + "</p>"
        )
        rows = []
        for row in journey:
            cells = "".join(
                _share_cells(Share(p["k"], p["n"])) if p else "<td>–</td><td></td><td></td>"
                for p in (row["part1"], row["part2"])
            )
            rows.append(f"<tr><td>{_e(row['label'])}</td>{cells}</tr>")
        parts.append(
            _table(
                [
                    translate("ScrutinyPack", "Group"),
                    translate("ScrutinyPack", "Part 1"),
                    "n",
                    translate("ScrutinyPack", "interval"),
                    translate("ScrutinyPack", "Part 2"),
                    "n",
                    translate("ScrutinyPack", "interval"),
                ],
                rows,
            )
        )
    times = report.repair_times
    if times and times.by_priority:
        parts.append(
            _h2(translate("ScrutinyPack", "Repair times against targets"))
            + "<p>"
            + _e(translate("ScrutinyPack", "Medians; days are {kind}.").format(kind=times.day_kind))
            + "</p>"
        )
        rows = [
            f"<tr><td>{_e(label)}</td><td>{t.jobs}</td><td>{_e(t.part1_median)}</td>"
            f"<td>{_e(t.part2_median)}</td><td>{_e(unit_word(t.unit))}</td><td>{_e(t.target or '–')}</td>"
            f"{_share_cells(t.within_target)}</tr>"
            for _p, label, t in times.by_priority
        ]
        parts.append(
            _table(
                [
                    translate("ScrutinyPack", "Priority"),
                    translate("ScrutinyPack", "Jobs"),
                    translate("ScrutinyPack", "Part 1"),
                    translate("ScrutinyPack", "Part 2"),
                    translate("ScrutinyPack", "Unit"),
                    translate("ScrutinyPack", "Target"),
                    translate("ScrutinyPack", "Within target"),
                    "n",
                    translate("ScrutinyPack", "interval"),
                ],
                rows,
            )
        )
        if "chart-targets" in images:
            parts.append("<p><img src='chart-targets' width='640'></p>")
    if report.operatives:
        parts.append(
            _h2(translate("ScrutinyPack", "Operatives: what residents said about their visit"))
        )
        rows = []
        for o in report.operatives:
            checks = "".join(
                f"<td>{'–' if not o.checks[c].n else f'{o.checks[c].percent:g} %'}"
                f" <small>({o.checks[c].n})</small></td>"
                for c in CHECKS
            )
            overall = "–" if not o.overall.n else f"{o.overall.percent:g} % ({o.overall.n})"
            rows.append(
                f"<tr><td>{_e(o.name)}</td><td>{o.visits}</td><td>{_e(overall)}</td>{checks}</tr>"
            )
        parts.append(
            _table(
                [
                    translate("ScrutinyPack", "Operative"),
                    translate("ScrutinyPack", "Visits"),
                    translate("ScrutinyPack", "Satisfied"),
                ]
                + [report_word(CHECK_LABELS[c]) for c in CHECKS],
                rows,
            )
        )
    parts.append(_h2(translate("ScrutinyPack", "Hazards and complaints")))
    if report.hazards:
        rows = [
            f"<tr><td>{_e(h.label)}</td><td>{h.total}</td><td>{h.resolved}</td>"
            f"<td>{h.past_deadline}</td><td>{h.within_deadline}</td></tr>"
            for h in report.hazards
        ]
        parts.append(
            _table(
                [
                    translate("ScrutinyPack", "Hazard"),
                    translate("ScrutinyPack", "Noted"),
                    translate("ScrutinyPack", "Made safe or closed"),
                    translate("ScrutinyPack", "Past the deadline (check)"),
                    translate("ScrutinyPack", "Within the deadline"),
                ],
                rows,
            )
        )
    else:
        parts.append("<p>" + _e(translate("ScrutinyPack", "No hazards were noted.")) + "</p>")
    c = report.complaints
    parts.append(
        "<p>"
        + _e(
            translate(
                "ScrutinyPack",
                "Residents offered the choice to complain: {offered}. Wanted to "
                "complain: {wanted}.",
            ).format(offered=c.get("offered", 0), wanted=c.get("wants_to_complain", 0))
        )
        + "</p>"
    )
    parts.append(_h2(translate("ScrutinyPack", "You said, we did")))
    if report.actions:
        overdue = translate("ScrutinyPack", " (overdue)")
        rows = [
            f"<tr><td>{_e(a.estate)}</td><td>{_e(a.you_said)}</td><td>{_e(a.we_did)}</td>"
            f"<td>{_e(a.status_label)}{_e(overdue) if a.overdue else ''}</td></tr>"
            for a in report.actions
        ]
        parts.append(
            _table(
                [
                    translate("ScrutinyPack", "Estate"),
                    translate("ScrutinyPack", "You said"),
                    translate("ScrutinyPack", "We did"),
                    translate("ScrutinyPack", "Status"),
                ],
                rows,
            )
        )
    else:
        parts.append(
            "<p>" + _e(translate("ScrutinyPack", "No actions yet for these estates.")) + "</p>"
        )
    made = translate("ScrutinyPack", "Made with Estate Champion on")
    parts.append(
        f"<p><small>{_e(made)} {_e(long_date(report.generated_at.date()))}.</small></p>"
    )
    return "".join(parts)


def write_pack(
    report: Report, path: Path, estates: str, images: dict[str, QImage], large_print: bool = False
) -> None:
    write_pdf(
        pack_html(report, estates, images),
        path,
        title=translate("ScrutinyPack", "Residents’ feedback: scrutiny pack"),
        large_print=large_print,
        images=images,
    )
