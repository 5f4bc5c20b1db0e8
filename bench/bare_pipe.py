"""The bare pipe the sync figures are measured against: one request, one bulk insert.

    python -m bench.bare_pipe PORT STORE_DB SOURCE_DB

A raw ASGI app under the same uvicorn the real server uses, with nothing else:
``POST /push`` takes a JSON array of record versions, parses it and writes them with one
``executemany`` in one transaction into STORE_DB; ``GET /pull`` answers every stored
version's JSON from SOURCE_DB (the server's own database file) as one array. No auth, no
validation, no per-record logic: the floor for moving the same records over loopback.
"""

from __future__ import annotations

import json
import sqlite3
import sys

TABLE = "CREATE TABLE IF NOT EXISTS bare (id TEXT PRIMARY KEY, data TEXT NOT NULL)"


def bulk_insert(path: str, records: list[dict]) -> None:
    """One transaction, one executemany: what "one bulk insert" means on both sides."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")  # as the server since issue 13
    conn.execute(TABLE)
    conn.execute("BEGIN")
    conn.executemany("INSERT OR REPLACE INTO bare (id, data) VALUES (?, ?)",
                     [(r["version_id"], json.dumps(r)) for r in records])
    conn.execute("COMMIT")
    conn.close()


def make_app(store_db: str, source_db: str):
    async def read_body(receive) -> bytes:
        chunks, more = [], True
        while more:
            message = await receive()
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        return b"".join(chunks)

    async def app(scope, receive, send):
        if scope["type"] != "http":
            return
        if scope["method"] == "POST" and scope["path"] == "/push":
            records = json.loads(await read_body(receive))
            bulk_insert(store_db, records)
            body = json.dumps({"stored": len(records)}).encode()
        elif scope["method"] == "GET" and scope["path"] == "/pull":
            conn = sqlite3.connect(source_db)
            rows = conn.execute("SELECT data FROM record_versions ORDER BY seq").fetchall()
            conn.close()
            body = ("[" + ",".join(r[0] for r in rows) + "]").encode()
        else:
            body = b"{}"
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    return app


def main() -> None:
    import uvicorn

    port, store_db, source_db = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    uvicorn.run(make_app(store_db, source_db), host="127.0.0.1", port=port,
                log_level="warning", server_header=False)


if __name__ == "__main__":
    main()
