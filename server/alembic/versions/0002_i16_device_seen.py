"""Issue #16: which app version each device runs and when it was last seen; refused pushes
counted per day and reason (champion-server stats).

Revision ID: 0002_i16
Revises: 0001
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0002_i16"
down_revision: str | None = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "device_seen",
        sa.Column("device_id", sa.String(64), primary_key=True),
        sa.Column("app_version", sa.String(32), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "push_rejections",
        sa.Column("day", sa.String(10), primary_key=True),
        sa.Column("code", sa.String(40), primary_key=True),
        sa.Column("count", sa.BigInteger, nullable=False),
    )


def downgrade() -> None:
    raise RuntimeError("Going back is restoring the backup taken before the upgrade "
                       "(docs/server.md, Upgrading).")
