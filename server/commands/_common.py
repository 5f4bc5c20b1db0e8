"""Small helpers several commands share."""

from server import accounts
from server.accounts import AccountError


def estates(text: str) -> list[str]:
    """"E1, E2" as a list; empty for none."""
    return [e.strip() for e in text.split(",") if e.strip()]


def account(conn, username: str):
    user = accounts.find_user(conn, username)
    if user is None:
        raise AccountError(f"There is no account {username!r}.")
    return user

