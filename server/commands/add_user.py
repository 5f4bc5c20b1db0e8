"""``champion-server add-user``: an account (champion, coordinator or admin)."""

import getpass
import sys

from server import accounts
from server.accounts import AccountError
from server.db import writing

from ._common import estates

NAME = "add-user"
HELP = "add an account"
DB = "current"


def add_arguments(parser) -> None:
    parser.add_argument("--role", required=True, choices=accounts.ROLES)
    parser.add_argument("--username", required=True)
    parser.add_argument("--display-name", default="")
    parser.add_argument("--estates", default="", help="a champion's patch: E1,E2")
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the password from the first line of standard input")


def _password(args) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n") or None
    if args.role != "champion" and sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Again: "):
            raise AccountError("The two passwords differ.")
        return first
    return None


def run(args, engine) -> int:
    password = _password(args)
    if args.role != "champion" and not password:
        raise AccountError("A coordinator or admin needs a password (--password-stdin).")
    with writing(engine) as conn:
        user = accounts.add_user(conn, role=args.role, username=args.username,
                                 display_name=args.display_name,
                                 estate_ids=estates(args.estates), password=password)
    print(f"Added {user['role']} {user['username']} (id {user['id']}).")
    return 0
