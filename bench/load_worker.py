"""One load-generating process: N simulated laptops, each an asyncio task with its own
httpx client (its own connections, as separate laptops have), pushing and pulling.

Reads its orders as JSON on stdin, prints one JSON object of samples on stdout. Every
request body is generated and serialised before the start time, so the clock measures the
server and the wire, not this process making records.

A device's loop: wait a think time, push 1-3 new record versions, then pull from its cursor
until ``has_more`` is false. An error is any transport failure, any HTTP status other than
200, or any push result other than ``applied``/``duplicate``.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time

import httpx

from .datagen import DEFAULT_SEED, RecordGenerator, new_mutation_id, patch


def _bodies(device: dict, seed: int, batches: int) -> list[bytes]:
    gen = RecordGenerator(seed, patch(DEFAULT_SEED))  # one shared patch: 40 estates
    out = []
    for _ in range(batches):
        mutations = []
        for _ in range(gen.rng.randint(1, 3)):
            version = gen.version(author_id=device["user_id"], device_id=device["device_id"],
                                  estates=device["estate_ids"])
            mutations.append({"mutation_id": new_mutation_id(gen.rng),
                              "type": "record_version", "data": version})
        out.append(json.dumps({"device_id": device["device_id"], "mutations": mutations},
                              separators=(",", ":")).encode())
    return out


class Device:
    def __init__(self, orders: dict, device: dict, index: int):
        self.api = orders["api"]
        self.think = orders["think_s"]
        self.rng = random.Random(orders["seed"] * 1000 + index)
        # Enough batches for the whole run even if every request were instant.
        batches = int(orders["duration_s"] / (self.think * 0.5)) + 3
        self.bodies = _bodies(device, orders["seed"] * 1000 + index, batches)
        self.headers = {"Authorization": f"Bearer {device['token']}",
                        "Content-Type": "application/json"}
        self.cursor = 0
        self.samples: dict[str, list[float]] = {"push": [], "pull": []}
        self.errors: list[str] = []
        self.records = 0

    async def _timed(self, kind: str, call) -> httpx.Response | None:
        t0 = time.perf_counter()
        try:
            response = await call
        except httpx.HTTPError as exc:
            self.errors.append(f"{kind}: {type(exc).__name__}")
            return None
        self.samples[kind].append((time.perf_counter() - t0) * 1000)
        if response.status_code != 200:
            self.errors.append(f"{kind}: HTTP {response.status_code} {response.text[:120]}")
            return None
        return response

    async def run(self, client: httpx.AsyncClient, start: float, deadline: float) -> None:
        await asyncio.sleep(max(0.0, start - time.time()) + self.rng.uniform(0, self.think))
        for body in self.bodies:
            if time.time() >= deadline:
                return
            answer = await self._timed("push", client.post(
                self.api + "/sync/push", content=body, headers=self.headers))
            if answer is not None:
                for result in answer.json()["results"]:
                    if result["status"] in ("applied", "duplicate"):
                        self.records += 1
                    else:
                        self.errors.append(f"push result: {json.dumps(result)[:160]}")
            while time.time() < deadline:
                answer = await self._timed("pull", client.get(
                    self.api + "/sync/pull", params={"cursor": self.cursor, "limit": 500},
                    headers=self.headers))
                if answer is None:
                    break
                page = answer.json()
                self.cursor = page["cursor"]
                if not page["has_more"]:
                    break
            await asyncio.sleep(self.rng.uniform(0.5 * self.think, 1.5 * self.think))


async def _main(orders: dict) -> dict:
    devices = [Device(orders, d, i) for i, d in enumerate(orders["devices"])]
    deadline = orders["start_at"] + orders["duration_s"]
    clients = [httpx.AsyncClient(timeout=30.0) for _ in devices]
    cpu0 = time.process_time()
    try:
        await asyncio.gather(*(d.run(c, orders["start_at"], deadline)
                               for d, c in zip(devices, clients, strict=True)))
    finally:
        for client in clients:
            await client.aclose()
    return {"push": [s for d in devices for s in d.samples["push"]],
            "pull": [s for d in devices for s in d.samples["pull"]],
            "errors": [e for d in devices for e in d.errors],
            "records": sum(d.records for d in devices),
            "cpu_s": time.process_time() - cpu0}


def main() -> None:
    orders = json.loads(sys.stdin.read())
    print(json.dumps(asyncio.run(_main(orders))), flush=True)


if __name__ == "__main__":
    main()
