"""Property test: whatever order submits, answers (repeated or lost) and resets come in,
every version keeps one mutation id and is either waiting in the outbox or answered."""

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from champion_app.protocol import MutationResult
from tests.sync_helpers import doorstep, open_store

STEPS = st.lists(st.one_of(
    st.tuples(st.just("submit"), st.integers(0, 3)),
    st.tuples(st.just("edit"), st.integers(0, 50)),
    st.tuples(st.just("answer"), st.sampled_from(["applied", "duplicate", "rejected"]),
              st.integers(0, 50), st.booleans()),
    st.tuples(st.just("reset")),
), min_size=1, max_size=25)


def _check(store) -> None:
    versions = list(store.db.query("SELECT version_id, status, mutation_id FROM record_versions"))
    outbox = {i.entity_id: i.mutation_id for i in store.outbox_items()}
    assert len({v["mutation_id"] for v in versions}) == len(versions)  # one id each
    for v in versions:
        if v["status"] == "queued":
            assert outbox.get(v["version_id"]) == v["mutation_id"]  # waiting, same id
        else:
            assert v["version_id"] not in outbox and v["status"] in ("sent", "rejected")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(STEPS)
def test_outbox_and_versions_stay_consistent(steps):
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder))
        try:
            for step in steps:
                if step[0] == "submit":
                    for _ in range(step[1]):
                        doorstep(store)
                elif step[0] == "edit":
                    ids = store.record_ids()
                    if ids:
                        record_id = ids[step[1] % len(ids)]
                        store.start_edit(record_id)
                        store.submit(record_id)
                elif step[0] == "answer":
                    items = store.outbox_items()
                    if items:
                        item = items[step[2] % len(items)]
                        result = {"mutation_id": item.mutation_id, "status": step[1], "seq": 1,
                                  "error": {"code": "x", "message": "No."}}
                        answer = MutationResult.model_validate(result)
                        store.apply_push_results([answer] * (2 if step[3] else 1))
                else:
                    store.reset_pulled()
                _check(store)
        finally:
            store.close()
