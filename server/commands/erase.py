"""``champion-server erase``: an erasure request for one home, one resident or one record.

Without --yes it only lists what would be erased. With --yes the records go from the server
and, at their next sync, from every laptop that holds them; the erasure is recorded in the
audit trail (how the records were found and their ids, never the resident's details).
"""

from pydantic import ValidationError

from champion_app.protocol import ContactMatch, ErasureRequest
from server import audit, erasure
from server.db import writing
from server.erasures import target_of

NAME = "erase"
HELP = "erase a home's, a resident's or one record's data (lists it first; --yes to erase)"
DB = "current"
BLOBS = True


def add_arguments(parser) -> None:
    parser.add_argument("--home", metavar="HOME_ID", help="every record about this home")
    parser.add_argument("--name", help="a resident, by the name they gave")
    parser.add_argument("--phone", help="a resident, by their phone number")
    parser.add_argument("--email", help="a resident, by their email address")
    parser.add_argument("--record", metavar="RECORD_ID", help="one record")
    parser.add_argument("--yes", action="store_true", help="erase them (otherwise only list)")


def run(args, engine) -> int:
    from server.blobs import BlobStore
    from server.config import default_blob_dir

    contact = ContactMatch(name=args.name or "", phone=args.phone or "", email=args.email or "")
    try:
        request = ErasureRequest(home_id=args.home, record_id=args.record, dry_run=not args.yes,
                                 contact=None if contact.is_empty() else contact)
    except ValidationError:
        raise ValueError("Say what to erase: --home, or a resident's --name/--phone/--email, "
                         "or --record (one of the three).") from None
    with writing(engine) as conn:
        ids = erasure.find_records(conn, home_id=request.home_id, contact=request.contact,
                                   record_id=request.record_id)
        done = erasure.erase(conn, ids, "request") if args.yes else erasure.describe(conn, ids)
        if args.yes:
            audit.record(conn, audit.CLI_ACTOR, "records.erase", target_of(request), {
                "records": [r["record_id"] for r in done.records],
                "versions": done.versions, "photos": len(done.photos)})
    for record in done.records:
        print(f"{record['record_id']}  {record['kind']:10s} {record['estate_id']:8s} "
              f"{record['home_id'] or '-':12s} {record['submitted_at'] or ''}")
    what = f"{len(done.records)} record(s), {done.versions} version(s), {len(done.photos)} photo(s)"
    if not args.yes:
        print(f"{what} would be erased. Run again with --yes to erase them.")
        return 0
    erasure.delete_blobs(BlobStore(args.blob_dir or default_blob_dir()), done.photos)
    print(f"Erased {what}. Each laptop that holds them deletes them at its next sync.")
    return 0
