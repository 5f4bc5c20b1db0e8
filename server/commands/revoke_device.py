"""``champion-server revoke-device``: cut a lost laptop off at once."""

from server import accounts, audit
from server.accounts import AccountError
from server.db import writing

NAME = "revoke-device"
HELP = "cut off a device"
DB = "current"


def add_arguments(parser) -> None:
    parser.add_argument("device_id")


def run(args, engine) -> int:
    with writing(engine) as conn:
        owner = accounts.device_owner(conn, args.device_id)
        if owner is None or not accounts.revoke_device(conn, args.device_id):
            raise AccountError(f"There is no device {args.device_id!r}.")
        audit.record(conn, audit.CLI_ACTOR, "device.revoke", owner.username,
                     {"device_id": args.device_id})
    print(f"Device {args.device_id} can no longer sync.")
    return 0
