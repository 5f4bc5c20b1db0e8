"""``champion-server set-password``: a new password for a coordinator or admin (a reset);
every device of the account is signed out."""

import getpass
import sys

from server import accounts
from server.accounts import AccountError
from server.passwords import hash_password, password_problem

from ._common import change_account

NAME = "set-password"
HELP = "set a new password for a coordinator or admin; signs all their devices out"
DB = "current"


def add_arguments(parser) -> None:
    parser.add_argument("--username", required=True)
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the password from the first line of standard input")


def _password(args) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise AccountError("Give the password on standard input with --password-stdin.")
    first = getpass.getpass("New password: ")
    if first != getpass.getpass("Again: "):
        raise AccountError("The two passwords differ.")
    return first


def run(args, engine) -> int:
    password = _password(args)
    if problem := password_problem(password):
        raise AccountError(problem)
    password_hash = hash_password(password)  # before the transaction: argon2 is slow
    info = change_account(engine, args.username, "account.password_reset",
                          lambda conn, user_id: {"devices_signed_out": accounts
                                                 .set_password_hash(conn, user_id,
                                                                    password_hash)})
    print(f"New password set for {info['username']}; all of its devices are signed out.")
    return 0
