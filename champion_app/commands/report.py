"""``champion-app report``: the report's figures, as text or (``--json``) for scripts.

A scheduled monthly report is ``champion-app report --from 2026-03-01 --to 2026-03-31
--json > march.json``. Every figure carries its base and 95 % interval; the output says it
is champion-collected feedback, not an official TSM return.
"""

from __future__ import annotations

import argparse
import json

from ._filters import add_filter_arguments, report_filter

NAME = "report"
HELP = "Print the report's figures (% satisfied with base and interval, repair times …)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_filter_arguments(parser)
    parser.add_argument("--by", choices=["estate", "month", "kind", "work_kind", "priority",
                                         "contractor", "operative"],
                        help="cut the figures by this as well as overall")
    parser.add_argument("--json", action="store_true", help="print it as JSON, for scripts")


def run(args: argparse.Namespace) -> int:
    from champion_app.reports import build_report
    from champion_app.store import Store

    flt = report_filter(args)
    with Store.open(args.db_path, args.attachments_path) as store:
        report = build_report(store.db, flt, args.by)
    data = report.as_dict()
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print("\n".join(text_lines(data)))
    return 0


def _share(d: dict | None) -> str:
    if not d or not d["n"]:
        return "no answers"
    small = "  (small base)" if d["small_base"] else ""
    return f"{d['percent']:5.1f} %  n = {d['n']:<5} {d['ci_low']:g}–{d['ci_high']:g} %{small}"


def text_lines(data: dict) -> list[str]:
    lines = [data["title"], "", data["notice"], data["uncertainty"], "",
             f"Records: {data['records']}", "", "% satisfied (agree, for TP08)"]
    overall = data["satisfaction"]["overall"]
    for f in overall["figures"] if overall else []:
        lines.append(f"  {f['label'][:52]:52} {_share(f)}")
    for group in data["satisfaction"]["groups"]:
        lines += ["", f"{data['cut_label']}: {group['label']} ({group['records']} records)"]
        lines += [f"  {f['label'][:52]:52} {_share(f)}" for f in group["figures"]]
    times = data["repair_times"]
    if times and times["by_priority"]:
        lines += ["", f"Repair times (days are {times['day_kind']})"]
        for row in times["by_priority"]:
            lines.append(f"  {row['label']:11} jobs {row['jobs']:<5} part 1 {row['part1_median']} "
                         f"part 2 {row['part2_median']} {row['unit']} (medians); target "
                         f"{row['target'] or 'none'}: within {_share(row['within_target'])}")
    if data["hazards"]:
        lines += ["", "Hazards"]
        lines += [f"  {h['label']:24} {h['total']} noted, {h['past_deadline']} past the deadline"
                  for h in data["hazards"]]
    c = data["complaints"]
    lines += ["", f"Complaints: offered {c['offered']}, wanted to complain {c['wants_to_complain']}"]
    if data["actions"]["by_status"]:
        lines += ["", "You said, we did: actions by status"]
        lines += [f"  {a['label']:14} {a['count']} ({a['overdue']} overdue)"
                  for a in data["actions"]["by_status"]]
    return lines
