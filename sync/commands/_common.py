"""What the sync subcommands share: opening the store the CLI resolved."""

from __future__ import annotations

import argparse


def open_store(args: argparse.Namespace):
    from champion_app.store import Store

    return Store.open(args.db_path, args.attachments_path)
