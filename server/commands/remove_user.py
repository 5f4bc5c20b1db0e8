"""``champion-server remove-user``: remove an account for good. Its records stay on the
server, still naming it as their author; it can never sign in or enrol again."""

from server import account_states

from ._common import change_account

NAME = "remove-user"
HELP = "remove an account for good (its records stay, still naming it)"
DB = "current"


def add_arguments(parser) -> None:
    parser.add_argument("--username", required=True)


def run(args, engine) -> int:
    info = change_account(engine, args.username, "account.remove", lambda conn, user_id: {
        "devices_signed_out": account_states.remove_user(conn, user_id)})
    print(f"{info['username']} is removed; its records stay, under its name.")
    return 0
