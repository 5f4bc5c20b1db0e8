"""``champion-server new-epoch``: after restoring the database from a backup.

A restored copy keeps the epoch it was backed up with, so apps whose cursor is below the
restored seq would never notice what the restore lost. A new epoch makes every app drop what
it pulled, pull again from 0 and resend its own versions (duplicates of what the backup kept
answer `duplicate`). `champion-server restore` does this itself.
"""

from server import audit
from server.backup import new_epoch

NAME = "new-epoch"
HELP = "after restoring the database from a backup: make every app resend"
DB = "current"


def run(args, engine) -> int:
    epoch = new_epoch(engine, audit.CLI_ACTOR)
    print(f"New server epoch {epoch}: every app will resend what it has at its next sync.")
    return 0
