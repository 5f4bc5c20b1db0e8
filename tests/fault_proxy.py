"""A loopback TCP proxy that breaks things on purpose, for the sync fault tests.

    proxy = FaultProxy(server.port)         # listens on 127.0.0.1:proxy.port
    proxy.arm("request", 812)               # cut after 812 more bytes client -> server
    proxy.arm("response", 95, action=fn)    # or call fn() at that byte, then cut
    proxy.duplicate = True                  # every HTTP request reaches the server twice
    proxy.close()

Cutting: bytes are forwarded up to the armed offset (counted from the moment of arming,
across connections), then both sockets are closed with an RST. Faults fire one after the
other in the order armed.

Duplicating: the proxy reads each HTTP/1.1 request whole (Content-Length bodies only, which
is all the app sends), sends it to the server twice on fresh connections, and forwards one of
the two answers to the client (which one is chosen by the seeded ``rng``). So the server
sees every request twice, and the client gets either the first answer (``applied``) or the
second (``duplicate``).
"""

from __future__ import annotations

import contextlib
import http.client
import logging
import random
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass
class Fault:
    direction: str                     # "request" (client -> server) or "response"
    offset: int
    action: Callable[[], None] | None = None
    after: bytes | None = None         # start counting at the request chunk holding this
    started: bool = False


def _reset(sock: socket.socket) -> None:
    """Drop the connection at once (RST); shutdown first wakes a thread blocked in recv."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()


class FaultProxy:
    def __init__(self, upstream_port: int, rng: random.Random | None = None) -> None:
        self.upstream_port = upstream_port
        self.rng = rng or random.Random(0)
        self.duplicate = False
        self.fired: list[Fault] = []
        self._faults: list[Fault] = []
        self._counted = {"request": 0, "response": 0}
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._closed = False
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.port = self._listener.getsockname()[1]
        self._spawn(self._accept_loop)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def arm(self, direction: str, offset: int, action: Callable[[], None] | None = None,
            after: bytes | None = None) -> None:
        """Cut ``offset`` bytes into ``direction``; with ``after``, counted from the first
        request chunk that contains it (e.g. b"/sync/push": aim at the push)."""
        with self._lock:
            if not self._faults:
                self._counted = {"request": 0, "response": 0}
            self._faults.append(Fault(direction, offset, action, after, started=after is None))

    def disarm(self) -> list[Fault]:
        with self._lock:
            left, self._faults = self._faults, []
            return left

    def close(self) -> None:
        self._closed = True
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            _reset(sock)
        for thread in self._threads:
            thread.join(10)

    # -- machinery -----------------------------------------------------------------------
    def _spawn(self, target, *args) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True, name="fault-proxy")
        self._threads = [t for t in self._threads if t.is_alive()]
        self._threads.append(thread)
        thread.start()

    def _track(self, sock: socket.socket) -> socket.socket:
        with self._lock:
            self._sockets.add(sock)
        return sock

    def _accept_loop(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            self._track(client)
            if self.duplicate:
                self._spawn(self._serve_twice, client)
                continue
            try:
                upstream = self._track(socket.create_connection(
                    ("127.0.0.1", self.upstream_port), timeout=5))
                upstream.settimeout(None)
            except OSError:
                _reset(client)  # server down: the client sees the connection dropped
                continue
            self._spawn(self._pump, client, upstream, "request")
            self._spawn(self._pump, upstream, client, "response")

    def _pump(self, src: socket.socket, dst: socket.socket, direction: str) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    with contextlib.suppress(OSError):
                        dst.shutdown(socket.SHUT_WR)
                    return
                fault = None
                with self._lock:
                    head = self._faults[0] if self._faults else None
                    if head and not head.started:
                        if direction == "request" and head.after in data:
                            head.started = True
                            self._counted = {"request": 0, "response": 0}
                        else:
                            head = None
                    if head and head.direction == direction:
                        room = head.offset - self._counted[direction]
                        if len(data) > room:
                            data, fault = data[:max(room, 0)], self._faults.pop(0)
                            self._counted = {"request": 0, "response": 0}
                    if fault is None and head is not None:
                        self._counted[direction] += len(data)
                if data:
                    dst.sendall(data)
                if fault is not None:
                    self.fired.append(fault)
                    log.info("fault: %s cut at byte %d", direction, fault.offset)
                    if fault.action is not None:
                        fault.action()
                    _reset(src)
                    _reset(dst)
                    return
        except OSError:
            _reset(src)
            _reset(dst)

    def _serve_twice(self, client: socket.socket) -> None:
        reader = client.makefile("rb")
        try:
            while True:
                line = reader.readline()
                if not line:
                    return
                method, path, _ = line.decode("latin-1").split(" ", 2)
                headers: dict[str, str] = {}
                while (h := reader.readline()) not in (b"\r\n", b"\n", b""):
                    key, _, value = h.decode("latin-1").partition(":")
                    headers[key.strip()] = value.strip()
                length = int(next((v for k, v in headers.items()
                                   if k.lower() == "content-length"), "0"))
                body = reader.read(length) if length else None
                answers = [self._send_upstream(method, path, headers, body) for _ in range(2)]
                status, reason, answer_headers, data = answers[self.rng.randrange(2)]
                out = [f"HTTP/1.1 {status} {reason}"]
                out += [f"{k}: {v}" for k, v in answer_headers if k.lower() not in
                        ("content-length", "transfer-encoding", "connection")]
                out += [f"Content-Length: {len(data)}", "", ""]
                client.sendall("\r\n".join(out).encode("latin-1") + data)
        except (OSError, ValueError, http.client.HTTPException):
            pass
        finally:
            reader.close()
            _reset(client)

    def _send_upstream(self, method, path, headers, body):
        conn = http.client.HTTPConnection("127.0.0.1", self.upstream_port, timeout=30)
        try:
            conn.request(method, path, body=body, headers={
                k: v for k, v in headers.items() if k.lower() != "connection"})
            answer = conn.getresponse()
            return answer.status, answer.reason, answer.getheaders(), answer.read()
        finally:
            conn.close()
