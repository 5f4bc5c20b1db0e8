"""``champion-server audit``: the audit log, newest first (admin actions, exports,
erasures)."""

import json

from server import audit
from server.db import reading
from server.logs import escape_controls

NAME = "audit"
HELP = "list the audit log of admin actions, exports and erasures, newest first"
DB = "current"


def add_arguments(parser) -> None:
    parser.add_argument("--limit", type=int, default=50, help="how many entries (default 50)")
    parser.add_argument("--action", default=None, help="only this action, e.g. account.disable")
    parser.add_argument("--json", action="store_true", help="one JSON list, for scripts")


def run(args, engine) -> int:
    with reading(engine) as conn:
        entries = audit.entries(conn, limit=args.limit, action=args.action)
    if args.json:
        print(json.dumps(entries, indent=2, ensure_ascii=False))
        return 0
    for e in entries:
        detail = json.dumps(e["detail"], ensure_ascii=False, sort_keys=True)
        print(escape_controls(f"{e['at']}  {e['actor']}  {e['action']}  {e['target']}  "
                              f"{detail}"))
    return 0
