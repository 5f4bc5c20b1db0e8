"""``champion-server demo``: a sample server on loopback for the app's demo mode.

It keeps its SQLite database and photos in ``--data-dir`` (so records survive between demo
runs), imports the demo patch from resources/demo/ (job dates shifted so the newest
completion is yesterday, as the laptop shifts them), makes sure the demo champion and the
demo coordinator exist (and, the first time, three more champions with their records,
reviews and comments: `server.demo_records`), issues a one-time enrolment code, binds port
8751 (any free loopback port when that is taken, or ``--port 0``), prints ONE line of JSON
and then serves::

    {"url": "http://127.0.0.1:8751", "username": "demo-champion", "role": "champion",
     "enrolment_code": "ABCD-EFGH-JKLM", "coordinator_username": "demo-coordinator"}

The app reads that line (``sync/demo.py``) and enrols through the public API, like any
laptop. ``--enrol coordinator`` issues the code for the demo coordinator instead, so an app
started as a coordinator can sign in the same way without a password on a command line. The
line is the only thing ever written to standard output: everything later goes to stderr.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sys
from pathlib import Path

from sqlalchemy import Engine, select

from . import accounts, config
from . import schema as s
from .blobs import BlobStore
from .db import make_db_engine, writing
from .demo_records import seed_records
from .imports import KINDS as IMPORT_KINDS
from .imports import import_csv
from .migrations import migrate

log = logging.getLogger(__name__)

HOST = "127.0.0.1"  # the demo never listens beyond this machine
PREFERRED_PORT = 8751
CHAMPION = "demo-champion"  # username and id: the demo's sample records name it as author
COORDINATOR = "demo-coordinator"
COORDINATOR_PASSWORD = "demo-coordinator"  # documented in docs/sync.md; loopback only
ACCOUNTS = {"champion": CHAMPION, "coordinator": COORDINATOR}


def add_arguments(parser) -> None:
    parser.add_argument("--data-dir", required=True, type=Path,
                        help="folder for the demo server's database and photos")
    parser.add_argument("--port", type=int, default=PREFERRED_PORT,
                        help=f"port to try first (default {PREFERRED_PORT}; 0 for any free one)")
    parser.add_argument("--enrol", choices=sorted(ACCOUNTS), default="champion",
                        help="which demo account the enrolment code is for (default champion)")
    parser.add_argument("--log-level", default="warning")


def seed(engine: Engine, enrol: str = "champion", blobs: BlobStore | None = None) -> str:
    """Patch and accounts (again on every start: the job dates move); with ``blobs``, the
    other demo champions' records, once (`server.demo_records`); a fresh enrolment code for
    the ``enrol`` account."""
    from champion_app.demo import csv_text  # the store behind it: only when seeding

    with writing(engine) as conn:
        for kind in IMPORT_KINDS:  # in the registry's order: estates before their blocks
            import_csv(conn, kind, csv_text(kind))
        estates = [row.id for row in conn.execute(
            select(s.reference.c.id).where(s.reference.c.entity == "estate"))]
        if accounts.find_user(conn, COORDINATOR) is None:
            accounts.add_user(conn, role="coordinator", username=COORDINATOR,
                              display_name="Demo coordinator", password=COORDINATOR_PASSWORD)
        champion = accounts.find_user(conn, CHAMPION)
        if champion is None:
            accounts.add_user(conn, role="champion", username=CHAMPION, user_id=CHAMPION,
                              display_name="Demo champion", estate_ids=estates)
        else:
            accounts.set_patch(conn, champion.id, estates)
        if blobs is not None:
            seed_records(conn, blobs, accounts.find_user(conn, COORDINATOR).id)
        # The demo may enrol its coordinator too: its password is public, on loopback only.
        code, _ = accounts.issue_code(conn, accounts.find_user(conn, ACCOUNTS[enrol]).id,
                                      staff_allowed=True)
    return code


def bind(port: int) -> socket.socket:
    """A listening loopback socket: on ``port`` when it is free, else on any free port."""
    for candidate in dict.fromkeys((port, 0)):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            sock.bind((HOST, candidate))
        except OSError:
            sock.close()
            continue
        sock.listen(128)
        return sock
    raise OSError(f"no free port on {HOST}")


def run(args) -> int:
    import uvicorn

    from .app import configure_logging, create_app

    folder = Path(args.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    engine = make_db_engine(f"sqlite:///{folder / 'server.db'}")
    migrate(engine)
    code = seed(engine, args.enrol, BlobStore(folder / "blobs"))
    sock = bind(args.port)
    url = f"http://{HOST}:{sock.getsockname()[1]}"
    # Listening already: a client that connects now waits in the backlog until uvicorn runs.
    print(json.dumps({"url": url, "username": ACCOUNTS[args.enrol], "role": args.enrol,
                      "enrolment_code": code, "coordinator_username": COORDINATOR}),
          flush=True)
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # nothing else may reach that line's reader
    os.environ[config.ENV_LOG_LEVEL] = args.log_level
    configure_logging()
    log.info("demo server at %s", url)
    serving = uvicorn.Config(create_app(engine, str(folder / "blobs")),
                             log_level=args.log_level, proxy_headers=False, server_header=False)
    uvicorn.Server(serving).run(sockets=[sock])
    return 0
