"""Issue 13 (accounts, limits, audit): disabled and removed accounts, where a device signed
in from, bounded rate-limit counters instead of a failure log, the audit log, and who
uploaded which blob. Champions lose any password they had: they enrol with codes only.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels = None
depends_on = None

ID = sa.String(64)
WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("disabled_at", WHEN))
        batch.add_column(sa.Column("removed_at", WHEN))
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("address", sa.String(64)))
    # Champions sign in with one-time enrolment codes; a password kept from before is a second
    # way in that nobody manages.
    op.execute("UPDATE users SET password_hash = NULL WHERE role = 'champion'")

    op.drop_index("ix_login_failures_username", table_name="login_failures")
    op.drop_table("login_failures")
    op.create_table(
        "rate_limits",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("expires_at", WHEN, nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
    )
    op.create_index("ix_rate_limits_expires_at", "rate_limits", ["expires_at"])

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", WHEN, nullable=False),
        sa.Column("actor_id", ID),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(50), nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])

    op.create_table(
        "blob_uploads",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("user_id", ID, primary_key=True),
        sa.Column("bytes", sa.BigInteger, nullable=False),
        sa.Column("uploaded_at", WHEN, nullable=False),
    )


def downgrade() -> None:
    # Going back is restoring the backup taken before the upgrade (docs/server.md).
    raise NotImplementedError("restore the backup taken before the upgrade")
