"""The report filter as command-line options, shared by ``report`` and ``export``."""

from __future__ import annotations

import argparse
from datetime import date

from champion_app.errors import ChampionError


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: use YYYY-MM-DD.") from None


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in text.split(",") if w.strip())


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("which records (all when left out)")
    group.add_argument("--from", dest="date_from", type=_day, metavar="DATE",
                       help="visits on or after this day (YYYY-MM-DD)")
    group.add_argument("--to", dest="date_to", type=_day, metavar="DATE",
                       help="visits on or before this day (YYYY-MM-DD)")
    group.add_argument("--estates", type=_words, default=(), metavar="IDS",
                       help="estate ids, separated by commas")
    group.add_argument("--kinds", type=_words, default=(), metavar="KINDS",
                       help="kinds of record: doorstep, post_works, block, welcome, walkabout")
    group.add_argument("--work-kinds", type=_words, default=(), metavar="KINDS",
                       help="kinds of work: responsive, planned, cyclical, void, adaptation")
    group.add_argument("--priorities", type=_words, default=(), metavar="PRIORITIES",
                       help="job priorities, e.g. emergency,urgent")
    group.add_argument("--contractors", type=_words, default=(), metavar="IDS",
                       help="contractor ids (see docs/import.md)")
    group.add_argument("--operatives", type=_words, default=(), metavar="IDS",
                       help="operative ids: visits by these operatives only")


def report_filter(args: argparse.Namespace):
    from champion_app.reports import ReportFilter

    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise ChampionError(f"--from {args.date_from} is after --to {args.date_to}.")
    return ReportFilter(date_from=args.date_from, date_to=args.date_to,
                        estate_ids=args.estates, kinds=args.kinds, work_kinds=args.work_kinds,
                        priorities=args.priorities, contractor_ids=args.contractors,
                        operative_ids=args.operatives)
