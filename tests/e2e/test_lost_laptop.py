"""The lost-laptop drill, a champion leaving, and erasure and retention reaching every laptop,
end to end against the real server on loopback (the app's own commands as subprocesses)."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta

from sqlalchemy import update

from champion_app.records import Draft
from champion_app.vault import KEY_FILE
from server import schema as s
from server.db import utcnow, writing
from sync import connection
from tests.e2e.test_sync_e2e import cli, status
from tests.live_server import ROOT
from tests.sync.test_erasure_on_the_laptop import with_photo
from tests.sync_helpers import doorstep, open_store, sync

RESIDENT = ("Pennyworth", "07700900461", "Erase me, please", "Keep me")


def folder_has_no_resident_data(folder) -> bool:
    data = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    return not any(word.encode() in data for word in RESIDENT)


def test_a_lost_laptop_is_wiped_at_its_next_contact_and_says_so(tmp_path, server, coordinator):
    pictures, tmp_path = tmp_path, tmp_path / "data"
    champion = server.add_champion("lost-laptop-lou", ["E1"])
    cli(tmp_path, "connect", "--server", server.url, "--code", champion["code"], check=0)
    with open_store(tmp_path) as store:
        with_photo(store, pictures, "Erase me, please", "sent")
        device_id = store.get_state("device_id")
    cli(tmp_path, "sync", check=0)
    with open_store(tmp_path) as store:  # made after the last sync: never reached the server
        doorstep(store, "Keep me: not sent")
    assert (tmp_path / "champion.db").exists() and list((tmp_path / "attachments").iterdir())

    # The coordinator revokes it as lost, from their app's connection to the server.
    with connection.SyncClient(server.url, coordinator["token"]) as client:
        client.revoke_device(device_id, wipe=True)
    done = cli(tmp_path, "sync", check=5)  # 4 is main's "records need someone"
    assert "asked for its data to be deleted" in done.stderr
    assert "has been deleted" in done.stderr and "1 item(s) waiting to be sent" in done.stderr
    assert "tell your coordinator" in done.stderr
    left = sorted(p.name for p in tmp_path.iterdir())
    assert "champion.db" not in left and KEY_FILE not in left and "attachments" not in left
    assert "device-token" not in left
    assert left == ["logs"], left  # the log stays: it holds no resident data
    assert "residents' data wiped" in (tmp_path / "logs" / "champion.log").read_text()
    assert folder_has_no_resident_data(tmp_path)
    # The coordinator can see the laptop got the message.
    status_code, champions = server.request("GET", "/champions", token=coordinator["token"])
    [device] = [d for c in champions for d in c["devices"] if d["id"] == device_id]
    assert device["wipe_told_at"]
    # What is left is a fresh, empty app.
    assert status(tmp_path)["counts"] == {} or sum(status(tmp_path)["counts"].values()) == 0


def test_a_champion_leaving_sends_first_and_their_data_goes(tmp_path, server):
    champion = server.add_champion("leaving-lena", ["E1"])
    cli(tmp_path, "connect", "--server", server.url, "--code", champion["code"], check=0)
    with open_store(tmp_path) as store:
        record_id = doorstep(store, "Erase me, please: sent before leaving")
    done = cli(tmp_path, "disconnect", "--send-first", check=0)
    assert "Sent 1" in done.stdout and "has been deleted" in done.stdout
    assert not (tmp_path / "champion.db").exists() and folder_has_no_resident_data(tmp_path)
    from tests.sync_helpers import server_versions
    assert any(v["record_id"] == record_id for vs in server_versions(server).values()
               for v in vs)


def test_disconnect_never_deletes_unsent_work_unless_told(tmp_path, server):
    champion = server.add_champion("careful-cal", ["E1"])
    cli(tmp_path, "connect", "--server", server.url, "--code", champion["code"], check=0)
    with open_store(tmp_path) as store:
        store.save_draft(Draft(kind="doorstep", estate_id="E1",
                               payload={"what_was_said": "Keep me: a draft"}))
    # --send-first cannot send a draft: nothing is done, and it says why.
    refused = cli(tmp_path, "disconnect", "--send-first", check=1)
    assert "Not disconnected" in refused.stderr and "1 draft(s)" in refused.stderr
    assert status(tmp_path)["connected"]
    # With no terminal and no choice: access withdrawn, everything kept.
    kept = cli(tmp_path, "disconnect", check=0)
    assert "withdrawn" in kept.stdout and "stays on this laptop" in kept.stdout
    assert (tmp_path / "champion.db").exists()
    # Told to: the draft goes too.
    cli(tmp_path, "disconnect", "--discard-unsent", check=0)
    assert not (tmp_path / "champion.db").exists()


def test_erasure_and_retention_reach_the_champions_and_the_coordinators_laptops(
        tmp_path, server):
    server.add_coordinator("erasing-coord", "correct horse 42")
    champ_dir, coord_dir = tmp_path / "champion", tmp_path / "coordinator"
    champion = server.add_champion("erased-ellis", ["E1"])
    laptop = open_store(champ_dir)
    connection.connect(laptop, server.url, code=champion["code"])
    office = open_store(coord_dir)
    connection.connect(office, server.url, username="erasing-coord",
                       password="correct horse 42")
    try:
        erased, photo = with_photo(laptop, tmp_path, "Erase me, please", "erased", "H1")
        old, _ = with_photo(laptop, tmp_path, "Old record", "old")
        kept = doorstep(laptop, "Keep me")
        assert sync(laptop).complete and sync(office).complete
        assert {erased, old, kept} <= {r.record_id for r in office.list_records()}

        # Erasure of home H1, from the coordinator's app (its connection to the server).
        from champion_app.protocol import ErasureRequest
        with connection.client_for(office) as client:
            answer = client.erase(ErasureRequest(home_id="H1", dry_run=False))
        assert [r.record_id for r in answer.records] == [erased] and answer.photos == 1
        # Retention, from the server's command line: records over 6 years old go.
        with writing(server.engine) as conn:
            conn.execute(update(s.record_versions).where(s.record_versions.c.record_id == old)
                         .values(received_at=utcnow() - timedelta(days=365 * 7)))
        for argv in (["retention", "set", "--record-years", "6"], ["retention", "apply"]):
            subprocess.run([sys.executable, "-m", "server.cli", *argv, "--db", server.db_url,
                            "--blob-dir", str(server.blob_dir)], cwd=ROOT, check=True,
                           capture_output=True, text=True, timeout=120)
        sync(laptop)
        sync(office)
        for store in (laptop, office):
            ids = {r.record_id for r in store.list_records()}
            assert erased not in ids and old not in ids and kept in ids
        assert not laptop.attachment_path(photo).exists()
        assert not server.blob_dir.joinpath(photo[:2], photo).exists()
        from tests.sync_helpers import server_versions
        on_server = {v["record_id"] for vs in server_versions(server).values() for v in vs}
        assert erased not in on_server and old not in on_server and kept in on_server
    finally:
        laptop.close()
        office.close()
    for folder in (champ_dir, coord_dir):
        data = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
        assert b"Erase me" not in data
