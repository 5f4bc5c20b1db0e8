"""``champion-server init``: create the database, or upgrade it to this version's schema."""

from pathlib import Path

from server.migrations import migrate

NAME = "init"
HELP = "create or upgrade the database"
DB = "any"
BLOBS = True


def run(args, engine) -> int:
    revision = migrate(engine)
    if args.blob_dir:
        Path(args.blob_dir).mkdir(parents=True, exist_ok=True)
    print(f"Database ready (schema revision {revision}).")
    return 0
