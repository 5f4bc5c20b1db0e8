"""Issue #16: the app version each device last named; refused pushes counted per day and
reason (champion-server stats).

Revision ID: 0005_i16
Revises: 0004
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0005_i16"
down_revision: str | None = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("devices", sa.Column("app_version", sa.String(32)))
    op.create_table(
        "push_rejections",
        sa.Column("day", sa.String(10), primary_key=True),
        sa.Column("code", sa.String(40), primary_key=True),
        sa.Column("count", sa.BigInteger, nullable=False),
    )


def downgrade() -> None:
    # Going back is restoring the backup taken before the upgrade (docs/server.md).
    raise NotImplementedError("restore the backup taken before the upgrade")
