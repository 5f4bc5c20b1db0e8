"""``champion-server import KIND FILE``: reference data from a CSV export (docs/import.md)."""

from pathlib import Path

from server import audit
from server.db import writing
from server.imports import KINDS, import_csv

NAME = "import"
HELP = "import reference data from CSV"
DB = "current"


def add_arguments(parser) -> None:
    parser.add_argument("kind", choices=KINDS)
    parser.add_argument("file", type=Path)


def run(args, engine) -> int:
    text = args.file.read_text(encoding="utf-8-sig")
    with writing(engine) as conn:
        counts = import_csv(conn, args.kind, text)
        audit.record(conn, audit.CLI_ACTOR, f"import.{args.kind}", args.file.name, counts)
    print(f"Imported {args.kind} from {args.file}: " +
          ", ".join(f"{n} {k}" for k, n in counts.items()))
    return 0
