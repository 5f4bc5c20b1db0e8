"""champion-server: the admin command line (docs/server.md lists every command)."""

import argparse
import getpass
import logging
import os
import secrets
import sys
from pathlib import Path

from sqlalchemy import update

from . import accounts, config, demo
from .accounts import AccountError
from .db import make_db_engine, normalise_url, writing
from .imports import KINDS, ImportFailed, import_csv
from .migrations import migrate, require_current
from .schema import server_meta

log = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=None, help=f"SQLAlchemy URL or SQLite file path "
                        f"(default ${config.ENV_DB} or the platform data folder)")
    blobs = argparse.ArgumentParser(add_help=False)
    blobs.add_argument("--blob-dir", default=None, help=f"folder for photos (default "
                       f"${config.ENV_BLOB_DIR} or the platform data folder)")
    p = argparse.ArgumentParser(prog="champion-server", description="Estate Champion's sync server.")
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("init", parents=[common, blobs], help="create or upgrade the database")
    serve = sub.add_parser("serve", parents=[common, blobs], help="run the server")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8750)
    serve.add_argument("--workers", type=int, default=1, help="server processes (default 1)")
    serve.add_argument("--log-level", default=os.environ.get(config.ENV_LOG_LEVEL, "info"))
    add = sub.add_parser("add-user", parents=[common], help="add an account")
    add.add_argument("--role", required=True, choices=accounts.ROLES)
    add.add_argument("--username", required=True)
    add.add_argument("--display-name", default="")
    add.add_argument("--estates", default="", help="a champion's patch: E1,E2")
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from the first line of standard input")
    patch = sub.add_parser("set-patch", parents=[common], help="replace a champion's patch")
    patch.add_argument("--username", required=True)
    patch.add_argument("--estates", required=True, help="E1,E2 (empty for none)")
    enrol = sub.add_parser("enrol", parents=[common], help="issue a one-time enrolment code")
    enrol.add_argument("--username", required=True)
    revoke = sub.add_parser("revoke-device", parents=[common], help="cut off a device")
    revoke.add_argument("device_id")
    imp = sub.add_parser("import", parents=[common], help="import reference data from CSV")
    imp.add_argument("kind", choices=KINDS)
    imp.add_argument("file", type=Path)
    sub.add_parser("new-epoch", parents=[common],
                   help="after restoring the database from a backup: make every app resend")
    demo.add_arguments(sub.add_parser(
        "demo", help="seed and run a sample server on loopback for the app's demo mode; "
        "prints one JSON line (url, enrolment code, usernames)"))
    exp = sub.add_parser("export", parents=[common], help="export data")
    exp.add_argument("what", choices=["records"])
    exp.add_argument("--format", default="csv", choices=["csv"])
    exp.add_argument("--output", type=Path, default=None, help="file to write (default stdout)")
    return p


def _estates(text: str) -> list[str]:
    return [e.strip() for e in text.split(",") if e.strip()]


def _account(conn, username: str):
    user = accounts.find_user(conn, username)
    if user is None:
        raise AccountError(f"There is no account {username!r}.")
    return user


def _engine(args, current: bool = True):
    engine = make_db_engine(args.db or config.default_db())
    if current:
        require_current(engine)
    return engine


def _password(args) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n") or None
    if args.role != "champion" and sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Again: "):
            raise AccountError("The two passwords differ.")
        return first
    return None


def run(args) -> int:
    cmd = args.command
    if cmd == "init":
        engine = _engine(args, current=False)
        version = migrate(engine)
        if getattr(args, "blob_dir", None):
            Path(args.blob_dir).mkdir(parents=True, exist_ok=True)
        print(f"Database ready (schema revision {version}).")
        return 0
    if cmd == "serve":
        return _serve(args)
    if cmd == "demo":
        return demo.run(args)
    engine = _engine(args)
    if cmd == "add-user":
        password = _password(args)
        if args.role != "champion" and not password:
            raise AccountError("A coordinator or admin needs a password (--password-stdin).")
        with writing(engine) as conn:
            user = accounts.add_user(conn, role=args.role, username=args.username,
                                     display_name=args.display_name,
                                     estate_ids=_estates(args.estates), password=password)
        print(f"Added {user['role']} {user['username']} (id {user['id']}).")
    elif cmd == "set-patch":
        with writing(engine) as conn:
            user = _account(conn, args.username)
            info = accounts.set_patch(conn, user.id, _estates(args.estates))
        print(f"Patch of {info['username']}: {', '.join(info['estate_ids']) or '(none)'}.")
    elif cmd == "enrol":
        with writing(engine) as conn:
            user = _account(conn, args.username)
            code, expires = accounts.issue_code(conn, user.id)
        print(f"One-time enrolment code for {user.username}, valid until "
              f"{expires:%Y-%m-%d %H:%M} UTC:")
        print(code)
    elif cmd == "revoke-device":
        with writing(engine) as conn:
            if not accounts.revoke_device(conn, args.device_id):
                raise AccountError(f"There is no device {args.device_id!r}.")
        print(f"Device {args.device_id} can no longer sync.")
    elif cmd == "import":
        text = args.file.read_text(encoding="utf-8-sig")
        with writing(engine) as conn:
            counts = import_csv(conn, args.kind, text)
        print(f"Imported {args.kind} from {args.file}: " +
              ", ".join(f"{n} {k}" for k, n in counts.items()))
    elif cmd == "new-epoch":
        # A restored copy keeps the epoch it was backed up with, so apps whose cursor is below
        # the restored seq would never notice what the restore lost. A new epoch makes every
        # app drop what it pulled, pull again from 0 and resend its own versions (duplicates
        # of what the backup kept answer `duplicate`).
        epoch = secrets.token_hex(8)
        with writing(engine) as conn:
            conn.execute(update(server_meta).where(server_meta.c.key == "server_epoch")
                         .values(value=epoch))
        print(f"New server epoch {epoch}: every app will resend what it has at its next sync.")
    elif cmd == "export":
        from .export import export_records_csv

        out = args.output.open("w", newline="", encoding="utf-8") if args.output else sys.stdout
        try:
            count = export_records_csv(engine, out)
        finally:
            if args.output:
                out.close()
        print(f"Exported {count} record versions.", file=sys.stderr)
    return 0


def _serve(args) -> int:
    import uvicorn

    db = normalise_url(args.db or config.default_db())
    blob_dir = args.blob_dir or config.default_blob_dir()
    # Upgrading is `init`'s job, after a backup; here only a plain refusal, before any
    # worker starts (each worker checks again).
    engine = make_db_engine(db)
    try:
        require_current(engine)
    finally:
        engine.dispose()
    # Workers are separate processes: they find the database through the environment.
    os.environ[config.ENV_DB] = db
    os.environ[config.ENV_BLOB_DIR] = blob_dir
    os.environ[config.ENV_LOG_LEVEL] = args.log_level
    uvicorn.run("server.app:create_app_from_env", factory=True, host=args.host,
                port=args.port, workers=args.workers, log_level=args.log_level,
                proxy_headers=False, server_header=False)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        return run(args)
    except (AccountError, ImportFailed, RuntimeError, ValueError, OSError) as exc:
        if isinstance(exc, ImportFailed):
            print(f"Nothing was imported; fix these rows and run it again:\n{exc}",
                  file=sys.stderr)
        else:
            print(f"champion-server: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
