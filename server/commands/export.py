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
    from server.export import export_records_csv

    out = args.output.open("w", newline="", encoding="utf-8") if args.output else sys.stdout
    try:
        count = export_records_csv(engine, out)
    finally:
        if args.output:
            out.close()
    print(f"Exported {count} record versions.", file=sys.stderr)
    return 0
