"""``champion-app status``: records by state, what is waiting, and how the last sync went."""

from __future__ import annotations

import argparse
import json

NAME = "status"
HELP = "Show records by state, what is waiting to be sent, and the last sync."

LABELS = {"draft": "Drafts", "queued": "Queued", "sent": "Sent", "reviewed": "Reviewed",
          "rejected": "Need attention"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print it as JSON, for scripts")


def gather(store) -> dict:
    from sync import connection

    conn = connection.current(store)
    return {
        "counts": store.counts_by_state(),
        "waiting": store.outbox_count(),
        "quarantined": len(store.quarantined()),
        "held_for_coordinator": store.needing_attention()["held"],
        "conflicts": len(store.conflicted_records()),
        "connected": conn is not None,
        "server_url": store.get_state("server_url"),
        "username": conn.username if conn else None,
        "needs_reconnect": store.get_state("needs_reconnect") == "1",
        "last_sync_at": store.get_state("last_sync_at"),
        "last_attempt_at": store.get_state("last_attempt_at"),
        "last_sync_ok": store.get_state("last_sync_ok") == "1",
        "last_sync_message": store.get_state("last_sync_message"),
        "clock_skew_seconds": float(store.get_state("clock_skew_seconds", 0) or 0),
    }


def run(args: argparse.Namespace) -> int:
    from ._common import open_store

    with open_store(args) as store:
        info = gather(store)
    if args.json:
        print(json.dumps(info, indent=2))
        return 0
    for state, label in LABELS.items():
        print(f"{label + ':':16}{info['counts'].get(state, 0)}")
    print(f"{'Waiting to send:':16}{info['waiting']}")
    if info["held_for_coordinator"]:
        print(f"{info['held_for_coordinator']} record(s) wait for your coordinator: their estate "
              "is no longer in your patch (the server has them).")
    if info["conflicts"]:
        print(f"{info['conflicts']} record(s) were changed on two laptops: open them in My log "
              "to keep one version.")
    if info["connected"]:
        print(f"Connected to {info['server_url']} as {info['username']}.")
    else:
        print("Not connected: use champion-app connect.")
    if info["needs_reconnect"]:
        print("This laptop must be connected again (its access was withdrawn).")
    print(f"Last sync {info['last_sync_at']}." if info["last_sync_at"] else "Never synced.")
    if info["last_attempt_at"] and info["last_sync_message"]:
        print(f"Last try {info['last_attempt_at']}: {info['last_sync_message']}")
    return 0
