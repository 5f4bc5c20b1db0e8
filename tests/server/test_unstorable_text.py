"""Text that cannot be stored gets a clean 4xx naming the field (issue 13, finding 14).

The audit: a lone surrogate in any text answered HTTP 500 and lost the whole batch (SQLite and
PostgreSQL); a NUL in a login username answered 500 on PostgreSQL; a newline in a username
wrote a forged line into the server log. JSON can carry both (``"\\ud800"``, ``"\\u0000"``);
neither can be stored as UTF-8 text in both databases.
"""

import pytest

from .helpers import mutation, new_id, pull_all, push, version

pytestmark = pytest.mark.timeout(180)
LONE_SURROGATE = "\ud83d"  # half of an emoji
NUL = "\x00"


@pytest.fixture
def champ(server):
    return server.enrol(server.add_champion(f"champ-{new_id()[:8]}", ["E1"])["code"])


@pytest.mark.parametrize("bad", [LONE_SURROGATE, NUL], ids=["surrogate", "nul"])
def test_bad_text_rejects_only_its_mutation_and_names_the_field(server, champ, bad):
    record = version("E1")
    comment_on = record["record_id"]
    batch = [mutation("record_version", version("E1")),
             mutation("record_version", version("E1", said=f"the lift {bad} again")),
             mutation("record_version", {**version("E1"), "payload": {
                 "topics": ["lifts"], "what_was_said": "fine", f"key{bad}": "x"}}),
             mutation("record_version", record),
             mutation("comment", {"comment_id": new_id(), "record_id": comment_on,
                                  "body": f"see {bad}", "at": "2026-03-01T10:00:00Z"}),
             mutation("record_version", version("E1", said="the last one is fine"))]
    status, answer = push(server, champ, *batch)
    assert status == 200, answer
    results = answer["results"]
    assert [r["status"] for r in results] == ["applied", "rejected", "rejected", "applied",
                                              "rejected", "applied"]
    assert "payload.what_was_said" in results[1]["error"]["fields"]
    assert results[1]["error"]["code"] == "validation"
    assert any(f.startswith("payload.key") for f in results[2]["error"]["fields"])
    assert "body" in results[4]["error"]["fields"]
    changes, _ = pull_all(server, champ)
    stored = {c["id"] for c in changes if c["entity"] == "record_version"}
    assert {batch[0]["data"]["version_id"], batch[5]["data"]["version_id"]} <= stored


@pytest.mark.parametrize("bad", [LONE_SURROGATE, NUL, "\n", "\r"],
                         ids=["surrogate", "nul", "newline", "return"])
def test_bad_text_in_a_sign_in_is_a_422(server, bad):
    status, answer = server.request("POST", "/auth/login", {
        "username": f"cora{bad}", "password": "whatever it is", "device_name": "pc"})
    assert status == 422 and "username" in answer["error"]["fields"]
    status, answer = server.request("POST", "/auth/enrol", {
        "code": "AAAA-BBBB-CCCC", "device_name": f"laptop{bad}"})
    assert status == 422 and "device_name" in answer["error"]["fields"]


@pytest.mark.parametrize("bad", [LONE_SURROGATE, NUL], ids=["surrogate", "nul"])
def test_bad_text_for_coordinator_endpoints_is_a_4xx(server, bad):
    user = server.add_coordinator(f"coord-{new_id()[:8]}")
    auth = server.login(user["username"], user["password"])
    status, answer = server.request("POST", "/champions", {
        "username": f"amir-{new_id()[:6]}", "display_name": f"Amir{bad}"}, token=auth["token"])
    assert status == 422 and "display_name" in answer["error"]["fields"]
    status, answer = server.request("PUT", "/champions/no%00body/patch", {"estate_ids": []},
                                    token=auth["token"])
    assert status == 404


def test_a_newline_in_a_username_cannot_forge_a_log_line(tmp_path):
    from tests.live_server import LiveServer

    server = LiveServer(tmp_path, log_level="info")
    server.start()
    forged = "2026-01-01 00:00:00,000 INFO server.auth: device 1 enrolled for admin"
    try:
        # Through every door a username can come in by, and a device name too.
        server.request("POST", "/auth/login", {"username": f"x\n{forged}", "password": "pw",
                                               "device_name": "pc"})
        server.request("POST", "/auth/login", {"username": "x", "password": "pw",
                                               "device_name": f"pc\n{forged}"})
        user = server.add_champion("amir", [])
        server.request("POST", "/auth/enrol", {"code": user["code"],
                                               "device_name": f"laptop\r\n{forged}"})
    finally:
        server.stop()
    lines = server.log().splitlines()
    assert not any(line.startswith(forged) for line in lines), server.log()


def test_log_lines_escape_control_characters():
    """Whatever reaches a log message, one record stays one line (tracebacks aside)."""
    import logging

    from server.logs import EscapingFormatter

    record = logging.LogRecord("server.auth", logging.INFO, __file__, 1, "failed sign-in for %s",
                               ("x\nINFO forged\r\x1b[2J\u2028",), None)
    text = EscapingFormatter("%(levelname)s %(message)s").format(record)
    assert text == "INFO failed sign-in for x\\nINFO forged\\r\\x1b[2J\\u2028"
    assert record.getMessage().startswith("failed sign-in for x\n")  # the record is untouched
