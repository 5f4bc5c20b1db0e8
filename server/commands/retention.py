"""``champion-server retention``: show, set or apply the landlord's retention policy.

``apply`` is meant for a daily timer (cron or systemd: docs/server.md); ``serve`` also applies
it once when it starts.
"""

import json

from server import audit, erasure, retention
from server.db import writing

NAME = "retention"
HELP = "show, set or apply the retention policy for residents' data"
DB = "current"
BLOBS = True


def add_arguments(parser) -> None:
    parser.add_argument("action", choices=["show", "set", "apply"])
    parser.add_argument("--contact-months", type=int, default=None, metavar="N",
                        help="set: remove contact details N months after a record arrived "
                             "(0: keep them as long as the record)")
    parser.add_argument("--record-years", type=int, default=None, metavar="N",
                        help="set: erase records N years after their last change (0: no limit)")
    parser.add_argument("--dry-run", action="store_true",
                        help="apply: say what would be removed, change nothing")


def run(args, engine) -> int:
    from server.blobs import BlobStore
    from server.config import default_blob_dir

    if args.action == "set":
        for value in (args.contact_months, args.record_years):
            if value is not None and value < 0:
                raise ValueError("A retention period cannot be negative.")
        with writing(engine) as conn:
            old = retention.policy(conn)
            new = retention.Policy(
                old.contact_months if args.contact_months is None else args.contact_months,
                old.record_years if args.record_years is None else args.record_years)
            retention.set_policy(conn, new)
            audit.record(conn, audit.CLI_ACTOR, "retention.policy", "policy",
                         {"contact_months": new.contact_months or None,
                          "record_years": new.record_years or None})
            print(retention.policy(conn).describe())
        return 0
    if args.action == "show":
        with writing(engine) as conn:
            print(retention.policy(conn).describe())
        return 0
    with writing(engine) as conn:
        result = retention.apply(conn, dry_run=args.dry_run)
        summary = {"contact_details_removed": result.contacts_cleared,
                   "records_erased": len(result.erased.records),
                   "photos": len(result.erased.photos), "dry_run": args.dry_run}
        if not args.dry_run:
            audit.record(conn, audit.CLI_ACTOR, "retention.apply", "policy", {
                **summary, "records": [r["record_id"] for r in result.erased.records]})
    if not args.dry_run:
        erasure.delete_blobs(BlobStore(args.blob_dir or default_blob_dir()), result.erased.photos)
    print(json.dumps(summary))
    return 0
