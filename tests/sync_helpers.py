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
    skip = {"received_at", "seq", "conflict", "author_id", "device_id"}
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
