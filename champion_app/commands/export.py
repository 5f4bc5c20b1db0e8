"""``champion-app export``: records as CSV or XLSX, flat and labelled, for Excel.

One row per record's current version, names rather than ids, every answer as its label and
its code; a second file (CSV) or sheet (XLSX) has one row per operative's feedback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ._filters import add_filter_arguments, report_filter

NAME = "export"
HELP = "Export records (and operatives' feedback) as CSV or XLSX for a spreadsheet."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--output", type=Path, required=True, metavar="FILE",
                        help="the file to write (records.csv or records.xlsx)")
    parser.add_argument("--format", choices=["csv", "xlsx"],
                        help="csv or xlsx (default: from the file name, else csv)")
    parser.add_argument("--include-contact", action="store_true",
                        help="also export residents' contact details and access needs "
                             "(personal data: left out unless asked for)")
    add_filter_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from champion_app.exports.local import export
    from champion_app.store import Store

    fmt = args.format or ("xlsx" if args.output.suffix.lower() == ".xlsx" else "csv")
    flt = report_filter(args)
    with Store.open(args.db_path, args.attachments_path) as store:
        done = export(store.db, args.output, fmt, flt, personal=args.include_contact)
    print(f"Exported {done.records} records and {done.operatives} operatives' feedback to "
          f"{', '.join(str(f) for f in done.files)}.", file=sys.stderr)
    return 0
