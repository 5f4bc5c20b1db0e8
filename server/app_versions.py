"""The app version each device last named (``device_seen``, written by server/seen.py), as
the champion entity's devices show it to coordinators."""

from sqlalchemy import Connection, select

from . import schema as s


def annotate(conn: Connection, devices: list[dict]) -> None:
    """Add each device's ``app_version`` ("" until it first said) to a devices list."""
    ids = [d["id"] for d in devices]
    versions = dict(conn.execute(select(s.device_seen.c.device_id, s.device_seen.c.app_version)
                                 .where(s.device_seen.c.device_id.in_(ids))).all()) if ids else {}
    for device in devices:
        device["app_version"] = versions.get(device["id"], "")
