"""Issue #10 (10b): hazard cases and complaint referrals as append-only case events, and
each device's last authenticated request (the coordinators' "last sync" of a champion).

Revision ID: 0002_i10b
Revises: 0001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0002_i10b"
down_revision: str | None = "0001"
branch_labels = None
depends_on = None

ID = sa.String(64)


def upgrade() -> None:
    op.create_table(
        "case_events",
        sa.Column("event_id", ID, primary_key=True),
        sa.Column("record_id", ID, nullable=False),
        sa.Column("author_id", ID, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_case_events_record_id", "case_events", ["record_id"])
    op.add_column("devices", sa.Column("last_seen_at", sa.DateTime(timezone=True)))


def downgrade() -> None:
    # Going back is restoring the backup taken before the upgrade (docs/server.md).
    raise NotImplementedError("restore the backup taken before the upgrade")
