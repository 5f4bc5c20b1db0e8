"""``champion-server add-user``: an account (champion, coordinator or admin)."""

import getpass
import sys

from server import accounts, audit
from server.accounts import AccountError
from server.db import writing
from server.passwords import hash_password, password_problem

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
    if args.role == "champion" and password:
        raise AccountError("Champions have no password: they enrol with a one-time enrolment "
                           "code (champion-server enrol).")
    if args.role != "champion" and not password:
        raise AccountError("A coordinator or admin needs a password (--password-stdin).")
    if password and (problem := password_problem(password)):
        raise AccountError(problem)
    password_hash = hash_password(password) if password else None  # before the transaction
    with writing(engine) as conn:
        accounts.require_known_estates(conn, estates(args.estates))
        user = accounts.add_user(conn, role=args.role, username=args.username,
                                 display_name=args.display_name,
                                 estate_ids=estates(args.estates), password_hash=password_hash)
        audit.record(conn, audit.CLI_ACTOR, "account.add", user["username"],
                     {"role": user["role"], "estate_ids": user["estate_ids"]})
    print(f"Added {user['role']} {user['username']} (id {user['id']}).")
    return 0
