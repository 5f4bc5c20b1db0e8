"""The entity registry (champion_app.entities) and the protocol's names agree with the code
that loops over them: a new entity that is missing a model, a table, a handler or an import
rule fails here, not in a champion's sync."""

from typing import get_args

import pytest

from champion_app import protocol
from champion_app.entities import (
    IMPORTABLE,
    PULLED_MODELS,
    REFERENCE,
    ChangeInvalid,
    csv_values,
    parse_change,
)
from champion_app.protocol import Change, Entity
from tests.sync_helpers import open_store


def test_protocol_names_are_the_members_of_their_literal_types():
    groups = {
        protocol.MutationType: ("RECORD_VERSION", "COMMENT", "REVIEW", "ACTION", "CASE_EVENT"),
        protocol.ResultStatus: ("APPLIED", "DUPLICATE", "REJECTED", "CONFLICT", "NEEDS_BLOBS"),
        protocol.Op: ("PUT", "DELETE"),
        protocol.Entity: ("ESTATE", "BLOCK", "HOME", "JOB", "OPERATIVE", "SETTING",
                          "RECORD_VERSION", "REVIEW", "COMMENT", "ACTION", "CHAMPION",
                          "CASE_EVENT", "CONTRACTOR", "RECORD"),
    }
    for literal, names in groups.items():
        assert {getattr(protocol, n) for n in names} == set(get_args(literal))


def test_every_wire_entity_has_a_model_and_a_store_handler(tmp_path):
    assert set(PULLED_MODELS) == set(get_args(Entity))
    with open_store(tmp_path) as store:
        assert set(store._pull_handlers()) == set(get_args(Entity))


def test_every_reference_entity_has_its_table_and_key_on_the_laptop(tmp_path):
    with open_store(tmp_path) as store:
        for ref in REFERENCE.values():
            table = store.db[ref.table]
            assert table.exists(), ref.table
            assert table.pks == [ref.key], ref.table
            assert ref.key in ref.model.model_fields
            if not ref.body_only:  # every field has its column: nothing pulled is dropped
                assert set(ref.model.model_fields) == set(table.columns_dict), ref.table


def test_every_import_reads_columns_of_its_model():
    assert IMPORTABLE == ("estates", "blocks", "homes", "contractors", "jobs", "operatives",
                          "settings")
    for ref in REFERENCE.values():
        if ref.csv is None:
            continue
        assert ref.key in ref.csv.required
        assert set(ref.csv.columns) <= set(ref.model.model_fields), ref.table
        for field, entity in ref.csv.placed_by:
            assert field in ref.csv.columns and entity in REFERENCE


def test_csv_cells_become_what_the_model_takes():
    job = REFERENCE["job"]
    row = csv_values(job, {"ref": " WO-1 ", "priority": "3", "operative_ids": "OP1; OP2",
                           "trade": "", "deleted": ""})
    assert row == {"ref": "WO-1", "priority": "urgent", "operative_ids": ["OP1", "OP2"]}
    assert job.model.model_validate(row).priority == "urgent"
    assert csv_values(REFERENCE["block"], {"has_communal_areas": "No"}) == {
        "has_communal_areas": False}


def test_a_pulled_change_is_typed_or_refused_in_plain_words():
    change = parse_change(Change(seq=3, entity="home", id="H1", op="put",
                                 data={"id": "H1", "address": "1 Elm Court", "extra": 1}))
    assert change.data.address == "1 Elm Court"  # a newer server's extra field is ignored
    assert parse_change(Change(seq=4, entity="job", id="WO-1", op="delete")).data is None
    with pytest.raises(ChangeInvalid, match="home H2 put without data"):
        parse_change(Change(seq=5, entity="home", id="H2", op="put"))
    with pytest.raises(ChangeInvalid, match=r"review r1 \(seq 6\) is not valid"):
        parse_change(Change(seq=6, entity="review", id="r1", op="put", data={"state": "?"}))


def test_a_reset_drops_every_reference_entity_and_keeps_nothing_pulled(tmp_path):
    with open_store(tmp_path) as store:
        examples = {"estate": {"id": "E1", "name": "Oak"},
                    "block": {"id": "B1", "estate_id": "E1", "name": "Ash House"},
                    "home": {"id": "H1", "address": "1 Ash House"},
                    "job": {"ref": "WO-1", "operative_ids": ["OP1"]},
                    "operative": {"id": "OP1", "display_name": "Dan"},
                    "setting": {"key": "landlord_name", "value": "Millbrook"},
                    "champion": {"id": "u1", "username": "ann", "display_name": "Ann",
                                 "role": "champion"},
                    "contractor": {"id": "C1", "name": "Apex", "trades": ["Roofing"]}}
        assert set(examples) == set(REFERENCE)
        page = [parse_change(Change(seq=n, entity=entity, id=data[REFERENCE[entity].key],
                                    op="put", data=data))
                for n, (entity, data) in enumerate(examples.items(), 1)]
        store.apply_pull_page(page, cursor=7, server_epoch="e1")
        assert store.job("WO-1")["operative_ids"] == ["OP1"]
        assert all(store.db[ref.table].count == 1 for ref in REFERENCE.values())
        store.reset_pulled()
        assert all(store.db[ref.table].count == 0 for ref in REFERENCE.values())
