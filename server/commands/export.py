"""``champion-server export records``: every record version as CSV."""

import sys
from pathlib import Path

NAME = "export"
HELP = "export data"
DB = "current"


def add_arguments(parser) -> None:
    parser.add_argument("what", choices=["records"])
    parser.add_argument("--format", default="csv", choices=["csv"])
    parser.add_argument("--output", type=Path, default=None,
                        help="file to write (default stdout)")


def run(args, engine) -> int:
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
