"""Finding 1 of issue 13, the server's side, on SQLite and PostgreSQL: a version for an
estate that was in the champion's patch but is not any more is stored, held for a
coordinator to reassign, instead of refused. One for an estate never in their patch is
refused, as before; a champion never releases a hold."""

import pytest
from sqlalchemy import select

from server import schema as s

from .helpers import mutation, new_id, pull_all, push_ok, version

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def moved(server):
    """A champion enrolled with patch E1, then moved to E2 by their coordinator."""
    user = server.add_champion(f"champ-{new_id()[:8]}", ["E1"])
    auth = server.enrol(user["code"])
    server.set_patch(user["username"], ["E2"])
    return auth


@pytest.fixture
def coord(server):
    user = server.add_coordinator(f"coord-{new_id()[:8]}")
    return server.login(user["username"], user["password"])


def held_flags(server, version_id):
    with server.engine.connect() as conn:
        return conn.execute(select(s.record_versions.c.held)
                            .where(s.record_versions.c.version_id == version_id)).scalar_one()


def test_a_version_for_a_former_estate_is_held_not_refused(server, moved, coord):
    data = version("E1")
    [result] = push_ok(server, moved, mutation("record_version", data))
    assert result["status"] == "applied" and result["needs_reassignment"] is True
    assert held_flags(server, data["version_id"]) is True

    everything, _ = pull_all(server, coord)
    [seen] = [c for c in everything if c["id"] == data["version_id"]]
    assert seen["data"]["needs_reassignment"] is True
    mine, _ = pull_all(server, moved)
    [own] = [c for c in mine if c["id"] == data["version_id"]]
    assert own["data"]["needs_reassignment"] is True

    # A version for an estate in the patch now is not held.
    [fine] = push_ok(server, moved, mutation("record_version", version("E2")))
    assert "needs_reassignment" not in fine


def test_an_estate_never_in_the_patch_is_refused(server, moved):
    [result] = push_ok(server, moved, mutation("record_version", version("E3")))
    assert result["status"] == "rejected" and result["error"]["code"] == "forbidden"


def test_a_coordinator_accepts_a_held_record_and_everyone_hears(server, moved, coord):
    data = version("E1")
    push_ok(server, moved, mutation("record_version", data))
    _, champ_cursor = pull_all(server, moved)
    _, coord_cursor = pull_all(server, coord)

    status, _ = server.request("POST", f"/records/{data['record_id']}/accept",
                               token=moved["token"])
    assert status == 403  # a champion cannot release their own hold
    status, answer = server.request("POST", f"/records/{data['record_id']}/accept",
                                    token=coord["token"])
    assert status == 200 and answer["released"] == [data["version_id"]]
    assert held_flags(server, data["version_id"]) is False

    for auth, cursor in ((moved, champ_cursor), (coord, coord_cursor)):
        changes, _ = pull_all(server, auth, cursor)
        [again] = [c for c in changes if c["id"] == data["version_id"]]
        assert again["data"]["needs_reassignment"] is False
        assert again["data"]["seq"] < again["seq"]  # the version keeps its own order

    status, _ = server.request("POST", f"/records/{new_id()}/accept", token=coord["token"])
    assert status == 404


def test_giving_the_estate_back_releases_the_hold(server, moved):
    data = version("E1")
    push_ok(server, moved, mutation("record_version", data))
    server.set_patch(moved["user"]["username"], ["E1", "E2"])
    assert held_flags(server, data["version_id"]) is False


def test_the_held_command_lists_and_accepts(server, moved, capsys):
    from server import cli

    data = version("E1")
    push_ok(server, moved, mutation("record_version", data))
    assert cli.main(["held", "--db", server.db_url]) == 0
    listed = capsys.readouterr().out
    assert data["record_id"] in listed and moved["user"]["username"] in listed
    assert cli.main(["held", "--db", server.db_url, "--accept", data["record_id"]]) == 0
    assert held_flags(server, data["version_id"]) is False
    assert cli.main(["held", "--db", server.db_url, "--accept", data["record_id"]]) != 0
