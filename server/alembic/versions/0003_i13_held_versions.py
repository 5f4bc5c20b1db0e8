"""Issue 13 (finding 1): versions held for reassignment after a patch change.

Revision ID: 0003
Revises: 0002_i10b
Create Date: 2026-11-26

`record_versions.held` marks a version a champion sent for an estate that was in their
patch but is not any more; `patch_history` remembers every estate ever in a user's patch
(filled from today's patches).
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002_i10b"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("record_versions") as batch:
        batch.add_column(sa.Column("held", sa.Boolean, nullable=False,
                                   server_default=sa.false()))
    op.create_table(
        "patch_history",
        sa.Column("user_id", sa.String(64), primary_key=True),
        sa.Column("estate_id", sa.String(64), primary_key=True),
    )
    op.execute("INSERT INTO patch_history (user_id, estate_id) "
               "SELECT user_id, estate_id FROM user_estates")


def downgrade() -> None:
    raise NotImplementedError("Going back is restoring the backup taken before the upgrade.")
