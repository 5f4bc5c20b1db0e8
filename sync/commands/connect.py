"""``champion-app connect``: enrol this laptop with a code, or sign in as a coordinator."""

from __future__ import annotations

import argparse

NAME = "connect"
HELP = "Connect this laptop to your landlord's server (enrolment code, or coordinator sign-in)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--server", metavar="URL",
                        help="the server address your coordinator gave you "
                             "(default: $CHAMPION_SERVER_URL)")
    parser.add_argument("--code", help="the one-time enrolment code (champions)")
    parser.add_argument("--username", help="coordinators: your username")
    parser.add_argument("--password", help="coordinators: your password (asked for when "
                                           "left out, which keeps it out of shell history)")
    parser.add_argument("--ca-bundle", metavar="FILE",
                        help="your landlord's own certificate authority bundle (PEM)")
    parser.add_argument("--device-name", metavar="NAME",
                        help="how this laptop is named on the server (default: its hostname)")


def run(args: argparse.Namespace) -> int:
    import getpass
    import os

    from sync import connection

    from ._common import open_store

    password = args.password
    if args.username and not args.code and not password:
        password = getpass.getpass("Password: ")
    server = args.server or os.environ.get(connection.ENV_SERVER_URL, "")
    with open_store(args) as store:
        conn = connection.connect(store, server, code=args.code, username=args.username,
                                  password=password, ca_bundle=args.ca_bundle,
                                  name=args.device_name)
    who = conn.display_name or conn.username
    landlord = f" ({conn.landlord_name})" if conn.landlord_name else ""
    print(f"Connected to {conn.server_url}{landlord} as {who}, {conn.role}.")
    print(conn.storage_note)
    return 0
