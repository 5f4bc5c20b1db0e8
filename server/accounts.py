"""Users, patches, enrolment codes and device tokens. Shared by the API and the CLI;
disabling and removing accounts is `account_states.py`, sign-in with its limits
`signin.py`, password hashing `passwords.py`.

Tokens and enrolment codes are random, so a plain SHA-256 is the right way to store them
(nothing to brute-force); passwords are chosen by people, so they get argon2.

Who manages whom: coordinators manage champions; admins manage everyone (`may_manage`).
Champions enrol with one-time codes and never have a password; coordinators and admins sign
in with a password and never get an enrolment code.
"""

import hashlib
import logging
import re
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Connection, delete, func, select, update

from champion_app.entities import REFERENCE
from champion_app.protocol import CHAMPION, PUT, USERNAME_PATTERN
from champion_app.storable import one_line_problem, storable_problem

from . import held
from . import schema as s
from .db import add_change, as_utc, iso, utcnow
from .errors import ApiError
from .passwords import check_password as password_matches
from .passwords import hash_password

log = logging.getLogger(__name__)

ROLES = ("admin", "coordinator", "champion")
STAFF = ("admin", "coordinator")
CODE_DAYS = 7
# A device's last_seen_at is written at most this often: a sync is several requests.
SEEN_EVERY = timedelta(minutes=1)
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: read out over the phone
_USERNAME = re.compile(USERNAME_PATTERN)
U = s.users.c


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
    last_seen_at: datetime | None = None
    app_version: str = ""  # as the device last named it (server/seen.py)

    @property
    def is_coordinator(self) -> bool:
        return self.role in STAFF

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


class AccountError(ApiError, ValueError):
    """A problem with an account in plain words. The API answers it as it is (an ApiError:
    ``status``, ``code``, the ``field`` named); the command line prints the words."""

    def __init__(self, message: str, *, status: int = 409, code: str = "conflict",
                 field: str | None = None):
        super().__init__(status, code, message, {field: message} if field else None)


def may_manage(caller: Caller, role: str) -> bool:
    """Coordinators manage champions; admins manage every account."""
    return caller.is_admin or (caller.role == "coordinator" and role == "champion")


def find_user(conn: Connection, name_or_id: str):
    if storable_problem(name_or_id):  # PostgreSQL cannot even compare a NUL: nobody has it
        return None
    row = conn.execute(select(s.users).where(U.username == name_or_id)).first()
    return row or conn.execute(select(s.users).where(U.id == name_or_id)).first()


def _estates(conn: Connection, user_id: str) -> list[str]:
    return sorted(conn.execute(select(s.user_estates.c.estate_id)
                               .where(s.user_estates.c.user_id == user_id)).scalars())


def user_info(conn: Connection, user_id: str) -> dict:
    row = conn.execute(select(s.users).where(U.id == user_id)).one()
    return {"id": row.id, "username": row.username, "display_name": row.display_name,
            "role": row.role, "estate_ids": _estates(conn, row.id)}


def champion_entity(conn: Connection, user_id: str) -> dict:
    """The `champion` entity coordinators pull, and what the account endpoints answer: the
    account, its patch, its devices (sessions) and whether it is disabled or removed."""
    info = user_info(conn, user_id)
    row = conn.execute(select(U.disabled_at, U.removed_at).where(U.id == user_id)).one()
    info.update(disabled_at=iso(row.disabled_at), removed_at=iso(row.removed_at))
    rows = conn.execute(select(s.devices).where(s.devices.c.user_id == user_id)
                        .order_by(s.devices.c.created_at)).all()
    info["devices"] = [
        {"id": d.id, "name": d.name, "created_at": iso(d.created_at),
         "revoked_at": iso(d.revoked_at), "last_seen_at": iso(d.last_seen_at),
         "wipe_requested_at": iso(d.wipe_requested_at), "wipe_told_at": iso(d.wipe_told_at),
         "app_version": d.app_version or ""}
        for d in rows]
    return info


account_info = champion_entity


def announce(conn: Connection, user_id: str) -> int:
    return add_change(conn, entity=CHAMPION, entity_id=user_id, op=PUT,
                      audience=REFERENCE[CHAMPION].audience, data=champion_entity(conn, user_id))


def unknown_estates(conn: Connection, estate_ids: list[str]) -> list[str]:
    known = set(conn.execute(select(s.reference.c.id).where(s.reference.c.entity == "estate")
                             .where(s.reference.c.id.in_(estate_ids))).scalars())
    return [e for e in dict.fromkeys(estate_ids) if e not in known]


def require_known_estates(conn: Connection, estate_ids: list[str]) -> None:
    """For the API and CLI: a patch may only name estates the server has (imported)."""
    if missing := unknown_estates(conn, estate_ids):
        raise AccountError(f"No estate {', '.join(missing)} on this server: import it first "
                           "or check the id.", status=422, code="unknown_estates",
                           field="estate_ids")


def add_user(conn: Connection, *, role: str, username: str, display_name: str = "",
             estate_ids: list[str] | None = None, password: str | None = None,
             password_hash: str | None = None, user_id: str | None = None) -> dict:
    """A new account (``user_id`` only where records already name it: the demo champion).

    Pass ``password_hash`` (from `passwords.hash_password`, made before the transaction);
    ``password`` hashes here, inside the caller's transaction, which only scripts and tests
    should do."""
    if role not in ROLES:
        raise AccountError(f"Role must be one of {', '.join(ROLES)}.", status=422,
                           code="invalid", field="role")
    if not _USERNAME.fullmatch(username) or not 2 <= len(username) <= 100:
        raise AccountError("A username has 2 to 100 letters, digits or . _ @ - (no spaces).",
                           status=422, code="invalid", field="username")
    if problem := one_line_problem(display_name):
        raise AccountError(f"Display name: {problem}", status=422, code="invalid",
                           field="display_name")
    if password is not None:
        password_hash = hash_password(password)
    if role == "champion" and password_hash:
        raise AccountError("Champions sign in with an enrolment code from their coordinator, "
                           "never a password.", status=422, code="enrol_only", field="password")
    if conn.execute(select(U.id).where(U.username == username)).first():
        raise AccountError(f"The username {username!r} is taken.", code="taken",
                           field="username")
    user_id = user_id or str(uuid.uuid4())
    conn.execute(s.users.insert().values(
        id=user_id, username=username, display_name=display_name or username, role=role,
        password_hash=password_hash, created_at=utcnow(), patch_changed_seq=0))
    for estate in dict.fromkeys(estate_ids or []):
        conn.execute(s.user_estates.insert().values(user_id=user_id, estate_id=estate))
    held.remember_patch(conn, user_id, estate_ids or [])
    announce(conn, user_id)
    log.info("added %s account %s", role, username)
    return user_info(conn, user_id)


def user_row(conn: Connection, user_id: str):
    return conn.execute(select(s.users).where(U.id == user_id)).one()


def require_champion(row) -> None:
    if row.role != "champion":
        raise AccountError(f"{row.username} is a {row.role}, not a champion: patches and "
                           "enrolment codes are for champions only (staff sign in with their "
                           "password).", code="not_a_champion")


def set_password_hash(conn: Connection, user_id: str, password_hash: str, *,
                      keep_device: str | None = None) -> int:
    """A new password for a coordinator or admin; every device but ``keep_device`` is signed
    out (whoever knew the old password is out too). Returns how many were."""
    row = user_row(conn, user_id)
    if row.role == "champion":
        raise AccountError(f"{row.username} is a champion: champions have no password, they "
                           "enrol with an enrolment code.", code="enrol_only")
    if row.removed_at is not None:
        raise AccountError(f"{row.username} was removed.", code="removed")
    conn.execute(update(s.users).where(U.id == user_id).values(password_hash=password_hash))
    return revoke_devices(conn, user_id, keep=keep_device)


def set_password(conn: Connection, user_id: str, password: str) -> int:
    return set_password_hash(conn, user_id, hash_password(password))


def set_patch(conn: Connection, user_id: str, estate_ids: list[str]) -> dict:
    require_champion(user_row(conn, user_id))
    before = set(_estates(conn, user_id))
    after = set(estate_ids)
    if before != after:
        conn.execute(delete(s.user_estates).where(s.user_estates.c.user_id == user_id))
        for estate in sorted(after):
            conn.execute(s.user_estates.insert().values(user_id=user_id, estate_id=estate))
        seq = announce(conn, user_id)
        # Anything the champion pulled before this seq was filtered by the old patch.
        conn.execute(update(s.users).where(U.id == user_id).values(patch_changed_seq=seq))
        held.remember_patch(conn, user_id, after)
        held.release_for_patch(conn, user_id, after)  # an estate given back
    return user_info(conn, user_id)


def _require_active(row) -> None:
    if row.removed_at is not None:
        raise AccountError(f"{row.username} was removed.", code="removed")
    if row.disabled_at is not None:
        raise AccountError(f"{row.username} is disabled: enable the account first.",
                           code="account_disabled")


def issue_code(conn: Connection, user_id: str, *, staff_allowed: bool = False
               ) -> tuple[str, datetime]:
    """A new one-time enrolment code for a champion; earlier unused codes stop working.
    (``staff_allowed`` only for the loopback demo, whose coordinator password is public.)"""
    row = user_row(conn, user_id)
    if not staff_allowed:
        require_champion(row)
    _require_active(row)
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


def new_device(conn: Connection, user_id: str, device_name: str,
               address: str | None = None) -> dict:
    token = secrets.token_urlsafe(32)
    device_id = str(uuid.uuid4())
    conn.execute(s.devices.insert().values(
        id=device_id, user_id=user_id, name=device_name, token_hash=sha256_hex(token),
        created_at=utcnow(), address=address))
    announce(conn, user_id)
    return {"token": token, "device_id": device_id, "user": user_info(conn, user_id)}


def enrol(conn: Connection, code: str, device_name: str, address: str | None = None) -> dict:
    now = utcnow()
    row = conn.execute(select(s.enrolment_codes)
                       .where(s.enrolment_codes.c.code_hash == sha256_hex(_normal_code(code)))
                       ).first()
    if row is None or row.used_at is not None or as_utc(row.expires_at) < now:
        raise ApiError(401, "bad_code", "This enrolment code is not valid: it may have been "
                       "used already or expired. Ask your coordinator for a new one.")
    user = user_row(conn, row.user_id)
    if user.disabled_at is not None:
        raise ApiError(403, "account_disabled", "This account is switched off. Ask your "
                       "coordinator.")
    # The WHERE on used_at makes a race between two enrolments with one code use it once.
    done = conn.execute(update(s.enrolment_codes)
                        .where(s.enrolment_codes.c.code_hash == row.code_hash)
                        .where(s.enrolment_codes.c.used_at.is_(None)).values(used_at=now))
    if done.rowcount != 1:
        raise ApiError(401, "bad_code", "This enrolment code has been used already.")
    return new_device(conn, row.user_id, device_name, address)


def signable(row) -> bool:
    """May this account sign in with a password at all (active staff with a password)?"""
    return (row is not None and row.role in STAFF and row.password_hash is not None
            and row.disabled_at is None and row.removed_at is None)


def check_password(conn: Connection, username: str, password: str):
    """The user row of an active coordinator or admin whose password this is, else None.
    For the command line and tests: it hashes while ``conn`` is open (signin.py does not)."""
    row = find_user(conn, username)
    matched = password_matches(row.password_hash if row is not None else None, password)
    return row if matched and signable(row) else None


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
        announce(conn, row.user_id)
        log.info("revoked device %s%s", device_id, " and asked for a wipe" if wipe else "")
    return True


def revoke_devices(conn: Connection, user_id: str, *, keep: str | None = None) -> int:
    """Sign out every device of the account (but ``keep``); how many were still in."""
    query = (update(s.devices).where(s.devices.c.user_id == user_id)
             .where(s.devices.c.revoked_at.is_(None)))
    if keep is not None:
        query = query.where(s.devices.c.id != keep)
    done = conn.execute(query.values(revoked_at=utcnow())).rowcount
    if done:
        announce(conn, user_id)
    return done


def wipe_due(conn: Connection, token: str):
    """The device row (id, user_id, wipe_told_at, username) when ``token`` is a revoked device
    marked for a wipe, else None. Reads only: `note_wipe_told` records the first telling."""
    return conn.execute(select(s.devices.c.id, s.devices.c.user_id, s.devices.c.wipe_told_at,
                               s.users.c.username)
                        .join(s.users, s.users.c.id == s.devices.c.user_id)
                        .where(s.devices.c.token_hash == sha256_hex(token))
                        .where(s.devices.c.revoked_at.is_not(None))
                        .where(s.devices.c.wipe_requested_at.is_not(None))).first()


def note_wipe_told(conn: Connection, device_id: str, user_id: str) -> bool:
    """Note when a lost laptop was first told to wipe (the coordinator sees it got it); True
    only the first time, so it is audited once."""
    done = conn.execute(update(s.devices).where(s.devices.c.id == device_id)
                        .where(s.devices.c.wipe_told_at.is_(None))
                        .values(wipe_told_at=utcnow())).rowcount
    if done:
        announce(conn, user_id)
        log.info("device %s told to wipe its data", device_id)
    return bool(done)


def device_owner(conn: Connection, device_id: str):
    """The user row owning a device, or None."""
    if storable_problem(device_id):
        return None
    return conn.execute(select(s.users).join(s.devices, s.devices.c.user_id == U.id)
                        .where(s.devices.c.id == device_id)).first()


def authenticate(conn: Connection, token: str) -> Caller | None:
    """The caller a token belongs to; None for an unknown or revoked token, or an account
    that is disabled or removed (so switching an account off cuts every device at once)."""
    row = conn.execute(
        select(s.devices.c.id, U.id.label("user_id"), U.username, U.role, U.patch_changed_seq,
               s.devices.c.last_seen_at, s.devices.c.app_version)
        .join(s.users, U.id == s.devices.c.user_id)
        .where(s.devices.c.token_hash == sha256_hex(token))
        .where(s.devices.c.revoked_at.is_(None))
        .where(U.disabled_at.is_(None)).where(U.removed_at.is_(None))).first()
    if row is None:
        return None
    return Caller(user_id=row.user_id, username=row.username, role=row.role,
                  device_id=row.id, estate_ids=set(_estates(conn, row.user_id)),
                  patch_changed_seq=row.patch_changed_seq,
                  last_seen_at=as_utc(row.last_seen_at), app_version=row.app_version or "")


def seen_is_stale(caller: Caller, now: datetime) -> bool:
    return caller.last_seen_at is None or now - caller.last_seen_at >= SEEN_EVERY


def note_seen(conn: Connection, caller: Caller, now: datetime) -> bool:
    """Record the device's request time, at most once a minute; True when written.

    Not announced in the change log: that would add a change per champion per sync for
    every coordinator to pull. `GET /champions` (the coordinators' Champions page) reads it
    fresh; the pulled champion entity carries the value it had at its last announcement.
    """
    stale_before = now - SEEN_EVERY
    done = conn.execute(update(s.devices).where(s.devices.c.id == caller.device_id)
                        .where(s.devices.c.last_seen_at.is_(None)
                               | (s.devices.c.last_seen_at <= stale_before))
                        .values(last_seen_at=now))
    return done.rowcount == 1


def count_users(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(s.users)).scalar_one()
