"""``champion-app disconnect``: withdraw this laptop's access; records stay on the laptop."""

from __future__ import annotations

import argparse

NAME = "disconnect"
HELP = "Disconnect from the server (revokes this laptop's access; keeps every record)."


def run(args: argparse.Namespace) -> int:
    from sync import connection

    from ._common import open_store

    with open_store(args) as store:
        print(connection.disconnect(store))
    return 0
