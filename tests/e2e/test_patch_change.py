"""Finding 1 of issue 13: a patch change must not strand queued feedback.

The audit: a champion queues 3 records for estate A offline; the coordinator moves their
patch to estate B; `champion-app sync` printed "3 need attention", exited 0, the server held
none and the coordinator never saw them. Now the server keeps them, held for a coordinator
to reassign (the champion still writes nothing into an estate that is not theirs: a held
version counts for nothing until a coordinator accepts it), the laptop shows them as
waiting for the coordinator, and `sync` exits non-zero until they are settled.
"""

from champion_app.protocol import PatchUpdate  # noqa: F401 - the API the coordinator uses
from tests.sync_helpers import (
    connected_store,
    coordinator_store,
    doorstep,
    server_versions,
    sync,
)
from ui import cli


def run_sync_command(folder) -> int:
    return cli.main(["--data-dir", str(folder), "sync"])


def test_records_queued_before_a_patch_change_reach_the_coordinator(tmp_path, server,
                                                                    capsys):
    (tmp_path / "champ").mkdir()
    (tmp_path / "coord").mkdir()
    champion = connected_store(tmp_path / "champ", server, estate_ids=("E1",))
    username = champion.get_state("username")
    sync(champion)
    queued = [doorstep(champion, f"Visit {n} on Oak Estate") for n in range(3)]
    versions = [champion._record_row(r)["current_version_id"] for r in queued]
    champion.close()
    server.set_patch(username, ["E2"])  # the coordinator moves the patch meanwhile

    code = run_sync_command(tmp_path / "champ")
    out = capsys.readouterr()
    assert code != 0, "sync said all was well while 3 records were not accepted"
    assert "coordinator" in (out.out + out.err)

    assert cli.main(["--data-dir", str(tmp_path / "champ"), "status"]) == 0
    assert "3 record(s) wait for your coordinator" in capsys.readouterr().out

    held = server_versions(server)
    assert all(v in held for v in versions), "the server holds none of them"
    assert all(held[v][0]["needs_reassignment"] for v in versions)

    champion = connected_store_again(tmp_path / "champ")
    coordinator = coordinator_store(tmp_path / "coord", server)
    try:
        rows = champion.rows_by_id(queued)
        assert {r.state for r in rows.values()} == {"sent"}  # kept, and the server has them
        assert all("coordinator" in r.attention for r in rows.values())
        assert set(champion.records_needing_reassignment()) == set(queued)

        sync(coordinator)
        assert set(coordinator.records_needing_reassignment()) == set(queued)

        for record_id in queued:  # the coordinator keeps them in Oak Estate
            status, answer = server.request("POST", f"/records/{record_id}/accept",
                                            token=_token(coordinator))
            assert status == 200, answer
        sync(coordinator)
        assert coordinator.records_needing_reassignment() == []

        assert run_sync_command(tmp_path / "champ") == 0
        champion.db.execute("SELECT 1")  # the command ran in its own connection
        assert champion.records_needing_reassignment() == []
        assert all(r.attention == "" for r in champion.rows_by_id(queued).values())
    finally:
        champion.close()
        coordinator.close()


def test_an_estate_never_in_the_patch_is_refused_and_sync_says_so(tmp_path, server, capsys):
    champion = connected_store(tmp_path, server, estate_ids=("E1",))
    try:
        record_id = doorstep(champion, "Somewhere else entirely", estate_id="E2")
    finally:
        champion.close()
    assert run_sync_command(tmp_path) != 0  # refused: needs the champion's attention
    champion = connected_store_again(tmp_path)
    try:
        row = champion.rows_by_id([record_id])[record_id]
        assert row.state == "rejected" and "not in your patch" in row.attention
        assert run_sync_command(tmp_path) != 0  # and again, while it is still refused
    finally:
        champion.close()


def connected_store_again(folder):
    from tests.sync_helpers import open_store

    return open_store(folder)


def _token(store) -> str:
    from sync import connection, credentials

    return credentials.load_token(connection.data_dir_of(store), store.get_state("device_id"))
