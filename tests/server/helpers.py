"""Building wire data for server tests."""

import hashlib
import uuid


def new_id() -> str:
    return str(uuid.uuid4())


def version(estate_id: str = "E1", *, record_id: str | None = None, base: str | None = None,
            author_id: str = "", said: str = "The lift is broken again.", attachments=None,
            kind: str = "doorstep", schema_version: int = 1, **extra) -> dict:
    return {
        "record_id": record_id or new_id(), "version_id": new_id(), "base_version_id": base,
        "kind": kind, "schema_version": schema_version,
        "created_at": "2026-03-01T10:00:00Z", "submitted_at": "2026-03-01T10:05:00Z",
        "author_id": author_id, "estate_id": estate_id,
        "payload": {"topics": ["lifts"], "what_was_said": said},
        "attachments": attachments or [], **extra}


def mutation(kind: str, data: dict, mutation_id: str | None = None) -> dict:
    return {"mutation_id": mutation_id or new_id(), "type": kind, "data": data}


def photo(content: bytes) -> tuple[str, dict]:
    sha = hashlib.sha256(content).hexdigest()
    return sha, {"sha256": sha, "bytes": len(content), "mime": "image/jpeg", "caption": "lift"}


def push(server, auth: dict, *mutations: dict) -> tuple[int, dict]:
    return server.request("POST", "/sync/push", {"device_id": auth["device_id"],
                                                 "mutations": list(mutations)},
                          token=auth["token"])


def push_ok(server, auth: dict, *mutations: dict) -> list[dict]:
    status, answer = push(server, auth, *mutations)
    assert status == 200, answer
    return answer["results"]


def pull_all(server, auth: dict, cursor: int = 0, limit: int = 1000) -> tuple[list[dict], int]:
    """Every change after cursor, following has_more; returns (changes, final cursor)."""
    changes = []
    while True:
        status, page = server.request("GET", f"/sync/pull?cursor={cursor}&limit={limit}",
                                      token=auth["token"])
        assert status == 200, page
        assert not page["reset"], page
        changes += page["changes"]
        cursor = page["cursor"]
        if not page["has_more"]:
            return changes, cursor


def ids(changes: list[dict], entity: str) -> set[str]:
    return {c["id"] for c in changes if c["entity"] == entity}
