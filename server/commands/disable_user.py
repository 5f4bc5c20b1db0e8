"""``champion-server disable-user``: switch an account off at once (every device signed out,
no sign-in or enrolment until it is enabled again)."""

from server import account_states

from ._common import change_account

NAME = "disable-user"
HELP = "switch an account off: every device signed out, no sign-in until enabled"
DB = "current"


def add_arguments(parser) -> None:
    parser.add_argument("--username", required=True)


def run(args, engine) -> int:
    info = change_account(engine, args.username, "account.disable", lambda conn, user_id: {
        "devices_signed_out": account_states.disable_user(conn, user_id)})
    print(f"{info['username']} is disabled; all of its devices are signed out.")
    return 0
