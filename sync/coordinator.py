"""The coordinators' account calls (server/coordinator.py): champions, patches, enrolment
codes, devices. Qt-free; the app runs each as a network operation on the task runner.

Each call opens a client for the stored connection (`connection.client_for`), so it has
the same TLS, timeouts and plain-word errors (`SyncError`) as a sync. What the server
answers about a champion is written to the local store at once (the same `champion` entity
a pull brings), so the Champions page shows it before the next sync.
"""

from __future__ import annotations

import logging
from urllib.parse import quote

from pydantic import RootModel

from champion_app.protocol import Champion, EnrolmentCode, NewChampion, PatchUpdate
from champion_app.store import Store

from . import connection
from .client import SyncClient

log = logging.getLogger(__name__)

TIMEOUT = (5.0, 30.0)


class ChampionList(RootModel[list[Champion]]):
    """The answer of GET /champions."""


def _client(store: Store) -> SyncClient:
    return connection.client_for(store, timeout=TIMEOUT)


def _remember(store: Store, champions: list[Champion]) -> None:
    if champions:
        store.put_reference("champions", champions)


def fetch_champions(store: Store) -> list[Champion]:
    """Every champion account, fresh from the server (with each device's last request)."""
    with _client(store) as client:
        champions = client._call("GET", "/champions", ChampionList).root
    _remember(store, champions)
    return champions


def add_champion(store: Store, username: str, display_name: str,
                 estate_ids: list[str]) -> Champion:
    body = NewChampion(username=username.strip(), display_name=display_name.strip(),
                       estate_ids=estate_ids)
    with _client(store) as client:
        champion = client._call("POST", "/champions", Champion, json_body=body.model_dump())
    _remember(store, [champion])
    log.info("added champion %s", champion.username)
    return champion


def set_patch(store: Store, user: str, estate_ids: list[str]) -> Champion:
    body = PatchUpdate(estate_ids=estate_ids)
    with _client(store) as client:
        champion = client._call("PUT", f"/champions/{quote(user, safe='')}/patch", Champion,
                                json_body=body.model_dump())
    _remember(store, [champion])
    return champion


def issue_code(store: Store, user: str) -> EnrolmentCode:
    """A new one-time enrolment code (earlier unused ones stop working). Never logged."""
    with _client(store) as client:
        return client._call("POST", f"/champions/{quote(user, safe='')}/enrolment-code",
                            EnrolmentCode)


def revoke_device(store: Store, device_id: str, *, wipe: bool = False) -> None:
    """Cut a laptop off; with ``wipe`` (a lost laptop) its next contact with the server also
    deletes the residents' data on it (docs/security.md, Remote wipe)."""
    with _client(store) as client:
        client.revoke_device(device_id, wipe=wipe)
    log.info("revoked device %s%s", device_id, " and asked for a wipe" if wipe else "")
    fetch_champions(store)  # the device now shows as withdrawn
