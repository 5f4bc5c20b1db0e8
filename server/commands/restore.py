"""``champion-server restore``: the whole restore procedure in one command, server stopped
(server/backup.py; docs/deploy.md, "Backup and restore")."""

from pathlib import Path

from server import config
from server.backup import restore, taken_at

NAME = "restore"
HELP = "restore a backup (server stopped): safety copy, load, upgrade, new epoch, photos"
DB = "any"
BLOBS = True


def add_arguments(parser) -> None:
    parser.add_argument("backup", type=Path, help="the backup file (.sqlite or .pgdump)")
    parser.add_argument("--blobs-from", type=Path, default=None, metavar="FOLDER",
                        help="photo mirror to copy missing photos from (default: blobs/ "
                        "beside the backup file)")
    parser.add_argument("--skip-safety-copy", action="store_true",
                        help="do not keep a copy of the database being replaced (only when "
                        "it is beyond saving)")


def run(args, engine) -> int:
    done = restore(engine, args.backup, Path(args.blob_dir or config.default_blob_dir()),
                   blobs_from=args.blobs_from, safety_copy=not args.skip_safety_copy)
    if done.safety_copy:
        print(f"Kept the database it replaced as {done.safety_copy}.")
    print(f"Restored {done.source.name} (taken {taken_at(done.source)}): {done.records} "
          f"records, seq {done.seq}, schema revision {done.revision}.")
    print(f"New server epoch {done.epoch}: every app will drop what it pulled and resend "
          "what it has at its next sync, so work done after the backup comes back.")
    print(f"Photos copied back: {done.photos_copied}.")
    for name in done.photos_damaged:
        print(f"Not copied, damaged in the backup (a laptop that still has it sends it again): "
              f"{name}")
    print("Start champion-server again.")
    return 0
