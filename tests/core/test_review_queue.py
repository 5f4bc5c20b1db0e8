"""The coordinators' review queue, reviews and comments in the local store (a real SQLite file).

Champions' records reach a coordinator's laptop only by pulls, so the tests pull them: each
change goes through `Store.apply_pull_page`, the same path a sync takes.
"""

import itertools

import pytest

from champion_app.entities import parse_change
from champion_app.errors import ChampionError
from champion_app.protocol import Change
from champion_app.records import KINDS, Draft
from champion_app.store import QueueFilter, Store
from champion_app.store.review import CHANGED, TO_DO, TO_REVIEW, UNREAD

COORDINATOR = "coord-1"
_seq = itertools.count(1)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "champion.db") as opened:
        yield opened


@pytest.fixture
def coordinator(store):
    store.set_states({"user_id": COORDINATOR, "role": "coordinator"})
    pull(store, "champion", "amir", {"id": "amir", "username": "amir", "display_name": "Amir Khan",
                                     "role": "champion", "estate_ids": ["E1"]})
    pull(store, "champion", "bea", {"id": "bea", "username": "bea", "display_name": "Bea Lowe",
                                    "role": "champion", "estate_ids": ["E2"]})
    pull(store, "estate", "E1", {"id": "E1", "name": "Oak Estate"})
    pull(store, "estate", "E2", {"id": "E2", "name": "Elm Estate"})
    return store


def pull(store: Store, entity: str, ident: str, data: dict | None, op: str = "put",
         seq: int | None = None) -> int:
    seq = seq or next(_seq)
    change = parse_change(Change(seq=seq, entity=entity, id=ident, op=op, data=data))
    store.apply_pull_page([change], cursor=seq, server_epoch="epoch-1")
    return seq


def version(store: Store, author: str, payload: dict, *, kind="doorstep", estate="E1",
            record_id=None, base=None, day=1) -> dict:
    """A champion's version as the server sends it, pulled into ``store``."""
    record_id = record_id or f"rec-{next(_seq)}"
    body = {"record_id": record_id, "version_id": f"ver-{next(_seq)}", "base_version_id": base,
            "kind": kind, "created_at": f"2026-03-{day:02d}T10:00:00Z",
            "submitted_at": f"2026-03-{day:02d}T10:05:00Z", "author_id": author,
            "estate_id": estate, "payload": payload, "received_at": "2026-03-20T10:00:00Z",
            "seq": next(_seq), "conflict": False}
    pull(store, "record_version", body["version_id"], body, seq=body["seq"])
    return body


def doorstep(said="Bins not emptied", **extra) -> dict:
    return {"topics": ["refuse"], "what_was_said": said, **extra}


def ids(store: Store, **flt) -> list[str]:
    return store.queue_ids(QueueFilter(review=flt.pop("review", None), **flt))


# --- the headline rating ------------------------------------------------------------------

def test_each_kind_has_a_headline_rating_and_unhappiness_is_never_averaged_away():
    assert KINDS["post_works"].headline({"part1_rating": "very_satisfied",
                                         "part2_rating": "fairly_dissatisfied"}) \
        == "fairly_dissatisfied"
    assert KINDS["post_works"].headline({"repair_rating": "neither",
                                         "part2_rating": "very_satisfied"}) == "neither"
    assert KINDS["doorstep"].headline({"ratings": {"TP01": "fairly_satisfied",
                                                   "TP05": "very_dissatisfied"}}) \
        == "fairly_satisfied"  # the overall question wins when it was asked
    assert KINDS["doorstep"].headline({"ratings": {"TP04": "fairly_satisfied",
                                                   "TP05": "very_dissatisfied",
                                                   "TP08": "strongly_disagree"}}) \
        == "very_dissatisfied"
    assert KINDS["doorstep"].headline({"ratings": {"TP02": "no_answer"}}) is None
    assert KINDS["block"].headline({"responses": [{"rating": "very_satisfied"},
                                                  {"rating": "neither"}]}) == "neither"
    assert KINDS["welcome"].headline({}) is None


# --- the queue ------------------------------------------------------------------------------

def test_the_queue_holds_only_others_submitted_records_hazards_and_complaints_on_top(
        coordinator):
    store = coordinator
    # Days all differ (but the complaint's, which stays on top): a tie would fall to the
    # order of the generated ids, which depends on what ran before.
    plain_old = version(store, "amir", doorstep("old"), day=2)
    plain_new = version(store, "bea", doorstep("new"), estate="E2", day=9)
    hazard = version(store, "amir", doorstep("mould", hazard="damp_mould",
                                             hazard_details="Black mould"), day=3)
    complaint = version(store, "bea", doorstep("wants to complain", complaint={
        "offered": True, "wants_to_complain": True}), estate="E2", day=2)
    emergency = version(store, "amir", doorstep("wires", hazard="emergency",
                                                hazard_details="Live wires"), day=1)
    mine = store.save_draft(Draft(kind="doorstep", estate_id="E1", payload=doorstep())).record_id
    queue = ids(store)
    assert mine not in queue
    assert queue == [emergency["record_id"], hazard["record_id"], complaint["record_id"],
                     plain_new["record_id"], plain_old["record_id"]]
    store.add_review(emergency["record_id"], "approved")
    # Decided records lose their place on top and fall into date order.
    store.add_review(hazard["record_id"], "approved")
    assert ids(store) == [complaint["record_id"], plain_new["record_id"],
                          hazard["record_id"], plain_old["record_id"], emergency["record_id"]]
    assert hazard["record_id"] not in ids(store, review=TO_DO)


def test_queue_filters(coordinator):
    store = coordinator
    unhappy = version(store, "amir", doorstep("lift broken", ratings={
        "TP05": "very_dissatisfied"}), day=2)
    happy = version(store, "bea", doorstep("lovely garden", ratings={"TP11": "very_satisfied"}),
                    estate="E2", day=5)
    walk = version(store, "bea", {"conditions": {"paths": "C"}, "what_was_said": "litter"},
                   kind="walkabout", estate="E2", day=6)
    assert ids(store, author_ids=("amir",)) == [unhappy["record_id"]]
    assert ids(store, estate_ids=("E2",)) == [walk["record_id"], happy["record_id"]]
    assert ids(store, kinds=("walkabout",)) == [walk["record_id"]]
    assert ids(store, satisfaction=("very_dissatisfied", "fairly_dissatisfied")) \
        == [unhappy["record_id"]]
    assert ids(store, text="garden") == [happy["record_id"]]
    from datetime import date
    assert set(ids(store, date_from=date(2026, 3, 5))) == {happy["record_id"], walk["record_id"]}
    rows = store.queue_rows([unhappy["record_id"], happy["record_id"]])
    assert rows[unhappy["record_id"]].author_name == "Amir Khan"
    assert rows[unhappy["record_id"]].estate_name == "Oak Estate"
    assert rows[unhappy["record_id"]].satisfaction == "very_dissatisfied"
    assert rows[happy["record_id"]].satisfaction == "very_satisfied"


def test_sorting_by_each_column_the_queue_offers(coordinator):
    from champion_app.store.review import QUEUE_SORTS

    store = coordinator
    for day in (1, 2, 3):
        version(store, "amir" if day % 2 else "bea", doorstep(str(day)), day=day)
    for sort in QUEUE_SORTS:
        for descending in (True, False):
            assert len(store.queue_ids(QueueFilter(review=None), sort=sort,
                                       descending=descending)) == 3
    names = store.queue_ids(QueueFilter(review=None), sort="author_name", descending=False)
    assert [store.queue_rows([i])[i].author_name for i in names][0] == "Amir Khan"


def test_a_record_changed_after_has_issues_comes_back_marked(coordinator):
    store = coordinator
    first = version(store, "amir", doorstep("first go"), day=1)
    record_id = first["record_id"]
    store.add_review(record_id, "has_issues", "Which block was this?")
    assert record_id not in ids(store, review=TO_REVIEW)
    assert ids(store, review="has_issues") == [record_id]
    version(store, "amir", doorstep("Rowan House, second floor"), record_id=record_id,
            base=first["version_id"], day=4)
    assert ids(store, review=CHANGED) == [record_id]
    assert record_id in ids(store, review=TO_DO)
    assert store.queue_rows([record_id])[record_id].changed_since_review


def test_the_count_on_the_navigation_reads_only_indexes(coordinator):
    store = coordinator
    a = version(store, "amir", doorstep("a"))["record_id"]
    version(store, "amir", doorstep("b"))
    version(store, "bea", doorstep("c"), estate="E2")
    assert store.queue_count() == 3
    store.add_review(a, "approved")
    assert store.queue_count() == 2
    plans = [" ".join(str(part) for part in row) for sql in (
        "SELECT count(*) FROM records WHERE mine = 0 AND review_state IS NULL",
        "SELECT count(*) FROM records WHERE mine = 0 AND review_state = 'received'")
        for row in store.db.execute("EXPLAIN QUERY PLAN " + sql)]
    assert all("COVERING INDEX idx_records_queue" in plan for plan in plans), plans


# --- reviews ---------------------------------------------------------------------------------

def test_a_review_is_queued_to_send_and_sets_the_state(coordinator):
    store = coordinator
    pulled = version(store, "amir", doorstep())
    record_id = pulled["record_id"]
    store.add_review(record_id, "approved")
    [item] = store.outbox_items()
    assert item.type == "review" and item.data["state"] == "approved"
    assert item.data["version_id"] == pulled["version_id"]
    assert store.rows_by_id([record_id])[record_id].review_state == "approved"


@pytest.mark.parametrize("state", ["rejected", "has_issues"])
def test_a_rejection_or_issue_without_a_reason_is_refused_in_plain_words(coordinator, state):
    store = coordinator
    record_id = version(store, "amir", doorstep())["record_id"]
    with pytest.raises(ChampionError) as refused:
        store.add_review(record_id, state, "   ")
    assert "Say why" in refused.value.user_message and "Nothing was saved" in \
        refused.value.user_message
    assert store.outbox_count() == 0
    assert store.db.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0


def test_bulk_approve_is_all_or_none(coordinator):
    store = coordinator
    a = version(store, "amir", doorstep("a"))["record_id"]
    b = version(store, "bea", doorstep("b"), estate="E2")["record_id"]
    draft = store.save_draft(Draft(kind="doorstep", estate_id="E1", payload=doorstep()))
    with pytest.raises(ChampionError):
        store.add_reviews([a, b, draft.record_id], "approved")
    assert store.outbox_count() == 0
    store.add_reviews([a, b], "approved")
    assert [i.type for i in store.outbox_items()] == ["review", "review"]
    assert ids(store, review=TO_DO) == []


def test_only_coordinators_review(store):
    store.set_states({"user_id": "amir", "role": "champion"})
    record_id = store.save_draft(Draft(kind="doorstep", estate_id="E1",
                                       payload=doorstep())).record_id
    store.submit(record_id)
    with pytest.raises(ChampionError, match="Only coordinators"):
        store.add_review(record_id, "approved")


# --- comments ---------------------------------------------------------------------------------

def test_comments_both_ways_and_what_a_champion_must_answer(store):
    store.set_states({"user_id": "amir", "role": "champion"})
    record_id = store.save_draft(Draft(kind="doorstep", estate_id="E1",
                                       payload=doorstep())).record_id
    with pytest.raises(ChampionError, match="Submit the record first"):
        store.add_comment(record_id, "hello")
    store.submit(record_id)
    # The coordinator's question arrives by pull (the server stamps author and seq).
    pull(store, "comment", "c-1", {"comment_id": "c-1", "record_id": record_id,
                                   "body": "Which flat was it?", "at": "2026-03-02T09:00:00Z",
                                   "author_id": COORDINATOR})
    assert store.awaiting_reply() == {record_id: "Which flat was it?"}
    [(row, why)] = store.attention_rows()
    assert row.record_id == record_id and "Which flat was it?" in why
    with pytest.raises(ChampionError, match="empty"):
        store.add_comment(record_id, "  ")
    store.add_comment(record_id, "Flat 11, Rowan House.")
    assert store.awaiting_reply() == {}
    assert [c["body"] for c in store.comments_on(record_id)] == [
        "Which flat was it?", "Flat 11, Rowan House."]
    assert [i.type for i in store.outbox_items()] == ["record_version", "comment"]


def test_a_reply_is_unread_for_the_coordinator_until_opened(coordinator):
    store = coordinator
    record_id = version(store, "amir", doorstep())["record_id"]
    store.add_review(record_id, "approved")
    store.add_comment(record_id, "Thanks, could you add the block?")
    pull(store, "comment", "c-9", {"comment_id": "c-9", "record_id": record_id,
                                   "body": "It was Rowan House.", "at": "2026-03-03T09:00:00Z",
                                   "author_id": "amir"})
    assert ids(store, review=UNREAD) == [record_id]
    # A reply not yet read ranks above plain records still to review, even newer ones.
    newer = version(store, "bea", doorstep("newer"), estate="E2", day=20)["record_id"]
    assert ids(store, review=TO_DO) == [record_id, newer]
    store.add_review(newer, "approved")
    assert store.queue_count() == 1
    assert store.queue_rows([record_id])[record_id].unread == 1
    # Its thread: the coordinator's own comment, not yet sent, comes after the pulled reply.
    assert [c["body"] for c in store.comments_on(record_id)][-1] == \
        "Thanks, could you add the block?"
    store.mark_read(record_id)
    assert ids(store, review=UNREAD) == [] and store.queue_count() == 0


def test_the_migration_fills_the_queue_columns_of_existing_records(tmp_path):
    from sqlite_utils import Database

    from champion_app.store.migrations import migrations
    from tests.keys import keyed_connection

    path = tmp_path / "champion.db"
    with Store.open(path) as store:
        record_id = store.save_draft(Draft(kind="doorstep", estate_id="E1", payload=doorstep(
            ratings={"TP01": "fairly_dissatisfied"},
            complaint={"offered": True, "wants_to_complain": True}))).record_id
        store.submit(record_id)
    # As an older release left it (the columns were never filled); encrypted, like every store.
    db = Database(keyed_connection(path))
    db.execute("UPDATE records SET satisfaction = NULL, wants_to_complain = 0")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm006_i10_review'")
    for column in ("satisfaction", "wants_to_complain"):
        db.execute(f"ALTER TABLE records DROP COLUMN {column}")
    db.execute("DROP INDEX idx_comments_unread")
    for column in ("author_id", "seq", "unread"):
        db.execute(f"ALTER TABLE comments DROP COLUMN {column}")
    db.execute("ALTER TABLE reviews DROP COLUMN author_id")
    for index in ("idx_records_queue", "idx_records_author", "idx_reviews_record"):
        db.execute(f"DROP INDEX {index}")
    db.conn.commit()
    db.close()
    assert "m006_i10_review" in [m.name for m in migrations._migrations]
    with Store.open(path) as store:
        row = store.db.execute("SELECT satisfaction, wants_to_complain FROM records").fetchone()
    assert tuple(row) == ("fairly_dissatisfied", 1)


def test_a_record_lists_the_published_actions_made_from_it(store):
    store.set_states({"user_id": "amir", "role": "champion"})
    record_id = store.save_draft(Draft(kind="doorstep", estate_id="E1",
                                       payload=doorstep())).record_id
    store.submit(record_id)

    def action(ident: str, sources: list[str], published: bool, we_did: str) -> None:
        pull(store, "action", ident, {"action_id": ident, "version": 1, "estate_id": "E1",
                                      "source_record_ids": sources, "published": published,
                                      "you_said": "Bins overflow", "we_did": we_did})

    action("a-1", ["rec-other", record_id], True, "An extra collection on Mondays.")
    action("a-2", [record_id], False, "Not decided yet.")         # a draft of the office's
    action("a-3", ["rec-other"], True, "New bins at Elm.")          # about another record
    assert [a["we_did"] for a in store.get_record(record_id).actions] == [
        "An extra collection on Mondays."]
