"""#14: remote wipe of a lost laptop, retention and erasure of residents' data.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26

* devices.wipe_requested_at: a coordinator revoked the device *and* asked for its data to be
  wiped; devices.wipe_told_at: when the server told the device so (its next contact).
* record_versions.contact_cleared_at: the version is past the contact-details retention
  period and its contact details were removed (or it had none).
* erased_records: tombstones of records erased (retention or an erasure request): a laptop
  that was offline cannot send them back to life.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0006_i14"
down_revision: str | None = "0005_i16"
branch_labels = None
depends_on = None

ID = sa.String(64)
WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("wipe_requested_at", WHEN))
        batch.add_column(sa.Column("wipe_told_at", WHEN))
    with op.batch_alter_table("record_versions") as batch:
        batch.add_column(sa.Column("contact_cleared_at", WHEN))
    op.create_table(
        "erased_records",
        sa.Column("record_id", ID, primary_key=True),
        sa.Column("erased_at", WHEN, nullable=False),
        sa.Column("reason", sa.String(20), nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("restore the backup taken before the upgrade")
