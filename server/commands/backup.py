"""``champion-server backup``: a consistent copy of the database and the photos, while the
server runs (server/backup.py; docs/deploy.md, "Backup and restore")."""

from pathlib import Path

from server import config
from server.backup import backup

NAME = "backup"
HELP = "back up the database (and mirror the photos) into a folder, while the server runs"
DB = "any"
BLOBS = True


def add_arguments(parser) -> None:
    parser.add_argument("--to", required=True, type=Path, metavar="FOLDER",
                        help="folder for the backups (made if missing); photos go to its "
                        "blobs/ subfolder")
    parser.add_argument("--keep", type=int, default=None, metavar="N",
                        help="then delete all but the newest N backups in that folder")


def run(args, engine) -> int:
    if args.keep is not None and args.keep < 1:
        raise ValueError("--keep must be 1 or more.")
    done = backup(engine, args.to, Path(args.blob_dir or config.default_blob_dir()), args.keep)
    print(f"Backed up the database to {done.path} ({done.path.stat().st_size:,} bytes).")
    print(f"Photos: {done.photos_copied} new of {done.photos_total} copied to "
          f"{args.to / 'blobs'}.")
    for path in done.pruned:
        print(f"Deleted the older backup {path.name}.")
    return 0
