"""Helpers shared by tests/sync and tests/e2e: records, connected stores, server checks."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from champion_app.records import Draft
from champion_app.store import Store
from sync import connection
from sync.engine import RetryPolicy, run_sync


def fast_retry(seed: int = 0, attempts: int = 8) -> RetryPolicy:
    """Backoff with the same shape as in the app, scaled down so tests stay quick."""
    import random

    return RetryPolicy(attempts=attempts, base=0.02, cap=0.3, rng=random.Random(seed))


def doorstep(store: Store, text: str = "Bins not emptied", estate_id: str = "E1",
             attachments=()) -> str:
    """Save and submit one valid doorstep record; returns its record_id."""
    changes = store.save_draft(Draft(kind="doorstep", estate_id=estate_id, payload={
        "topics": ["cleaning"], "what_was_said": text}, attachments=list(attachments)))
    store.submit(changes.record_id)
    return changes.record_id


def open_store(folder: Path) -> Store:
    return Store.open(Path(folder) / "champion.db")


def connected_store(folder: Path, server, username: str | None = None,
                    estate_ids=("E1",)) -> Store:
    """A fresh store in ``folder``, enrolled as a new champion on ``server``."""
    username = username or f"champ-{uuid.uuid4().hex[:8]}"
    champion = server.add_champion(username, list(estate_ids))
    store = open_store(folder)
    connection.connect(store, server.url, code=champion["code"])
    return store


def sync(store: Store, seed: int = 0, **kwargs):
    with connection.client_for(store, timeout=(2.0, 10.0)) as client:
        return run_sync(store, client, retry=kwargs.pop("retry", fast_retry(seed)), **kwargs)


def local_versions(store: Store) -> dict[str, dict]:
    """Every version this device submitted (not pulled), by version_id, as frozen."""
    return {r["version_id"]: json.loads(r["body"]) for r in store.db.query(
        "SELECT version_id, body FROM record_versions WHERE status != 'pulled'")}


def server_versions(server) -> dict[str, list[dict]]:
    """version_id -> every row the server holds for it (a list, so twins would show)."""
    from server import schema as s

    out: dict[str, list[dict]] = {}
    with server.engine.connect() as conn:
        for row in conn.execute(select(s.record_versions.c.version_id, s.record_versions.c.data)):
            out.setdefault(row.version_id, []).append(json.loads(row.data))
    return out


def same_content(local: dict, remote: dict) -> bool:
    """The server's copy says what was submitted (it adds its own fields and the author)."""
    skip = {"received_at", "seq", "conflict", "needs_reassignment", "author_id", "device_id"}
    return ({k: v for k, v in local.items() if k not in skip} ==
            {k: v for k, v in remote.items() if k not in skip})


def assert_server_has_exactly(server, store: Store) -> None:
    """None lost, none twice, none altered: the fault tests' one invariant."""
    local = local_versions(store)
    remote = server_versions(server)
    mine = {vid: rows for vid, rows in remote.items() if vid in local}
    lost = sorted(set(local) - set(mine))
    twice = sorted(vid for vid, rows in mine.items() if len(rows) != 1)
    altered = sorted(vid for vid, rows in mine.items() if not same_content(local[vid], rows[0]))
    assert not lost and not twice and not altered, (
        f"lost={lost} twice={twice} altered={altered}")
    assert store.outbox_count() == 0


def coordinator_review(server, coordinator: dict, version_id: str, state: str = "approved",
                       note: str = "") -> dict:
    """Push one review as a coordinator, straight over HTTP."""
    review = {"review_id": str(uuid.uuid4()), "version_id": version_id, "state": state,
              "note": note, "at": datetime.now(UTC).isoformat().replace("+00:00", "Z")}
    status, answer = server.request("POST", "/sync/push", {
        "device_id": coordinator["device_id"], "mutations": [
            {"mutation_id": str(uuid.uuid4()), "type": "review", "data": review}]},
        token=coordinator["token"])
    assert status == 200 and answer["results"][0]["status"] == "applied", answer
    return review


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def queue_comment(store: Store, record_id: str, body: str) -> dict:
    """A comment written on this laptop: its local row and its outbox row in one
    transaction, as the app's comment writer does."""
    comment = {"comment_id": str(uuid.uuid4()), "record_id": record_id, "body": body,
               "at": _now()}
    with store.write():
        store.db["comments"].insert({**comment, "mine": 1})
        store._enqueue("comment", comment["comment_id"], comment)
    return comment


def queue_review(store: Store, version_id: str, state: str, note: str = "") -> dict:
    review = {"review_id": str(uuid.uuid4()), "version_id": version_id, "state": state,
              "note": note, "at": _now()}
    with store.write():
        store.db["reviews"].insert({**review, "record_id": store._version_record(version_id)})
        store._enqueue("review", review["review_id"], review)
    return review


def queue_action(store: Store, estate_id: str, you_said: str, base_version: int = 0,
                 action_id: str | None = None) -> dict:
    action = {"action_id": action_id or str(uuid.uuid4()), "base_version": base_version,
              "estate_id": estate_id, "you_said": you_said, "we_did": "", "published": True}
    with store.write():
        store.db["actions"].upsert({"action_id": action["action_id"], "version": base_version,
                                    "estate_id": estate_id, "published": 1, "status": "logged",
                                    "body": json.dumps(action), "updated_at": _now()},
                                   pk="action_id")
        store._enqueue("action", action["action_id"], action)
    return action


def coordinator_store(folder: Path, server, username: str | None = None) -> Store:
    """A fresh store in ``folder``, signed in as a new coordinator on ``server``."""
    username = username or f"coord-{uuid.uuid4().hex[:8]}"
    account = server.add_coordinator(username, "correct horse 42")
    store = open_store(folder)
    connection.connect(store, server.url, username=username, password=account["password"])
    return store


def second_laptop(folder: Path, server, first: Store) -> Store:
    """Another laptop of the same champion as ``first``, enrolled with a fresh code."""
    store = open_store(folder)
    connection.connect(store, server.url,
                       code=server.enrolment_code(first.get_state("username")))
    return store


def edit_record(store: Store, record_id: str, text: str) -> str:
    """Change a submitted record's words and submit it; returns the new version's id."""
    store.start_edit(record_id)
    draft = store.get_record(record_id).draft
    store.save_draft(Draft(kind=draft.kind, estate_id=draft.estate_id, block_id=draft.block_id,
                           home_id=draft.home_id, job_ref=draft.job_ref,
                           payload={**draft.payload, "what_was_said": text}),
                     record_id=record_id)
    store.submit(record_id)
    return store._record_row(record_id)["current_version_id"]
