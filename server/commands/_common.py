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


def change_account(engine, username: str, action: str, change) -> dict:
    """Run ``change(conn, user_id)`` (returning the audit detail) on one account, recorded in
    the audit log in the same transaction; returns the account as it is after."""
    from server import audit
    from server.db import writing

    with writing(engine) as conn:
        user = account(conn, username)
        detail = change(conn, user.id) or {}
        audit.record(conn, audit.CLI_ACTOR, action, user.username, detail)
        return accounts.account_info(conn, user.id)
