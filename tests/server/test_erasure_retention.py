"""Erasure, retention and remote wipe on the real server (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from server import audit, erasure, retention
from server import schema as s
from server.db import reading, utcnow, writing

from .helpers import ids, mutation, new_id, photo, pull_all, push_ok, version

pytestmark = pytest.mark.timeout(180)


@pytest.fixture
def champ(server):
    user = server.add_champion(f"champ-{new_id()[:8]}", ["E1", "E2"])
    return server.enrol(user["code"])


@pytest.fixture
def other_champ(server):
    user = server.add_champion(f"other-{new_id()[:8]}", ["E1"])
    return server.enrol(user["code"])


@pytest.fixture
def coord(server):
    user = server.add_coordinator(f"coord-{new_id()[:8]}")
    return server.login(user["username"], user["password"])


def with_contact(home_id: str | None, name="Ada Pennyworth", phone="07700 900461",
                 email="", said="Damp again", **kw) -> dict:
    data = version("E1", said=said, home_id=home_id, **kw)
    data["payload"]["consent"] = {"contact": {"given": True, "at": "2026-03-01T10:00:00Z"}}
    data["payload"]["contact"] = {"name": name, "phone": phone, "email": email}
    return data


def upload(server, champ, content: bytes) -> dict:
    sha, attachment = photo(content)
    status, _ = server.request("PUT", f"/blobs/{sha}", raw=content, token=champ["token"])
    assert status in (200, 201)
    return attachment


def erase(server, coord, **body):
    return server.request("POST", "/erasures", body, token=coord["token"])


def changes_text(server) -> str:
    with reading(server.engine) as conn:
        return json.dumps([r.data for r in conn.execute(select(s.changes))])


def test_a_home_is_erased_everywhere_with_its_photos_and_stays_erased(
        server, champ, other_champ, coord):
    jpeg = b"\xff\xd8\xff"  # the server takes only JPEG or PNG bytes
    own_photo = upload(server, champ, jpeg + b" only in the erased home " + new_id().encode())
    shared = upload(server, champ, jpeg + b" in both homes " + new_id().encode())
    home = f"H-{new_id()[:6]}"
    first = with_contact(home, attachments=[own_photo, shared])
    edit = {**with_contact(home, said="Still damp"), "record_id": first["record_id"],
            "base_version_id": first["version_id"]}
    elsewhere = with_contact("H-other", name="Someone Else", phone="01632 960000",
                             attachments=[shared])
    push_ok(server, champ, mutation("record_version", first), mutation("record_version", edit),
            mutation("record_version", elsewhere))
    theirs = with_contact(None, name="Not Them", phone="01632 960001")
    push_ok(server, other_champ, mutation("record_version", theirs))
    # A coordinator's step on the erased record's hazard case (its note may quote the resident).
    step = {"event_id": new_id(), "record_id": first["record_id"], "case": "hazard",
            "state": "passed_to_repairs", "reference": "WO-9", "note": "Pennyworth rang",
            "at": "2026-03-02T09:00:00Z"}
    [stepped] = push_ok(server, coord, mutation("case_event", step))
    assert stepped["status"] == "applied", stepped
    _, champ_cursor = pull_all(server, champ)
    _, coord_cursor = pull_all(server, coord)

    status, dry = erase(server, coord, home_id=home)
    assert status == 200 and dry["dry_run"] and dry["versions"] == 2 and dry["photos"] == 2
    assert [r["record_id"] for r in dry["records"]] == [first["record_id"]]
    assert "Pennyworth" in changes_text(server)  # a dry run changed nothing

    status, done = erase(server, coord, home_id=home, dry_run=False)
    assert status == 200 and not done["dry_run"] and done["photos"] == 1
    with reading(server.engine) as conn:
        assert not conn.execute(select(s.record_versions).where(
            s.record_versions.c.record_id == first["record_id"])).first()
        assert not conn.execute(select(s.records).where(
            s.records.c.record_id == first["record_id"])).first()
        [entry] = [e for e in audit.entries(conn, action="records.erase")
                   if e["target"] == f"home {home}"]
        assert not conn.execute(select(s.case_events).where(
            s.case_events.c.record_id == first["record_id"])).first()
        # Who sent the photo goes with it (it no longer counts against their quota); who
        # sent the shared one stays.
        uploaded = set(conn.execute(select(s.blob_uploads.c.sha256)).scalars())
        assert own_photo["sha256"] not in uploaded and shared["sha256"] in uploaded
    assert entry["actor"] == coord["user"]["username"]
    assert entry["detail"]["records"] == [first["record_id"]]
    # The change log no longer carries the erased versions' words (it did before).
    assert "Still damp" not in changes_text(server)
    assert "Pennyworth rang" not in changes_text(server)
    # The owner's laptop and every coordinator's hear of it; another champion does not.
    news, _ = pull_all(server, champ, champ_cursor)
    assert ids(news, "record") == {first["record_id"]}
    assert all(c["op"] == "delete" for c in news if c["entity"] == "record")
    assert ids(pull_all(server, coord, coord_cursor)[0], "record") == {first["record_id"]}
    assert not ids(pull_all(server, other_champ)[0], "record")
    # A laptop pulling from scratch never sees the erased versions at all.
    assert first["version_id"] not in ids(pull_all(server, coord)[0], "record_version")
    # The photo only it cited is gone; the one another record cites stays.
    assert not server.blob_dir.joinpath(own_photo["sha256"][:2], own_photo["sha256"]).exists()
    assert server.blob_dir.joinpath(shared["sha256"][:2], shared["sha256"]).exists()
    # A laptop that was offline cannot bring it back; the same mutation again is harmless.
    again = {**with_contact(home, said="From an offline laptop"),
             "record_id": first["record_id"], "base_version_id": edit["version_id"]}
    [refused] = push_ok(server, champ, mutation("record_version", again))
    assert refused["status"] == "rejected" and refused["error"]["code"] == "erased"
    [repeat] = push_ok(server, champ, mutation("record_version", first))
    assert repeat["status"] in ("duplicate", "rejected")


def test_a_resident_is_found_by_the_details_given_and_no_one_else(server, champ, coord):
    phone = f"07700 9{new_id()[:5].translate(str.maketrans('abcdef', '123456'))}"
    ada = with_contact(None, name="Ada  PENNYWORTH", phone=phone)
    ada_phone_only = with_contact(None, name="", phone=phone.replace("0", "+44 ", 1))
    namesake = with_contact(None, name="Ada Pennyworth", phone="01632 960999")
    push_ok(server, champ, *(mutation("record_version", v)
                             for v in (ada, ada_phone_only, namesake)))
    status, done = erase(server, coord, contact={"name": "ada pennyworth", "phone": phone},
                         dry_run=False)
    assert status == 200
    gone = {r["record_id"] for r in done["records"]}
    assert gone == {ada["record_id"], ada_phone_only["record_id"]}
    with reading(server.engine) as conn:
        entries = audit.entries(conn, action="records.erase")  # newest first
    assert entries[0]["target"] == "resident matched by name, phone"
    assert phone not in json.dumps(entries) and "ennyworth" not in json.dumps(entries)


def test_only_coordinators_erase_and_a_request_names_one_thing(server, champ, coord):
    status, _ = erase(server, champ, home_id="H1")
    assert status == 403
    status, answer = erase(server, coord, home_id="H1", record_id=new_id())
    assert status == 422
    status, answer = erase(server, coord, contact={"name": " "})
    assert status == 422


def test_revoke_and_wipe_answers_device_wiped_and_the_coordinator_sees_it_delivered(
        server, champ, other_champ, coord):
    status, _ = server.request("POST", f"/devices/{champ['device_id']}/revoke?wipe=true",
                               token=coord["token"])
    assert status == 204
    status, answer = server.request("GET", "/sync/pull?cursor=0", token=champ["token"])
    assert status == 401 and answer["error"]["code"] == "device_wiped"
    # A plain revocation is still a plain 401.
    server.request("POST", f"/devices/{other_champ['device_id']}/revoke", token=coord["token"])
    status, answer = server.request("GET", "/sync/pull?cursor=0", token=other_champ["token"])
    assert status == 401 and answer["error"]["code"] == "unauthorised"
    status, champions = server.request("GET", "/champions", token=coord["token"])
    [device] = [d for c in champions for d in c["devices"] if d["id"] == champ["device_id"]]
    assert device["revoked_at"] and device["wipe_requested_at"] and device["wipe_told_at"]
    with reading(server.engine) as conn:
        actions = [(e["action"], e["target"], e["detail"].get("device_id"))
                   for e in audit.entries(conn, limit=1000)]
    owner = champ["user"]["username"]
    assert ("device.wipe", owner, champ["device_id"]) in actions
    assert ("device.wipe_delivered", owner, champ["device_id"]) in actions
    assert ("device.revoke", other_champ["user"]["username"], other_champ["device_id"]) in actions
    status, _ = server.request("POST", f"/devices/{coord['device_id']}/revoke?wipe=true",
                               token=champ["token"])
    assert status == 401  # and a champion could never have done it (403 when signed in)


def test_a_lost_laptops_first_contact_is_a_big_push_and_it_is_still_told_to_wipe(
        server, champ, coord):
    # A laptop with a lot queued: its first request after the wipe is a push larger than the
    # 64 KB a caller without a valid token may send. The body limit answers it before any
    # route runs; a plain 401 there would ask it to connect again, for ever, never wiping.
    status, _ = server.request("POST", f"/devices/{champ['device_id']}/revoke?wipe=true",
                               token=coord["token"])
    assert status == 204
    big = {"mutations": [mutation("record_version", with_contact(None, said="x" * 3000))
                         for _ in range(40)]}
    assert len(json.dumps(big)) > 100_000
    status, answer = server.request("POST", "/sync/push", big, token=champ["token"])
    assert status == 401 and answer["error"]["code"] == "device_wiped", answer
    with reading(server.engine) as conn:
        delivered = [e for e in audit.entries(conn, action="device.wipe_delivered")
                     if e["detail"].get("device_id") == champ["device_id"]]
    assert len(delivered) == 1
    # A wrong token is still a plain 401, whatever its size.
    status, answer = server.request("POST", "/sync/push", big, token="not-a-token")
    assert status == 401 and answer["error"]["code"] == "unauthorised"


def backdate(server, version_id: str, days: int) -> None:
    with writing(server.engine) as conn:
        conn.execute(update(s.record_versions).where(s.record_versions.c.version_id == version_id)
                     .values(received_at=utcnow() - timedelta(days=days)))


def test_retention_clears_old_contact_details_and_erases_old_records(server, champ, coord):
    old = with_contact(None, name="Old Contact", phone="01632 960123")
    recent = with_contact(None, name="Recent Contact", phone="01632 960124")
    ancient = with_contact(None, name="Ancient Record", phone="01632 960125")
    push_ok(server, champ, *(mutation("record_version", v) for v in (old, recent, ancient)))
    first = mutation("record_version", old)
    backdate(server, old["version_id"], 400)
    backdate(server, ancient["version_id"], 365 * 7)
    _, cursor = pull_all(server, champ)
    with writing(server.engine) as conn:
        retention.set_policy(conn, retention.Policy(contact_months=12, record_years=6))
        result = retention.apply(conn)
    assert result.contacts_cleared >= 1 and ancient["record_id"] in {
        r["record_id"] for r in result.erased.records}
    news, _ = pull_all(server, champ, cursor)
    [cleared] = [c for c in news if c["id"] == old["version_id"]]
    assert cleared["data"]["contact_cleared_at"]
    assert cleared["data"]["payload"]["contact"] == retention.EMPTY_CONTACT
    assert cleared["data"]["payload"]["what_was_said"] == old["payload"]["what_was_said"]
    assert ancient["record_id"] in ids(news, "record")
    text = changes_text(server)
    assert "Old Contact" not in text and "Ancient Record" not in text
    assert "Recent Contact" in text
    # The laptop sending the old version again (a reset) is told it is a duplicate, and the
    # server keeps the cleared copy.
    first["mutation_id"] = new_id()
    [again] = push_ok(server, champ, first)
    assert again["status"] == "duplicate"
    with reading(server.engine) as conn:
        kept = conn.execute(select(s.record_versions.c.data).where(
            s.record_versions.c.version_id == old["version_id"])).scalar()
    assert "Old Contact" not in kept
    # Applying again finds nothing more to do.
    with writing(server.engine) as conn:
        assert retention.apply(conn).contacts_cleared == 0


def test_months_before_keeps_the_day_where_it_can():
    from datetime import datetime

    when = datetime(2026, 3, 31, 12)
    assert retention.months_before(when, 1) == datetime(2026, 2, 28, 12)
    assert retention.months_before(when, 12) == datetime(2025, 3, 31, 12)
    assert retention.months_before(when, 27) == datetime(2023, 12, 31, 12)


def test_contact_matching():
    from champion_app.protocol import ContactMatch

    want = ContactMatch(name="Pat  Jones", phone="+44 7700 900123")
    assert erasure.contact_matches(want, {"name": "pat jones", "phone": "07700900123"})
    assert erasure.contact_matches(want, {"phone": "07700 900 123"})
    assert not erasure.contact_matches(want, {"name": "Pat Jones", "phone": "07700900999"})
    assert not erasure.contact_matches(want, {"email": "pat@example.org"})
    assert not erasure.contact_matches(ContactMatch(email="PAT@example.org"), {})
    assert erasure.contact_matches(ContactMatch(email="PAT@example.org "),
                                   {"email": "pat@example.org"})


def test_the_command_line_erases_sets_and_applies_retention_and_wipes(live_server, capsys):
    from server import cli

    live_server.add_sample_patch()
    user = live_server.add_champion("cli-champ", ["E1"])
    champ = live_server.enrol(user["code"])
    home_record = with_contact("H1", name="Cli Resident", phone="01632 960321")
    push_ok(live_server, champ, mutation("record_version", home_record))
    common = ["--db", live_server.db_url]
    blobs = ["--blob-dir", str(live_server.blob_dir)]

    assert cli.main(["erase", *common, *blobs, "--phone", "01632960321"]) == 0
    out = capsys.readouterr().out
    assert home_record["record_id"] in out and "Run again with --yes" in out
    assert cli.main(["erase", *common, *blobs, "--home", "H1", "--yes"]) == 0
    assert "Erased 1 record(s)" in capsys.readouterr().out
    assert cli.main(["erase", *common, *blobs]) == 1
    assert "one of the three" in capsys.readouterr().err

    assert cli.main(["retention", "set", *common, *blobs, "--contact-months", "18",
                     "--record-years", "6"]) == 0
    assert "18 months" in capsys.readouterr().out
    assert cli.main(["retention", "show", *common, *blobs]) == 0
    assert "6 years" in capsys.readouterr().out
    assert cli.main(["retention", "apply", *common, *blobs, "--dry-run"]) == 0
    assert json.loads(capsys.readouterr().out)["dry_run"] is True
    assert cli.main(["retention", "apply", *common, *blobs]) == 0
    capsys.readouterr()

    assert cli.main(["revoke-device", *common, champ["device_id"], "--wipe"]) == 0
    assert "deletes the residents' data" in capsys.readouterr().out
    status, answer = live_server.request("GET", "/sync/pull", token=champ["token"])
    assert status == 401 and answer["error"]["code"] == "device_wiped"

    assert cli.main(["audit", *common, "--json"]) == 0
    out = capsys.readouterr().out
    actions = [e["action"] for e in json.loads(out)][::-1]  # oldest first
    assert actions[:2] == ["records.erase", "retention.policy"]
    assert {"retention.apply", "device.wipe", "device.wipe_delivered"} <= set(actions)
    assert "Cli Resident" not in out and "01632" not in out
