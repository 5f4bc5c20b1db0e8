"""The schema as it was before Alembic (the old scheme's version 1), with its seed rows.

Revision ID: 0001
Revises:
Create Date: 2026-11-26

Written out table by table, not `metadata.create_all`: a revision is frozen when it ships,
while server/schema.py moves on. Constraints keep the database's default names, as the old
scheme's `create_all` left them, so old databases stamped at 0001 are the same as new ones.
"""

import secrets

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels = None
depends_on = None

ID = sa.String(64)
HASH = sa.String(64)
WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "server_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "seq_counter",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "users",
        sa.Column("id", ID, primary_key=True),
        sa.Column("username", sa.String(100), nullable=False, unique=True),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("password_hash", sa.Text),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("patch_changed_seq", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "user_estates",
        sa.Column("user_id", ID, primary_key=True),
        sa.Column("estate_id", ID, primary_key=True),
    )
    op.create_table(
        "devices",
        sa.Column("id", ID, primary_key=True),
        sa.Column("user_id", ID, nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("token_hash", HASH, nullable=False, unique=True),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("revoked_at", WHEN),
    )
    op.create_index("ix_devices_user_id", "devices", ["user_id"])
    op.create_table(
        "enrolment_codes",
        sa.Column("code_hash", HASH, primary_key=True),
        sa.Column("user_id", ID, nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("expires_at", WHEN, nullable=False),
        sa.Column("used_at", WHEN),
    )
    op.create_index("ix_enrolment_codes_user_id", "enrolment_codes", ["user_id"])
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("username", sa.String(100), nullable=False),
        sa.Column("at", WHEN, nullable=False),
    )
    op.create_index("ix_login_failures_username", "login_failures", ["username"])
    op.create_table(
        "reference",
        sa.Column("entity", sa.String(20), primary_key=True),
        sa.Column("id", ID, primary_key=True),
        sa.Column("estate_id", ID),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "records",
        sa.Column("record_id", ID, primary_key=True),
        sa.Column("owner_id", ID, nullable=False),
        sa.Column("estate_id", ID, nullable=False),
        sa.Column("head_version_id", ID, nullable=False),
    )
    op.create_index("ix_records_owner_id", "records", ["owner_id"])
    op.create_table(
        "record_versions",
        sa.Column("version_id", ID, primary_key=True),
        sa.Column("record_id", ID, nullable=False),
        sa.Column("author_id", ID, nullable=False),
        sa.Column("estate_id", ID, nullable=False),
        sa.Column("content_hash", HASH, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("received_at", WHEN, nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("conflict", sa.Boolean, nullable=False),
    )
    op.create_index("ix_record_versions_record_id", "record_versions", ["record_id"])
    op.create_table(
        "reviews",
        sa.Column("review_id", ID, primary_key=True),
        sa.Column("version_id", ID, nullable=False),
        sa.Column("content_hash", HASH, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_reviews_version_id", "reviews", ["version_id"])
    op.create_table(
        "comments",
        sa.Column("comment_id", ID, primary_key=True),
        sa.Column("record_id", ID, nullable=False),
        sa.Column("author_id", ID, nullable=False),
        sa.Column("content_hash", HASH, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_comments_record_id", "comments", ["record_id"])
    op.create_table(
        "actions",
        sa.Column("action_id", ID, primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("estate_id", ID, nullable=False),
        sa.Column("published", sa.Boolean, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "mutations",
        sa.Column("mutation_id", ID, primary_key=True),
        sa.Column("content_hash", HASH, nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("user_id", ID, nullable=False),
        sa.Column("received_at", WHEN, nullable=False),
    )
    op.create_table(
        "blob_citations",
        sa.Column("sha256", HASH, primary_key=True),
        sa.Column("user_id", ID, primary_key=True),
    )
    op.create_table(
        "changes",
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("entity", sa.String(20), nullable=False),
        sa.Column("entity_id", ID, nullable=False),
        sa.Column("op", sa.String(10), nullable=False),
        sa.Column("audience", sa.String(20), nullable=False),
        sa.Column("estate_id", ID),
        sa.Column("owner_id", ID),
        sa.Column("champion_op", sa.String(10)),
        sa.Column("data", sa.Text),
    )
    op.create_index("ix_changes_owner", "changes", ["owner_id", "seq"])
    op.create_index("ix_changes_estate", "changes", ["estate_id", "seq"])

    op.bulk_insert(sa.table("seq_counter", sa.column("id"), sa.column("value")),
                   [{"id": 1, "value": 0}])
    # The epoch names this database: a restore from backup under a new epoch makes every
    # client start again (SYNC_PROTOCOL.md "reset").
    op.bulk_insert(sa.table("server_meta", sa.column("key"), sa.column("value")), [
        {"key": "server_epoch", "value": secrets.token_hex(8)},
        {"key": "min_kept_seq", "value": "0"},
    ])


def downgrade() -> None:
    # Going back is restoring the backup taken before the upgrade (docs/server.md).
    raise NotImplementedError("restore the backup taken before the upgrade")
