"""``champion-server set-patch``: replace a champion's patch (their next pull starts again)."""

from server import accounts, audit
from server.db import writing

from ._common import account, estates

NAME = "set-patch"
HELP = "replace a champion's patch"
DB = "current"


def add_arguments(parser) -> None:
    parser.add_argument("--username", required=True)
    parser.add_argument("--estates", required=True, help="E1,E2 (empty for none)")


def run(args, engine) -> int:
    with writing(engine) as conn:
        user = account(conn, args.username)
        accounts.require_champion(user)
        accounts.require_known_estates(conn, estates(args.estates))
        before = accounts.user_info(conn, user.id)["estate_ids"]
        info = accounts.set_patch(conn, user.id, estates(args.estates))
        audit.record(conn, audit.CLI_ACTOR, "patch.set", user.username,
                     {"before": before, "after": info["estate_ids"]})
    print(f"Patch of {info['username']}: {', '.join(info['estate_ids']) or '(none)'}.")
    return 0
