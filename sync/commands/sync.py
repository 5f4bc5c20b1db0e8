"""``champion-app sync``: send everything queued and fetch what is new, then say how it went.

Exit codes: 0 everything queued was acknowledged by the server and accepted; 1 something is
still waiting (offline, server trouble, an answer that could not be understood, a photo
missing from this laptop); 3 this laptop must be connected again (its access was
withdrawn); 4 everything was delivered, but some records need someone: refused by the
server (edit them), or held for the coordinator because their estate left the patch; 5 the
landlord withdrew this laptop's access and asked for its data to be deleted, which has been
done (a lost laptop). Nothing queued is ever dropped otherwise.
"""

from __future__ import annotations

import argparse
import sys

NAME = "sync"
HELP = "Send queued records and fetch updates now (exit code 0 only when all were sent)."
EXIT_INCOMPLETE, EXIT_RECONNECT, EXIT_ATTENTION, EXIT_WIPED = 1, 3, 4, 5


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--quiet", action="store_true", help="print only problems")


def run(args: argparse.Namespace) -> int:
    from sync import connection, errors
    from sync.engine import run_sync
    from sync.errors import SyncError
    from sync.wipe import wipe_store

    from ._common import open_store

    store = open_store(args)
    try:
        try:
            with connection.client_for(store) as client:
                result = run_sync(store, client)
        except SyncError as exc:
            if exc.kind == errors.WIPED:
                print(wipe_store(store).message(remote=True), file=sys.stderr)
                return EXIT_WIPED
            print(exc.user_message, file=sys.stderr)
            left = store.outbox_count()
            if left:
                print(f"{left} item(s) are still waiting to be sent.", file=sys.stderr)
            return (EXIT_RECONNECT if exc.kind in (errors.AUTH, errors.NOT_CONNECTED)
                    else EXIT_INCOMPLETE)
        attention = store.needing_attention()
    finally:
        store.close()  # a no-op after a wipe closed it
    if not args.quiet or not result.complete or result.clock_warning:
        print(result.summary())  # the clock warning, when there is one, is part of it
    if not result.complete:
        return EXIT_INCOMPLETE
    if attention["refused"]:
        print(f"{attention['refused']} record(s) were refused by the server and need your "
              "attention: open My log and choose Needs attention.", file=sys.stderr)
    if attention["held"]:
        print(f"{attention['held']} record(s) are waiting for your coordinator: their estate "
              "is no longer in your patch. The server has them; nothing is lost.",
              file=sys.stderr)
    return EXIT_ATTENTION if attention["refused"] or attention["held"] else 0
