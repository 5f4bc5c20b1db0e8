"""Users, patches, enrolment codes, device tokens and sign-in. Shared by the API and the CLI.

Tokens and enrolment codes are random, so a plain SHA-256 is the right way to store them
(nothing to brute-force); passwords are chosen by people, so they get argon2.
"""

import hashlib
import logging
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, delete, func, select, update

from champion_app.entities import REFERENCE
from champion_app.protocol import CHAMPION, PUT

from . import schema as s
from .db import add_change, as_utc, iso, utcnow
from .errors import ApiError

log = logging.getLogger(__name__)

ROLES = ("admin", "coordinator", "champion")
CODE_DAYS = 7
LOGIN_WINDOW = timedelta(minutes=15)
LOGIN_MAX_FAILURES = 5
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: read out over the phone
_hasher = PasswordHasher()
# Verified against when the username is unknown, so both failures take the same time.
_DUMMY_HASH = _hasher.hash("not a real password")


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class Caller:
    user_id: str
    username: str
    role: str
    device_id: str
    estate_ids: set[str] = field(default_factory=set)
    patch_changed_seq: int = 0

    @property
    def is_coordinator(self) -> bool:
        return self.role in ("coordinator", "admin")


class AccountError(ValueError):
    """A CLI-facing problem with an account (unknown user, taken username...)."""


def find_user(conn: Connection, name_or_id: str):
    row = conn.execute(select(s.users).where(s.users.c.username == name_or_id)).first()
    return row or conn.execute(select(s.users).where(s.users.c.id == name_or_id)).first()


def _estates(conn: Connection, user_id: str) -> list[str]:
    return sorted(conn.execute(select(s.user_estates.c.estate_id)
                               .where(s.user_estates.c.user_id == user_id)).scalars())


def user_info(conn: Connection, user_id: str) -> dict:
    row = conn.execute(select(s.users).where(s.users.c.id == user_id)).one()
    return {"id": row.id, "username": row.username, "display_name": row.display_name,
            "role": row.role, "estate_ids": _estates(conn, row.id)}


def champion_entity(conn: Connection, user_id: str) -> dict:
    """The `champion` entity coordinators see: the account, its patch and its devices."""
    info = user_info(conn, user_id)
    rows = conn.execute(select(s.devices).where(s.devices.c.user_id == user_id)
                        .order_by(s.devices.c.created_at)).all()
    info["devices"] = [
        {"id": d.id, "name": d.name, "created_at": iso(d.created_at),
         "revoked_at": iso(d.revoked_at), "wipe_requested_at": iso(d.wipe_requested_at),
         "wipe_told_at": iso(d.wipe_told_at)}
        for d in rows]
    return info


def _announce(conn: Connection, user_id: str) -> int:
    return add_change(conn, entity=CHAMPION, entity_id=user_id, op=PUT,
                      audience=REFERENCE[CHAMPION].audience, data=champion_entity(conn, user_id))


def add_user(conn: Connection, *, role: str, username: str, display_name: str = "",
             estate_ids: list[str] | None = None, password: str | None = None,
             user_id: str | None = None) -> dict:
    """A new account (``user_id`` only where records already name it: the demo champion)."""
    if role not in ROLES:
        raise AccountError(f"Role must be one of {', '.join(ROLES)}.")
    if conn.execute(select(s.users.c.id).where(s.users.c.username == username)).first():
        raise AccountError(f"The username {username!r} is taken.")
    user_id = user_id or str(uuid.uuid4())
    conn.execute(s.users.insert().values(
        id=user_id, username=username, display_name=display_name or username, role=role,
        password_hash=_hasher.hash(password) if password else None, created_at=utcnow(),
        patch_changed_seq=0))
    for estate in dict.fromkeys(estate_ids or []):
        conn.execute(s.user_estates.insert().values(user_id=user_id, estate_id=estate))
    _announce(conn, user_id)
    log.info("added %s account %s", role, username)
    return user_info(conn, user_id)


def set_password(conn: Connection, user_id: str, password: str) -> None:
    conn.execute(update(s.users).where(s.users.c.id == user_id)
                 .values(password_hash=_hasher.hash(password)))


def set_patch(conn: Connection, user_id: str, estate_ids: list[str]) -> dict:
    before = set(_estates(conn, user_id))
    after = set(estate_ids)
    if before != after:
        conn.execute(delete(s.user_estates).where(s.user_estates.c.user_id == user_id))
        for estate in sorted(after):
            conn.execute(s.user_estates.insert().values(user_id=user_id, estate_id=estate))
        seq = _announce(conn, user_id)
        # Anything the champion pulled before this seq was filtered by the old patch.
        conn.execute(update(s.users).where(s.users.c.id == user_id)
                     .values(patch_changed_seq=seq))
    return user_info(conn, user_id)


def issue_code(conn: Connection, user_id: str) -> tuple[str, object]:
    """A new one-time enrolment code; earlier unused codes for the user stop working."""
    now = utcnow()
    conn.execute(delete(s.enrolment_codes).where(s.enrolment_codes.c.user_id == user_id)
                 .where(s.enrolment_codes.c.used_at.is_(None)))
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    code = "-".join(raw[i:i + 4] for i in range(0, 12, 4))
    expires = now + timedelta(days=CODE_DAYS)
    conn.execute(s.enrolment_codes.insert().values(
        code_hash=sha256_hex(_normal_code(code)), user_id=user_id, created_at=now,
        expires_at=expires))
    return code, expires


def _normal_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def _new_device(conn: Connection, user_id: str, device_name: str) -> dict:
    token = secrets.token_urlsafe(32)
    device_id = str(uuid.uuid4())
    conn.execute(s.devices.insert().values(
        id=device_id, user_id=user_id, name=device_name, token_hash=sha256_hex(token),
        created_at=utcnow()))
    _announce(conn, user_id)
    return {"token": token, "device_id": device_id, "user": user_info(conn, user_id)}


def enrol(conn: Connection, code: str, device_name: str) -> dict:
    now = utcnow()
    row = conn.execute(select(s.enrolment_codes)
                       .where(s.enrolment_codes.c.code_hash == sha256_hex(_normal_code(code)))
                       ).first()
    if row is None or row.used_at is not None or as_utc(row.expires_at) < now:
        raise ApiError(401, "bad_code", "This enrolment code is not valid: it may have been "
                       "used already or expired. Ask your coordinator for a new one.")
    # The WHERE on used_at makes a race between two enrolments with one code use it once.
    done = conn.execute(update(s.enrolment_codes)
                        .where(s.enrolment_codes.c.code_hash == row.code_hash)
                        .where(s.enrolment_codes.c.used_at.is_(None)).values(used_at=now))
    if done.rowcount != 1:
        raise ApiError(401, "bad_code", "This enrolment code has been used already.")
    return _new_device(conn, row.user_id, device_name)


def login_blocked_for(conn: Connection, username: str) -> int:
    """Seconds until the username may try again, 0 when it may try now."""
    since = utcnow() - LOGIN_WINDOW
    times = conn.execute(select(s.login_failures.c.at)
                         .where(s.login_failures.c.username == username)
                         .where(s.login_failures.c.at > since)
                         .order_by(s.login_failures.c.at)).scalars().all()
    if len(times) < LOGIN_MAX_FAILURES:
        return 0
    oldest = as_utc(times[-LOGIN_MAX_FAILURES])
    return max(1, int((oldest + LOGIN_WINDOW - utcnow()).total_seconds()) + 1)


def check_password(conn: Connection, username: str, password: str):
    """The user row when the password is right, else None (the failure is recorded)."""
    row = conn.execute(select(s.users).where(s.users.c.username == username)).first()
    try:
        ok = _hasher.verify(row.password_hash if row and row.password_hash else _DUMMY_HASH,
                            password) and row is not None and bool(row.password_hash)
    except (VerificationError, InvalidHashError):
        ok = False
    if not ok:
        conn.execute(s.login_failures.insert().values(username=username, at=utcnow()))
        return None
    conn.execute(delete(s.login_failures).where(s.login_failures.c.username == username))
    return row


def login(conn: Connection, username: str, password: str, device_name: str) -> dict | None:
    """A new device token, or None when the password is wrong. Returns rather than raises so
    the caller commits the recorded failure (the rate limit counts it)."""
    row = check_password(conn, username, password)
    return None if row is None else _new_device(conn, row.id, device_name)


def revoke_device(conn: Connection, device_id: str, *, wipe: bool = False) -> bool:
    """Cut the device off; with ``wipe`` (a lost laptop) its next contact also tells it to
    delete residents' data (`wipe_due`). False when there is no such device."""
    row = conn.execute(select(s.devices).where(s.devices.c.id == device_id)).first()
    if row is None:
        return False
    values = {}
    if row.revoked_at is None:
        values["revoked_at"] = utcnow()
    if wipe and row.wipe_requested_at is None:
        values["wipe_requested_at"] = utcnow()
    if values:
        conn.execute(update(s.devices).where(s.devices.c.id == device_id).values(**values))
        _announce(conn, row.user_id)
        log.info("revoked device %s%s", device_id, " and asked for a wipe" if wipe else "")
    return True


def wipe_due(conn: Connection, token: str) -> tuple[str, str, bool] | None:
    """(device id, its owner's username, first time) when ``token`` is a revoked device marked
    for a wipe; notes when it was first told (the coordinator sees the lost laptop got it)."""
    row = conn.execute(select(s.devices.c.id, s.devices.c.user_id, s.devices.c.wipe_told_at,
                              s.users.c.username)
                       .join(s.users, s.users.c.id == s.devices.c.user_id)
                       .where(s.devices.c.token_hash == sha256_hex(token))
                       .where(s.devices.c.revoked_at.is_not(None))
                       .where(s.devices.c.wipe_requested_at.is_not(None))).first()
    if row is None:
        return None
    first = row.wipe_told_at is None
    if first:
        conn.execute(update(s.devices).where(s.devices.c.id == row.id)
                     .values(wipe_told_at=utcnow()))
        _announce(conn, row.user_id)
        log.info("device %s told to wipe its data", row.id)
    return row.id, row.username, first


def device_owner_name(conn: Connection, device_id: str) -> str | None:
    return conn.execute(select(s.users.c.username)
                        .join(s.devices, s.devices.c.user_id == s.users.c.id)
                        .where(s.devices.c.id == device_id)).scalar()


def authenticate(conn: Connection, token: str) -> Caller | None:
    row = conn.execute(
        select(s.devices.c.id, s.users.c.id.label("user_id"), s.users.c.username,
               s.users.c.role, s.users.c.patch_changed_seq)
        .join(s.users, s.users.c.id == s.devices.c.user_id)
        .where(s.devices.c.token_hash == sha256_hex(token))
        .where(s.devices.c.revoked_at.is_(None))).first()
    if row is None:
        return None
    return Caller(user_id=row.user_id, username=row.username, role=row.role,
                  device_id=row.id, estate_ids=set(_estates(conn, row.user_id)),
                  patch_changed_seq=row.patch_changed_seq)


def count_users(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(s.users)).scalar_one()
