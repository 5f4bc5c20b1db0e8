"""Accounts against the real server on loopback, SQLite and PostgreSQL (issue 13, findings 7-8).

Finding 7: no way to disable or remove an account or change a password; revoking a
coordinator's devices did not stop them signing in again. Finding 8: any coordinator could
mint an enrolment code for another coordinator or an admin and sign in as them; the patch
endpoint took coordinators and unknown estates; champions could be given passwords.
"""

import pytest
from sqlalchemy import update

from server import accounts
from server import schema as s

from .helpers import ids, mutation, new_id, pull_all, push_ok, version

pytestmark = pytest.mark.timeout(180)


def call(server, method: str, path: str, auth: dict | None, body=None):
    return server.request(method, path, body, token=auth["token"] if auth else None)


def error_code(answer) -> str:
    return answer["error"]["code"]


def staff(server, role: str = "coordinator", prefix: str = "staff") -> tuple[dict, dict]:
    """A new coordinator or admin, signed in: (account with password, auth)."""
    user = server.add_coordinator(f"{prefix}-{new_id()[:8]}", role=role)
    return user, server.login(user["username"], user["password"])


def champion(server, estates=("E1",)) -> tuple[dict, dict]:
    user = server.add_champion(f"champ-{new_id()[:8]}", list(estates))
    return user, server.enrol(user["code"])


# --- finding 7: disable, enable, remove, passwords, sessions ---------------------------------

def test_revoking_devices_then_disabling_keeps_a_coordinator_out(server):
    """The audit's case: revoking a coordinator's devices did not stop them (their password
    still worked). Signing them out everywhere and disabling the account does."""
    _, admin = staff(server, "admin", "admin")
    cora, cora_auth = staff(server)
    status, _ = call(server, "POST", f"/accounts/{cora['username']}/sign-out", admin)
    assert status == 200
    assert call(server, "GET", "/sync/pull", cora_auth)[0] == 401
    status, account = call(server, "POST", f"/accounts/{cora['username']}/disable", admin)
    assert status == 200 and account["disabled_at"]
    status, answer = server.request("POST", "/auth/login", {
        "username": cora["username"], "password": cora["password"], "device_name": "pc"})
    assert status == 403 and error_code(answer) == "account_disabled"
    # A wrong password still says only that it is wrong (nothing learnt about the account).
    status, answer = server.request("POST", "/auth/login", {
        "username": cora["username"], "password": "not it at all", "device_name": "pc"})
    assert status == 401 and error_code(answer) == "bad_login"

    status, account = call(server, "POST", f"/accounts/{cora['username']}/enable", admin)
    assert status == 200 and account["disabled_at"] is None
    assert server.login(cora["username"], cora["password"])["user"]["role"] == "coordinator"


def test_a_disabled_accounts_tokens_die_at_once(server):
    _, coord = staff(server)
    amir, amir_auth = champion(server)
    assert call(server, "GET", "/sync/pull", amir_auth)[0] == 200
    status, account = call(server, "POST", f"/accounts/{amir['username']}/disable", coord)
    assert status == 200 and account["disabled_at"]
    status, answer = call(server, "GET", "/sync/pull", amir_auth)
    assert status == 401
    assert push_ok_status(server, amir_auth) == 401
    # A code issued before, or a new one, does not let a disabled champion back in.
    status, answer = call(server, "POST", f"/champions/{amir['username']}/enrolment-code", coord)
    assert status == 409 and error_code(answer) == "account_disabled"
    status, answer = server.request("POST", "/auth/enrol",
                                    {"code": amir["code"], "device_name": "x"})
    assert status in (401, 403)
    # Enabled again: the old devices stay revoked (a new enrolment is needed).
    assert call(server, "POST", f"/accounts/{amir['username']}/enable", coord)[0] == 200
    assert call(server, "GET", "/sync/pull", amir_auth)[0] == 401
    status, answer = call(server, "POST", f"/champions/{amir['username']}/enrolment-code", coord)
    assert status == 201
    assert server.enrol(answer["code"])["user"]["id"] == amir["id"]


def push_ok_status(server, auth) -> int:
    status, _ = server.request("POST", "/sync/push", {
        "device_id": auth["device_id"],
        "mutations": [mutation("record_version", version("E1"))]}, token=auth["token"])
    return status


def test_removing_an_account_keeps_its_records_attributed(server):
    _, coord = staff(server)
    lee, lee_auth = champion(server)
    data = version("E1")
    [applied] = push_ok(server, lee_auth, mutation("record_version", data))
    assert applied["status"] == "applied"

    status, account = call(server, "DELETE", f"/accounts/{lee['username']}", coord)
    assert status == 200 and account["removed_at"] and account["disabled_at"]
    assert call(server, "GET", "/sync/pull", lee_auth)[0] == 401
    changes, _ = pull_all(server, coord)
    [kept] = [c for c in changes if c["entity"] == "record_version"
              and c["id"] == data["version_id"]]
    assert kept["data"]["author_id"] == lee["id"]
    # The account is still there to name the author, marked removed, in the coordinator's pull.
    [entity] = [c for c in changes if c["entity"] == "champion" and c["id"] == lee["id"]][-1:]
    assert entity["data"]["removed_at"] and entity["data"]["display_name"]
    # Removed is final: enabling it again is refused, and it is not listed by default.
    status, answer = call(server, "POST", f"/accounts/{lee['username']}/enable", coord)
    assert status == 409 and error_code(answer) == "removed"
    status, listed = call(server, "GET", "/accounts", coord)
    assert status == 200 and lee["id"] not in {a["id"] for a in listed}
    status, listed = call(server, "GET", "/accounts?include_removed=true", coord)
    assert lee["id"] in {a["id"] for a in listed}


def test_changing_your_password_signs_out_your_other_devices(server):
    cora, desk = staff(server)
    laptop = server.login(cora["username"], cora["password"], "laptop")
    new = "a brand new passphrase"
    status, answer = call(server, "POST", "/account/password", desk,
                          {"current_password": "not the password", "new_password": new})
    assert status == 403 and error_code(answer) == "bad_password"
    status, answer = call(server, "POST", "/account/password", desk,
                          {"current_password": cora["password"], "new_password": "short"})
    assert status == 422 and "new_password" in answer["error"]["fields"]
    status, _ = call(server, "POST", "/account/password", desk,
                     {"current_password": cora["password"], "new_password": new})
    assert status == 204
    assert call(server, "GET", "/sync/pull", desk)[0] == 200       # this device stays in
    assert call(server, "GET", "/sync/pull", laptop)[0] == 401     # the others are out
    status, _ = server.request("POST", "/auth/login", {
        "username": cora["username"], "password": cora["password"], "device_name": "pc"})
    assert status == 401
    assert server.login(cora["username"], new)["user"]["id"] == cora["id"]


def test_an_admin_resets_a_password_and_every_session_ends(server):
    _, admin = staff(server, "admin", "admin")
    _, other_coord = staff(server)
    cora, cora_auth = staff(server)
    body = {"new_password": "reset by the admin 1"}
    status, answer = call(server, "POST", f"/accounts/{cora['username']}/password",
                          other_coord, body)
    assert status == 403 and error_code(answer) == "forbidden"
    assert call(server, "POST", f"/accounts/{cora['username']}/password", admin, body)[0] == 204
    assert call(server, "GET", "/sync/pull", cora_auth)[0] == 401
    assert server.login(cora["username"], body["new_password"])["user"]["id"] == cora["id"]
    amir, _ = champion(server)
    status, answer = call(server, "POST", f"/accounts/{amir['username']}/password", admin, body)
    assert status == 409 and error_code(answer) == "enrol_only"


def test_sessions_are_listed_and_revocable(server):
    cora, desk = staff(server)
    laptop = server.login(cora["username"], cora["password"], "laptop")
    status, me = call(server, "GET", "/account", desk)
    assert status == 200 and me["username"] == cora["username"]
    devices = {d["id"]: d for d in me["devices"]}
    assert {desk["device_id"], laptop["device_id"]} <= set(devices)
    assert devices[laptop["device_id"]]["name"] == "laptop"
    assert call(server, "POST", f"/devices/{laptop['device_id']}/revoke", desk)[0] == 204
    assert call(server, "GET", "/sync/pull", laptop)[0] == 401
    status, me = call(server, "GET", "/account", desk)
    assert {d["id"]: d for d in me["devices"]}[laptop["device_id"]]["revoked_at"]
    # A coordinator may cut off a champion's laptop, not another coordinator's or an admin's.
    _, admin = staff(server, "admin", "admin")
    _, amir_auth = champion(server)
    assert call(server, "POST", f"/devices/{admin['device_id']}/revoke", desk)[0] == 403
    assert call(server, "GET", "/sync/pull", admin)[0] == 200
    assert call(server, "POST", f"/devices/{amir_auth['device_id']}/revoke", desk)[0] == 204
    # A champion may list and end their own sessions, nobody else's.
    _, ben = champion(server)
    assert call(server, "GET", "/account", ben)[1]["devices"][0]["id"] == ben["device_id"]
    assert call(server, "POST", f"/devices/{desk['device_id']}/revoke", ben)[0] == 403


def test_coordinators_manage_champions_and_admins_manage_staff(server):
    _, admin = staff(server, "admin", "admin")
    cora, coord = staff(server)
    other, other_auth = staff(server)
    new_staff = {"role": "coordinator", "username": f"new-{new_id()[:8]}",
                 "password": "a good long password"}
    status, answer = call(server, "POST", "/accounts", coord, new_staff)
    assert status == 403 and error_code(answer) == "forbidden"
    for action in ("disable", "enable"):
        status, _ = call(server, "POST", f"/accounts/{other['username']}/{action}", coord)
        assert status == 403
    assert call(server, "DELETE", f"/accounts/{other['username']}", coord)[0] == 403
    assert call(server, "POST", f"/accounts/{other['username']}/sign-out", coord)[0] == 403
    status, made = call(server, "POST", "/accounts", admin, new_staff)
    assert status == 201 and made["role"] == "coordinator"
    assert server.login(new_staff["username"], new_staff["password"])
    status, _ = call(server, "POST", f"/accounts/{other['username']}/disable", admin)
    assert status == 200 and call(server, "GET", "/sync/pull", other_auth)[0] == 401
    # What each sees in the list: a coordinator the champions, an admin everyone.
    listed = {a["role"] for a in call(server, "GET", "/accounts", coord)[1]}
    assert listed == {"champion"}
    assert {"admin", "coordinator", "champion"} <= {
        a["role"] for a in call(server, "GET", "/accounts", admin)[1]}
    # A champion manages nobody.
    _, amir = champion(server)
    assert call(server, "GET", "/accounts", amir)[0] == 403
    assert call(server, "GET", "/audit", coord)[0] == 403


def test_every_admin_action_is_in_the_audit_log(server):
    _, admin = staff(server, "admin", "admin")
    _, coord = staff(server)
    amir, _ = champion(server)
    call(server, "PUT", f"/champions/{amir['username']}/patch", coord, {"estate_ids": ["E2"]})
    call(server, "POST", f"/champions/{amir['username']}/enrolment-code", coord)
    call(server, "POST", f"/accounts/{amir['username']}/disable", coord)
    status, entries = call(server, "GET", "/audit?limit=500", admin)
    assert status == 200
    mine = [e for e in entries if e["target"] == amir["username"]]
    assert [e["action"] for e in mine][:3] == ["account.disable", "enrolment_code.issue",
                                               "patch.set"]
    assert {e["actor"] for e in mine} == {coord["user"]["username"]}
    assert mine[2]["detail"] == {"before": ["E1"], "after": ["E2"]}
    assert all("code" not in e["detail"] for e in mine)  # the code itself is never kept


# --- finding 8: who may mint codes, set patches, have passwords ------------------------------

def test_a_coordinator_cannot_mint_a_code_for_staff(server):
    """The audit's case: a coordinator issued a code for an admin and enrolled as them."""
    _, coord = staff(server)
    target_admin, _ = staff(server, "admin", "admin")
    target_coord, _ = staff(server)
    for target in (target_admin, target_coord):
        status, answer = call(server, "POST",
                              f"/champions/{target['username']}/enrolment-code", coord)
        assert status == 409 and error_code(answer) == "not_a_champion"
        assert "code" not in answer
    # Nor can an admin: staff sign in with their password.
    _, admin = staff(server, "admin", "admin")
    status, _ = call(server, "POST", f"/champions/{target_coord['username']}/enrolment-code",
                     admin)
    assert status == 409
    with server.engine.connect() as conn:
        codes = conn.execute(s.enrolment_codes.select().where(
            s.enrolment_codes.c.user_id.in_([target_admin["id"], target_coord["id"]]))).all()
    assert codes == []


def test_the_patch_endpoint_refuses_staff_and_unknown_estates(server):
    _, coord = staff(server)
    target, _ = staff(server)
    status, answer = call(server, "PUT", f"/champions/{target['username']}/patch", coord,
                          {"estate_ids": ["E1"]})
    assert status == 409 and error_code(answer) == "not_a_champion"
    amir, _ = champion(server)
    status, answer = call(server, "PUT", f"/champions/{amir['username']}/patch", coord,
                          {"estate_ids": ["E1", "NO-SUCH-ESTATE"]})
    assert status == 422 and "NO-SUCH-ESTATE" in answer["error"]["fields"]["estate_ids"]
    status, answer = call(server, "POST", "/champions", coord, {
        "username": f"new-{new_id()[:8]}", "estate_ids": ["E9"]})
    assert status == 422 and "E9" in answer["error"]["fields"]["estate_ids"]
    status, info = call(server, "GET", f"/accounts/{amir['username']}", coord)
    assert info["estate_ids"] == ["E1"]
    everything, _ = pull_all(server, coord)
    assert "E9" not in ids(everything, "estate")


def test_champions_are_enrol_only(server):
    _, admin = staff(server, "admin", "admin")
    status, answer = call(server, "POST", "/accounts", admin, {
        "role": "champion", "username": f"pw-{new_id()[:8]}", "estate_ids": ["E1"],
        "password": "champions have none"})
    assert status == 422 and "password" in answer["error"]["fields"]
    # A champion who has a password from before (an old database) cannot use it.
    amir, _ = champion(server)
    with server.engine.begin() as conn:
        conn.execute(update(s.users).where(s.users.c.id == amir["id"]).values(
            password_hash=accounts.hash_password("an old champion password")))
    status, answer = server.request("POST", "/auth/login", {
        "username": amir["username"], "password": "an old champion password",
        "device_name": "pc"})
    assert status == 401 and error_code(answer) == "bad_login"
    # Staff must have one.
    status, answer = call(server, "POST", "/accounts", admin, {
        "role": "coordinator", "username": f"nopw-{new_id()[:8]}"})
    assert status == 422 and "password" in answer["error"]["fields"]
