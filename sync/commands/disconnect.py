"""``champion-app disconnect``: withdraw this laptop's access and delete the residents' data
on it (a volunteer handing the laptop back). It never deletes unsent work silently:

* nothing unsent: access withdrawn, data deleted (``--keep-data`` keeps it);
* something unsent: ``--send-first`` sends it, then disconnects; ``--keep-data`` disconnects
  and keeps everything here; ``--discard-unsent`` deletes it too. On a terminal it asks. With
  none of these and no terminal, access is withdrawn and everything stays (as before), and it
  says so.
"""

from __future__ import annotations

import argparse
import sys

NAME = "disconnect"
HELP = ("Disconnect from the server: withdraw this laptop's access and delete the residents' "
        "data on it (asks first when something is not sent yet).")
EXIT_NOT_DONE = 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--send-first", action="store_true",
                        help="send what is waiting first; disconnect only if all of it went")
    choice.add_argument("--keep-data", action="store_true",
                        help="withdraw access but keep every record on this laptop")
    choice.add_argument("--discard-unsent", action="store_true",
                        help="also delete what was never sent (drafts, queued records)")


def _ask(question: str, default: bool) -> bool:
    answer = input(f"{question} [{'Y/n' if default else 'y/N'}] ").strip().lower()
    return default if not answer else answer.startswith("y")


def run(args: argparse.Namespace) -> int:
    from sync import connection, errors
    from sync.errors import SyncError
    from sync.wipe import wipe_store

    from ._common import open_store

    store = open_store(args)
    try:
        unsent = store.unsent()
        send_first, keep = args.send_first, args.keep_data
        if unsent.total and not (send_first or keep or args.discard_unsent):
            print(f"Not sent yet: {unsent.describe()}.", file=sys.stderr)
            if sys.stdin.isatty():
                send_first = _ask("Send them now, then disconnect?", True)
                keep = not send_first and _ask(
                    "Disconnect and keep everything on this laptop instead?", True)
                if not (send_first or keep):
                    print("Nothing was changed.")
                    return EXIT_NOT_DONE
            else:
                keep = True  # never delete unsent work without being told to
        if send_first:
            unsent = _send(store, unsent)
            if unsent.total:
                print(f"Not disconnected: still not sent: {unsent.describe()}. Drafts must be "
                      "submitted first; or use --keep-data or --discard-unsent.",
                      file=sys.stderr)
                return EXIT_NOT_DONE
        try:
            message = connection.disconnect(store, mention_queued=keep)
        except SyncError as exc:
            if exc.kind != errors.WIPED:
                raise
            print(wipe_store(store).message(remote=True))
            return 0
        if keep:
            print(message)
            if unsent.total:
                print("The residents' data stays on this laptop (encrypted). To delete it, run "
                      "champion-app disconnect --discard-unsent.")
            return 0
        print(message)
        print(wipe_store(store).message(remote=False))
        return 0
    finally:
        store.close()


def _send(store, unsent):
    from sync import connection
    from sync.engine import run_sync
    from sync.errors import SyncError

    try:
        with connection.client_for(store) as client:
            print(run_sync(store, client).summary())
    except SyncError as exc:
        print(exc.user_message, file=sys.stderr)
    return store.unsent()
