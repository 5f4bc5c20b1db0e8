"""``champion-server serve``: run the API with uvicorn (one or more worker processes)."""

import os

from server import config, request_log
from server.db import normalise_url

NAME = "serve"
HELP = "run the server"
DB = "current"   # upgrading is `init`'s job, after a backup: here only a plain refusal
BLOBS = True


def add_arguments(parser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8750)
    parser.add_argument("--workers", type=int, default=1, help="server processes (default 1)")
    parser.add_argument("--log-level", default=os.environ.get(config.ENV_LOG_LEVEL, "info"))
    parser.add_argument("--log-format", choices=request_log.FORMATS, default=None,
                        help=f"text or json (JSON lines); default ${config.ENV_LOG_FORMAT} "
                        "or text")
    parser.add_argument("--trusted-proxy", default="", metavar="ADDRESSES",
                        help="reverse proxies (comma-separated addresses) whose "
                        "X-Forwarded-For gives the client's address; default none")


def run(args, engine) -> int:
    import uvicorn

    # Workers are separate processes: they find the database through the environment.
    os.environ[config.ENV_DB] = normalise_url(args.db or config.default_db())
    os.environ[config.ENV_BLOB_DIR] = args.blob_dir or config.default_blob_dir()
    os.environ[config.ENV_LOG_LEVEL] = args.log_level
    _apply_retention(engine, args.blob_dir or config.default_blob_dir())
    os.environ[config.ENV_LOG_FORMAT] = args.log_format or config.log_format()
    log_config = request_log.logging_config(args.log_level, config.log_format())
    engine.dispose()  # each worker opens its own
    # Rate limits count per client address: behind a proxy, trust its X-Forwarded-For, or
    # every request looks like the proxy's and one address's limit becomes everyone's.
    trusted = [a.strip() for a in args.trusted_proxy.split(",") if a.strip()]
    # uvicorn's access log is off: RequestLog writes one line per request, with its id.
    uvicorn.run("server.app:create_app_from_env", factory=True, host=args.host,
                port=args.port, workers=args.workers, log_level=args.log_level,
                log_config=log_config, access_log=False,
                proxy_headers=bool(trusted), forwarded_allow_ips=trusted or None,
                server_header=False)
    return 0


def _apply_retention(engine, blob_dir: str) -> None:
    """Once at start (a daily timer does the rest: docs/server.md), when a policy is set."""
    from server import audit, erasure, retention
    from server.blobs import BlobStore
    from server.db import writing

    with writing(engine) as conn:
        if retention.policy(conn) == retention.Policy():
            return
        result = retention.apply(conn)
        if result.contacts_cleared or result.erased.records:
            audit.record(conn, "server (at start)", "retention.apply", "policy", {
                "contact_details_removed": result.contacts_cleared,
                "records": [r["record_id"] for r in result.erased.records],
                "photos": len(result.erased.photos)})
    erasure.delete_blobs(BlobStore(blob_dir), result.erased.photos)
