from champion_app.protocol import PullAnswer


def test_a_pull_page_from_a_newer_server_skips_entities_this_app_does_not_know():
    # A newer server may send an entity an older app has never heard of: the app keeps the
    # rest of the page (and its cursor) instead of refusing the whole sync for ever.
    page = PullAnswer.model_validate({
        "server_epoch": "e", "cursor": 9, "has_more": False, "changes": [
            {"seq": 7, "entity": "estate", "id": "E1", "op": "put", "data": {"id": "E1", "name": "Oak"}},
            {"seq": 8, "entity": "something_new", "id": "X", "op": "put", "data": {}},
            {"seq": 9, "entity": "estate", "id": "E2", "op": "delete"}]})
    assert [c.seq for c in page.changes] == [7, 9]
    assert page.cursor == 9
