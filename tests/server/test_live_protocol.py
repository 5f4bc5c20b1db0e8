"""The protocol against the real server (uvicorn subprocess), on SQLite and PostgreSQL."""

import pytest
from sqlalchemy import func, select

from server import schema as s

from .helpers import ids, mutation, new_id, photo, pull_all, push, push_ok, version

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def champ(server):
    """A champion whose patch is E1, enrolled on one device."""
    user = server.add_champion(f"champ-{new_id()[:8]}", ["E1"])
    return server.enrol(user["code"])


@pytest.fixture
def coord(server):
    user = server.add_coordinator(f"coord-{new_id()[:8]}")
    return server.login(user["username"], user["password"])


def test_enrol_push_pull_round_trip(server, champ, coord):
    assert champ["user"]["role"] == "champion" and champ["user"]["estate_ids"] == ["E1"]
    data = version("E1", job_ref="WO-1")
    [result] = push_ok(server, champ, mutation("record_version", data))
    assert result["status"] == "applied" and result["seq"] > 0

    changes, cursor = pull_all(server, champ)
    assert cursor >= result["seq"]
    [mine] = [c for c in changes if c["entity"] == "record_version"]
    assert mine["id"] == data["version_id"] and mine["seq"] == result["seq"]
    assert mine["data"]["author_id"] == champ["user"]["id"]
    assert mine["data"]["device_id"] == champ["device_id"]
    assert mine["data"]["conflict"] is False and mine["data"]["received_at"].endswith("Z")
    assert mine["data"]["payload"]["what_was_said"] == data["payload"]["what_was_said"]
    # Reference data of the patch only; operatives and settings for everyone.
    assert ids(changes, "estate") == {"E1"} and ids(changes, "block") == {"B1"}
    assert ids(changes, "home") == {"H1"} and ids(changes, "job") == {"WO-1"}
    assert ids(changes, "operative") == {"OP1"} and "landlord_name" in ids(changes, "setting")
    assert "champion" not in {c["entity"] for c in changes}
    seqs = [c["seq"] for c in changes]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)

    # Nothing new since: the cursor holds.
    again, cursor2 = pull_all(server, champ, cursor)
    assert again == [] and cursor2 == cursor

    everything, _ = pull_all(server, coord)
    assert data["version_id"] in ids(everything, "record_version")
    assert {"E1", "E2"} <= ids(everything, "estate")
    assert champ["user"]["id"] in ids(everything, "champion")


def test_same_push_twice_stores_once(server, champ):
    m = mutation("record_version", version("E1"))
    [first] = push_ok(server, champ, m)
    [second] = push_ok(server, champ, m)
    assert first["status"] == "applied"
    assert second == {"mutation_id": m["mutation_id"], "status": "duplicate",
                      "seq": first["seq"]}
    with server.engine.connect() as conn:
        stored = conn.execute(select(func.count()).select_from(s.record_versions).where(
            s.record_versions.c.version_id == m["data"]["version_id"])).scalar_one()
    assert stored == 1
    # The same version under a new mutation id (a client re-sending after a reset).
    [third] = push_ok(server, champ, mutation("record_version", m["data"]))
    assert third["status"] == "duplicate" and third["seq"] == first["seq"]


def test_same_id_other_content_is_a_mismatch(server, champ):
    m = mutation("record_version", version("E1"))
    push_ok(server, champ, m)
    changed = {**m, "data": {**m["data"], "payload": {"topics": ["refuse"]}}}
    [by_mutation] = push_ok(server, champ, changed)
    assert by_mutation["status"] == "rejected"
    assert by_mutation["error"]["code"] == "mismatch"
    [by_version] = push_ok(server, champ, mutation("record_version", changed["data"]))
    assert by_version["status"] == "rejected" and by_version["error"]["code"] == "mismatch"


def test_missing_blob_then_upload(server, champ, coord):
    content = b"\xff\xd8\xff a photo of a broken lift " + new_id().encode()
    sha, attachment = photo(content)
    m = mutation("record_version", version("E1", attachments=[attachment]))
    [first] = push_ok(server, champ, m)
    assert first == {"mutation_id": m["mutation_id"], "status": "needs_blobs", "missing": [sha]}
    status, answer = server.request("POST", "/blobs/missing", {"sha256": [sha]},
                                    token=champ["token"])
    assert status == 200 and answer == {"missing": [sha]}

    bad_status, bad = server.request("PUT", f"/blobs/{sha}", raw=content + b"x",
                                     token=champ["token"])
    assert bad_status == 422 and bad["error"]["code"] == "hash_mismatch"
    assert server.request("PUT", f"/blobs/{sha}", raw=content, token=champ["token"])[0] == 201
    assert server.request("PUT", f"/blobs/{sha}", raw=content, token=champ["token"])[0] == 200
    assert server.request("POST", "/blobs/missing", {"sha256": [sha]},
                          token=champ["token"])[1] == {"missing": []}

    [second] = push_ok(server, champ, m)
    assert second["status"] == "applied"
    assert server.request("GET", f"/blobs/{sha}", token=champ["token"]) == (200, content)
    assert server.request("GET", f"/blobs/{sha}", token=coord["token"]) == (200, content)
    other = server.enrol(server.add_champion(f"other-{new_id()[:8]}", ["E1"])["code"])
    assert server.request("GET", f"/blobs/{sha}", token=other["token"])[0] == 403


def test_champion_stays_inside_their_patch(server, champ, coord):
    [outside] = push_ok(server, champ, mutation("record_version", version("E2")))
    assert outside["status"] == "rejected" and outside["error"]["code"] == "forbidden"

    mine = version("E1")
    push_ok(server, champ, mutation("record_version", mine))
    review = {"review_id": new_id(), "version_id": mine["version_id"], "state": "approved",
              "note": "", "at": "2026-03-02T09:00:00Z"}
    action = {"action_id": new_id(), "estate_id": "E1", "you_said": "Lift", "published": True}
    results = push_ok(server, champ, mutation("review", review), mutation("action", action))
    assert [r["status"] for r in results] == ["rejected", "rejected"]
    assert {r["error"]["code"] for r in results} == {"forbidden"}

    # A coordinator's record on E2 and a published action on E2 stay out of the pull.
    push_ok(server, coord, mutation("record_version", version("E2")),
            mutation("action", {**action, "action_id": new_id(), "estate_id": "E2"}))
    changes, _ = pull_all(server, champ)
    assert ids(changes, "record_version") == {mine["version_id"]}
    assert not {c.get("data", {}) and c["data"].get("estate_id") for c in changes
                if c["entity"] in ("block", "home", "job", "action")} & {"E2"}
    assert ids(changes, "estate") == {"E1"} and "B2" not in ids(changes, "block")

    # Someone else's record: no versions on it, no comments on it.
    others = version("E1")
    push_ok(server, coord, mutation("record_version", others))
    comment = {"comment_id": new_id(), "record_id": others["record_id"], "body": "Hello",
               "at": "2026-03-02T09:00:00Z"}
    stolen = version("E1", record_id=others["record_id"], base=others["version_id"])
    results = push_ok(server, champ, mutation("comment", comment),
                      mutation("record_version", stolen))
    assert [r["error"]["code"] for r in results] == ["forbidden", "forbidden"]
    # Claiming to be another author is refused too.
    [fake] = push_ok(server, champ, mutation("record_version",
                                             version("E1", author_id=coord["user"]["id"])))
    assert fake["status"] == "rejected" and fake["error"]["code"] == "forbidden"


def test_reviews_comments_and_actions_reach_the_champion(server, champ, coord):
    mine = version("E1")
    push_ok(server, champ, mutation("record_version", mine))
    review = {"review_id": new_id(), "version_id": mine["version_id"], "state": "has_issues",
              "note": "Which floor?", "at": "2026-03-02T09:00:00Z"}
    theirs = {"comment_id": new_id(), "record_id": mine["record_id"], "body": "Thanks",
              "at": "2026-03-02T09:00:00Z"}
    action = {"action_id": new_id(), "estate_id": "E1", "you_said": "The lift", "published": True,
              "we_did": "Fixed it"}
    hidden = {"action_id": new_id(), "estate_id": "E1", "you_said": "Draft"}
    results = push_ok(server, coord, mutation("review", review), mutation("comment", theirs),
                      mutation("action", action), mutation("action", hidden))
    assert [r["status"] for r in results] == ["applied"] * 4
    reply = {"comment_id": new_id(), "record_id": mine["record_id"], "body": "Third floor",
             "at": "2026-03-02T10:00:00Z"}
    assert push_ok(server, champ, mutation("comment", reply))[0]["status"] == "applied"

    changes, _ = pull_all(server, champ)
    assert ids(changes, "review") == {review["review_id"]}
    assert ids(changes, "comment") == {theirs["comment_id"], reply["comment_id"]}
    assert ids(changes, "action") >= {action["action_id"]}
    assert hidden["action_id"] not in ids(changes, "action")
    [pulled] = [c for c in changes if c["id"] == action["action_id"]]
    assert pulled["data"]["version"] == 1 and pulled["data"]["we_did"] == "Fixed it"


def test_action_versions_and_conflicts(server, coord):
    action = {"action_id": new_id(), "estate_id": "E1", "you_said": "Bins"}
    assert push_ok(server, coord, mutation("action", action))[0]["status"] == "applied"
    edit = {**action, "base_version": 1, "status": "in_progress"}
    assert push_ok(server, coord, mutation("action", edit))[0]["status"] == "applied"
    [stale] = push_ok(server, coord, mutation("action", {**action, "base_version": 1,
                                                         "status": "done"}))
    assert stale["status"] == "conflict"
    assert stale["current"]["version"] == 2 and stale["current"]["status"] == "in_progress"


def test_two_edits_of_one_version_are_flagged_not_merged(server, champ):
    first = version("E1")
    push_ok(server, champ, mutation("record_version", first))
    a = version("E1", record_id=first["record_id"], base=first["version_id"], said="A")
    b = version("E1", record_id=first["record_id"], base=first["version_id"], said="B")
    push_ok(server, champ, mutation("record_version", a), mutation("record_version", b))
    changes, _ = pull_all(server, champ)
    flags = {c["id"]: c["data"]["conflict"] for c in changes if c["entity"] == "record_version"}
    assert flags[first["version_id"]] is False and flags[a["version_id"]] is False
    assert flags[b["version_id"]] is True


def test_unknown_kind_and_schema_version_are_rejected(server, champ):
    results = push_ok(server, champ,
                      mutation("record_version", version("E1", kind="gossip")),
                      mutation("record_version", version("E1", schema_version=99)),
                      mutation("record_version", {**version("E1"), "payload": {"topics": []}}))
    assert [r["status"] for r in results] == ["rejected"] * 3
    assert [r["error"]["code"] for r in results] == ["unsupported", "unsupported", "validation"]
    assert "payload.topics" in results[2]["error"]["fields"]


def test_revoked_token_gets_401(server, champ, coord):
    assert push(server, champ)[0] == 200
    status = server.request("POST", f"/devices/{champ['device_id']}/revoke",
                            token=coord["token"])[0]
    assert status == 204
    status, answer = server.request("GET", "/sync/pull?cursor=0", token=champ["token"])
    assert status == 401 and answer["error"]["code"] == "unauthorised"
    assert push(server, champ)[0] == 401
    # Logging out revokes the coordinator's own token the same way.
    assert server.request("POST", "/auth/logout", token=coord["token"])[0] == 204
    assert server.request("GET", "/champions", token=coord["token"])[0] == 401


def test_patch_change_resets_the_champion(server, champ, coord):
    _, cursor = pull_all(server, champ)
    username = champ["user"]["username"]
    status, answer = server.request("PUT", f"/champions/{username}/patch",
                                    {"estate_ids": ["E1", "E2"]}, token=coord["token"])
    assert status == 200 and answer["estate_ids"] == ["E1", "E2"]
    status, page = server.request("GET", f"/sync/pull?cursor={cursor}", token=champ["token"])
    assert status == 200 and page["reset"] is True
    changes, _ = pull_all(server, champ, 0)
    assert ids(changes, "estate") == {"E1", "E2"}
    assert push_ok(server, champ, mutation("record_version", version("E2")))[0]["status"] == \
        "applied"


def test_enrolment_code_works_once(server):
    user = server.add_champion(f"once-{new_id()[:8]}", ["E1"])
    server.enrol(user["code"])
    status, answer = server.request("POST", "/auth/enrol",
                                    {"code": user["code"], "device_name": "second"})
    assert status == 401 and answer["error"]["code"] == "bad_code"


def test_login_is_rate_limited(server):
    user = server.add_coordinator(f"rl-{new_id()[:8]}")
    wrong = {"username": user["username"], "password": "nope", "device_name": "pc"}
    for _ in range(5):
        assert server.request("POST", "/auth/login", wrong)[0] == 401
    status, answer = server.request("POST", "/auth/login",
                                    {**wrong, "password": user["password"]})
    assert status == 429 and answer["error"]["code"] == "too_many_tries"


def test_meta_names_the_landlord(server):
    status, meta = server.request("GET", "/meta")
    assert status == 200
    assert meta["landlord_name"] == "Test Homes" and meta["emergency_repairs_phone"] == "0800 000"
    assert meta["server_epoch"] and meta["api_version"] == 1


def test_oversized_push_gets_413_over_the_wire(server, champ):
    body = {"device_id": champ["device_id"], "mutations": [
        mutation("record_version", version("E1", said="x" * 19_000)) for _ in range(300)]}
    status, answer = server.request("POST", "/sync/push", body, token=champ["token"])
    assert status == 413 and answer["error"]["code"] == "too_large"
    content = b"y" * (10 * 1024 * 1024 + 1)
    status, answer = server.request("PUT", "/blobs/" + "0" * 64, raw=content,
                                    token=champ["token"])
    assert status == 413 and answer["error"]["code"] == "too_large"
