"""Who the signed-in user is to the app: a champion, a coordinator or an admin.

The role comes from the server at sign-in and is kept in ``sync_state`` (`sync.connection`);
every part of the app that shows or refuses something by role asks `role_of`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Protocol

if TYPE_CHECKING:  # the wire models (pydantic) cost a quarter of a second to import: the
    # window's frame asks for roles before its first paint (docs/benchmarks.md, Startup)
    from champion_app.protocol import Role

CHAMPION: Final = "champion"
COORDINATOR: Final = "coordinator"
ADMIN: Final = "admin"
# Coordinators and admins review, comment on any record and see every champion's records.
COORDINATOR_ROLES: Final[frozenset[str]] = frozenset({COORDINATOR, ADMIN})
ROLES: Final[tuple[Role, ...]] = (CHAMPION, COORDINATOR, ADMIN)


class _HasState(Protocol):
    def get_state(self, key: str, default=None): ...


def role_of(store: _HasState) -> Role | None:
    """The signed-in user's role, or None when this laptop was never connected."""
    role = store.get_state("role")
    if not store.get_state("user_id") or role not in ROLES:
        return None
    return role


def is_coordinator(role: str | None) -> bool:
    return role in COORDINATOR_ROLES
