"""``champion-server stats``: what an operator checks on a running server (server/stats.py)."""

import json
from pathlib import Path

from server import config
from server.stats import as_text, gather

NAME = "stats"
HELP = "devices seen, queued conflicts, refused pushes, photo storage, app versions in use"
DB = "current"
BLOBS = True


def add_arguments(parser) -> None:
    parser.add_argument("--json", action="store_true", help="one JSON object, for scripts")


def run(args, engine) -> int:
    stats = gather(engine, Path(args.blob_dir or config.default_blob_dir()))
    print(json.dumps(stats.as_dict(), indent=2) if args.json else as_text(stats))
    return 0
