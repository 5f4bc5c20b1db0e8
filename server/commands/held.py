"""``champion-server held``: records held for reassignment after a patch change; accept one.

A champion's records queued for an estate that has since left their patch are stored but
held (server/held.py). This lists them; ``--accept RECORD_ID`` keeps one in its estate, as
the app's coordinators can (`POST /api/v1/records/{id}/accept`).
"""

from server import held
from server.accounts import AccountError
from server.db import iso, reading, writing

NAME = "held"
HELP = "list records held after a patch change, or accept one"
DB = "current"


def add_arguments(parser) -> None:
    parser.add_argument("--accept", metavar="RECORD_ID",
                        help="accept this held record into its estate")


def run(args, engine) -> int:
    if args.accept:
        with writing(engine) as conn:
            released = held.release(conn, args.accept)
        if not released:
            raise AccountError(f"Record {args.accept!r} is not held.")
        print(f"Record {args.accept} accepted ({len(released)} version(s)).")
        return 0
    with reading(engine) as conn:
        rows = held.held_records(conn)
    if not rows:
        print("No records are held.")
    for row in rows:
        print(f"{row['record_id']}  estate {row['estate_id']}  by "
              f"{row['username'] or row['author_id']}  received {iso(row['received_at'])}")
    return 0
