"""``champion-server audit-log``: the audit trail (erasures, retention, wipes), oldest first."""

import json

from server import audit
from server.db import reading

NAME = "audit-log"
HELP = "show the audit trail of erasures, retention runs and device wipes"
DB = "current"


def add_arguments(parser) -> None:
    parser.add_argument("--action", help="only this kind of entry (e.g. erasure)")
    parser.add_argument("--json", action="store_true", help="one JSON object a line")


def run(args, engine) -> int:
    with reading(engine) as conn:
        entries = audit.entries(conn, args.action)
    for entry in entries:
        if args.json:
            print(json.dumps(entry, sort_keys=True))
        else:
            print(f"{entry['at']}  {entry['actor']:24s} {entry['action']:20s} {entry['target']}"
                  f"  {json.dumps(entry['detail'], sort_keys=True)}")
    return 0
