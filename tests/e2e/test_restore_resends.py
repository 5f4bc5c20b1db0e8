"""Findings 4 and 6 (comments) of issue 13: nothing a restore loses stays lost.

After a restore and `new-epoch`, every laptop sends again what it wrote: a champion's
versions AND comments, a coordinator's reviews, comments and actions. The coordinator's
laptop may sync first, before the champion's has sent the versions they reviewed: those
reviews wait (they are not refused for good) and go once the record is back.
"""

import json

from sqlalchemy import select

from tests.e2e.test_restore import backup
from tests.e2e.test_server_order import restore
from tests.sync_helpers import (
    assert_server_has_exactly,
    connected_store,
    coordinator_store,
    doorstep,
    queue_action,
    queue_comment,
    queue_review,
    sync,
)


def server_ids(server, table, key):
    from server import schema as s

    t = getattr(s, table)
    with server.engine.connect() as conn:
        return {row[0]: json.loads(row[1]) for row in conn.execute(select(t.c[key], t.c.data))}


def test_reviews_comments_and_actions_come_back_after_a_restore(tmp_path, server):
    (tmp_path / "champ").mkdir()
    (tmp_path / "coord").mkdir()
    champion = connected_store(tmp_path / "champ", server)
    coordinator = coordinator_store(tmp_path / "coord", server)
    try:
        sync(champion)
        sync(coordinator)
        backup(server.dir / "server.db", tmp_path / "backup.db")

        record_id = doorstep(champion, "The bins were left open all week")
        sync(champion)
        reply = queue_comment(champion, record_id, "They were emptied on Friday in the end.")
        sync(champion)
        sync(coordinator)
        version_id = coordinator._record_row(record_id)["current_version_id"]
        review = queue_review(coordinator, version_id, "has_issues", "Which bins?")
        question = queue_comment(coordinator, record_id, "Was it the whole estate?")
        action = queue_action(coordinator, "E1", "Bins left open")
        sync(coordinator)
        assert review["review_id"] in server_ids(server, "reviews", "review_id")

        restore(server, tmp_path / "backup.db")
        assert not server_ids(server, "comments", "comment_id")

        # The coordinator's laptop comes back first: the record it reviewed is not there yet.
        first = sync(coordinator)
        assert first.rejected == 0 and not coordinator.quarantined()
        assert first.remaining == 2  # the review and the comment wait for the record
        assert action["action_id"] in server_ids(server, "actions", "action_id")

        sync(champion)
        again = sync(coordinator)
        assert again.remaining == 0 and not coordinator.quarantined()

        assert review["review_id"] in server_ids(server, "reviews", "review_id")
        assert {question["comment_id"], reply["comment_id"]} <= set(
            server_ids(server, "comments", "comment_id"))
        assert_server_has_exactly(server, champion)
        # The champion sees the review again, and both comments.
        sync(champion)
        detail = champion.get_record(record_id)
        assert detail.row.review_state == "has_issues"
        assert {c["comment_id"] for c in detail.comments} == {reply["comment_id"],
                                                              question["comment_id"]}
    finally:
        champion.close()
        coordinator.close()


def test_a_reset_resends_a_champions_own_comments(tmp_path, server):
    champion = connected_store(tmp_path, server)
    try:
        record_id = doorstep(champion, "Lift stuck on floor 3")
        comment = queue_comment(champion, record_id, "It was fixed the next day.")
        sync(champion)
        server.set_patch(champion.get_state("username"), ["E1", "E2"])  # a reset
        result = sync(champion)
        assert result.reset
        assert result.duplicates == 2  # the version AND the comment went again
        assert comment["comment_id"] in {c["comment_id"] for c in
                                         champion.get_record(record_id).comments}
    finally:
        champion.close()
