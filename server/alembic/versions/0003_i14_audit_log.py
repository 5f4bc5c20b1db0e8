"""#14 (minimal, until #13's audit log lands: the same table; drop this one for that one).

Revision ID: 0003_i14
Revises: 0002_i14
Create Date: 2026-11-26

What was done, by whom, to what: never the erased data itself (server/audit.py).
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0003_i14"
down_revision: str | None = "0002_i14"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.String(64)),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(50), nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])


def downgrade() -> None:
    raise NotImplementedError("restore the backup taken before the upgrade")
