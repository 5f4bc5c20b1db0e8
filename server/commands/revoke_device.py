"""``champion-server revoke-device``: cut a lost laptop off at once (and, with --wipe, have it
delete residents' data at its next contact)."""

from server import accounts, audit
from server.accounts import AccountError
from server.db import writing

NAME = "revoke-device"
HELP = "cut off a device (--wipe: and delete residents' data from it)"
DB = "current"


def add_arguments(parser) -> None:
    parser.add_argument("device_id")
    parser.add_argument("--wipe", action="store_true",
                        help="a lost laptop: its next contact deletes residents' data from it")


def run(args, engine) -> int:
    with writing(engine) as conn:
        owner = accounts.device_owner(conn, args.device_id)
        if owner is None or not accounts.revoke_device(conn, args.device_id, wipe=args.wipe):
            raise AccountError(f"There is no device {args.device_id!r}.")
        audit.record(conn, audit.CLI_ACTOR, "device.wipe" if args.wipe else "device.revoke",
                     owner.username, {"device_id": args.device_id})
    print(f"Device {args.device_id} can no longer sync.")
    if args.wipe:
        print("Its next contact with this server deletes the residents' data on it. What it "
              "had not sent yet is lost with it: the server cannot know what that was.")
    return 0
