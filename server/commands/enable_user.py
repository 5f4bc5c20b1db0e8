"""``champion-server enable-user``: switch a disabled account on again (its old devices stay
signed out: a champion enrols again, staff sign in again)."""

from server import account_states

from ._common import change_account

NAME = "enable-user"
HELP = "switch a disabled account on again"
DB = "current"


def add_arguments(parser) -> None:
    parser.add_argument("--username", required=True)


def run(args, engine) -> int:
    info = change_account(engine, args.username, "account.enable",
                          lambda conn, user_id: account_states.enable_user(conn, user_id))
    print(f"{info['username']} is enabled again.")
    return 0
