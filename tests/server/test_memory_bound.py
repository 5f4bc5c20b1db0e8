"""Unauthenticated requests are bounded in memory before anything is buffered (issue 13, 11).

The audit: the body limit read up to 10 MB of every request before the token was checked, so
100 unauthenticated uploads took the server from 284 MB to 1.1 GB, never released. Here 100
such uploads at once (loopback only) must leave the server's peak resident memory (VmHWM,
the high-water mark the kernel keeps) within a small margin of where it started.
"""

import hashlib
import http.client
import sys
import threading
from pathlib import Path

import pytest

from tests.live_server import LiveServer

pytestmark = [pytest.mark.timeout(300),
              pytest.mark.skipif(not sys.platform.startswith("linux"),
                                 reason="reads the server's VmHWM from /proc")]

UPLOADS = 100
BODY = b"\xff\xd8\xff" + b"\x00" * (10 * 1024 * 1024 - 3)  # one shared 10 MB buffer
SHA = hashlib.sha256(BODY).hexdigest()
CHUNK = 256 * 1024
ALLOWED_GROWTH_MB = 120  # 100 buffered bodies would be ~1000 MB


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


def upload(port: int, path: str, token: str | None, answers: list, start: threading.Barrier):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        start.wait()
        conn.putrequest("PUT" if "blobs" in path else "POST", path)
        conn.putheader("Content-Length", str(len(BODY)))
        conn.putheader("Content-Type", "application/octet-stream")
        if token:
            conn.putheader("Authorization", f"Bearer {token}")
        conn.endheaders()
        view = memoryview(BODY)
        for offset in range(0, len(BODY), CHUNK):
            conn.send(view[offset:offset + CHUNK])
        answers.append(conn.getresponse().status)
    except OSError as exc:  # the server may cut a body it will not read: that is fine too
        answers.append(type(exc).__name__)
    finally:
        conn.close()


def test_a_hundred_unauthenticated_10mb_uploads_leave_memory_bounded(tmp_path):
    server = LiveServer(tmp_path)
    server.start()
    try:
        # Warm up: the first requests import and allocate what every later one reuses.
        for _ in range(3):
            server.request("GET", "/meta")
            server.request("POST", "/auth/login", {"username": "x", "password": "y",
                                                   "device_name": "z"})
        before = peak_rss_mb(server.proc.pid)
        answers: list = []
        paths = [f"/api/v1/blobs/{SHA}", "/api/v1/sync/push", "/api/v1/auth/login",
                 "/api/v1/auth/enrol"]
        tokens = [None, "not-a-real-token"]
        start = threading.Barrier(UPLOADS)
        threads = [threading.Thread(target=upload, args=(
            server.port, paths[i % len(paths)], tokens[i % 2], answers, start))
            for i in range(UPLOADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        after = peak_rss_mb(server.proc.pid)
        assert len(answers) == UPLOADS
        refused = [a for a in answers if a in (401, 413)]
        assert len(refused) >= UPLOADS * 0.9, answers
        assert 200 not in answers and 201 not in answers
        assert after - before < ALLOWED_GROWTH_MB, (
            f"peak RSS grew {after - before:.0f} MB ({before:.0f} -> {after:.0f} MB)")
        # And the server still answers.
        assert server.request("GET", "/meta")[0] == 200
    finally:
        server.close()
