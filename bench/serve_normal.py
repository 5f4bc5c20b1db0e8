"""`champion-server serve` with SQLite's ``synchronous=NORMAL``, for one comparison only:
what ``FULL`` (the server's setting since issue 13) costs a push. Never used outside
bench_sync_push.py; the server has no setting for it.

    python -m bench.serve_normal serve --db ... (the arguments of champion-server)
"""

import sys

import server.db
from server import cli

if __name__ == "__main__":
    server.db.SQLITE_SYNCHRONOUS = "NORMAL"  # one process: --workers 1 serves in-process
    sys.exit(cli.main(sys.argv[1:]))
