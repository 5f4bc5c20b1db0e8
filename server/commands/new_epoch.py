"""``champion-server new-epoch``: after restoring the database from a backup.

A restored copy keeps the epoch it was backed up with, so apps whose cursor is below the
restored seq would never notice what the restore lost. A new epoch makes every app drop what
it pulled, pull again from 0 and resend its own versions (duplicates of what the backup kept
answer `duplicate`).
"""

import secrets

from sqlalchemy import update

from server import audit
from server.db import writing
from server.schema import server_meta

NAME = "new-epoch"
HELP = "after restoring the database from a backup: make every app resend"
DB = "current"


def run(args, engine) -> int:
    epoch = secrets.token_hex(8)
    with writing(engine) as conn:
        conn.execute(update(server_meta).where(server_meta.c.key == "server_epoch")
                     .values(value=epoch))
        audit.record(conn, audit.CLI_ACTOR, "epoch.new", "server", {"epoch": epoch})
    print(f"New server epoch {epoch}: every app will resend what it has at its next sync.")
    return 0
