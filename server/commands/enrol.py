"""``champion-server enrol``: a one-time enrolment code (valid 7 days), printed last.
Champions only: coordinators and admins sign in with their password."""

from server import accounts, audit
from server.db import writing

from ._common import account

NAME = "enrol"
HELP = "issue a one-time enrolment code"
DB = "current"


def add_arguments(parser) -> None:
    parser.add_argument("--username", required=True)


def run(args, engine) -> int:
    with writing(engine) as conn:
        user = account(conn, args.username)
        code, expires = accounts.issue_code(conn, user.id)
        audit.record(conn, audit.CLI_ACTOR, "enrolment_code.issue", user.username,
                     {"expires_at": expires.isoformat()})
    print(f"One-time enrolment code for {user.username}, valid until "
          f"{expires:%Y-%m-%d %H:%M} UTC:")
    print(code)
    return 0
