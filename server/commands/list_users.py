"""``champion-server list-users``: every account with its state and devices (sessions)."""

import json

from sqlalchemy import select

from server import accounts
from server import schema as s
from server.db import reading
from server.logs import escape_controls

NAME = "list-users"
HELP = "list accounts with their state, patch and devices"
DB = "current"


def add_arguments(parser) -> None:
    parser.add_argument("--all", action="store_true", help="include removed accounts")
    parser.add_argument("--json", action="store_true", help="one JSON list, for scripts")


def _state(info: dict) -> str:
    if info["removed_at"]:
        return f"removed {info['removed_at']}"
    return f"disabled {info['disabled_at']}" if info["disabled_at"] else "enabled"


def run(args, engine) -> int:
    query = select(s.users.c.id).order_by(s.users.c.role, s.users.c.username)
    if not args.all:
        query = query.where(s.users.c.removed_at.is_(None))
    with reading(engine) as conn:
        users = [accounts.account_info(conn, i) for i in conn.execute(query).scalars()]
    if args.json:
        print(json.dumps(users, indent=2, ensure_ascii=False))
        return 0
    for info in users:
        patch = f" patch {','.join(info['estate_ids'])}" if info["role"] == "champion" else ""
        print(escape_controls(f"{info['username']} ({info['role']}, {_state(info)}){patch}"))
        for device in info["devices"]:
            state = f"signed out {device['revoked_at']}" if device["revoked_at"] else "in"
            print(escape_controls(f"    device {device['id']} {device['name']!r} since "
                                  f"{device['created_at']}: {state}"))
    return 0
