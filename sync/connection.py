"""Connecting this laptop to a landlord's server, and the client for a connected store.

What is known about the connection lives in the store's ``sync_state`` (server address,
device and user ids, role, where the token is kept); the token itself only in the keyring
or the private token file (`credentials`). The store is used only through its methods (and
``path``), so the app can hand in its DB worker's store from a network thread
(`ui.tasks.TaskRunner.worker_store`): one writer.
"""

from __future__ import annotations

import json
import logging
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from champion_app.i18n import translate
from champion_app.store import Store

from . import credentials, errors
from .errors import SyncError

if TYPE_CHECKING:
    from .client import SyncClient


def __getattr__(name: str):
    """The client (and requests, ~0.15 s to import) load when first used: the app asks
    `current()` at start-up, which needs neither."""
    if name in ("SyncClient", "ENV_CA_BUNDLE", "normalise_url"):
        from . import client
        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

log = logging.getLogger(__name__)

ENV_SERVER_URL = "CHAMPION_SERVER_URL"
STATE_KEYS = ("server_url", "device_id", "user_id", "username", "display_name", "role",
              "estate_ids", "token_storage", "landlord_name")


@dataclass(frozen=True)
class Connection:
    server_url: str
    device_id: str
    user_id: str
    username: str
    display_name: str
    role: str
    token_storage: str        # credentials.KEYRING or credentials.FILE
    landlord_name: str = ""

    @property
    def storage_note(self) -> str:
        if self.token_storage == credentials.FILE:
            return translate("sync", "No system keyring was found, so this laptop's access key "
                                     "is kept in a file only your user account can read.")
        return translate("sync", "This laptop's access key is kept in the system keyring.")


def data_dir_of(store: Store) -> Path:
    return Path(store.path).parent


def device_name() -> str:
    return (socket.gethostname() or "laptop")[:100]


def connect(store: Store, server_url: str, *, code: str | None = None,
            username: str | None = None, password: str | None = None,
            ca_bundle: str | None = None, name: str | None = None) -> Connection:
    """Enrol with a code (champions) or sign in (coordinators); remember the connection.

    Queued records stay queued: they are sent by the next sync, under this connection.
    """
    from .client import SyncClient, normalise_url

    url = normalise_url(server_url or os.environ.get(ENV_SERVER_URL, ""))
    if not code and not (username and password):
        raise SyncError(errors.AUTH, translate(
            "sync", "Type the enrolment code your coordinator gave you (or, for coordinators, "
                    "your username and password)."))
    ca_bundle = ca_bundle or store.get_state("ca_bundle") or None
    with SyncClient(url, ca_bundle=ca_bundle) as client:
        meta = client.meta()
        if code:
            answer = client.enrol(code, name or device_name())
        else:
            answer = client.login(username or "", password or "", name or device_name())
    old_device = store.get_state("device_id")
    if old_device and old_device != answer.device_id:
        credentials.delete_token(data_dir_of(store), old_device)
    where = credentials.save_token(data_dir_of(store), answer.device_id, answer.token)
    user = answer.user
    values = {"server_url": url, "device_id": answer.device_id, "user_id": user.id,
              "username": user.username, "display_name": user.display_name,
              "role": user.role, "estate_ids": json.dumps(user.estate_ids),
              "token_storage": where, "landlord_name": meta.landlord_name,
              "needs_reconnect": 0, "ca_bundle": ca_bundle or ""}
    store.set_states(values)
    log.info("connected to %s as %s (%s), device %s; token in %s", url, user.username,
             user.role, answer.device_id, where)
    connected = current(store)
    assert connected is not None  # just stored
    return connected


def current(store: Store) -> Connection | None:
    """The connection this store has, or None when it was never connected."""
    device_id = store.get_state("device_id")
    url = store.get_state("server_url")
    if not device_id or not url:
        return None
    return Connection(server_url=url, device_id=device_id,
                      user_id=store.get_state("user_id", ""),
                      username=store.get_state("username", ""),
                      display_name=store.get_state("display_name", ""),
                      role=store.get_state("role", "champion"),
                      token_storage=store.get_state("token_storage", credentials.FILE),
                      landlord_name=store.get_state("landlord_name", "") or "")


def client_for(store: Store, timeout: tuple[float, float] | None = None) -> SyncClient:
    """A client for the stored connection; SyncError(auth) when not connected."""
    conn = current(store)
    token = credentials.load_token(data_dir_of(store), conn.device_id) if conn else None
    if conn is None or not token:
        raise errors.not_connected("no connection" if conn is None else "no token stored")
    from .client import ENV_CA_BUNDLE, SyncClient

    ca_bundle = store.get_state("ca_bundle") or os.environ.get(ENV_CA_BUNDLE) or None
    kwargs = {"timeout": timeout} if timeout else {}
    return SyncClient(conn.server_url, token, ca_bundle=ca_bundle, **kwargs)


def disconnect(store: Store, *, mention_queued: bool = True) -> str:
    """Revoke this laptop's token on the server and forget it here. Keeps every record (the
    caller may then wipe them: `sync.wipe`).

    Returns a sentence for the person: whether the server confirmed the revocation (and, with
    ``mention_queued``, what stays queued). Raises SyncError(wiped) when the server answers
    that this laptop is to be wiped.
    """
    conn = current(store)
    if conn is None:
        return translate("sync", "This laptop was not connected.")
    message = translate("sync", "Disconnected. The server has withdrawn this laptop's access.")
    try:
        with client_for(store, timeout=(5.0, 15.0)) as client:
            client.logout()
    except SyncError as exc:
        if exc.kind == errors.WIPED:
            raise
        if exc.kind != errors.AUTH:  # 401: already revoked, which is what we wanted
            log.warning("logout failed: %r", exc)
            message = translate(
                "sync", "Disconnected on this laptop, but the server could not be told. Ask "
                        "your coordinator to withdraw this laptop's access.")
    credentials.delete_token(data_dir_of(store), conn.device_id)
    store.set_states({"device_id": None, "token_storage": None})
    queued = store.outbox_count()
    if queued and mention_queued:
        message += " " + translate(
            "sync", "{count} item(s) are still waiting to be sent; they are kept and will be "
                    "sent after you connect again.").format(count=queued)
    log.info("disconnected device %s", conn.device_id)
    return message
