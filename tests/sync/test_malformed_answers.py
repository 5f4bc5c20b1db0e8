"""A server answering nonsense: the sync stops with plain words and the outbox is untouched.

The one place a stand-in server is right: the real one never sends these answers.
"""

import json
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sync.client import SyncClient
from sync.engine import run_sync
from sync.errors import SyncError
from tests.sync_helpers import doorstep, fast_retry, open_store

META = {"api_version": 1, "server_time": "", "server_epoch": "e1", "landlord_name": "Stub",
        "emergency_repairs_phone": "0800", "min_client_version": "0.1.0"}


class Stub:
    """Answers /meta properly and `answers[path]` = (status, body bytes, headers) otherwise."""

    def __init__(self):
        self.answers: dict[str, tuple[int, bytes, dict]] = {}
        self.seen: list[str] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep pytest output clean
                pass

            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                path = self.path.split("?")[0].removeprefix("/api/v1")
                stub.seen.append(path)
                if path == "/meta":
                    now = datetime.now(UTC).isoformat().replace("+00:00", "Z")
                    status, body, headers = 200, json.dumps({**META, "server_time": now}
                                                            ).encode(), {}
                else:
                    status, body, headers = stub.answers.get(path, (404, b"{}", {}))
                self.send_response(status)
                self.send_header("Content-Type", headers.pop("Content-Type", "application/json"))
                self.send_header("Content-Length", headers.pop("Content-Length",
                                                               str(len(body))))
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = _answer

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,),
                                       daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)


@pytest.fixture
def stub():
    s = Stub()
    yield s
    s.close()


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path)
    s.set_state("device_id", "dev-1")
    yield s
    s.close()


def _sync(store, stub):
    with SyncClient(stub.url, "token-123", timeout=(2, 5)) as client:
        return run_sync(store, client, retry=fast_retry(attempts=2))


PUSH_CASES = {
    "not json": (200, b"{results: oops", {}),
    "empty body": (200, b"", {}),
    "wrong type": (200, json.dumps({"results": "all good"}).encode(), {}),
    "unknown status": (200, json.dumps({"results": [
        {"mutation_id": "x", "status": "lost"}]}).encode(), {}),
    "stranger id": (200, json.dumps({"results": [
        {"mutation_id": "never-sent", "status": "applied", "seq": 1}]}).encode(), {}),
    "html error page": (200, b"<html>Proxy says hello</html>", {"Content-Type": "text/html"}),
    "seq not a number": (200, None, {}),
}


@pytest.mark.parametrize("case", sorted(PUSH_CASES))
def test_a_malformed_push_answer_leaves_the_outbox_intact(store, stub, case):
    ids = [doorstep(store, f"n{i}") for i in range(2)]
    before = store.outbox_items()
    status, body, headers = PUSH_CASES[case]
    if body is None:
        body = json.dumps({"results": [{"mutation_id": before[0].mutation_id,
                                        "status": "applied", "seq": "soon"}]}).encode()
    stub.answers["/sync/push"] = (status, body, dict(headers))
    with pytest.raises(SyncError) as err:
        _sync(store, stub)
    assert err.value.kind == "protocol"
    assert "could not understand" in err.value.user_message
    assert store.outbox_items() == before
    assert {r.state for r in store.rows_by_id(ids).values()} == {"queued"}
    assert store.get_state("last_sync_ok") == "0"


def test_a_truncated_answer_is_a_network_error_and_keeps_the_outbox(store, stub):
    doorstep(store)
    before = store.outbox_items()
    # Promises 500 bytes, sends 20, closes: the client must not take half an answer.
    stub.answers["/sync/push"] = (200, b'{"results": [{"mutat', {"Content-Length": "500"})
    with pytest.raises(SyncError) as err:
        _sync(store, stub)
    assert err.value.kind in ("network", "protocol")
    assert store.outbox_items() == before
    assert stub.seen.count("/sync/push") == 2  # retried (attempts=2), then gave up


PULL_CASES = {
    "cursor not a number": {"server_epoch": "e1", "changes": [], "cursor": "abc",
                            "has_more": False},
    # (An unknown *entity* is not malformed: a newer server's, skipped; test_unknown_entities.)
    "unknown op": {"server_epoch": "e1", "changes": [
        {"seq": 1, "entity": "estate", "id": "x", "op": "explode", "data": {}}],
        "cursor": 1, "has_more": False},
    "version missing fields": {"server_epoch": "e1", "changes": [
        {"seq": 1, "entity": "record_version", "id": "v", "op": "put",
         "data": {"version_id": "v"}}], "cursor": 1, "has_more": False},
    "put without data": {"server_epoch": "e1", "changes": [
        {"seq": 1, "entity": "estate", "id": "E1", "op": "put"}], "cursor": 1,
        "has_more": False},
    "cursor stuck": {"server_epoch": "e1", "changes": [], "cursor": 0, "has_more": True},
}


@pytest.mark.parametrize("case", sorted(PULL_CASES))
def test_a_malformed_pull_changes_nothing(store, stub, case):
    stub.answers["/sync/pull"] = (200, json.dumps(PULL_CASES[case]).encode(), {})
    with pytest.raises(SyncError) as err:
        _sync(store, stub)
    assert err.value.kind == "protocol"
    assert store.pull_cursor() == 0 and store.estates() == []


def test_5xx_is_retried_then_reported_in_plain_words(store, stub):
    doorstep(store)
    stub.answers["/sync/push"] = (503, b'{"error": {"code": "x", "message": "busy"}}',
                                  {"Retry-After": "0"})
    with pytest.raises(SyncError) as err:
        _sync(store, stub)
    assert err.value.kind == "server" and "try again" in err.value.user_message
    assert stub.seen.count("/sync/push") == 2
    assert store.outbox_count() == 1


def test_a_skewed_clock_is_reported(store, stub, monkeypatch):
    META["server_time"] = ""
    stub.answers["/sync/pull"] = (200, json.dumps({"server_epoch": "e1", "changes": [],
                                                   "cursor": 0, "has_more": False}).encode(),
                                  {})
    import sync.engine as engine

    real = engine.datetime

    class Late(real):
        @classmethod
        def now(cls, tz=None):
            from datetime import timedelta

            return real.now(tz) + timedelta(minutes=7)

    monkeypatch.setattr(engine, "datetime", Late)
    result = _sync(store, stub)
    assert result.clock_warning and "clock" in result.clock_warning
    assert result.clock_skew_s > 300


def test_retry_after_is_honoured(store, stub):
    from sync.engine import RetryPolicy

    doorstep(store)
    stub.answers["/sync/push"] = (429, b'{"error": {"code": "slow", "message": "Slow down."}}',
                                  {"Retry-After": "3"})
    waited = []
    retry = RetryPolicy(attempts=3, sleep=waited.append)
    with SyncClient(stub.url, "token-123", timeout=(2, 5)) as client, \
            pytest.raises(SyncError) as err:
        run_sync(store, client, retry=retry)
    assert err.value.status == 429 and err.value.user_message == "Slow down."
    assert sum(waited) == pytest.approx(6.0)  # 3 s before each of the two retries
    assert store.outbox_count() == 1
