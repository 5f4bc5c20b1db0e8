"""Finding 3 of issue 13: the server's seq decides what is "current", never a client clock.

- A laptop whose clock was once wrong resends, after a restore and `new-epoch`, in the order
  the server first stored its versions: the newest version stays current.
- The newest review is the one the server stored last, whatever the coordinator's clock said.
"""

import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from champion_app.records import Draft
from tests.e2e.test_restore import backup
from tests.live_server import ROOT
from tests.sync_helpers import connected_store, coordinator_review, doorstep, sync


def restore(server, copy):
    """Put the server's SQLite file back to ``copy``, then `champion-server new-epoch`."""
    db = server.dir / "server.db"
    server.stop()
    server.engine.dispose()
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(copy, db)
    done = subprocess.run([sys.executable, "-m", "server.cli", "new-epoch", "--db", str(db)],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    server.start()


def edit(store, record_id, text):
    store.start_edit(record_id)
    draft = store.get_record(record_id).draft
    store.save_draft(Draft(kind=draft.kind, estate_id=draft.estate_id, payload={
        **draft.payload, "what_was_said": text}), record_id=record_id)
    store.submit(record_id)
    return store._record_row(record_id)["current_version_id"]


def server_record(server, record_id):
    from server import schema as s

    with server.engine.connect() as conn:
        head = conn.execute(select(s.records.c.head_version_id)
                            .where(s.records.c.record_id == record_id)).scalar_one()
        flagged = conn.execute(select(s.record_versions.c.version_id)
                               .where(s.record_versions.c.record_id == record_id)
                               .where(s.record_versions.c.conflict)).scalars().all()
    return head, flagged


def test_a_restore_resends_in_server_order_not_by_a_wrong_clock(tmp_path, server, monkeypatch):
    (tmp_path / "laptop").mkdir()
    laptop = connected_store(tmp_path / "laptop", server)
    try:
        sync(laptop)
        backup(server.dir / "server.db", tmp_path / "backup.db")
        # The laptop's clock was a day fast when it submitted the first version...
        ahead = (datetime.now(UTC) + timedelta(days=1)).isoformat(timespec="seconds")
        monkeypatch.setattr("champion_app.store.records.now_iso",
                            lambda: ahead.replace("+00:00", "Z"))
        record_id = doorstep(laptop, "First words")
        sync(laptop)
        # ...then it was put right, and the record was changed.
        monkeypatch.undo()
        newest = edit(laptop, record_id, "Corrected words")
        sync(laptop)
        assert server_record(server, record_id) == (newest, [])

        restore(server, tmp_path / "backup.db")
        sync(laptop)

        head, flagged = server_record(server, record_id)
        assert head == newest, "the older version became current again"
        assert flagged == [], "resent out of order, the versions were flagged as conflicts"
        assert laptop._record_row(record_id)["current_version_id"] == newest
    finally:
        laptop.close()


def test_the_newest_review_is_the_last_the_server_stored(tmp_path, server, coordinator):
    laptop = connected_store(tmp_path, server)
    try:
        record_id = doorstep(laptop, "Lift out again")
        sync(laptop)
        version_id = laptop._record_row(record_id)["current_version_id"]
        coordinator_review(server, coordinator, version_id, "has_issues", "Which lift?")
        # The coordinator's clock is an hour slow when they approve it afterwards: stored
        # after "has issues" (a higher seq), but with an earlier `at`.
        _push_review_at(server, coordinator, version_id, "approved",
                        datetime.now(UTC) - timedelta(hours=1))
        sync(laptop)
        row = laptop.rows_by_id([record_id])[record_id]
        assert row.review_state == "approved"
        assert "Which lift?" not in row.attention
    finally:
        laptop.close()


def _push_review_at(server, coordinator, version_id, state, at):
    import uuid

    review = {"review_id": str(uuid.uuid4()), "version_id": version_id, "state": state,
              "note": "", "at": at.isoformat().replace("+00:00", "Z")}
    status, answer = server.request("POST", "/sync/push", {
        "device_id": coordinator["device_id"], "mutations": [
            {"mutation_id": str(uuid.uuid4()), "type": "review", "data": review}]},
        token=coordinator["token"])
    assert status == 200 and answer["results"][0]["status"] == "applied", answer
