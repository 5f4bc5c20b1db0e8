"""Push latency while the server is flooded with sign-ins (issue 13, finding 12).

The audit: 120 sign-ins for accounts that do not exist stalled a champion's push from
0.02 s to 13 s, because argon2 (about 50 ms and 64 MB each) ran inside SQLite's write
transaction. Here the real server (SQLite file, loopback) takes 120 sign-ins at once, each
from an address of its own through a trusted proxy (so the per-address limits do not turn
them away cheaply: every one gets an argon2 check, the worst case), while one champion pushes
a record at a time. The figure is the push p95 during the flood; the baseline is the push
p50 with nothing else going on.
"""

from __future__ import annotations

import tempfile
import threading
import time
import uuid
from pathlib import Path

from tests.live_server import LiveServer, http_request

from .common import emit, ms, percentile, quick, say

TARGET_S = 1.0


def _version() -> dict:
    return {"record_id": str(uuid.uuid4()), "version_id": str(uuid.uuid4()),
            "base_version_id": None, "kind": "doorstep", "schema_version": 1,
            "created_at": "2026-03-01T10:00:00Z", "submitted_at": "2026-03-01T10:05:00Z",
            "estate_id": "E1", "payload": {"topics": ["lifts"], "what_was_said": "lift"},
            "attachments": []}


def _push(live: LiveServer, auth: dict) -> float:
    started = time.perf_counter()
    status, answer = live.request("POST", "/sync/push", {
        "device_id": auth["device_id"], "mutations": [
            {"mutation_id": str(uuid.uuid4()), "type": "record_version", "data": _version()}]},
        token=auth["token"])
    if status != 200:
        raise RuntimeError(f"push answered {status}: {answer}")
    return time.perf_counter() - started


def _sign_in(live: LiveServer, n: int, start: threading.Barrier, done: list) -> None:
    import json
    import urllib.error
    import urllib.request

    req = urllib.request.Request(live.api + "/auth/login", method="POST", data=json.dumps({
        "username": f"nobody-{n}", "password": "a guess at a password",
        "device_name": "pc"}).encode(), headers={
        "Content-Type": "application/json", "X-Forwarded-For": f"10.{n // 250}.{n % 250}.1"})
    start.wait()
    try:
        urllib.request.urlopen(req, timeout=300)
    except urllib.error.HTTPError as err:
        done.append(err.code)


def main() -> None:
    logins = 40 if quick() else 120
    with tempfile.TemporaryDirectory(prefix="bench-logins-") as tmp:
        live = LiveServer(Path(tmp), serve_args=["--trusted-proxy", "127.0.0.1"])
        try:
            live.import_rows("estates", [{"id": "E1", "name": "Oak"}])
            champ = live.add_champion("bench-champ", ["E1"])
            live.start()
            auth = live.enrol(champ["code"], "bench laptop")
            quiet = [_push(live, auth) for _ in range(20)]
            say(f"quiet push p50 {ms(percentile(quiet, 50))} ms")
            start, answers = threading.Barrier(logins + 1), []
            threads = [threading.Thread(target=_sign_in, args=(live, n, start, answers))
                       for n in range(logins)]
            for t in threads:
                t.start()
            start.wait()
            storm = []
            while any(t.is_alive() for t in threads):
                storm.append(_push(live, auth))
            for t in threads:
                t.join()
            if http_request(live.api, "GET", "/meta")[0] != 200:
                raise RuntimeError("the server stopped answering")
        finally:
            live.close()
    p95 = percentile(storm, 95)
    say(f"{logins} sign-ins: {len(storm)} pushes, p95 {ms(p95)} ms, max {ms(max(storm))} ms; "
        f"answers {sorted(set(answers))}")
    emit("login_storm", ms(p95), "ms", baseline=ms(percentile(quiet, 50)),
         target=f"push p95 ≤ {TARGET_S:.0f} s", met=p95 <= TARGET_S,
         detail={"sign_ins": logins, "pushes_during": len(storm),
                 "push_max_ms": ms(max(storm)), "push_p50_ms": ms(percentile(storm, 50)),
                 "sign_in_answers": sorted(set(answers))})


if __name__ == "__main__":
    main()
