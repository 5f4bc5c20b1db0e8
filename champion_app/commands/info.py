"""``champion-app info``: where the data and logs are, and what the database holds.

Opening the store here also checks it (and upgrades an older file), so this is the first thing
to run when someone reports that the app will not start.
"""

import argparse
import logging

log = logging.getLogger(__name__)

NAME = "info"
HELP = "Show where the database, photos and logs are, and how many records it holds."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--paths-only",
        action="store_true",
        help="only print the folders; do not open the database",
    )


def run(args: argparse.Namespace) -> int:
    lines = [
        f"Data folder:  {args.data_path}",
        f"Database:     {args.db_path}",
        f"Photos:       {args.attachments_path}",
        f"Logs:         {args.log_path}",
    ]
    if not args.paths_only:
        from champion_app.store import Store  # here: --help should not load SQLite code

        with Store.open(args.db_path, args.attachments_path) as store:
            store.check_integrity()  # every page: raises StoreError naming a damaged file
            states = store.counts_by_state()
            outbox = store.outbox_count()
        counts = ", ".join(f"{n} {state}" for state, n in states.items())
        lines += [f"Records:      {counts}", f"Waiting to send: {outbox}",
                  "Database check: ok"]
    print("\n".join(lines))
    return 0
