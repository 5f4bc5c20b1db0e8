"""``champion-server export``: every record version as CSV (``records``), or each record's
newest version flat and labelled as CSV or XLSX (``flat``, the shape of champion-app export)."""

import sys
from datetime import date
from pathlib import Path

NAME = "export"
HELP = "export data"
DB = "current"


def _day(text: str) -> date:
    import argparse

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: use YYYY-MM-DD.") from None


def add_arguments(parser) -> None:
    parser.add_argument("what", choices=["records", "flat"],
                        help="records: every version as stored; flat: each record's newest "
                             "version, labelled, as champion-app export writes it")
    parser.add_argument("--format", default="csv", choices=["csv", "xlsx"],
                        help="csv (default) or, for flat, xlsx")
    parser.add_argument("--output", type=Path, default=None,
                        help="file to write (default stdout; flat needs a file)")
    parser.add_argument("--from", dest="date_from", type=_day, metavar="DATE",
                        help="flat: visits on or after this day")
    parser.add_argument("--to", dest="date_to", type=_day, metavar="DATE",
                        help="flat: visits on or before this day")
    parser.add_argument("--estates", default="", metavar="IDS",
                        help="flat: estate ids, separated by commas")
    parser.add_argument("--include-contact", action="store_true",
                        help="flat: also residents' contact details and access needs")


def run(args, engine) -> int:
    if args.what == "flat":
        return _flat(args, engine)
    if args.format != "csv":
        print("export records writes CSV only; use export flat for XLSX.", file=sys.stderr)
        return 1
    from server import audit
    from server.db import writing
    from server.export import export_records_csv

    out = args.output.open("w", newline="", encoding="utf-8") if args.output else sys.stdout
    try:
        count = export_records_csv(engine, out)
    finally:
        if args.output:
            out.close()
    with writing(engine) as conn:  # exports carry residents' words: each one is on record
        audit.record(conn, audit.CLI_ACTOR, "export.records", str(args.output or "stdout"),
                     {"format": args.format, "record_versions": count})
    print(f"Exported {count} record versions.", file=sys.stderr)
    return 0


def _flat(args, engine) -> int:
    from champion_app.reports import ReportFilter
    from server import audit
    from server.commands._common import estates
    from server.db import writing
    from server.export import export_flat

    if args.output is None:
        print("export flat needs --output FILE (two CSV files, or one XLSX).", file=sys.stderr)
        return 1
    flt = ReportFilter(date_from=args.date_from, date_to=args.date_to,
                       estate_ids=tuple(estates(args.estates)))
    done = export_flat(engine, args.output, args.format, flt, personal=args.include_contact)
    with writing(engine) as conn:  # exports carry residents' words: each one is on record
        audit.record(conn, audit.CLI_ACTOR, "export.flat", str(args.output),
                     {"format": args.format, "records": done.records,
                      "contact_details": args.include_contact})
    print(f"Exported {done.records} records and {done.operatives} operatives' feedback to "
          f"{', '.join(str(f) for f in done.files)}.", file=sys.stderr)
    return 0
