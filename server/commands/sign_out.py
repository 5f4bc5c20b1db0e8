"""``champion-server sign-out``: sign every device of an account out. Staff can sign in
again with their password: `disable-user` stops that."""

from server import accounts

from ._common import change_account

NAME = "sign-out"
HELP = "sign every device of an account out"
DB = "current"


def add_arguments(parser) -> None:
    parser.add_argument("--username", required=True)


def run(args, engine) -> int:
    count = 0

    def sign_out(conn, user_id):
        nonlocal count
        count = accounts.revoke_devices(conn, user_id)
        return {"devices_signed_out": count}

    info = change_account(engine, args.username, "account.sign_out", sign_out)
    print(f"Signed out {count} device(s) of {info['username']}.")
    return 0
